"""Book inventory of an MBA: the last physical inventory plus every effective inventory change since."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from nonpro.safeguards.models import IcrLine, PilLine, Report

ICR, PIL, MBR = "ICR", "PIL", "MBR"


@dataclass(frozen=True, slots=True)
class Grams:
    """Element and isotope weight in whole grams."""

    element: int
    isotope: int


def effective_lines() -> Select[IcrLine]:
    """ICR lines not superseded by a correction (a line is superseded when another line corrects it)."""
    correction = aliased(IcrLine)
    return select(IcrLine).where(~select(correction.id).where(correction.corrects_id == IcrLine.id).exists())


def last_pil(session: Session, mba_id: int) -> Report | None:
    """The MBA's latest physical inventory listing, if any."""
    return session.scalar(
        select(Report)
        .where(Report.mba_id == mba_id, Report.kind == PIL)
        .order_by(Report.number.desc())
        .limit(1)
    )


def pil_totals(session: Session, report_id: int) -> dict[str, Grams]:
    """Element and isotope grams per material type in one physical inventory listing."""
    rows = session.execute(
        select(PilLine.material, func.sum(PilLine.element_g), func.sum(PilLine.isotope_g))
        .where(PilLine.report_id == report_id)
        .group_by(PilLine.material)
    )
    return {material: Grams(int(element), int(isotope)) for material, element, isotope in rows}


def changes_since(session: Session, mba_id: int, after: date | None) -> dict[str, Grams]:
    """Net signed grams per material type of effective ICR lines dated after `after` (all when None)."""
    lines = effective_lines().subquery()
    condition = lines.c.mba_id == mba_id
    if after is not None:
        condition = and_(condition, lines.c.change_date > after)
    rows = session.execute(
        select(
            lines.c.material,
            func.sum(lines.c.direction * lines.c.element_g),
            func.sum(lines.c.direction * lines.c.isotope_g),
        )
        .where(condition)
        .group_by(lines.c.material)
    )
    return {material: Grams(int(element), int(isotope)) for material, element, isotope in rows}


def book_inventory(session: Session, mba_id: int) -> dict[str, Grams]:
    """Book inventory per material type now: last PIL totals plus effective changes dated after it."""
    pil = last_pil(session, mba_id)
    start = pil_totals(session, pil.id) if pil is not None else {}
    changes = changes_since(session, mba_id, pil.report_date if pil is not None else None)
    result: dict[str, Grams] = {}
    for material in sorted(set(start) | set(changes)):
        a, b = start.get(material, Grams(0, 0)), changes.get(material, Grams(0, 0))
        result[material] = Grams(a.element + b.element, a.isotope + b.isotope)
    return result
