"""The threshold cases of cases/thresholds.yaml, each checked against the shipped lists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from nonpro.controls.control_lists import ControlLists
from nonpro.controls.thresholds import Outcome, check_thresholds

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "thresholds.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_threshold_case(shipped: ControlLists, case: dict[str, Any]) -> None:
    check = check_thresholds(shipped.entry(case["entry"]), case["input"])
    expected = case["expected"]
    assert check.verdict.value == expected["verdict"]
    assert check.named(Outcome.MET) == expected["met"]
    assert check.named(Outcome.MISSED) == expected["missed"]
    assert check.named(Outcome.NOT_GIVEN) == expected["not_given"]
