"""Closing a material balance: the MBR from two physical inventories and the changes between them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from sqlalchemy import Float, cast, func, select
from sqlalchemy.orm import Session

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.ledger.inventory import MBR, PIL
from nonpro.safeguards.ledger.recording import new_report
from nonpro.safeguards.ledger.registry import mba_by_code, method_of
from nonpro.safeguards.models import IcrLine, MbrLine, MeasurementMethodRecord, PilLine, Report
from nonpro.safeguards.statistics.measurement import Method
from nonpro.safeguards.statistics.propagation import aggregated_variance
from nonpro.store.audit import record_event

BEGINNING, BOOK_ENDING, PHYSICAL_ENDING, MUF_ENTRY = "PB", "BA", "PE", "MF"
# Sums of one (material, code, direction, method) group: element, isotope, and squared element grams.
Group = tuple[str, str, int, int | None, int, int, float]


@dataclass(frozen=True, slots=True)
class BalanceEntry:
    """One MBR entry: PB, an inventory change code, BA, PE or MF, with element and isotope grams."""

    entry: str
    element_g: int
    isotope_g: int


@dataclass(frozen=True, slots=True)
class MaterialBalance:
    """The balance of one material type over one period, entries in the standard order, and sigma-MUF.

    `errors` holds the per-method aggregates sigma-MUF comes from (method, signed sum, sum of squares);
    `ending_random_variance` is the random variance of PE, which the next period shares as its PB.
    """

    material: str
    period_start: date
    period_end: date
    entries: tuple[BalanceEntry, ...]
    sigma_muf_g: float
    errors: tuple[tuple[Method, float, float], ...]
    ending_random_variance: float

    def value(self, entry: str) -> BalanceEntry:
        """The entry with this label (PB, a code, BA, PE or MF)."""
        return next(e for e in self.entries if e.entry == entry)


def close_balances(
    session: Session, mba_code: str, *, actor: str
) -> list[tuple[Report, list[MaterialBalance]]]:
    """Close every period between consecutive PILs that has no MBR yet; store one MBR per period."""
    mba = mba_by_code(session, mba_code)
    pils = list(
        session.scalars(
            select(Report).where(Report.mba_id == mba.id, Report.kind == PIL).order_by(Report.number)
        )
    )
    closed = set(
        session.scalars(select(Report.period_end).where(Report.mba_id == mba.id, Report.kind == MBR))
    )
    pending = [(a, b) for a, b in pairwise(pils) if b.report_date not in closed]
    if not pending:
        raise InvalidInputError(
            f"nothing to close: MBA {mba_code} has {len(pils)} PIL(s), every period between them closed",
            where="mba",
            expected="a new PIL after the last closed balance",
        )
    last_number = (
        session.scalar(select(func.max(Report.number)).where(Report.mba_id == mba.id, Report.kind == MBR))
        or 0
    )
    results = []
    for offset, (start, end) in enumerate(pending, start=1):
        balances = material_balances(session, mba.id, start, end)
        report = new_report(
            session,
            mba,
            MBR,
            last_number + offset,
            end.report_date,
            actor,
            (start.report_date, end.report_date),
        )
        session.add_all(_mbr_lines(report.id, balances))
        results.append((report, balances))
    session.flush()
    record_event(
        session,
        actor=actor,
        action="safeguards.balance.closed",
        subject=f"mba:{mba_code}",
        payload={"mbr": [r.number for r, _ in results]},
    )
    return results


def material_balances(session: Session, mba_id: int, start: Report, end: Report) -> list[MaterialBalance]:
    """PB + increases - decreases = BA; MUF = BA - PE, aggregated in the database.

    One GROUP BY scans the period's lines (by material, code, direction and method); the few lines
    superseded by corrections are aggregated the same way through their correction and subtracted.
    """
    methods = {m.id: method_of(m) for m in session.scalars(select(MeasurementMethodRecord))}
    by_material: dict[str, dict[str, tuple[int, int, int]]] = defaultdict(dict)
    errors: dict[str, list[tuple[Method, float, float]]] = defaultdict(list)
    for sign, rows in (
        (1, _period_groups(session, mba_id, start, end, superseded=False)),
        (-1, _period_groups(session, mba_id, start, end, superseded=True)),
    ):
        for material, code, direction, method_id, element, isotope, squares in rows:
            _, e, i = by_material[material].get(code, (direction, 0, 0))
            by_material[material][code] = (direction, e + sign * int(element), i + sign * int(isotope))
            if method_id is not None:
                errors[material].append(
                    (methods[method_id], sign * direction * float(element), sign * float(squares))
                )
    beginning = _inventory(session, start.id, 1, methods, errors)
    ending_errors: dict[str, list[tuple[Method, float, float]]] = defaultdict(list)
    ending = _inventory(session, end.id, -1, methods, ending_errors)
    for material, groups in ending_errors.items():
        errors[material] += groups
    materials = sorted(set(by_material) | set(beginning) | set(ending))
    return [
        _balance(
            m,
            start.report_date,
            end.report_date,
            beginning.get(m, (0, 0)),
            by_material[m],
            ending.get(m, (0, 0)),
            errors[m],
            sum(method.random**2 * squares for method, _, squares in ending_errors[m]),
        )
        for m in materials
    ]


def _period_groups(
    session: Session, mba_id: int, start: Report, end: Report, *, superseded: bool
) -> list[Group]:
    """Sums per (material, code, direction, method) of the period's lines, or of its superseded lines only."""
    line = IcrLine.__table__.c
    element = cast(line.element_g, Float)
    query = select(
        line.material,
        line.code,
        line.direction,
        line.method_id,
        func.sum(line.element_g),
        func.sum(line.isotope_g),
        func.sum(element * element),
    ).where(line.mba_id == mba_id, line.change_date > start.report_date, line.change_date <= end.report_date)
    if superseded:
        correction = IcrLine.__table__.alias("correction").c
        corrected = select(correction.corrects_id).where(correction.corrects_id.is_not(None))
        query = query.where(line.id.in_(corrected.scalar_subquery()))
    grouped = query.group_by(line.material, line.code, line.direction, line.method_id)
    return [
        (str(m), str(c), int(d), None if method is None else int(method), int(e), int(i), float(q))
        for m, c, d, method, e, i, q in session.execute(grouped)
    ]


