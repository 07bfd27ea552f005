"""Wire shapes of screening, shared by the CLI's --json and the HTTP API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from nonpro.screening.list_store import ListDiff, ListVersionInfo
from nonpro.screening.review import Decision, Verdict
from nonpro.screening.screener import THRESHOLD
from nonpro.screening.service import ScreenedHit, ScreeningResult


class ListVersionPublic(BaseModel):
    """One imported version of a list."""

    model_config = ConfigDict(frozen=True)

    id: int
    source: str
    published: date | None
    checksum: str
    entry_count: int
    counts: dict[str, Any]
    files: str
    imported_at: datetime
    imported_by: str

    @classmethod
    def of(cls, info: ListVersionInfo) -> ListVersionPublic:
        """From the store's record."""
        return cls(**{name: getattr(info, name) for name in cls.model_fields})


class TokenPairPublic(BaseModel):
    """A query token matched to a listed token, and how."""

    model_config = ConfigDict(frozen=True)

    query: str
    listed: str
    similarity: float
    how: str


class FactPublic(BaseModel):
    """A secondary fact that moved the score."""

    model_config = ConfigDict(frozen=True)

    feature: str
    explanation: str
    effect: float


class DecisionPublic(BaseModel):
    """An officer's decision on a hit."""

    model_config = ConfigDict(frozen=True)

    id: int
    decided_at: datetime
    decided_by: str
    verdict: str
    reason: str
    source: str
    entry_id: str

    @classmethod
    def of(cls, decision: Decision) -> DecisionPublic:
        """From the store's record."""
        return cls(
            id=decision.id,
            decided_at=decision.decided_at,
            decided_by=decision.decided_by,
            verdict=decision.verdict.value,
            reason=decision.reason,
            source=decision.source,
            entry_id=decision.entry_id,
        )


class HitPublic(BaseModel):
    """A listed entry the party matched, with the score and why."""

    model_config = ConfigDict(frozen=True)

    source: str
    entry_id: str
    entry_type: str = Field(description="person, entity, vessel or aircraft")
    primary_name: str
    reference: str
    programmes: list[str]
    score: float
    name_score: float
    how: str
    query_name: str
    listed_name: str
    listed_name_kind: str
    listed_name_quality: str
    pairs: list[TokenPairPublic]
    facts: list[FactPublic]
    explanation: str
    algorithm: str
    suppressed_by: DecisionPublic | None

    @classmethod
    def of(cls, screened: ScreenedHit) -> HitPublic:
        """From a screened hit."""
        hit = screened.hit
        return cls(
            source=hit.entry.source,
            entry_id=hit.entry.entry_id,
            entry_type=hit.entry.schema.value,
            primary_name=hit.entry.primary_name,
            reference=hit.entry.reference,
            programmes=list(hit.entry.programmes),
            score=hit.score,
            name_score=hit.name_score,
            how=hit.how,
            query_name=hit.query_name,
            listed_name=hit.listed_name.full,
            listed_name_kind=hit.listed_name.kind.value,
            listed_name_quality=hit.listed_name.quality.value,
            pairs=[
                TokenPairPublic(query=p.query, listed=p.listed, similarity=round(p.similarity, 4), how=p.how)
                for p in hit.pairs
            ],
            facts=[
                FactPublic(feature=f.feature, explanation=f.explanation, effect=f.effect) for f in hit.facts
            ],
            explanation=hit.summary(),
            algorithm=hit.algorithm,
            suppressed_by=DecisionPublic.of(screened.suppressed_by) if screened.suppressed_by else None,
        )


class ScreeningResultPublic(BaseModel):
    """The result of screening one party: its hits, the list versions and the algorithm used."""

    model_config = ConfigDict(frozen=True)

    name: str
    id: str | None = None
    algorithm: str
    threshold: float
    hits: list[HitPublic]
    lists: list[ListVersionPublic]

    @classmethod
    def of(cls, result: ScreeningResult, party_id: str | None = None) -> ScreeningResultPublic:
        """From a screening result."""
        return cls(
            name=result.query.name,
            id=party_id,
            algorithm=result.algorithm,
            threshold=result.threshold,
            hits=[HitPublic.of(hit) for hit in result.hits],
            lists=[ListVersionPublic.of(version) for version in result.versions],
        )


class ListDiffPublic(BaseModel):
    """Entries added, removed and changed between two versions of a list."""

    model_config = ConfigDict(frozen=True)

    old: ListVersionPublic
    new: ListVersionPublic
    added: list[tuple[str, str]]
    removed: list[tuple[str, str]]
    changed: list[tuple[str, str]]

    @classmethod
    def of(cls, diff: ListDiff) -> ListDiffPublic:
        """From the store's diff."""
        return cls(
            old=ListVersionPublic.of(diff.old),
            new=ListVersionPublic.of(diff.new),
            added=list(diff.added),
            removed=list(diff.removed),
            changed=list(diff.changed),
        )


class PartyIn(BaseModel):
    """A party to screen, as a client sends it."""

    model_config = ConfigDict(frozen=True)

    id: str | None = Field(
        default=None, max_length=200, description="The client's own reference, echoed back"
    )
    name: str = Field(max_length=1000, description="The party's name, in any script", examples=["Ri Won Ho"])
    type: str | None = Field(default=None, description="person, entity, vessel or aircraft")
    dob: str | None = Field(default=None, description="Date of birth: YYYY, YYYY-MM or YYYY-MM-DD")
    countries: list[str] = Field(default_factory=list, max_length=20, description="Names or ISO codes")
    identifiers: list[str] = Field(
        default_factory=list, max_length=20, description="kind:number, e.g. imo:9187629 or passport:A123"
    )


class ScreeningRequest(BaseModel):
    """One party or a batch of up to 1,000, screened against every serving list."""

    model_config = ConfigDict(frozen=True)

    parties: list[PartyIn] = Field(min_length=1, max_length=1000)
    threshold: float = Field(default=THRESHOLD, ge=0.0, le=1.0, description="Lowest score reported")
    limit: int = Field(default=10, ge=1, le=100, description="Most hits per party")


class RejectedParty(BaseModel):
    """A party of the batch that could not be screened, and why."""

    model_config = ConfigDict(frozen=True)

    index: int
    id: str | None
    error: str


class ScreeningBatchPublic(BaseModel):
    """The result of every party screened, and the parties that could not be."""

    model_config = ConfigDict(frozen=True)

    results: list[ScreeningResultPublic]
    rejected: list[RejectedParty]


class DecisionCreate(BaseModel):
    """An officer's decision on a hit, as a client sends it."""

    model_config = ConfigDict(frozen=True)

    party: PartyIn = Field(description="The party exactly as screened: same name, type, dob and countries")
    entry: str = Field(max_length=200, description="The hit's list and entry id", examples=["un:6908555"])
    verdict: Verdict
    reason: str = Field(max_length=5000, description="Why: what tells the party and the entry apart, or not")
    decided_by: str = Field(max_length=200, description="The officer deciding")
