"""Registry endpoints: the same shapes as the CLI's --json, CSV on request, problem documents on mistakes."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_profile_follows_the_contract(client: TestClient) -> None:
    body = client.get("/api/v1/states/kp/profile", params={"as_of": "2010-01-01"}).json()
    assert body["state"] == {"alpha2": "KP", "alpha3": "PRK", "name": "North Korea"}
    assert body["as_of"] == "2010-01-01"
    statuses = {i["id"]: i["status"] for i in body["instruments"]}
    assert statuses["treaty-x"] == "withdrawn"
    assert statuses["agreement-z"] == "in_force"


def test_instrument_view_filters_and_exports_csv(client: TestClient) -> None:
    body = client.get(
        "/api/v1/instruments/treaty-x", params={"status": "withdrawn", "as_of": "2020-01-01"}
    ).json()
    assert [row["alpha2"] for row in body["states"]] == ["KP"]
    csv = client.get("/api/v1/instruments/treaty-x", params={"as_of": "2020-01-01", "format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0] == "alpha2,alpha3,name,status,since,detail"


def test_gaps_scorecard_and_changes(client: TestClient) -> None:
    gaps = client.get(
        "/api/v1/gaps", params={"group": "eu", "instrument": "treaty-c", "as_of": "1997-06-01"}
    ).json()
    assert gaps["group_name"] == "European Union Member States"
    assert gaps["group_size"] == 2  # of the fixture's states, DE and FR
    assert gaps["count"] == 0
    card = client.get("/api/v1/scorecards/commitment-c", params={"as_of": "2025-01-01"}).json()
    assert card["then"] == "2009-12-02"
    changes = client.get("/api/v1/changes", params={"from": "2003-01-01", "to": "2003-12-31"}).json()
    assert [(c["alpha2"], c["after"]) for c in changes["changes"]] == [("KP", "withdrawn")]


def test_mistakes_are_problem_documents(client: TestClient) -> None:
    unknown = client.get("/api/v1/instruments/npx")
    assert unknown.status_code == 404
    assert "Valid ids:" in unknown.json()["hint"]
    early = client.get("/api/v1/states/DE/profile", params={"as_of": "1900-01-01"})
    assert early.status_code == 422
    assert "expected a date from 1925-06-17" in early.json()["detail"]
    malformed = client.get("/api/v1/gaps", params={"group": "un", "instrument": "treaty-x", "as_of": "soon"})
    assert malformed.status_code == 422
    assert malformed.json()["errors"][0]["where"] == "query.as_of"
