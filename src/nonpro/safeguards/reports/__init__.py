"""Accounting reports (ICR, PIL, MBR) in a labelled text format modelled on Code 10, out and back in."""
