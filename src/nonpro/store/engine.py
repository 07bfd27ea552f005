"""Engines for the embedded SQLite default and the PostgreSQL production store, behaving alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from nonpro.core.errors import DatabaseUnavailableError
from nonpro.settings import Settings


def make_engine(database_url: str) -> Engine:
    """An engine for the URL; SQLite gets foreign keys, WAL and real transactions (DDL included)."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Hand transaction control to SQLAlchemy so that DDL (migrations) runs inside transactions too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def engine_for(settings: Settings) -> Engine:
    """The engine named by the settings."""
    return make_engine(settings.database_url)


def check_reachable(engine: Engine) -> None:
    """Raise DatabaseUnavailableError, naming the setting, when the database cannot be reached."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DatabaseUnavailableError(
            f"cannot reach the database {engine.url.render_as_string(hide_password=True)}: {reason}",
            where="NONPRO_DATABASE_URL",
            expected="a reachable SQLite file path or PostgreSQL server",
        ) from None
