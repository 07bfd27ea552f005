"""The UNODA importer: records in the API's shape become events; bad records are all reported with lines."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nonpro.cli.main import app
from nonpro.core.errors import InvalidInputError
from nonpro.core.sources import Source
from nonpro.registry.importers.unoda import read_actions
from nonpro.registry.importers.unoda_merge import load_status_file, merge_actions
from nonpro.registry.state_table import StateTable
from nonpro.registry.status_event import EventType

FIXTURES = Path(__file__).parent / "fixtures"
ACTIONS = FIXTURES / "unoda" / "treaty-x-actions.json"
SOURCE = Source(document="UNODA test records", verified_on=date(2026, 11, 28))


def test_actions_are_mapped_to_states_and_event_types(states: StateTable) -> None:
    actions = read_actions(ACTIONS, states)
    assert {(a.state, a.action) for a in actions} >= {
        ("DE", EventType.SIGNATURE),
        ("KP", EventType.WITHDRAWAL_NOTICE),
        ("PS", EventType.ACCESSION),
    }
    assert (
        next(a for a in actions if a.state == "KP" and a.action is EventType.ACCESSION).depositary == "Moscow"
    )


def test_every_bad_record_is_reported_with_its_line(states: StateTable) -> None:
    with pytest.raises(InvalidInputError) as caught:
        read_actions(FIXTURES / "unoda" / "broken-actions.csv", states)
    faults = [str(p) for p in caught.value.problems]
    assert faults == [
        "broken-actions.csv:3: date '28/11/1969' is not a date (expected YYYY-MM-DD)",
        "broken-actions.csv:4: no ISO 3166-1 state is called 'Atlantis' (expected a UN or ISO name; "
        "add it to UN_NAME_CODES if it is a new UN spelling)",
        "broken-actions.csv:5: unknown action 'Reservation' (expected Signatory, Signature, Ratification, "
        "Accession, Succession, Acceptance, Approval, Withdrawal)",
    ]


def test_merge_keeps_the_earliest_deposit_and_other_sources(states: StateTable) -> None:
    status = load_status_file(FIXTURES / "registry" / "valid" / "status" / "treaty-x.yaml")
    merged, report = merge_actions(status, read_actions(ACTIONS, states), "unoda", SOURCE)
    france = [(e.type, e.date, e.source, e.depositary) for e in merged.states["FR"].events]
    assert (EventType.ACCESSION, date(1992, 8, 2), "unoda", "London") in france
    assert (EventType.ACCESSION, date(1992, 8, 2), "dep", None) in france  # the fixture's own record stays
    assert report.after_as_of == ["IN accession 2026-01-05"]
    assert "IN" not in report.added + report.changed
    assert merged.sources["unoda"] == SOURCE


def test_the_cli_writes_a_file_that_still_loads(
    tmp_path: Path, few_states: StateTable, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "registry" / "valid", data)
    monkeypatch.setattr("nonpro.registry.registry_loader.state_table", lambda: few_states)
    result = CliRunner().invoke(
        app, ["registry", "import-unoda", "treaty-x", str(ACTIONS), "--write", "--data-dir", str(data)]
    )
    assert result.exit_code == 0, result.output
    assert "10 actions: 0 states added, 4 changed, 0 unchanged" in result.stdout
    assert "left out, dated after the file's as_of 2025-12-31: IN accession 2026-01-05" in result.stdout
    assert "the registry still loads" in result.stdout
    merged = load_status_file(data / "status" / "treaty-x.yaml")
    assert [e.type for e in merged.states["PS"].events] == [EventType.ACCESSION, EventType.ACCESSION]
