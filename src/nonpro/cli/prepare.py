"""Preparing a database for use: migrate it and record the reference data it will serve."""

from __future__ import annotations

from nonpro.reference_data import reference_versions
from nonpro.settings import load_settings
from nonpro.store import migrate
from nonpro.store.database import Database
from nonpro.store.reference_versions import record_versions


def prepare_database(revision: str = "head") -> str | None:
    """Upgrade the configured database and append any new reference-data versions; return the revision."""
    database = Database.open(load_settings())
    try:
        at = migrate.upgrade(database.engine, revision)
        if revision == "head":
            with database.transaction() as session:
                record_versions(session, reference_versions(), actor="nonpro db upgrade")
        return at
    finally:
        database.close()
