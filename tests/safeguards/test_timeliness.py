"""IAEA timeliness goals: the three categories, cited, and an unknown category refused with the valid ones."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from nonpro.cli.main import app
from nonpro.core.errors import NotFoundError
from nonpro.safeguards.timeliness import timeliness_goals


def test_the_goals_are_one_three_and_twelve_months() -> None:
    table = timeliness_goals()
    assert [(g.category, g.months) for g in table.goals] == [
        ("unirradiated_direct_use", 1),
        ("irradiated_direct_use", 3),
        ("indirect_use", 12),
    ]
    assert table.source.document.startswith("IAEA Safeguards Glossary, 2001 Edition")


def test_an_unknown_category_lists_the_known_ones() -> None:
    with pytest.raises(NotFoundError, match="unirradiated_direct_use, irradiated_direct_use, indirect_use"):
        timeliness_goals().of("spent_fuel")


def test_the_cli_prints_the_goals_as_json() -> None:
    result = CliRunner().invoke(app, ["safeguards", "timeliness-goals", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["goals"][2]["months"] == 12
