"""Migrations: from empty to head and back on both databases, and a failed migration leaves no trace."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect

from nonpro.core.errors import DatabaseUnavailableError, InvalidInputError
from nonpro.store import migrate
from nonpro.store.database import Database
from nonpro.store.engine import make_engine

BROKEN_MIGRATION = '''
"""A migration that fails half-way."""
import sqlalchemy as sa
from alembic import op

revision = "9999_broken"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO no_such_table VALUES (1)")


def downgrade() -> None:
    op.drop_table("half_done")
'''


def test_upgrade_from_empty_creates_every_table_and_downgrade_removes_them(database_url: str) -> None:
    engine = make_engine(database_url)
    assert migrate.current_revision(engine) is None
    assert migrate.upgrade(engine) == migrate.head_revision()
    assert {"audit_event", "reference_dataset", "alembic_version"} <= set(inspect(engine).get_table_names())
    assert migrate.downgrade(engine, "base") is None
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    assert migrate.upgrade(engine) == migrate.head_revision()
    engine.dispose()


def test_a_failing_migration_is_rolled_back_and_the_database_stays_usable(
    database_url: str, tmp_path: Path
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / "9999_broken.py").write_text(BROKEN_MIGRATION.format(head=head))
    engine = make_engine(database_url)
    with pytest.raises(DatabaseUnavailableError, match=f"still at revision {head}"):
        migrate.upgrade(engine, script_location=scripts)
    assert migrate.current_revision(engine) == head
    assert "half_done" not in inspect(engine).get_table_names()
    engine.dispose()


def test_downgrade_to_an_unknown_revision_is_refused_with_the_valid_ones(database: Database) -> None:
    with pytest.raises(InvalidInputError, match="expected base, -1 or one of 0001_foundation"):
        migrate.downgrade(database.engine, "0042_nothing")


def test_require_current_refuses_an_unmigrated_database(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    with pytest.raises(DatabaseUnavailableError, match="nonpro db upgrade"):
        migrate.require_current(engine)
