"""`nonpro states` and `nonpro state`: text for people, JSON for programs, one line for a mistake."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from nonpro.cli.main import app

runner = CliRunner()


def test_state_as_json_follows_the_registry_contract() -> None:
    result = runner.invoke(app, ["state", "prk", "--as-of", "2010-01-01", "--json"])
    assert result.exit_code == 0
    body = json.loads(result.stdout)
    assert set(body) == {"state", "as_of", "instruments", "versions"}
    assert body["state"] == {"alpha2": "KP", "alpha3": "PRK", "name": "North Korea"}
    assert body["as_of"] == "2010-01-01"
    treaty = next(i for i in body["instruments"] if i["id"] == "treaty-x")
    assert (treaty["status"], treaty["since"]) == ("withdrawn", "2003-01-11")
    assert [e["type"] for e in treaty["events"]] == ["accession", "withdrawal_notice", "withdrawal"]
    assert treaty["events"][0]["source"]["document"] == "Fixture depositary record"


def test_state_as_text_cites_its_sources() -> None:
    result = runner.invoke(app, ["state", "PS", "--as-of", "2025-01-01"])
    assert result.exit_code == 0
    assert "UN non-member observer state since 2012-11-29" in result.stdout
    assert "source: UN General Assembly resolution 67/19" in result.stdout
    assert "Status on 2025-01-01 (events recorded up to 2025-12-31):" in result.stdout
    assert "treaty-x" in result.stdout


def test_state_as_csv_has_one_row_per_instrument() -> None:
    result = runner.invoke(app, ["state", "DE", "--as-of", "2025-01-01", "--csv"])
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "instrument,name,status,since,detail,sources"
    assert any(line.startswith("treaty-x,Fixture Treaty X,party,1975-05-02,") for line in lines)


def test_states_search_lists_matches_and_counts() -> None:
    result = runner.invoke(app, ["states", "--un", "member", "--search", "guinea"])
    assert result.exit_code == 0
    assert "4 of 249 states" in result.stdout
    assert "Papua New Guinea" in result.stdout


def test_states_json_lists_every_state_with_versions() -> None:
    body = json.loads(runner.invoke(app, ["states", "--json"]).stdout)
    assert body["count"] == 249
    assert body["versions"][0]["name"] == "iso-3166-1"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("QQ", "error: state code: no state has the code 'QQ'."),
        ("Q1", "error: state code: 'Q1' is not a state code; expected an ISO 3166-1 alpha-2 code"),
    ],
)
def test_a_bad_code_is_one_line_on_stderr_and_exit_2(code: str, message: str) -> None:
    result = runner.invoke(app, ["state", code])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(message)
    assert "Traceback" not in result.output
