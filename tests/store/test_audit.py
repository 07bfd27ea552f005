"""The audit log is append-only: the code only adds, and the database refuses edits and deletions."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.exc import DBAPIError

from nonpro.core.datasets import DatasetVersion
from nonpro.store.audit import events_about, record_event
from nonpro.store.database import Database
from nonpro.store.models import AuditEvent
from nonpro.store.reference_versions import installed_versions, record_versions


def test_recorded_events_come_back_newest_first_with_their_payload(database: Database) -> None:
    with database.transaction() as session:
        record_event(session, actor="officer.a", action="case.opened", subject="case:1", payload={"n": 1})
        record_event(
            session, actor="officer.b", action="case.closed", subject="case:1", payload={"why": "ok"}
        )
        record_event(session, actor="officer.a", action="case.opened", subject="case:2", payload={})
    with database.transaction() as session:
        events = events_about(session, subject="case:1")
        assert [(e.actor, e.action, e.payload) for e in events] == [
            ("officer.b", "case.closed", {"why": "ok"}),
            ("officer.a", "case.opened", {"n": 1}),
        ]
        assert events[0].occurred_at >= events[1].occurred_at


def test_an_event_in_a_failed_transaction_is_not_kept(database: Database) -> None:
    def fail_after_recording() -> None:
        with database.transaction() as session:
            record_event(session, actor="a", action="x", subject="s", payload={})
            raise RuntimeError("the work it described failed")

    with pytest.raises(RuntimeError):
        fail_after_recording()
    with database.transaction() as session:
        assert events_about(session) == []


@pytest.mark.parametrize(
    "statement",
    [
        update(AuditEvent).values(actor="someone else"),
        delete(AuditEvent),
    ],
)
def test_the_database_refuses_to_change_or_delete_audit_events(database: Database, statement: object) -> None:
    with database.transaction() as session:
        record_event(session, actor="a", action="x", subject="s", payload={})
    with pytest.raises(DBAPIError, match="append-only"), database.transaction() as session:
        session.execute(statement)  # type: ignore[call-overload]
    with database.transaction() as session:
        assert [e.actor for e in events_about(session)] == ["a"]


def test_raw_sql_cannot_bypass_the_append_only_rule(database: Database) -> None:
    with database.transaction() as session:
        record_event(session, actor="a", action="x", subject="s", payload={})
    with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_event"))


def test_reference_versions_are_appended_only_when_they_change(database: Database) -> None:
    first = [DatasetVersion("states", "v1", "a" * 64)]
    with database.transaction() as session:
        assert record_versions(session, first, actor="test") == first
    with database.transaction() as session:
        assert record_versions(session, first, actor="test") == []
    second = [DatasetVersion("states", "v2", "b" * 64)]
    with database.transaction() as session:
        assert record_versions(session, second, actor="test") == second
        assert installed_versions(session)["states"].version == "v2"
        assert len(events_about(session, action="reference_data.installed")) == 2
