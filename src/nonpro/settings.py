"""Every environment variable nonpro reads, validated in one place.

- NONPRO_DATA_DIR (default ./var): working files, such as the embedded database and imported lists.
- NONPRO_DATABASE_URL (default sqlite:///$NONPRO_DATA_DIR/nonpro.sqlite3): SQLite file or PostgreSQL server.
- NONPRO_HOST (default 127.0.0.1) and NONPRO_PORT (default 8000): where `nonpro serve` listens.
- NONPRO_LOG_LEVEL (default INFO): DEBUG, INFO, WARNING or ERROR.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from nonpro.core.errors import ConfigurationError

DATABASE_URL_FORMS = (
    "sqlite:///relative/path.sqlite3, sqlite:////absolute/path.sqlite3 "
    "or postgresql://user:password@host:5432/database"
)
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


@dataclass(frozen=True, slots=True)
class Settings:
    """The validated configuration of one nonpro process."""

    data_dir: Path
    database_url: str
    host: str
    port: int
    log_level: str

    @property
    def is_sqlite(self) -> bool:
        """Whether the store is the embedded SQLite database."""
        return self.database_url.startswith("sqlite")


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read and validate the NONPRO_* variables; a bad value raises ConfigurationError naming it."""
    env = os.environ if environ is None else environ
    data_dir = Path(env.get("NONPRO_DATA_DIR", "var"))
    raw_url = env.get("NONPRO_DATABASE_URL", "").strip()
    database_url = normalise_database_url(raw_url) if raw_url else f"sqlite:///{data_dir / 'nonpro.sqlite3'}"
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        host=env.get("NONPRO_HOST", "127.0.0.1"),
        port=_port(env.get("NONPRO_PORT", "8000")),
        log_level=_log_level(env.get("NONPRO_LOG_LEVEL", "INFO")),
    )


def normalise_database_url(url: str) -> str:
    """Check a database URL's form and pick nonpro's driver (psycopg 3 for PostgreSQL)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        if not parts.path.lstrip("/") and parts.path != "/:memory:":
            raise _bad_url(url, "it names no database file")
        return url
    if scheme in {"postgresql", "postgres", "postgresql+psycopg"}:
        if not parts.hostname or not parts.path.strip("/"):
            raise _bad_url(url, "it needs a host and a database name")
        try:
            _ = parts.port
        except ValueError:
            raise _bad_url(url, "its port is not a number") from None
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    raise _bad_url(url, f"the scheme {scheme!r} is not supported" if scheme else "it has no scheme")


def _bad_url(url: str, why: str) -> ConfigurationError:
    shown = _redact(url)
    return ConfigurationError(
        f"{shown!r} is not a usable database URL: {why}",
        where="NONPRO_DATABASE_URL",
        expected=DATABASE_URL_FORMS,
    )


def _redact(url: str) -> str:
    """Hide a password in a URL before it is shown in an error."""
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@", 1)
    return url


def _port(raw: str) -> int:
    if raw.isdigit() and 0 < int(raw) < 65536:
        return int(raw)
    raise ConfigurationError(f"{raw!r} is not a port", where="NONPRO_PORT", expected="a whole number 1-65535")


def _log_level(raw: str) -> str:
    level = raw.strip().upper()
    if level in LOG_LEVELS:
        return level
    raise ConfigurationError(
        f"{raw!r} is not a log level", where="NONPRO_LOG_LEVEL", expected=", ".join(LOG_LEVELS)
    )
