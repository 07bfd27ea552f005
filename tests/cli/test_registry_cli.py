"""Registry commands: instrument, gaps, scorecard, changes, with --json, --csv and one-line errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from nonpro.cli.main import app

runner = CliRunner()


def test_instrument_lists_states_with_a_status_filter() -> None:
    result = runner.invoke(
        app, ["instrument", "treaty-y", "--status", "signatory", "--as-of", "2025-01-01", "--json"]
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert sorted(row["alpha2"] for row in body["states"]) == ["RU", "US"]
    assert body["counts"]["signatory"] == 2


def test_instruments_lists_ids() -> None:
    result = runner.invoke(app, ["instruments"])
    assert "treaty-x" in result.stdout
    assert "export_control_regime" in result.stdout


def test_gaps_of_a_custom_group_as_csv() -> None:
    result = runner.invoke(
        app, ["gaps", "--group", "DE,IN,KP", "--instrument", "treaty-x", "--as-of", "2025-01-01", "--csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "alpha2,alpha3,name,status,since,detail",
        "IN,IND,India,not_party,,",
        "KP,PRK,North Korea,withdrawn,2003-01-11,withdrawal effective",
    ]


def test_scorecard_text_has_totals() -> None:
    result = runner.invoke(app, ["scorecard", "commitment-c", "--as-of", "2025-01-01"])
    assert result.exit_code == 0, result.output
    assert "treaty-x 4→4 of 4; agreement-z 1→1 of 4" in result.stdout


def test_changes_between_dates() -> None:
    result = runner.invoke(app, ["changes", "--from", "2023-01-01", "--to", "2024-01-01", "--json"])
    body = json.loads(result.stdout)
    assert [(c["alpha2"], c["instrument"], c["after"]) for c in body["changes"]] == [
        ("RU", "treaty-y", "signatory")
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["instrument", "npx"], "error: instrument: no instrument has the id 'npx'."),
        (["state", "DE", "--as-of", "1900-01-01"], "error: as-of date: 1900-01-01 is outside the dates"),
        (
            ["state", "DE", "--as-of", "yesterday"],
            "error: --as-of: 'yesterday' is not a date; expected YYYY-MM-DD",
        ),
        (["gaps", "--group", "friends", "--instrument", "treaty-x"], "error: group: unknown group 'friends'"),
    ],
)
def test_mistakes_are_one_line(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1
