"""Importers of control lists published in official formats (US eCFR XML now; EU EUR-Lex and UK next)."""
