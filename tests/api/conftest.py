"""An API client over a freshly migrated database, on each backend."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from nonpro.api.app import create_app
from nonpro.registry.registry_model import Registry
from nonpro.settings import Settings
from nonpro.store.database import Database


@pytest.fixture
def client(settings: Settings, database: Database, fixture_registry: Registry) -> Iterator[TestClient]:
    """A test client for the whole application, serving the fixture registry."""
    with TestClient(create_app(settings, database, fixture_registry)) as test_client:
        yield test_client
