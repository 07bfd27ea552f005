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


def test_a_batch_is_assessed_on_two_processes_in_order_with_bad_lines_reported(tmp_path: Path) -> None:
    lines = []
    for number in range(70):
        destination = "EG" if number % 2 else "FR"
        lines.append(json.dumps(TRANSFER | {"destination": destination}))
    lines[10] = "{not json"
    lines[20] = json.dumps(TRANSFER | {"destination": "QQ"})
    source, out = tmp_path / "transfers.jsonl", tmp_path / "decisions.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(
        app, ["assess", "--batch", str(source), "--out", str(out), "--workers", "2", "--no-record"]
    )
    assert result.exit_code == 2, result.output
    assert "error: line 11: not JSON" in result.stderr
    assert "error: line 21: 1 problems in the transfer" in result.stderr
    decisions = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(decisions) == 68
    expected = ["prohibited" if n % 2 else "refer" for n in range(70) if n not in (10, 20)]
    assert [d["decision"] for d in decisions] == expected
    assert "68 transfers assessed, 2 refused" in result.stdout


def test_batch_needs_an_output_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["assess", "--batch", str(tmp_path / "x.jsonl"), "--no-record"])
    assert result.exit_code == 2
    assert "--batch needs --out" in result.stderr
