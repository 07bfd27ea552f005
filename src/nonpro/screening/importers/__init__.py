"""Importers for list files as their publishers release them; each yields normalised `Entry` records."""
