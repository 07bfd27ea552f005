"""Storing a report: its header, flushed so its lines can point at it, and the audit event that records it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from nonpro.safeguards.models import MaterialBalanceArea, Report
from nonpro.store.audit import record_event


def new_report(
    session: Session,
    mba: MaterialBalanceArea,
    kind: str,
    number: int,
    report_date: date,
    actor: str,
    period: tuple[date, date] | None = None,
) -> Report:
    """Add a report header (append-only) and flush it, so that its lines can reference its id."""
    report = Report(
        mba_id=mba.id,
        kind=kind,
        number=number,
        report_date=report_date,
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        recorded_at=datetime.now(UTC),
        actor=actor,
    )
    session.add(report)
    session.flush()
    return report


def audit_submission(
    session: Session, mba: MaterialBalanceArea, kind: str, number: int, lines: int, actor: str
) -> None:
    """Record in the audit log that an ICR or PIL was accepted."""
    record_event(
        session,
        actor=actor,
        action=f"safeguards.{kind.lower()}.recorded",
        subject=f"mba:{mba.code}",
        payload={"report": number, "lines": lines},
    )
