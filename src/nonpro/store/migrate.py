"""Schema migrations, driven from code: upgrade, downgrade and where the database stands."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from nonpro.core.errors import DatabaseUnavailableError, InvalidInputError
from nonpro.store.engine import check_reachable

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def _config(engine: Engine, script_location: Path) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    """The newest revision this code knows."""
    head = ScriptDirectory(str(script_location)).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def upgrade(engine: Engine, revision: str = "head", script_location: Path = MIGRATIONS_DIR) -> str | None:
    """Bring the schema to `revision`; a failing migration is rolled back whole and reported."""
    check_reachable(engine)
    try:
        command.upgrade(_config(engine, script_location), revision)
    except SQLAlchemyError as exc:
        at = current_revision(engine)
        raise DatabaseUnavailableError(
            f"a migration failed and was rolled back; the database is still at revision {at}: "
            f"{str(getattr(exc, 'orig', exc)).splitlines()[0]}",
            where="NONPRO_DATABASE_URL",
        ) from None
    return current_revision(engine)


def downgrade(engine: Engine, revision: str, script_location: Path = MIGRATIONS_DIR) -> str | None:
    """Take the schema back to `revision` ('base' empties it)."""
    check_reachable(engine)
    known = {script.revision for script in ScriptDirectory(str(script_location)).walk_revisions()}
    if revision not in known | {"base"} and not revision.startswith("-"):
        raise InvalidInputError(
            f"unknown revision {revision!r}",
            where="revision",
            expected=f"base, -1 or one of {', '.join(sorted(known))}",
        )
    command.downgrade(_config(engine, script_location), revision)
    return current_revision(engine)


def require_current(engine: Engine) -> None:
    """Refuse to work on a database whose schema is not at this code's head."""
    at = current_revision(engine)
    if at != head_revision():
        raise DatabaseUnavailableError(
            f"the database schema is at revision {at}, this nonpro needs {head_revision()}",
            where="NONPRO_DATABASE_URL",
            hint="Run `nonpro db upgrade`",
        )
