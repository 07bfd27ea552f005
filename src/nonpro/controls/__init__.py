"""Control lists (NSG, Zangger, MTCR, Australia Group, CWC schedules) and classification against them."""
