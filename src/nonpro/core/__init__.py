"""The core every pillar stands on: errors, citations and dates. It imports no door and no pillar."""
