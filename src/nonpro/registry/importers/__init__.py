"""Importers that turn official machine-readable records into registry events."""
