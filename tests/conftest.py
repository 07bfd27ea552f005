"""Fixtures shared by every test: databases on SQLite and PostgreSQL, and the reference data."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from nonpro.registry.registry_loader import load_registry
from nonpro.registry.registry_model import Registry
from nonpro.registry.state_loader import state_table
from nonpro.registry.state_table import StateTable
from nonpro.settings import Settings, load_settings
from nonpro.store import migrate
from nonpro.store.database import Database

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
POSTGRES_URL_VARIABLE = "NONPRO_TEST_POSTGRES_URL"
REGISTRY_FIXTURES = Path(__file__).parent / "registry" / "fixtures" / "registry"
FIXTURE_STATES = ("DE", "FR", "IN", "KP", "RU", "US", "PS", "VA", "TW")


def postgres_admin_url() -> str | None:
    """The test server's URL, or None; in CI a missing server fails the run instead of skipping."""
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if url is None and os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {POSTGRES_URL_VARIABLE} is not set: PostgreSQL tests must not be skipped")
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    admin_url = postgres_admin_url()
    if admin_url is None:
        pytest.skip(f"{POSTGRES_URL_VARIABLE} is not set (make test starts a server)")
    name = f"nonpro_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(
        admin_url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = admin_url.rpartition("/")
    yield f"{base}/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """Settings pointing at the fresh database."""
    return load_settings({"NONPRO_DATABASE_URL": database_url, "NONPRO_DATA_DIR": str(tmp_path)})


@pytest.fixture
def database(settings: Settings) -> Iterator[Database]:
    """A database migrated to head."""
    db = Database.open(settings)
    migrate.upgrade(db.engine)
    yield db
    db.close()


@pytest.fixture(scope="session")
def states() -> StateTable:
    """The shipped state table."""
    return state_table()


@pytest.fixture(scope="session")
def few_states(states: StateTable) -> StateTable:
    """Nine real states: enough for every kind of status, small enough to read."""
    return StateTable([states.get(code) for code in FIXTURE_STATES], states.versions)


@pytest.fixture(scope="session")
def fixture_registry(few_states: StateTable) -> Registry:
    """The registry of the valid fixture files (tests/registry/fixtures/registry/valid)."""
    return load_registry(REGISTRY_FIXTURES / "valid", few_states)
