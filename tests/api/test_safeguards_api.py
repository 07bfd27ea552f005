"""/api/v1/safeguards: calculators, reports refused with problem documents, balances and tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from nonpro.api.app import create_app
from nonpro.safeguards.simulation.loading import load_plant
from nonpro.safeguards.simulation.plant import Diversion, simulate_plant
from nonpro.settings import Settings
from nonpro.store.database import Database
from tests.safeguards.conftest import populate

API = "/api/v1/safeguards"


@pytest.fixture
def client(settings: Settings, database: Database) -> Iterator[TestClient]:
    with TestClient(create_app(settings, database)) as client:
        yield client


def test_calculators_keep_the_cli_contracts(client: TestClient) -> None:
    page = client.post(f"{API}/page", json={"k": 0.5, "h": 2, "values": [1, -3, 1, 1.4, 2]})
    assert page.json() == {"statistic": [0.5, 0.0, 0.5, 1.4, 2.9], "alarm_at": 5}
    size = client.get(f"{API}/sample-size", params={"population": 100, "defects": 10, "non_detection": 0.05})
    assert size.json() == {"exact": 25, "approximate": 26}
    category = client.get(f"{API}/categorise", params={"material": "u", "mass_g": 6000, "enrichment": 93})
    assert category.json() == {"category": "I"}
    scenario = {"covariance": [[4.0]], "total": 5.0, "test": "sitmuf"}
    detected = client.post(f"{API}/detection", json=scenario).json()
    assert detected["probability"] == pytest.approx(0.8037, abs=0.006)


def test_an_impossible_covariance_is_a_problem_document(client: TestClient) -> None:
    response = client.post(f"{API}/sitmuf", json={"muf": [1, 2], "covariance": [[1, 2], [2, 1]]})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert "not positive definite" in response.json()["detail"]


def test_a_refused_icr_lists_each_faulty_line(client: TestClient, database: Database) -> None:
    with database.transaction() as session:
        populate(session)
    icr = {
        "mba": "XA01",
        "number": 1,
        "report_date": "2026-02-28",
        "lines": [
            {
                "line": 1,
                "date": "2026-02-30",
                "code": "RF",
                "batch": "B2",
                "material": "EU",
                "element_g": 5,
                "counterpart": "FR",
            },
            {
                "line": 2,
                "date": "2026-02-10",
                "code": "RF",
                "batch": "NOPE",
                "material": "EU",
                "element_g": 5,
                "counterpart": "FR",
            },
        ],
    }
    response = client.post(f"{API}/icr", json=icr)
    assert response.status_code == 422
    assert [(e["where"], e["what"]) for e in response.json()["errors"]] == [
        ("line 1", "'2026-02-30' is not a date that exists"),
        ("line 2", "unknown batch 'NOPE'"),
    ]


def test_a_simulated_year_closes_and_its_test_alarms(client: TestClient, database: Database) -> None:
    with database.transaction() as session:
        load_plant(session, simulate_plant(5, Diversion(kg_per_week=30.0, start=20, weeks=8)), actor="test")
    closed = client.post(f"{API}/mbas/SIMF/close").json()
    assert len(closed) == 52
    assert client.get(f"{API}/mbas/SIMF/mbr/52").json() == closed[-1]
    assert client.get(f"{API}/mbas").json()[0] == {
        "code": "SIMF",
        "name": "Simulated fabrication process MBA",
        "facility": "SIMFAB",
        "balances_closed": 52,
    }
    tested = client.get(f"{API}/mbas/SIMF/test").json()
    assert tested["alarm_at"] is not None
    assert len(tested["periods"]) == 52
    assert client.get(f"{API}/mbas/NOPE/mbr/1").status_code == 404
