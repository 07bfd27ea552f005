"""The safeguards migration creates exactly the tables the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from nonpro.safeguards import models  # noqa: F401 - registers the safeguards tables on Base
from nonpro.store.database import Database
from nonpro.store.models import Base


def test_the_migration_matches_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert [d for d in differences if "sg_" in repr(d)] == []