def _inventory(
    session: Session,
    report_id: int,
    sign: int,
    methods: dict[int, Method],
    errors: dict[str, list[tuple[Method, float, float]]],
) -> dict[str, tuple[int, int]]:
    rows = session.execute(
        select(
            PilLine.material,
            PilLine.method_id,
            func.sum(PilLine.element_g),
            func.sum(PilLine.isotope_g),
            func.sum(cast(PilLine.element_g, Float) * cast(PilLine.element_g, Float)),
        )
        .where(PilLine.report_id == report_id)
        .group_by(PilLine.material, PilLine.method_id)
    )
    totals: dict[str, tuple[int, int]] = {}
    for material, method_id, element, isotope, squares in rows:
        e, i = totals.get(material, (0, 0))
        totals[material] = (e + int(element), i + int(isotope))
        if method_id is not None:
            errors[material].append((methods[method_id], sign * float(element), float(squares)))
    return totals


def _balance(
    material: str,
    start: date,
    end: date,
    beginning: tuple[int, int],
    changes: dict[str, tuple[int, int, int]],
    ending: tuple[int, int],
    errors: list[tuple[Method, float, float]],
    ending_random_variance: float,
) -> MaterialBalance:
    entries = [BalanceEntry(BEGINNING, *beginning)]
    book = list(beginning)
    for direction in (1, -1):
        for code in sorted(c for c, (d, _, _) in changes.items() if d == direction):
            _, element, isotope = changes[code]
            entries.append(BalanceEntry(code, element, isotope))
            book[0] += direction * element
            book[1] += direction * isotope
    entries.append(BalanceEntry(BOOK_ENDING, book[0], book[1]))
    entries.append(BalanceEntry(PHYSICAL_ENDING, *ending))
    entries.append(BalanceEntry(MUF_ENTRY, book[0] - ending[0], book[1] - ending[1]))
    sigma = aggregated_variance(errors).sigma
    return MaterialBalance(material, start, end, tuple(entries), sigma, tuple(errors), ending_random_variance)


def _mbr_lines(report_id: int, balances: list[MaterialBalance]) -> list[MbrLine]:
    lines: list[MbrLine] = []
    for balance in balances:
        for entry in balance.entries:
            lines.append(
                MbrLine(
                    report_id=report_id,
                    line_number=len(lines) + 1,
                    material=balance.material,
                    entry=entry.entry,
                    element_g=entry.element_g,
                    isotope_g=entry.isotope_g,
                    sigma_element_g=balance.sigma_muf_g if entry.entry == MUF_ENTRY else None,
                )
            )
    return lines
