"""The facility model of the ledger: facilities, MBAs, KMPs, measurement methods and batches."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from nonpro.core.errors import InvalidInputError, NotFoundError
from nonpro.safeguards.codes import MaterialType
from nonpro.safeguards.models import (
    Batch,
    Facility,
    KeyMeasurementPoint,
    MaterialBalanceArea,
    MeasurementMethodRecord,
    Report,
)
from nonpro.safeguards.statistics.measurement import Method


def register_facility(session: Session, code: str, name: str) -> Facility:
    """Add a facility; its code must be new."""
    _refuse_duplicate(session, Facility.code, code, "facility")
    facility = Facility(code=code, name=name)
    session.add(facility)
    session.flush()
    return facility


def register_mba(session: Session, facility_code: str, code: str, name: str) -> MaterialBalanceArea:
    """Add a material balance area to a known facility."""
    facility = session.scalar(select(Facility).where(Facility.code == facility_code))
    if facility is None:
        raise NotFoundError(f"no facility {facility_code!r}", where="facility")
    _refuse_duplicate(session, MaterialBalanceArea.code, code, "MBA")
    mba = MaterialBalanceArea(code=code, facility_id=facility.id, name=name)
    session.add(mba)
    session.flush()
    return mba


def register_kmp(session: Session, mba_code: str, code: str, kind: str, description: str) -> None:
    """Add a flow or inventory key measurement point to an MBA."""
    if kind not in ("flow", "inventory"):
        raise InvalidInputError(f"KMP kind {kind!r}", where="kind", expected="flow or inventory")
    session.add(
        KeyMeasurementPoint(
            mba_id=mba_by_code(session, mba_code).id, code=code, kind=kind, description=description
        )
    )
    session.flush()


def register_method(session: Session, code: str, method: Method, source: str) -> MeasurementMethodRecord:
    """Add a measurement method with its uncertainties; `source` says where the values come from."""
    if not source.strip():
        raise InvalidInputError(
            "a measurement method needs the source of its uncertainties",
            where=f"method {code}",
            expected="e.g. the laboratory's measurement control programme, 2026",
        )
    _refuse_duplicate(session, MeasurementMethodRecord.code, code, "method")
    record = MeasurementMethodRecord(
        code=code,
        name=method.name,
        random_rel=method.random,
        systematic_rel=method.systematic,
        source=source,
    )
    session.add(record)
    session.flush()
    return record


def register_batch(session: Session, name: str, material: MaterialType) -> Batch:
    """Add a batch of one material type; its name must be new."""
    _refuse_duplicate(session, Batch.name, name, "batch")
    batch = Batch(name=name, material=material.value)
    session.add(batch)
    session.flush()
    return batch


def mba_by_code(session: Session, code: str) -> MaterialBalanceArea:
    """The MBA with this code, or NotFoundError."""
    mba = session.scalar(select(MaterialBalanceArea).where(MaterialBalanceArea.code == code))
    if mba is None:
        raise NotFoundError(f"no MBA {code!r}", where="mba")
    return mba


def method_of(record: MeasurementMethodRecord) -> Method:
    """The statistics model of a stored method."""
    return Method(record.code, random=record.random_rel, systematic=record.systematic_rel)


def _refuse_duplicate(session: Session, column: InstrumentedAttribute[str], value: str, label: str) -> None:
    if session.scalar(select(column).where(column == value)) is not None:
        raise InvalidInputError(f"{label} {value!r} already exists", where=label)


def list_mbas(session: Session) -> list[tuple[MaterialBalanceArea, Facility, int]]:
    """Every MBA with its facility and its number of MBRs, by code."""
    closed = (
        select(Report.mba_id, func.count().label("n"))
        .where(Report.kind == "MBR")
        .group_by(Report.mba_id)
        .subquery()
    )
    rows = session.execute(
        select(MaterialBalanceArea, Facility, func.coalesce(closed.c.n, 0))
        .join(Facility, MaterialBalanceArea.facility_id == Facility.id)
        .outerjoin(closed, closed.c.mba_id == MaterialBalanceArea.id)
        .order_by(MaterialBalanceArea.code)
    )
    return [(mba, facility, int(n)) for mba, facility, n in rows]
