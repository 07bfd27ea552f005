"""A guideline rule: a small function whose docstring is its explanation, with its citation and dates.

Rules answer questions (`question`); two rules answering the same question for the same subject must agree
unless one declares that it `overrides` the other, otherwise the engine stops with a RuleConflictError.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from nonpro.assessment.outcome import Outcome
from nonpro.assessment.transfer import Transfer
from nonpro.controls.control_lists import ControlLists
from nonpro.core.sources import Source
from nonpro.registry.registry_model import Registry

if TYPE_CHECKING:
    from nonpro.assessment.party_screening import PartyScreening


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule found about one subject (`items[0]`, `parties[2]` or `transfer`)."""

    effect: Outcome
    subject: str
    detail: str
    evidence: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Facts:
    """Everything a rule may consult: the transfer, the registry, the control lists, the screening results.

    `screening` holds each party's screening by its index, or is None when no list could be consulted.
    """

    transfer: Transfer
    registry: Registry
    controls: ControlLists
    screening: Mapping[int, PartyScreening] | None = None


Check = Callable[[Facts], list[Finding]]
Scope = Callable[[Facts], bool]


@dataclass(frozen=True)
class Rule:
    """One encoded guideline provision, valid over a period, answering one question."""

    id: str
    question: str
    instrument: str
    provision: str
    source: Source
    valid_from: date
    valid_to: date | None
    check: Check
    scope: Scope
    overrides: tuple[str, ...] = ()

    @property
    def explanation(self) -> str:
        """The rule's one-sentence explanation: its docstring."""
        return " ".join((self.check.__doc__ or "").split())

    def in_force_on(self, day: date) -> bool:
        """Whether this version of the rule applies on `day`."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


RULES: list[Rule] = []


def rule(
    *,
    rule_id: str,
    question: str,
    instrument: str,
    provision: str,
    source: Source,
    valid_from: date,
    scope: Scope,
    valid_to: date | None = None,
    overrides: tuple[str, ...] = (),
) -> Callable[[Check], Check]:
    """Register a check function as a rule; `scope` says whether its question arises for a transfer."""

    def register(check: Check) -> Check:
        RULES.append(
            Rule(
                rule_id,
                question,
                instrument,
                provision,
                source,
                valid_from,
                valid_to,
                check,
                scope,
                overrides,
            )
        )
        return check

    return register
