"""Recording an inventory change report: checked whole, then appended whole, or refused whole."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nonpro.core.errors import Problem
from nonpro.safeguards.codes import change_codes
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
from nonpro.safeguards.ledger.inventory import ICR, Grams, book_inventory, effective_lines, last_pil
from nonpro.safeguards.ledger.recording import audit_submission, new_report
from nonpro.safeguards.ledger.submissions import IcrLineIn, IcrSubmission
from nonpro.safeguards.models import IcrLine, MaterialBalanceArea, Report


@dataclass(frozen=True, slots=True)
class _Checked:
    """A line that passed its own checks, ready for the inventory check and for storing."""

    given: IcrLineIn
    change_date: date
    direction: int
    batch_id: int
    method_id: int | None
    kmp_id: int | None
    corrects: IcrLine | None


def submit_icr(
    session: Session, submission: IcrSubmission, *, actor: str, today: date | None = None
) -> Report:
    """Append an ICR if every line is valid and no inventory goes negative; otherwise refuse it whole."""
    today = today or datetime.now(UTC).date()
    name = f"ICR {submission.number} of MBA {submission.mba}"
    problems: list[Problem] = []
    mba = session.scalar(select(MaterialBalanceArea).where(MaterialBalanceArea.code == submission.mba))
    if mba is None:
        raise LedgerRefusedError(
            name, [Problem("mba", f"unknown MBA {submission.mba!r}", "a registered MBA code")]
        )
    check_number(session, mba.id, ICR, submission.number, problems)
    report_date = parse_date(submission.report_date, "report date", problems)
    if report_date is not None and report_date > today:
        problems.append(Problem("report date", f"{report_date} is in the future", f"on or before {today}"))
    pil = last_pil(session, mba.id)
    closed_until = pil.report_date if pil is not None else None
    checked = _check_lines(session, mba, submission, report_date or today, closed_until, today, problems)
    if problems:
        raise LedgerRefusedError(name, problems)
    _check_inventory(book_inventory(session, mba.id), checked, problems)
    if problems:
        raise LedgerRefusedError(name, problems)
    assert report_date is not None  # a missing date is a problem reported above
    report = new_report(session, mba, ICR, submission.number, report_date, actor)
    session.add_all(_stored(report, mba.id, line) for line in checked)
    session.flush()
    audit_submission(session, mba, ICR, submission.number, len(checked), actor)
    return report


def _check_lines(
    session: Session,
    mba: MaterialBalanceArea,
    submission: IcrSubmission,
    report_date: date,
    closed_until: date | None,
    today: date,
    problems: list[Problem],
) -> list[_Checked]:
    codes = change_codes()
    batches = batches_named(session, {line.batch for line in submission.lines})
    methods = methods_coded(session, {line.method for line in submission.lines if line.method})
    counterparts = _known_mbas(session, {line.counterpart for line in submission.lines if line.counterpart})
    corrected = _corrected_lines(session, mba.id, submission)
    kmps = kmps_of(session, mba.id)
    seen_lines: set[int] = set()
    seen_corrections: set[int] = set()
    checked: list[_Checked] = []
    for line in submission.lines:
        where = f"line {line.line}"
        before = len(problems)
        if line.line in seen_lines or line.line < 1:
            problems.append(Problem(where, "line number repeated or not positive", "1, 2, 3, ... once each"))
        seen_lines.add(line.line)
        change_date = parse_date(line.date, where, problems)
        if change_date is not None:
            if change_date > min(report_date, today):
                problems.append(
                    Problem(where, f"{change_date} is after the report date or today", "a past date")
                )
            if closed_until is not None and change_date <= closed_until:
                problems.append(
                    Problem(
                        where,
                        f"{change_date} falls in a period closed by the PIL of {closed_until}",
                        f"a date after {closed_until}",
                    )
                )
        code = codes.codes.get(line.code.strip().upper())
        if code is None:
            problems.append(
                Problem(where, f"unknown inventory change code {line.code!r}", ", ".join(codes.codes))
            )
        material = material_of(line.material, where, problems)
        batch = batches.get(line.batch)
        if batch is None:
            problems.append(Problem(where, f"unknown batch {line.batch!r}", "a registered batch name"))
        elif material is not None and batch.material != material.value:
            problems.append(
                Problem(where, f"batch {line.batch} holds {batch.material}, not {material.value}")
            )
        check_weights(line.element_g, line.isotope_g, where, problems)
        if line.method is not None and line.method not in methods:
            problems.append(
                Problem(where, f"unknown measurement method {line.method!r}", "a registered method")
            )
        check_kmp_and_obligation(line.kmp, line.obligation, "flow", kmps, where, problems)
        if code is not None:
            _check_counterpart(line, code.transfer, mba.code, counterparts, where, problems)
        target = None
        if line.corrects is not None:
            target = _check_correction(line, corrected, closed_until, seen_corrections, where, problems)
        if len(problems) == before and change_date is not None and code is not None and batch is not None:
            method = methods.get(line.method) if line.method else None
            kmp = kmps[line.kmp].id if line.kmp else None
            checked.append(
                _Checked(
                    line, change_date, code.direction, batch.id, method.id if method else None, kmp, target
                )
            )
    return checked


def _check_counterpart(
    line: IcrLineIn, transfer: str | None, own: str, known: set[str], where: str, problems: list[Problem]
) -> None:
    if transfer == "domestic":
        if line.counterpart is None or line.counterpart not in known:
            problems.append(
                Problem(
                    where, f"domestic transfer with unknown MBA {line.counterpart!r}", "the other MBA's code"
                )
            )
        elif line.counterpart == own:
            problems.append(Problem(where, "a transfer to or from the MBA itself", "another MBA"))
    elif transfer == "foreign" and not line.counterpart:
        problems.append(Problem(where, "an import or export without the other State", "the State's code"))
    elif transfer is None and line.counterpart:
        problems.append(Problem(where, f"code {line.code} is not a transfer but names {line.counterpart!r}"))


def _check_correction(
    line: IcrLineIn,
    corrected: dict[tuple[int, int], tuple[IcrLine, bool]],
    closed_until: date | None,
    seen: set[int],
    where: str,
    problems: list[Problem],
) -> IcrLine | None:
    assert line.corrects is not None
    ref = (line.corrects.report, line.corrects.line)
    found = corrected.get(ref)
    label = f"ICR {ref[0]} line {ref[1]}"
    if found is None:
        problems.append(
            Problem(where, f"corrects {label}, which does not exist", "an earlier line of this MBA")
        )
        return None
    target, superseded = found
    if superseded or target.id in seen:
        problems.append(Problem(where, f"{label} is already corrected", "the latest correction of that line"))
    elif closed_until is not None and target.change_date <= closed_until:
        problems.append(Problem(where, f"{label} lies in a period closed by the PIL of {closed_until}"))
    seen.add(target.id)
    return target


def _known_mbas(session: Session, codes: set[str]) -> set[str]:
    if not codes:
        return set()
    return set(session.scalars(select(MaterialBalanceArea.code).where(MaterialBalanceArea.code.in_(codes))))


def _corrected_lines(
    session: Session, mba_id: int, submission: IcrSubmission
) -> dict[tuple[int, int], tuple[IcrLine, bool]]:
    """The lines the submission corrects, by (report, line), each with whether it is already superseded."""
    refs = {(line.corrects.report, line.corrects.line) for line in submission.lines if line.corrects}
    if not refs:
        return {}
    effective = set(
        session.scalars(effective_lines().with_only_columns(IcrLine.id).where(IcrLine.mba_id == mba_id))
    )
    rows = session.execute(
        select(Report.number, IcrLine)
        .join(Report, IcrLine.report_id == Report.id)
        .where(IcrLine.mba_id == mba_id, Report.number.in_({r for r, _ in refs}))
    )
    return {
        (number, line.line_number): (line, line.id not in effective)
        for number, line in rows
        if (number, line.line_number) in refs
    }


def _check_inventory(book: dict[str, Grams], lines: list[_Checked], problems: list[Problem]) -> None:
    """Apply the lines in date order to the book inventory; refuse the first one that takes it below zero."""
    running = {material: [grams.element, grams.isotope] for material, grams in book.items()}
    for line in sorted(lines, key=lambda c: (c.change_date, c.given.line)):
        if line.corrects is not None:
            old = running.setdefault(line.corrects.material, [0, 0])
            old[0] -= line.corrects.direction * line.corrects.element_g
            old[1] -= line.corrects.direction * line.corrects.isotope_g
        material = line.given.material.strip().upper()
        totals = running.setdefault(material, [0, 0])
        totals[0] += line.direction * line.given.element_g
        totals[1] += line.direction * line.given.isotope_g
        for label, value in (("element", totals[0]), ("isotope", totals[1])):
            if value < 0:
                problems.append(
                    Problem(
                        f"line {line.given.line}",
                        f"would make the book inventory of {material} negative ({label} {value} g)",
                        "no more than the MBA holds",
                    )
                )
                return


def _stored(report: Report, mba_id: int, line: _Checked) -> IcrLine:
    given = line.given
    return IcrLine(
        report_id=report.id,
        line_number=given.line,
        mba_id=mba_id,
        change_date=line.change_date,
        code=given.code.strip().upper(),
        direction=line.direction,
        batch_id=line.batch_id,
        material=given.material.strip().upper(),
        element_g=given.element_g,
        isotope_g=given.isotope_g,
        method_id=line.method_id,
        kmp_id=line.kmp_id,
        obligation=given.obligation,
        counterpart=given.counterpart,
        corrects_id=line.corrects.id if line.corrects is not None else None,
    )
