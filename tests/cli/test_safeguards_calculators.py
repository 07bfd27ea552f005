"""The safeguards calculators at the CLI door: exact JSON contracts and one-line refusals."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nonpro.cli.main import app, main

runner = CliRunner()


def run_json(*args: str) -> object:
    result = runner.invoke(app, ["safeguards", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_page_prints_the_statistic_and_the_first_alarm() -> None:
    assert run_json("page", "--k", "0.5", "--h", "2", "--values", "1,-3,1,1.4,2") == {
        "statistic": [0.5, 0.0, 0.5, 1.4, 2.9],
        "alarm_at": 5,
    }


def test_page_without_alarm_gives_null() -> None:
    assert run_json("page", "--k", "0.5", "--h", "2", "--values", "1.5,1.5") == {
        "statistic": [1.0, 2.0],
        "alarm_at": None,
    }


def test_sitmuf_reads_the_covariance_from_a_json_file(tmp_path: Path) -> None:
    cov = tmp_path / "cov.json"
    cov.write_text("[[2, -1, 0], [-1, 2, -1], [0, -1, 2]]")
    found = run_json("sitmuf", "--muf", "1,1,1", "--cov", str(cov))
    assert found == {"sitmuf": pytest.approx([1 / math.sqrt(2), math.sqrt(1.5), math.sqrt(3)])}


def test_sample_size_gives_exact_and_approximate_sizes() -> None:
    found = run_json("sample-size", "--population", "100", "--defects", "10", "--non-detection", "0.05")
    assert found == {"exact": 25, "approximate": 26}


@pytest.mark.parametrize(
    ("args", "category"),
    [
        (["--material", "pu", "--mass-g", "2000"], "I"),
        (["--material", "u233", "--mass-g", "500"], "III"),
        (["--material", "u", "--mass-g", "6000", "--enrichment", "93"], "I"),
        (["--material", "u", "--mass-g", "6000", "--enrichment", "93", "--irradiated"], "II"),
        (["--material", "u", "--mass-g", "90000", "--enrichment", "4.95", "--irradiated"], "II"),
        (["--material", "u", "--mass-g", "9000", "--enrichment", "4.95"], None),
    ],
)
def test_categorise_gives_the_infcirc_225_category(args: list[str], category: str | None) -> None:
    assert run_json("categorise", *args) == {"category": category}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["page", "--k", "abc", "--h", "2", "--values", "1"], "--k: 'abc' is not a number"),
        (["page", "--k", "0.5", "--h", "2", "--values", "1,,2"], "--values: item 2"),
        (["sample-size", "--population", "10", "--defects", "20", "--non-detection", "0.1"], "defects"),
        (["sample-size", "--population", "ten", "--defects", "2", "--non-detection", "0.1"], "--population"),
        (["categorise", "--material", "am", "--mass-g", "5"], "unknown material 'am'"),
        (["categorise", "--material", "u", "--mass-g", "5"], "uranium enrichment"),
        (["sitmuf", "--muf", "1,2", "--cov", "/nonexistent/cov.json"], "does not exist"),
    ],
)
def test_bad_input_is_refused_with_the_reason(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["safeguards", *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_refusal_is_one_line_on_stderr_with_exit_code_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cov = tmp_path / "cov.json"
    cov.write_text("[[1, 2], [2, 1]]")
    monkeypatch.setattr(sys, "argv", ["nonpro", "safeguards", "sitmuf", "--muf", "1,2", "--cov", str(cov)])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 2
    captured = capsys.readouterr()
    assert captured.err == "error: covariance: the covariance matrix is not positive definite; " + (
        "expected a covariance of MUFs with every variance > 0\n"
    )
    assert captured.out == ""


def test_significant_quantities_come_with_the_glossary_as_source() -> None:
    found = run_json("significant-quantities")
    assert isinstance(found, dict)
    assert {q["material"]: q["quantity_kg"] for q in found["quantities"]}["heu"] == 25
    assert "Safeguards Glossary" in found["source"]["document"]


def test_detection_of_a_single_period_loss_is_the_normal_tail(tmp_path: Path) -> None:
    cov = tmp_path / "cov.json"
    cov.write_text("[[4.0]]")
    found = run_json("detection", "--total", "5", "--cov", str(cov), "--test", "sitmuf")
    assert isinstance(found, dict)
    assert found["probability"] == pytest.approx(0.8037, abs=0.006)  # 1 - Phi(1.6449 - 5/2)
    assert (found["horizon"], found["test"]) == (1, "sitmuf")


def test_detection_on_the_simulated_plant_favours_cumuf_for_a_protracted_loss() -> None:
    cumuf = run_json("detection", "--total", "200", "--test", "cumuf", "--sequences", "20000")
    page = run_json("detection", "--total", "200", "--test", "page-sitmuf", "--sequences", "20000")
    assert isinstance(cumuf, dict)
    assert isinstance(page, dict)
    assert cumuf["horizon"] == 52
    assert cumuf["probability"] > page["probability"] > 0.05
