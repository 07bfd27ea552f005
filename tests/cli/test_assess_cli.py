"""`nonpro assess`: the decision printed, stored, and its outcome as the exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from nonpro.cli.main import app

runner = CliRunner()
TRANSFER = {
    "date": "2026-03-01",
    "kind": "export",
    "exporting_state": "DE",
    "destination": "EG",
    "items": [{"description": "Thiodiglycol", "cas": "111-48-8"}],
}


def write(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "transfer.yaml"
    path.write_text(yaml.safe_dump(content), encoding="utf-8")
    return path


def test_a_prohibited_transfer_exits_13_and_is_stored(tmp_path: Path, database_url: str) -> None:
    env = {"NONPRO_DATABASE_URL": database_url}
    assert runner.invoke(app, ["db", "upgrade"], env=env).exit_code == 0
    result = runner.invoke(app, ["assess", str(write(tmp_path, TRANSFER)), "--json"], env=env)
    assert result.exit_code == 13, result.output
    decision = json.loads(result.stdout)
    assert decision["decision"] == "prohibited"
    assert set(decision) >= {"decision", "reasons", "versions", "id"}
    shown = runner.invoke(app, ["assessment", "show", decision["id"], "--json"], env=env)
    assert json.loads(shown.stdout)["decision"] == decision
    judged = runner.invoke(
        app,
        [
            "assessment",
            "judge",
            decision["id"],
            "--verdict",
            "deny",
            "--grounds",
            "Schedule 2 to a State not Party",
            "--officer",
            "a.officer",
        ],
        env=env,
    )
    assert judged.exit_code == 0, judged.output
    assert "a.officer" in runner.invoke(app, ["assessment", "show", decision["id"]], env=env).stdout


def test_an_unlisted_harmless_item_exits_0_without_recording(tmp_path: Path) -> None:
    transfer = TRANSFER | {"items": [{"description": "Office chairs"}]}
    result = runner.invoke(app, ["assess", str(write(tmp_path, transfer)), "--no-record"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("decision: not_controlled")


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (TRANSFER | {"destination": "QQ"}, "  - destination: 'QQ' is not a known state"),
        (
            TRANSFER | {"items": [{"description": "x", "control_entries": ["cwc:9.Z.9"]}]},
            "  - items[0].control_entries[0]: no entry has the id 'cwc:9.Z.9'",
        ),
        ("just text", "error: (top level): a transfer must be a mapping of fields"),
    ],
)
def test_bad_transfers_list_their_problems_and_exit_2(tmp_path: Path, content: object, line: str) -> None:
    result = runner.invoke(app, ["assess", str(write(tmp_path, content)), "--no-record"])
    assert result.exit_code == 2
    assert any(text.startswith(line) for text in result.stderr.splitlines()), result.stderr
