"""POST /api/v1/screenings on a real database holding the UN list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from nonpro.api.app import create_app
from nonpro.screening.importers.parsed_list import ParsedList
from nonpro.screening.list_store import import_list
from nonpro.settings import Settings
from nonpro.store.database import Database
from tests.screening.conftest import UN_XML


@pytest.fixture
def client(settings: Settings, database: Database, un_list: ParsedList) -> Iterator[TestClient]:
    import_list(database, un_list, [UN_XML], "test")
    with TestClient(create_app(settings, database)) as test_client:
        yield test_client


def test_a_batch_is_screened_and_bad_parties_rejected(client: TestClient) -> None:
    response = client.post(
        "/api/v1/screenings",
        json={
            "parties": [
                {"id": "c-1", "name": "리원호", "dob": "1964-07-17", "countries": ["KP"]},
                {"id": "c-2", "name": "Jane Smith", "type": "person"},
                {"id": "c-3", "name": "Acme", "type": "company"},
            ]
        },
    )
    assert response.status_code == 200
    body = response.json()
    first = body["results"][0]
    assert (first["id"], first["algorithm"], first["lists"][0]["source"]) == ("c-1", "v1", "un")
    hit = first["hits"][0]
    assert (hit["entry_id"], hit["entry_type"], hit["how"], hit["score"]) == (
        "6908555",
        "person",
        "transliterated",
        1.0,
    )
    assert body["results"][1]["hits"] == []
    assert body["rejected"] == [
        {
            "index": 2,
            "id": "c-3",
            "error": "type: type 'company' is unknown; expected person, entity, vessel or aircraft",
        }
    ]


def test_an_empty_batch_is_a_problem_document(client: TestClient) -> None:
    response = client.post("/api/v1/screenings", json={"parties": []})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_no_list_imported_is_404(settings: Settings, database: Database) -> None:
    with TestClient(create_app(settings, database)) as test_client:
        response = test_client.post("/api/v1/screenings", json={"parties": [{"name": "x"}]})
    assert response.status_code == 404
    assert "no list has been imported" in response.json()["detail"]


def test_before_any_import_the_screening_page_says_how_to_load_a_list(
    settings: Settings, database: Database
) -> None:
    with TestClient(create_app(settings, database)) as fresh:
        page = fresh.get("/screening")
    assert page.status_code == 200
    assert "No list is loaded yet: import one first" in page.text


def test_the_screening_page_explains_a_hit(client: TestClient) -> None:
    page = client.get("/screening", params={"name": "Ri Won-ho", "dob": "1964", "type": "person"})
    assert page.status_code == 200
    assert "RI WON HO" in page.text
    assert "The date of birth given is one the list records for this entry." in page.text
    assert "un version 1, published 2026-02-27" in page.text


def test_the_screening_page_says_what_is_wrong_with_a_query(client: TestClient) -> None:
    page = client.get("/screening", params={"name": "Ri", "dob": "1964-13-01"})
    assert page.status_code == 422
    assert "dob: &#39;1964-13-01&#39; is not a date of birth" in page.text


def test_a_decision_recorded_through_the_api_suppresses_the_hit(client: TestClient) -> None:
    party = {"name": "Ri Won Ho", "dob": "1990"}
    decision = client.post(
        "/api/v1/screenings/decisions",
        json={
            "party": party,
            "entry": "un:6908555",
            "verdict": "false_positive",
            "reason": "our client was born in 1990 in Seoul",
            "decided_by": "a.officer",
        },
    )
    assert decision.status_code == 201
    assert decision.json()["decided_by"] == "a.officer"
    screened = client.post("/api/v1/screenings", json={"parties": [party], "threshold": 0.5})
    hit = screened.json()["results"][0]["hits"][0]
    assert hit["suppressed_by"]["id"] == decision.json()["id"]


def test_a_decision_on_an_unknown_entry_is_404(client: TestClient) -> None:
    response = client.post(
        "/api/v1/screenings/decisions",
        json={
            "party": {"name": "x"},
            "entry": "un:1",
            "verdict": "true_match",
            "reason": "r",
            "decided_by": "b",
        },
    )
    assert response.status_code == 404
