"""Rule cases as YAML: every `cases/*.yaml` file is collected, one test per case, read like the guideline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from nonpro.assessment.engine import assess
from nonpro.assessment.rule import Facts
from nonpro.assessment.validation import validate_transfer
from nonpro.controls.loader import control_lists
from nonpro.core.errors import InvalidInputError
from nonpro.registry.registry_loader import registry


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix == ".yaml" and file_path.parent.name == "cases":
        return CaseFile.from_parent(parent, path=file_path)
    return None


class CaseFile(pytest.File):
    """One guideline's cases."""

    def collect(self) -> Iterator[pytest.Item]:
        content = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        for case in content["cases"]:
            yield Case.from_parent(self, name=case["name"], case=case)


class Case(pytest.Item):
    """One transfer on one date, and what the guideline says about it."""

    def __init__(self, *, case: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        reg, controls = registry(), control_lists()
        expected = self.case["expected"]
        transfer = validate_transfer({"date": self.case["date"], **self.case["input"]}, reg.states, controls)
        if "error" in expected:
            with pytest.raises(InvalidInputError) as caught:
                assess(Facts(transfer, reg, controls), "not screened")
            assert expected["error"] in caught.value.message
            return
        decision = assess(Facts(transfer, reg, controls), "not screened")
        fired = {(r.rule, r.subject, r.effect.value) for r in decision.reasons}
        for reason in expected.get("reasons", []):
            key = (reason["rule"], reason["subject"], reason["effect"])
            assert key in fired, f"expected {key} among {sorted(fired)}"
        for rule_id in expected.get("absent", []):
            assert rule_id not in {r.rule for r in decision.reasons}, f"{rule_id} should not fire"
        assert decision.decision.value == expected["decision"], f"decision {decision.decision} != {expected}"

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"case: {self.name}"
