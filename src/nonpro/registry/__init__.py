"""The registry: states, and (as it grows) instruments and each state's status in them, as reference data."""
