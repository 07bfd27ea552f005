"""Judging an item's technical parameters against an entry's published thresholds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from nonpro.controls.entry import ControlEntry
from nonpro.controls.parameters import Parameter
from nonpro.core.errors import InvalidInputError, Problem

ASSIGNMENT_FORM = "NAME=NUMBER, e.g. frequency_hz=800"


class Outcome(StrEnum):
    """How one threshold fared."""

    MET = "met"
    MISSED = "missed"
    NOT_GIVEN = "not_given"


class Verdict(StrEnum):
    """The overall answer: controlled only when every threshold is met."""

    CONTROLLED = "controlled"
    NOT_CONTROLLED = "not_controlled"
    UNDETERMINED = "undetermined"


@dataclass(frozen=True, slots=True)
class ThresholdResult:
    """One threshold, the item's value for it (if given), and the outcome."""

    parameter: Parameter
    value: float | None
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class ThresholdCheck:
    """Every threshold of an entry judged, and the verdict they add up to."""

    entry: ControlEntry
    results: tuple[ThresholdResult, ...]
    verdict: Verdict

    def named(self, outcome: Outcome) -> list[str]:
        """The names of the parameters with this outcome."""
        return [r.parameter.name for r in self.results if r.outcome is outcome]


def parameter_menu(entry: ControlEntry) -> str:
    """The entry's parameters as a list a user can choose from."""
    return "; ".join(f"{p.name} ({p.quantity}, in {p.unit})" for p in entry.parameters)


def check_thresholds(entry: ControlEntry, values: Mapping[str, float]) -> ThresholdCheck:
    """Judge each threshold: all met is controlled, any missed is not, otherwise undetermined."""
    if not entry.parameters:
        raise InvalidInputError(
            f"{entry.id} has no published thresholds to check",
            where="entry",
            expected="an entry with parameters, e.g. nsg2:3.A.1",
        )
    known = {p.name for p in entry.parameters}
    unknown = [name for name in values if name not in known]
    if unknown:
        raise InvalidInputError(
            f"{entry.id} has no parameter {', '.join(repr(n) for n in unknown)}",
            where="param",
            expected=f"one of the entry's parameters: {parameter_menu(entry)}",
            problems=[Problem(f"param.{n}", "unknown parameter", parameter_menu(entry)) for n in unknown],
        )
    results = tuple(_judge(p, values.get(p.name)) for p in entry.parameters)
    outcomes = {r.outcome for r in results}
    if Outcome.MISSED in outcomes:
        verdict = Verdict.NOT_CONTROLLED
    elif Outcome.NOT_GIVEN in outcomes:
        verdict = Verdict.UNDETERMINED
    else:
        verdict = Verdict.CONTROLLED
    return ThresholdCheck(entry, results, verdict)


def _judge(parameter: Parameter, value: float | None) -> ThresholdResult:
    if value is None:
        return ThresholdResult(parameter, None, Outcome.NOT_GIVEN)
    met = parameter.comparison.holds(value, parameter.value)
    return ThresholdResult(parameter, value, Outcome.MET if met else Outcome.MISSED)


def parse_assignments(assignments: Sequence[str]) -> dict[str, float]:
    """`name=value` strings as a mapping; every malformed one is reported, not just the first."""
    values: dict[str, float] = {}
    problems: list[Problem] = []
    for text in assignments:
        name, equals, number = text.partition("=")
        try:
            if not equals or not name.strip():
                raise ValueError(text)
            values[name.strip()] = float(number)
        except ValueError:
            problems.append(Problem(f"param {text!r}", "not a name and a number", ASSIGNMENT_FORM))
    if problems:
        raise InvalidInputError(
            problems[0].what + f": {problems[0].where}",
            where="param",
            expected=ASSIGNMENT_FORM,
            problems=problems,
        )
    return values
