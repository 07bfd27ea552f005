"""Recording assessments and judgements in the store, each with an audit event, in one transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from nonpro.assessment.decision import DecisionPublic
from nonpro.assessment.models import AssessmentRecord, JudgementRecord
from nonpro.assessment.transfer import Transfer
from nonpro.core.errors import InvalidInputError, NotFoundError
from nonpro.store.audit import record_event


class Verdict(StrEnum):
    """An officer's final decision."""

    APPROVE = "approve"
    APPROVE_WITH_CONDITIONS = "approve_with_conditions"
    DENY = "deny"


def record_assessment(session: Session, transfer: Transfer, decision: DecisionPublic, actor: str) -> None:
    """Store the input, the decision and the versions it used, and audit it."""
    versions = decision.versions
    session.add(
        AssessmentRecord(
            id=decision.id,
            created_at=datetime.now(UTC),
            actor=actor,
            transfer_date=datetime.combine(transfer.date, datetime.min.time()),
            destination=transfer.destination,
            outcome=decision.decision.value,
            transfer=transfer.model_dump(mode="json"),
            decision=decision.model_dump(mode="json"),
            rules_version=versions.rules,
            registry_version=versions.registry,
            lists_version=versions.lists,
            screening_version=versions.screening,
        )
    )
    record_event(
        session,
        actor=actor,
        action="assessment.recorded",
        subject=f"assessment:{decision.id}",
        payload={"outcome": decision.decision.value, "rules": versions.rules},
    )


def stored_decision(session: Session, assessment_id: str) -> DecisionPublic:
    """A stored decision, exactly as it was given."""
    record = session.get(AssessmentRecord, assessment_id)
    if record is None:
        raise NotFoundError(f"no assessment has the id {assessment_id!r}", where="assessment id")
    return DecisionPublic.model_validate(record.decision)


def record_judgement(
    session: Session,
    assessment_id: str,
    officer: str,
    verdict: Verdict,
    grounds: str,
    conditions: str | None = None,
) -> JudgementRecord:
    """Append an officer's final decision on an assessment; a later judgement supersedes, never edits, it."""
    stored_decision(session, assessment_id)
    if not grounds.strip():
        raise InvalidInputError(
            "a judgement needs its grounds", where="grounds", expected="a sentence or more"
        )
    if verdict is Verdict.APPROVE_WITH_CONDITIONS and not (conditions or "").strip():
        raise InvalidInputError("approval with conditions needs the conditions", where="conditions")
    judgement = JudgementRecord(
        assessment_id=assessment_id,
        created_at=datetime.now(UTC),
        officer=officer,
        verdict=verdict.value,
        grounds=grounds.strip(),
        conditions=conditions,
    )
    session.add(judgement)
    record_event(
        session,
        actor=officer,
        action="assessment.judged",
        subject=f"assessment:{assessment_id}",
        payload={"verdict": verdict.value, "grounds": grounds.strip()},
    )
    session.flush()
    return judgement


def judgements_of(session: Session, assessment_id: str) -> list[JudgementRecord]:
    """Every judgement on an assessment, oldest first; the last one stands."""
    query = select(JudgementRecord).where(JudgementRecord.assessment_id == assessment_id)
    return list(session.scalars(query.order_by(JudgementRecord.id)))
