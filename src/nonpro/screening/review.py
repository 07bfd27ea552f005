"""Officers' decisions on hits, append-only, and the false positives they suppress.

A decision is about one party and one listed entry. The party is identified by its normalised name and
the facts given with it (type, date of birth, countries), so the same party screened again finds its
earlier decisions. A false positive suppresses that entry for that party while the entry stays as it
was decided on (same fingerprint); once the list changes the entry, the hit shows again. A later
decision on the same pair supersedes an earlier one; nothing is ever edited or deleted.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nonpro.core.errors import InvalidInputError
from nonpro.screening.models import ReviewDecision
from nonpro.screening.name_form import name_form
from nonpro.screening.query import PartyQuery
from nonpro.store.audit import record_event


class Verdict(StrEnum):
    """What an officer decided a hit is."""

    TRUE_MATCH = "true_match"
    FALSE_POSITIVE = "false_positive"


@dataclass(frozen=True, slots=True)
class Decision:
    """One recorded decision."""

    id: int
    decided_at: datetime
    decided_by: str
    verdict: Verdict
    reason: str
    source: str
    entry_id: str
    entry_fingerprint: str
    party: dict[str, Any]

    @classmethod
    def of(cls, row: ReviewDecision) -> Decision:
        """From its database row."""
        # SQLite hands back naive datetimes; every time nonpro stores is UTC.
        decided_at = row.decided_at if row.decided_at.tzinfo else row.decided_at.replace(tzinfo=UTC)
        return cls(
            row.id,
            decided_at,
            row.decided_by,
            Verdict(row.verdict),
            row.reason,
            row.source,
            row.entry_id,
            row.entry_fingerprint,
            dict(row.party),
        )


def party_facts(query: PartyQuery) -> dict[str, Any]:
    """The facts that identify a screened party, as stored with a decision."""
    return {
        "name": " ".join(name_form(query.name).tokens),
        "type": query.schema.value if query.schema else None,
        "dob": query.birth_date.value if query.birth_date else None,
        "countries": sorted(query.countries),
    }


def party_key(query: PartyQuery) -> str:
    """A stable key for "the same party": SHA-256 of its normalised name and given facts."""
    return hashlib.sha256(json.dumps(party_facts(query), sort_keys=True).encode("utf-8")).hexdigest()


def record_decision(
    session: Session,
    *,
    query: PartyQuery,
    source: str,
    entry_id: str,
    entry_fingerprint: str,
    verdict: Verdict,
    reason: str,
    actor: str,
    score: float | None,
    algorithm: str,
) -> Decision:
    """Append a decision (and an audit event) within the caller's transaction."""
    if not reason.strip():
        raise InvalidInputError(
            "a decision needs a reason", where="reason", expected="why the officer decided so"
        )
    if not actor.strip():
        raise InvalidInputError("a decision needs the officer's name", where="by", expected="who decided")
    row = ReviewDecision(
        decided_at=datetime.now(UTC),
        decided_by=actor.strip(),
        verdict=verdict.value,
        reason=reason.strip(),
        party_key=party_key(query),
        party=party_facts(query),
        source=source,
        entry_id=entry_id,
        entry_fingerprint=entry_fingerprint,
        score=score,
        algorithm=algorithm,
    )
    session.add(row)
    session.flush()
    record_event(
        session,
        actor=actor,
        action=f"screening.decision.{verdict.value}",
        subject=f"entry:{source}:{entry_id}",
        payload={"decision": row.id, "party_key": row.party_key, "reason": row.reason},
    )
    return Decision.of(row)


def decisions_for(session: Session, query: PartyQuery) -> list[Decision]:
    """Every decision taken on this party, oldest first."""
    rows = session.scalars(
        select(ReviewDecision).where(ReviewDecision.party_key == party_key(query)).order_by(ReviewDecision.id)
    )
    return [Decision.of(row) for row in rows]


def suppressed_entries(
    session: Session, query: PartyQuery, fingerprints: dict[str, str]
) -> dict[str, Decision]:
    """Entries (`source:entry_id`) whose latest decision for this party is a false positive on the entry as
    it stands now, with that decision."""
    latest: dict[str, Decision] = {}
    for decision in decisions_for(session, query):
        latest[f"{decision.source}:{decision.entry_id}"] = decision
    return {
        key: decision
        for key, decision in latest.items()
        if decision.verdict is Verdict.FALSE_POSITIVE and fingerprints.get(key) == decision.entry_fingerprint
    }


def confirmed_entries(session: Session, query: PartyQuery) -> dict[str, Decision]:
    """Entries (`source:entry_id`) whose latest decision for this party is a true match, with the decision."""
    latest: dict[str, Decision] = {}
    for decision in decisions_for(session, query):
        latest[f"{decision.source}:{decision.entry_id}"] = decision
    return {key: decision for key, decision in latest.items() if decision.verdict is Verdict.TRUE_MATCH}
