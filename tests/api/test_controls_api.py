"""The control-list and classification endpoints under /api/v1, and their problem documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nonpro.api.app import create_app
from nonpro.settings import load_settings


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder: Path = tmp_path_factory.mktemp("api")
    settings = load_settings({"NONPRO_DATA_DIR": str(folder)})
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_an_entry_in_context(client: TestClient) -> None:
    response = client.get("/api/v1/controls/entries/3A225")
    assert response.status_code == 200
    body = response.json()
    assert body["entry"]["id"] == "nsg2:3.A.1"
    assert body["entry"]["correspondences"] == {"eu": ["3A225"], "us_eccn": ["3A225"], "lists": []}


def test_a_list_flat_with_id_and_parent(client: TestClient) -> None:
    body = client.get("/api/v1/controls/lists/cwc").json()
    assert body["count"] == 56
    assert {"id": "cwc:1.A", "parent": "cwc:1", "title": "Schedule 1 part A - toxic chemicals"} in body[
        "entries"
    ]
    assert [lst["id"] for lst in client.get("/api/v1/controls/lists").json()] == ["ag-cw", "cwc", "nsg2"]


def test_classification_endpoints(client: TestClient) -> None:
    by_cas = client.get("/api/v1/classify/cas", params={"cas": "107-44-8"}).json()
    assert [c["id"] for c in by_cas["candidates"]] == ["cwc:1.A.1"]
    by_text = client.get("/api/v1/classify/text", params={"q": "frequency changer 800 Hz"}).json()
    assert by_text["candidates"][0]["id"] == "nsg2:3.A.1"
    by_id = client.get("/api/v1/classify/id", params={"id": "3 A 225"}).json()
    assert [c["id"] for c in by_id["candidates"]] == ["nsg2:3.A.1"]
    checked = client.get(
        "/api/v1/classify/parameters",
        params=[("entry", "nsg2:3.A.1"), ("param", "frequency_hz=800"), ("param", "power_va=50")],
    ).json()
    assert checked["verdict"] == "undetermined"


def test_bad_input_is_a_problem_document(client: TestClient) -> None:
    response = client.get("/api/v1/classify/cas", params={"cas": "107-44-7"})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert "check digit" in response.json()["detail"]
    unknown = client.get(
        "/api/v1/classify/parameters", params=[("entry", "nsg2:3.A.1"), ("param", "volts=3")]
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["where"] == "param.volts"
    assert client.get("/api/v1/controls/entries/cwc:9.9").status_code == 404
