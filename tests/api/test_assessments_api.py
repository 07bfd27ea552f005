"""POST /api/v1/assessments: a cited decision, stored; every input problem as one problem document."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from nonpro.api.app import create_app
from nonpro.assessment.records import stored_decision
from nonpro.settings import Settings
from nonpro.store.database import Database

TRANSFER = {
    "date": "2026-03-01",
    "kind": "export",
    "exporting_state": "DE",
    "destination": "EG",
    "items": [{"description": "Thiodiglycol", "cas": "111-48-8"}],
}


@pytest.fixture
def shipped_client(settings: Settings, database: Database) -> Iterator[TestClient]:
    """A client over the shipped registry and control lists (assessment needs real CWC statuses)."""
    with TestClient(create_app(settings, database)) as test_client:
        yield test_client


def test_a_transfer_is_assessed_and_stored(shipped_client: TestClient, database: Database) -> None:
    client = shipped_client
    response = client.post("/api/v1/assessments", json=TRANSFER)
    assert response.status_code == 201, response.text
    decision = response.json()
    assert decision["decision"] == "prohibited"
    paragraph_31 = next(r for r in decision["reasons"] if r["rule"] == "cwc.schedule-2.non-party-ban")
    assert paragraph_31["provision"] == "CWC Verification Annex, Part VII, paragraph 31"
    with database.transaction() as session:
        assert stored_decision(session, decision["id"]).model_dump(mode="json") == decision


def test_every_problem_is_listed_with_its_path(shipped_client: TestClient) -> None:
    client = shipped_client
    bad = TRANSFER | {"destination": "QQ", "items": [{"description": "x", "cas": "111-48-9"}]}
    response = client.post("/api/v1/assessments", json=bad)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert [e["where"] for e in response.json()["errors"]] == ["destination", "items[0].cas"]
