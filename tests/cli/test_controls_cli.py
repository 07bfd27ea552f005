"""The `nonpro controls` and `nonpro classify` commands, with the JSON contracts of issue 4."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nonpro.cli.main import app
from tests.controls.conftest import CCL_FILE, shared_data

runner = CliRunner()


@pytest.fixture(autouse=True)
def empty_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No kept imports: the commands serve exactly the shipped lists."""
    monkeypatch.setenv("NONPRO_DATA_DIR", str(tmp_path))


def run_json(*args: str) -> object:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_show_gives_an_entry_in_the_contract_shape() -> None:
    shown = run_json("controls", "show", "nsg2:3.A.1")
    assert isinstance(shown, dict)
    entry = shown["entry"]
    assert {
        "id",
        "list",
        "edition",
        "title",
        "parent",
        "regime",
        "category",
        "parameters",
        "correspondences",
        "source",
    } <= set(entry)
    assert entry["correspondences"]["eu"] == ["3A225"]
    assert entry["correspondences"]["us_eccn"] == ["3A225"]
    assert [p["name"] for p in entry["parameters"]] == [
        "power_va",
        "frequency_hz",
        "frequency_control_percent",
    ]
    assert [p["id"] for p in shown["parents"]] == ["nsg2:3.A", "nsg2:3"]
    assert shown["guidelines"] == [
        "NSG Guidelines Part 2 (INFCIRC/254/Part 2) - nuclear-related dual-use transfers"
    ]


def test_tree_lists_every_entry_flat_with_id_and_parent() -> None:
    tree = run_json("controls", "tree", "cwc")
    assert isinstance(tree, dict)
    assert tree["count"] == len(tree["entries"]) == 56
    assert tree["entries"][2] == {
        "id": "cwc:1.A.1",
        "parent": "cwc:1.A",
        "title": tree["entries"][2]["title"],
    }


def test_classify_by_parameters_reports_each_threshold_and_the_verdict() -> None:
    result = run_json(
        "classify", "--entry", "nsg2:3.A.1", "--param", "frequency_hz=800", "--param", "power_va=50"
    )
    assert isinstance(result, dict)
    assert result["query"] == "nsg2:3.A.1 frequency_hz=800 power_va=50"
    assert result["verdict"] == "undetermined"
    assert [(t["name"], t["outcome"]) for t in result["thresholds"]] == [
        ("power_va", "met"),
        ("frequency_hz", "met"),
        ("frequency_control_percent", "not_given"),
    ]
    assert result["candidates"][0]["id"] == "nsg2:3.A.1"


def test_classify_by_cas_and_by_text() -> None:
    by_cas = run_json("classify", "--cas", "107-44-8")
    assert isinstance(by_cas, dict)
    assert [c["id"] for c in by_cas["candidates"]] == ["cwc:1.A.1"]
    by_text = run_json("classify", "frequency changer with 3-phase output at 800 Hz")
    assert isinstance(by_text, dict)
    assert by_text["candidates"][0]["id"] == "nsg2:3.A.1"
    assert by_text["candidates"][0]["why"] == ["matched 'frequency'", "matched 'changer'"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["classify", "--cas", "107-44-7"], "error: CAS number: "),
        (["classify", "words", "--cas", "107-44-8"], "error: "),
        (["controls", "show", "cwc:9.9"], "error: "),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_bad_cas_number_prints_one_line_and_exits_2() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from nonpro.cli.main import main; main()", "classify", "--cas", "107448"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("error: CAS number: '107448' is not in the form of a CAS number")


def test_import_ccl_summarises_the_real_file() -> None:
    summary = run_json("controls", "import-ccl", str(shared_data() / CCL_FILE), "--edition", "2026-06")
    assert isinstance(summary, dict)
    assert summary["list"]["count"] == 4848
    assert summary["reasons_for_control"]["NP"] == 120
    assert summary["warnings"] == []
