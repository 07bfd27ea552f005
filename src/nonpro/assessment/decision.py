"""The decision on a transfer: the most severe outcome, every reason with its citation, the data versions."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from nonpro.assessment.outcome import Outcome


class ReasonPublic(BaseModel):
    """One reason: which rule fired on which subject, its legal basis, its effect and the evidence used."""

    rule: str
    instrument: str
    provision: str
    effect: Outcome
    explanation: str
    subject: str = Field(description="What the reason is about: `transfer`, `items[0]`, `parties[1]` …")
    detail: str = Field(description="The facts of this transfer that made the rule fire")
    evidence: list[dict[str, Any]]
    source: str


class VersionsPublic(BaseModel):
    """The versions of the rules and of each dataset the decision used, so that it can be reproduced."""

    rules: str
    registry: str
    lists: str
    screening: str


class DecisionPublic(BaseModel):
    """The outcome is the most severe effect among the reasons."""

    id: str
    date: date
    decision: Outcome
    reasons: list[ReasonPublic]
    versions: VersionsPublic
