"""The ledger at the CLI door: set up, import, close, show and export, and the simulated plant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nonpro.cli.main import app
from nonpro.store.database import Database
from tests.safeguards.report_samples import CORRECTION_AND_CLOSING, OPENING

runner = CliRunner()

SETUP = """\
facilities:
  - code: FAB
    name: LEU fuel fabrication plant
    mbas:
      - {code: XA01, name: Process area, kmps: [{code: "1", kind: flow}, {code: A, kind: inventory}]}
      - {code: XA02, name: Product store}
methods:
  - {code: SCALE, name: scale, random: 0.001, systematic: 0.0005, source: test values}
  - {code: NDA, name: waste NDA, random: 0.01, systematic: 0.005, source: test values}
batches:
  - {name: B1, material: EU}
  - {name: B2, material: EU}
  - {name: B3, material: EU}
"""


@pytest.fixture
def configured(database: Database, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setenv("NONPRO_DATABASE_URL", database_url)
    return database


def invoke(*args: str) -> str:
    result = runner.invoke(app, ["safeguards", *args])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def test_setup_import_close_show_and_export(configured: Database, tmp_path: Path) -> None:
    (tmp_path / "plant.yaml").write_text(SETUP)
    (tmp_path / "reports.txt").write_text(OPENING + CORRECTION_AND_CLOSING)
    assert "registered 1 facilities, 2 methods, 3 batches" in invoke("setup", str(tmp_path / "plant.yaml"))
    assert json.loads(invoke("import", str(tmp_path / "reports.txt"), "--json")) == [
        {"kind": "PIL", "number": 1},
        {"kind": "ICR", "number": 1},
        {"kind": "ICR", "number": 2},
        {"kind": "PIL", "number": 2},
    ]
    closed = json.loads(invoke("close", "--mba", "XA01", "--json"))
    assert [(e["entry"], e["element_g"]) for e in closed[0]["entries"]][-3:] == [
        ("BA", 119_700),
        ("PE", 119_700),
        ("MF", 0),
    ]
    shown = json.loads(invoke("mbr", "--mba", "XA01", "--number", "1", "--json"))
    assert shown == closed[0]
    assert invoke("export", "--mba", "XA01", "--kind", "icr", "--number", "2") in CORRECTION_AND_CLOSING
    [transfer] = json.loads(invoke("transfers", "--mba", "XA01", "--json"))
    assert (transfer["batch"], transfer["receiver"], transfer["received_g"]) == ("B1", "XA02", None)


def test_closing_an_unknown_mba_is_refused(configured: Database) -> None:
    result = runner.invoke(app, ["safeguards", "close", "--mba", "NOPE"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: mba: no MBA 'NOPE'"


def test_simulate_reports_every_week_and_the_first_alarm(tmp_path: Path) -> None:
    honest = json.loads(invoke("simulate", "--seed", "1", "--json", "--out", str(tmp_path / "year.txt")))
    assert len(honest["weeks"]) == 52
    assert honest["alarm_at"] is None
    assert (tmp_path / "year.txt").read_text().count("REPORT: ") == 157
    diverted = json.loads(
        invoke(
            "simulate",
            "--seed",
            "1",
            "--divert-kg-per-week",
            "25",
            "--divert-from",
            "10",
            "--divert-weeks",
            "8",
            "--json",
        )
    )
    assert diverted["diverted_kg"] == pytest.approx(200.0)
    assert diverted["alarm_at"] is not None


def test_a_simulated_plant_loads_into_the_ledger_and_closes_52_balances(configured: Database) -> None:
    invoke("simulate", "--seed", "2", "--load")
    closed = json.loads(invoke("close", "--mba", "SIMF", "--json"))
    assert [mbr["number"] for mbr in closed] == list(range(1, 53))
    tested = json.loads(invoke("test", "--mba", "SIMF", "--json"))
    simulated = json.loads(invoke("simulate", "--seed", "2", "--json"))
    assert tested["alarm_at"] == simulated["alarm_at"]
    assert [p["sitmuf"] for p in tested["periods"]] == pytest.approx(
        [w["sitmuf"] for w in simulated["weeks"]]
    )
