"""One handle on the store: the engine and its sessions, opened from the settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from nonpro.settings import Settings
from nonpro.store.engine import make_engine


@dataclass(frozen=True)
class Database:
    """The configured database; `transaction()` commits on success and rolls back on any error."""

    engine: Engine
    sessions: sessionmaker[Session]

    @classmethod
    def open(cls, settings: Settings) -> Database:
        """Open (lazily: no connection yet) the database the settings name."""
        engine = make_engine(settings.database_url)
        return cls(engine, sessionmaker(engine, expire_on_commit=False))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: all of its writes land, or none do."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
