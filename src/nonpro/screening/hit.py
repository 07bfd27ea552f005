"""A hit: a listed entry a query matched, with the score and every reason for it."""

from __future__ import annotations

from dataclasses import dataclass

from nonpro.screening.entry import Entry, ListedName
from nonpro.screening.logic_v1.names import TokenPair


@dataclass(frozen=True, slots=True)
class FactEvidence:
    """One secondary fact that applied, with its effect on the score."""

    feature: str
    explanation: str
    effect: float


@dataclass(frozen=True, slots=True)
class Hit:
    """A match of a query against one entry; `how` is exact, fuzzy, phonetic, transliterated or identifier."""

    entry: Entry
    score: float
    name_score: float
    query_name: str
    listed_name: ListedName
    how: str
    pairs: tuple[TokenPair, ...]
    facts: tuple[FactEvidence, ...]
    algorithm: str

    def summary(self) -> str:
        """The explanation in one line, for a CSV cell or a terminal."""
        facts = "; ".join(f"{fact.feature} {fact.effect:+.2f}" for fact in self.facts)
        listed = self.listed_name
        text = f"{self.how} match of {self.query_name!r} to {listed.kind.value} {listed.full!r}"
        return f"{text}; {facts}" if facts else text
