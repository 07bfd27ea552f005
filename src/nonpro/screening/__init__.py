"""Party screening: list importers, normalisation, the name index, matching features and review decisions."""
