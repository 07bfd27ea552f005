"""The OpenAPI description is complete: every operation documented with its parameters and errors."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, verb, op) for path, item in spec["paths"].items() for verb, op in item.items()]


def test_every_operation_has_a_summary_a_description_and_documented_problems(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    ops = operations(spec)
    assert {path for path, _, _ in ops} >= {"/api/v1/states", "/api/v1/states/{code}", "/healthz"}
    for path, verb, op in ops:
        assert op.get("summary"), f"{verb} {path} has no summary"
        assert op.get("description"), f"{verb} {path} has no description"
        errors = {code for code in op["responses"] if code.startswith(("4", "5"))}
        assert errors, f"{verb} {path} documents no error response"
        for parameter in op.get("parameters", []):
            assert parameter.get("description"), f"{verb} {path} parameter {parameter['name']} undocumented"


def test_problem_responses_are_documented_as_problem_json(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    not_found = spec["paths"]["/api/v1/states/{code}"]["get"]["responses"]["404"]
    assert "application/problem+json" in not_found["content"]
    assert "Problem" in spec["components"]["schemas"]
