"""`nonpro states` and `nonpro state`: text for people, JSON for programs, one line for a mistake."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from nonpro.cli.main import app

runner = CliRunner()


def test_state_as_json_has_the_same_shape_as_the_api() -> None:
    result = runner.invoke(app, ["state", "deu", "--json"])
    assert result.exit_code == 0
    body = json.loads(result.stdout)
    assert body["alpha2"] == "DE"
    assert body["un"]["since"] == "1973-09-18"
    assert set(body) == {
        "alpha2",
        "alpha3",
        "numeric",
        "name",
        "iso_name",
        "official_name",
        "un",
        "m49",
        "source",
    }


def test_state_as_text_cites_its_sources() -> None:
    result = runner.invoke(app, ["state", "PS"])
    assert result.exit_code == 0
    assert "UN non-member observer state since 2012-11-29" in result.stdout
    assert "source: UN General Assembly resolution 67/19" in result.stdout


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
        ("QQ", "error: state code: no state has the code 'QQ'. Did you mean QA"),
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
