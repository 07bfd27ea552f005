"""The append-only audit log that every pillar writes to: who did what, to which subject, when, and how."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nonpro.store.models import AuditEvent


def record_event(
    session: Session, *, actor: str, action: str, subject: str, payload: dict[str, Any]
) -> AuditEvent:
    """Append one event within the caller's transaction; it is stored only if that transaction commits."""
    event = AuditEvent(
        occurred_at=datetime.now(UTC),
        actor=actor,
        action=action,
        subject=subject,
        payload=payload,
    )
    session.add(event)
    session.flush()
    return event


def events_about(
    session: Session, subject: str | None = None, action: str | None = None, limit: int = 100
) -> Sequence[AuditEvent]:
    """The most recent events, newest first, optionally for one subject or one action."""
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if subject is not None:
        query = query.where(AuditEvent.subject == subject)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    return session.scalars(query).all()
