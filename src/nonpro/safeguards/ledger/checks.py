"""Checks shared by report submissions: dates, report numbers, and lookups that collect every problem."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nonpro.core.errors import Problem
from nonpro.safeguards.codes import MaterialType
from nonpro.safeguards.models import Batch, KeyMeasurementPoint, MeasurementMethodRecord, Report


def parse_date(text: str, where: str, problems: list[Problem]) -> date | None:
    """An ISO date, or None with a problem recorded (e.g. 2026-02-30 does not exist)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        problems.append(Problem(where, f"{text!r} is not a date that exists", "YYYY-MM-DD, e.g. 2026-03-31"))
        return None


def check_number(session: Session, mba_id: int, kind: str, number: int, problems: list[Problem]) -> None:
    """Report numbers of one MBA and kind run 1, 2, 3, ... without gaps or repeats."""
    last = (
        session.scalar(select(func.max(Report.number)).where(Report.mba_id == mba_id, Report.kind == kind))
        or 0
    )
    if number == last + 1:
        return
    if number <= last:
        problems.append(Problem("report number", f"{kind} number {number} is already used", f"{last + 1}"))
    else:
        missing = f"{last + 1}" if number == last + 2 else f"{last + 1} to {number - 1}"
        problems.append(
            Problem(
                "report number", f"{kind} number {number} leaves a gap ({missing} missing)", f"{last + 1}"
            )
        )


def material_of(text: str, where: str, problems: list[Problem]) -> MaterialType | None:
    """A material type code, or None with a problem recorded."""
    try:
        return MaterialType(text.strip().upper())
    except ValueError:
        choices = ", ".join(m.value for m in MaterialType)
        problems.append(Problem(where, f"unknown material type {text!r}", choices))
        return None


def batches_named(session: Session, names: set[str]) -> dict[str, Batch]:
    """The known batches among `names`, by name."""
    if not names:
        return {}
    return {b.name: b for b in session.scalars(select(Batch).where(Batch.name.in_(names)))}


def methods_coded(session: Session, codes: set[str]) -> dict[str, MeasurementMethodRecord]:
    """The known measurement methods among `codes`, by code."""
    if not codes:
        return {}
    found = session.scalars(select(MeasurementMethodRecord).where(MeasurementMethodRecord.code.in_(codes)))
    return {m.code: m for m in found}


def check_weights(element_g: int, isotope_g: int, where: str, problems: list[Problem]) -> None:
    """Weights are whole grams >= 0 and the isotope weight never exceeds the element weight."""
    if element_g < 0 or isotope_g < 0:
        problems.append(Problem(where, "a weight is negative", "grams >= 0"))
    elif isotope_g > element_g:
        problems.append(
            Problem(
                where,
                f"isotope weight {isotope_g} g exceeds element weight {element_g} g",
                "isotope <= element",
            )
        )


OBLIGATION = re.compile(r"^[A-Z0-9]{1,10}$")


def kmps_of(session: Session, mba_id: int) -> dict[str, KeyMeasurementPoint]:
    """The MBA's key measurement points, by code."""
    return {
        k.code: k
        for k in session.scalars(select(KeyMeasurementPoint).where(KeyMeasurementPoint.mba_id == mba_id))
    }


def check_kmp_and_obligation(
    kmp: str | None,
    obligation: str | None,
    kind: str,
    kmps: dict[str, KeyMeasurementPoint],
    where: str,
    problems: list[Problem],
) -> None:
    """A named KMP belongs to the MBA and is of the right kind; an obligation is 1-10 letters or digits."""
    if kmp is not None:
        found = kmps.get(kmp)
        if found is None:
            problems.append(
                Problem(where, f"unknown KMP {kmp!r} for this MBA", ", ".join(kmps) or "no KMP registered")
            )
        elif found.kind != kind:
            problems.append(Problem(where, f"KMP {kmp} is an {found.kind} point", f"a {kind} KMP"))
    if obligation is not None and not OBLIGATION.match(obligation):
        problems.append(
            Problem(where, f"obligation code {obligation!r}", "1 to 10 capital letters or digits")
        )
