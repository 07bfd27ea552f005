"""GET /api/v1/states and /api/v1/states/{code}, and their problem documents."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_the_list_has_every_state_with_sources_and_data_versions(client: TestClient) -> None:
    body = client.get("/api/v1/states").json()
    assert body["count"] == len(body["states"]) == 249
    assert {v["name"] for v in body["versions"]} == {"iso-3166-1", "un-membership"}
    germany = next(s for s in body["states"] if s["alpha2"] == "DE")
    assert germany["un"] == {
        "status": "member",
        "since": "1973-09-18",
        "admission_year": 1973,
        "source": germany["un"]["source"],
    }
    assert germany["un"]["source"]["verified_on"] == "2026-11-28"


def test_the_list_can_be_searched_and_filtered(client: TestClient) -> None:
    body = client.get("/api/v1/states", params={"q": "korea", "un_status": "member"}).json()
    assert sorted(s["alpha3"] for s in body["states"]) == ["KOR", "PRK"]
    observers = client.get("/api/v1/states", params={"un_status": "observer"}).json()
    assert observers["count"] == 2


def test_one_state_by_alpha3_in_lower_case(client: TestClient) -> None:
    response = client.get("/api/v1/states/irn")
    assert response.status_code == 200
    body = response.json()
    assert (body["alpha2"], body["name"], body["iso_name"]) == ("IR", "Iran", "Iran, Islamic Republic of")
    assert body["m49"]["subregion"] == "Southern Asia"


def test_an_unknown_code_is_a_404_problem_naming_it_and_how_to_list_codes(client: TestClient) -> None:
    response = client.get("/api/v1/states/QQ")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 404
    assert problem["title"] == "Not found"
    assert "'QQ'" in problem["detail"]
    assert "GET /api/v1/states" in problem["hint"]
    assert "Did you mean" not in problem["detail"]
    assert problem["instance"] == "/api/v1/states/QQ"
    assert problem["type"].endswith("/not-found")


def test_a_malformed_code_is_a_422_problem_saying_what_a_code_looks_like(client: TestClient) -> None:
    problem = client.get("/api/v1/states/12345").json()
    assert problem["status"] == 422
    assert "alpha-2 code (e.g. DE)" in problem["detail"]


def test_a_bad_query_parameter_lists_the_fault_with_its_place(client: TestClient) -> None:
    response = client.get("/api/v1/states", params={"un_status": "friend"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["where"] == "query.un_status"


def test_an_unknown_api_path_is_a_problem_document_too(client: TestClient) -> None:
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
