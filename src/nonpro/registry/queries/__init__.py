"""Questions asked of the registry: a state's profile, an instrument's view, gaps, changes, scorecards."""
