"""GET /healthz reports the database and the reference-data versions."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from nonpro.api.app import create_app
from nonpro.registry.registry_model import Registry
from nonpro.settings import Settings, load_settings
from nonpro.store.migrate import head_revision


def test_a_migrated_database_is_healthy_and_the_data_versions_are_listed(
    client: TestClient, settings: Settings
) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is True
    assert body["database"]["reachable"] is True
    assert body["database"]["revision"] == head_revision()
    assert body["database"]["backend"] == ("sqlite" if settings.is_sqlite else "postgresql")
    names = {d["name"] for d in body["reference_data"]}
    assert {"iso-3166-1", "un-membership", "registry", "controls:cwc"} <= names


def test_an_unreachable_database_is_unhealthy_and_names_the_setting(fixture_registry: Registry) -> None:
    settings = load_settings({"NONPRO_DATABASE_URL": "postgresql://nobody@127.0.0.1:9/none"})
    with TestClient(create_app(settings, registry_data=fixture_registry)) as client:
        response = client.get("/healthz")
    assert response.status_code == 503
    database = response.json()["database"]
    assert database["reachable"] is False
    assert database["error"].startswith("NONPRO_DATABASE_URL: cannot reach the database")


def test_an_unmigrated_database_is_reachable_but_not_ok(tmp_path: Path, fixture_registry: Registry) -> None:
    settings = load_settings({"NONPRO_DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}"})
    with TestClient(create_app(settings, registry_data=fixture_registry)) as client:
        body = client.get("/healthz").json()
    assert body["ok"] is False
    assert body["database"]["reachable"] is True
    assert body["database"]["revision"] is None
