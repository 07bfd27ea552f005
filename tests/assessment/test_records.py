"""Stored assessments reproduce the decision exactly; judgements are appended, never edited."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from sqlalchemy.exc import DBAPIError

from nonpro.assessment.models import AssessmentRecord
from nonpro.assessment.records import (
    Verdict,
    judgements_of,
    record_assessment,
    record_judgement,
    stored_decision,
)
from nonpro.assessment.service import assess_raw
from nonpro.controls.loader import control_lists
from nonpro.core.errors import InvalidInputError, NotFoundError
from nonpro.registry.registry_loader import registry
from nonpro.store.audit import events_about
from nonpro.store.database import Database

TRANSFER = {
    "date": "2026-03-01",
    "kind": "export",
    "exporting_state": "DE",
    "destination": "EG",
    "items": [{"description": "Thiodiglycol", "cas": "111-48-8"}],
}


def test_a_recorded_assessment_comes_back_identical_with_its_versions(database: Database) -> None:
    transfer, decision = assess_raw(TRANSFER, registry(), control_lists())
    with database.transaction() as session:
        record_assessment(session, transfer, decision, actor="officer.a")
    with database.transaction() as session:
        assert stored_decision(session, decision.id) == decision
        record = session.get(AssessmentRecord, decision.id)
        assert record is not None
        assert (record.outcome, record.destination, record.rules_version) == (
            "prohibited",
            "EG",
            decision.versions.rules,
        )
        assert events_about(session, subject=f"assessment:{decision.id}")[0].action == "assessment.recorded"


def test_judgements_are_appended_and_the_record_cannot_be_edited(database: Database) -> None:
    transfer, decision = assess_raw(TRANSFER, registry(), control_lists())
    with database.transaction() as session:
        record_assessment(session, transfer, decision, actor="officer.a")
        record_judgement(session, decision.id, "officer.b", Verdict.DENY, "Schedule 2 to a State not Party")
        record_judgement(session, decision.id, "chief", Verdict.DENY, "Confirmed on review")
    with database.transaction() as session:
        assert [(j.officer, j.verdict) for j in judgements_of(session, decision.id)] == [
            ("officer.b", "deny"),
            ("chief", "deny"),
        ]
    with pytest.raises(DBAPIError, match="append-only"), database.transaction() as session:
        session.execute(update(AssessmentRecord).values(outcome="not_controlled"))


@pytest.mark.parametrize(
    ("verdict", "grounds", "conditions", "message"),
    [
        (Verdict.DENY, "  ", None, "a judgement needs its grounds"),
        (Verdict.APPROVE_WITH_CONDITIONS, "ok", None, "needs the conditions"),
    ],
)
def test_a_judgement_without_what_it_needs_is_refused(
    database: Database, verdict: Verdict, grounds: str, conditions: str | None, message: str
) -> None:
    transfer, decision = assess_raw(TRANSFER, registry(), control_lists())
    with database.transaction() as session:
        record_assessment(session, transfer, decision, actor="a")
    with pytest.raises(InvalidInputError, match=message), database.transaction() as session:
        record_judgement(session, decision.id, "b", verdict, grounds, conditions)


def test_judging_an_unknown_assessment_is_refused(database: Database) -> None:
    with pytest.raises(NotFoundError), database.transaction() as session:
        record_judgement(session, "no-such-id", "b", Verdict.APPROVE, "fine")
