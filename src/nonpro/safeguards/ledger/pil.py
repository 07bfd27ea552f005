"""Recording a physical inventory listing: checked whole, then appended whole, or refused whole."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nonpro.core.errors import Problem
from nonpro.safeguards.errors import LedgerRefusedError
from nonpro.safeguards.ledger.checks import (
    batches_named,
    check_kmp_and_obligation,
    check_number,
    check_weights,
    kmps_of,
    material_of,
    methods_coded,
    parse_date,
)
from nonpro.safeguards.ledger.inventory import PIL, last_pil
from nonpro.safeguards.ledger.recording import audit_submission, new_report
from nonpro.safeguards.ledger.submissions import PilSubmission
from nonpro.safeguards.models import IcrLine, MaterialBalanceArea, PilLine, Report


def submit_pil(
    session: Session, submission: PilSubmission, *, actor: str, today: date | None = None
) -> Report:
    """Append a PIL if its date follows the last PIL and every line is valid; otherwise refuse it whole.

    A PIL closes the period since the previous one: afterwards no inventory change dated on or before it
    is accepted.
    """
    today = today or datetime.now(UTC).date()
    name = f"PIL {submission.number} of MBA {submission.mba}"
    problems: list[Problem] = []
    mba = session.scalar(select(MaterialBalanceArea).where(MaterialBalanceArea.code == submission.mba))
    if mba is None:
        raise LedgerRefusedError(
            name, [Problem("mba", f"unknown MBA {submission.mba!r}", "a registered MBA code")]
        )
    check_number(session, mba.id, PIL, submission.number, problems)
    inventory_date = parse_date(submission.inventory_date, "inventory date", problems)
    if inventory_date is not None:
        _check_date(session, mba.id, inventory_date, today, problems)
    batches = batches_named(session, {line.batch for line in submission.lines})
    methods = methods_coded(session, {line.method for line in submission.lines if line.method})
    kmps = kmps_of(session, mba.id)
    seen_lines: set[int] = set()
    seen_batches: set[str] = set()
    for line in submission.lines:
        where = f"line {line.line}"
        if line.line in seen_lines or line.line < 1:
            problems.append(Problem(where, "line number repeated or not positive", "1, 2, 3, ... once each"))
        seen_lines.add(line.line)
        material = material_of(line.material, where, problems)
        batch = batches.get(line.batch)
        if batch is None:
            problems.append(Problem(where, f"unknown batch {line.batch!r}", "a registered batch name"))
        elif material is not None and batch.material != material.value:
            problems.append(
                Problem(where, f"batch {line.batch} holds {batch.material}, not {material.value}")
            )
        if line.batch in seen_batches:
            problems.append(Problem(where, f"batch {line.batch} is listed twice", "each batch once"))
        seen_batches.add(line.batch)
        check_weights(line.element_g, line.isotope_g, where, problems)
        check_kmp_and_obligation(line.kmp, line.obligation, "inventory", kmps, where, problems)
        if line.method is not None and line.method not in methods:
            problems.append(
                Problem(where, f"unknown measurement method {line.method!r}", "a registered method")
            )
    if problems:
        raise LedgerRefusedError(name, problems)
    assert inventory_date is not None  # a missing date is a problem reported above
    report = new_report(session, mba, PIL, submission.number, inventory_date, actor)
    session.add_all(
        PilLine(
            report_id=report.id,
            line_number=line.line,
            batch_id=batches[line.batch].id,
            material=line.material.strip().upper(),
            element_g=line.element_g,
            isotope_g=line.isotope_g,
            method_id=methods[line.method].id if line.method else None,
            kmp_id=kmps[line.kmp].id if line.kmp else None,
            obligation=line.obligation,
        )
        for line in submission.lines
    )
    session.flush()
    audit_submission(session, mba, PIL, submission.number, len(submission.lines), actor)
    return report


def _check_date(
    session: Session, mba_id: int, inventory_date: date, today: date, problems: list[Problem]
) -> None:
    if inventory_date > today:
        problems.append(
            Problem("inventory date", f"{inventory_date} is in the future", f"on or before {today}")
        )
    previous = last_pil(session, mba_id)
    if previous is not None and inventory_date <= previous.report_date:
        problems.append(
            Problem("inventory date", f"{inventory_date} is not after the last PIL ({previous.report_date})")
        )
    latest_change = session.scalar(select(func.max(IcrLine.change_date)).where(IcrLine.mba_id == mba_id))
    if latest_change is not None and inventory_date < latest_change:
        problems.append(
            Problem(
                "inventory date",
                f"{inventory_date} is before inventory changes already recorded ({latest_change})",
                f"on or after {latest_change}",
            )
        )
