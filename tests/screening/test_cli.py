"""The screening commands as an officer uses them, on a real database with the real UN list."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nonpro.cli.main import app
from nonpro.settings import Settings
from nonpro.store.database import Database
from tests.screening.conftest import OFAC_2021, UN_XML

runner = CliRunner()


@pytest.fixture
def env(settings: Settings, database: Database) -> dict[str, str]:
    """The environment pointing the CLI at a migrated database holding the UN list."""
    variables = {"NONPRO_DATABASE_URL": settings.database_url, "NONPRO_DATA_DIR": str(settings.data_dir)}
    result = runner.invoke(app, ["lists", "import", "un", str(UN_XML)], env=variables)
    assert result.exit_code == 0, result.output
    assert "un: version 1 serving, 1003 entries (273 entity, 730 person)" in result.output
    return variables


def test_status_lists_the_serving_versions(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["lists", "status", "--json"], env=env)
    versions = json.loads(result.output)
    assert [(v["source"], v["published"], v["entry_count"]) for v in versions] == [("un", "2026-02-27", 1003)]


def test_screen_a_name_as_json(env: dict[str, str]) -> None:
    result = runner.invoke(
        app, ["screen", "Ri Won Ho", "--dob", "1964", "--country", "KP", "--json"], env=env
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["algorithm"] == "v1"
    assert (
        document["lists"][0]["checksum"] == "66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf"
    )
    hit = document["hits"][0]
    assert (hit["source"], hit["entry_id"], hit["reference"], hit["score"]) == (
        "un",
        "6908555",
        "KPi.033",
        1.0,
    )
    assert [fact["feature"] for fact in hit["facts"]] == ["birth_date_matches", "country_matches"]


def test_an_empty_name_is_refused(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["screen", "  "], env=env)
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: name: the name is empty; expected a party's name"


def test_batch_screens_good_rows_and_reports_bad_ones(env: dict[str, str], tmp_path: Path) -> None:
    parties, hits = tmp_path / "parties.csv", tmp_path / "hits.csv"
    parties.write_text(
        "id,name,type,dob,country\np1,Ri Won Ho,person,1964,KP\np2,,person,,\np3,Jane Smith,,,\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["screen", "--batch", str(parties), "--out", str(hits)], env=env)
    assert result.exit_code == 2
    assert "2 parties screened, 1 hit(s)" in result.output
    assert "line 3: name: the name is empty" in result.output
    rows = list(csv.DictReader(hits.open(encoding="utf-8")))
    assert [(row["id"], row["list"], row["entry_id"]) for row in rows] == [("p1", "un", "6908555")]


def test_compare_scores_pairs(tmp_path: Path) -> None:
    pairs, scores = tmp_path / "pairs.csv", tmp_path / "scores.csv"
    pairs.write_text(
        "name1,name2\nVladimir Putin,Владимир Путин\nOlaf Scholz,Octavian Scholz\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["screen", "compare", "--pairs", str(pairs), "--out", str(scores)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(scores.open(encoding="utf-8")))
    assert [(row["score"], row["match"]) for row in rows] == [("1.0000", "true"), ("0.3333", "false")]


def test_a_false_positive_shows_as_suppressed(env: dict[str, str]) -> None:
    review = ["screen", "review", "Ri Won Ho", "--entry", "un:6908555", "--verdict", "false_positive"]
    decided = runner.invoke(
        app, [*review, "--reason", "our client was born in 1990", "--by", "a.officer"], env=env
    )
    assert decided.exit_code == 0, decided.output
    result = runner.invoke(app, ["screen", "Ri Won Ho"], env=env)
    assert "[suppressed: false positive #1]" in result.output


def test_diff_after_a_second_import(env: dict[str, str]) -> None:
    for day in ("2024-05-02", "2024-05-03"):
        path = OFAC_2021.parent / day / "sdn.csv"
        assert runner.invoke(app, ["lists", "import", "ofac-sdn", str(path)], env=env).exit_code == 0
    result = runner.invoke(app, ["lists", "diff", "ofac-sdn", "--json"], env=env)
    document = json.loads(result.output)
    assert (document["old"]["published"], document["new"]["published"]) == ("2024-05-02", "2024-05-03")
    assert len(document["removed"]) == 8


def test_a_malformed_list_is_refused_and_the_old_version_keeps_serving(
    env: dict[str, str], tmp_path: Path
) -> None:
    broken = tmp_path / "un.xml"
    broken.write_bytes(UN_XML.read_bytes().replace(b"<DATAID>6907994</DATAID>", b"<DATAID></DATAID>", 1))
    result = runner.invoke(app, ["lists", "import", "un", str(broken)], env=env)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[1:] == [
        "  - un.xml INDIVIDUAL #2: DATAID '' is missing or not a number (expected a whole number)"
    ]
    status = json.loads(runner.invoke(app, ["lists", "status", "--json"], env=env).output)
    assert [(v["id"], v["entry_count"]) for v in status] == [(1, 1003)]
