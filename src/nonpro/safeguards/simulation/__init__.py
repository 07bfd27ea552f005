"""A simulated LEU fuel fabrication plant, deterministic from a seed, for demonstrations and tests."""
