"""Reading stored reports back: ICRs and PILs as their submissions, MBRs as their wire shape."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from nonpro.core.errors import NotFoundError
from nonpro.safeguards.ledger.inventory import ICR, MBR, PIL
from nonpro.safeguards.ledger.registry import mba_by_code
from nonpro.safeguards.ledger.submissions import IcrLineIn, IcrSubmission, LineRef, PilLineIn, PilSubmission
from nonpro.safeguards.mbr_public import MbrEntryPublic, MbrPublic
from nonpro.safeguards.models import (
    Batch,
    IcrLine,
    KeyMeasurementPoint,
    MbrLine,
    MeasurementMethodRecord,
    PilLine,
    Report,
)


def stored_report(session: Session, mba_code: str, kind: str, number: int) -> Report:
    """One stored report of an MBA, or NotFoundError."""
    mba = mba_by_code(session, mba_code)
    report = session.scalar(
        select(Report).where(Report.mba_id == mba.id, Report.kind == kind, Report.number == number)
    )
    if report is None:
        raise NotFoundError(f"MBA {mba_code} has no {kind} number {number}", where="report")
    return report


def report_numbers(session: Session, mba_code: str, kind: str) -> list[int]:
    """The numbers of an MBA's reports of one kind, in order."""
    mba = mba_by_code(session, mba_code)
    return list(
        session.scalars(
            select(Report.number).where(Report.mba_id == mba.id, Report.kind == kind).order_by(Report.number)
        )
    )


def read_icr(session: Session, mba_code: str, number: int) -> IcrSubmission:
    """A stored ICR exactly as it was submitted (corrections name the report and line they supersede)."""
    report = stored_report(session, mba_code, ICR, number)
    corrected, corrected_report = aliased(IcrLine), aliased(Report)
    rows = session.execute(
        select(
            IcrLine,
            Batch.name,
            MeasurementMethodRecord.code,
            KeyMeasurementPoint.code,
            corrected_report.number,
            corrected.line_number,
        )
        .join(Batch, IcrLine.batch_id == Batch.id)
        .outerjoin(KeyMeasurementPoint, IcrLine.kmp_id == KeyMeasurementPoint.id)
        .outerjoin(MeasurementMethodRecord, IcrLine.method_id == MeasurementMethodRecord.id)
        .outerjoin(corrected, IcrLine.corrects_id == corrected.id)
        .outerjoin(corrected_report, corrected.report_id == corrected_report.id)
        .where(IcrLine.report_id == report.id)
        .order_by(IcrLine.line_number)
    )
    lines = [
        IcrLineIn(
            line=line.line_number,
            date=line.change_date.isoformat(),
            code=line.code,
            batch=batch,
            material=line.material,
            element_g=line.element_g,
            isotope_g=line.isotope_g,
            method=method,
            kmp=kmp,
            obligation=line.obligation,
            counterpart=line.counterpart,
            corrects=LineRef(report=ref_report, line=ref_line) if ref_report is not None else None,
        )
        for line, batch, method, kmp, ref_report, ref_line in rows
    ]
    return IcrSubmission(mba=mba_code, number=number, report_date=report.report_date.isoformat(), lines=lines)


def read_pil(session: Session, mba_code: str, number: int) -> PilSubmission:
    """A stored PIL exactly as it was submitted."""
    report = stored_report(session, mba_code, PIL, number)
    rows = session.execute(
        select(PilLine, Batch.name, MeasurementMethodRecord.code, KeyMeasurementPoint.code)
        .join(Batch, PilLine.batch_id == Batch.id)
        .outerjoin(KeyMeasurementPoint, PilLine.kmp_id == KeyMeasurementPoint.id)
        .outerjoin(MeasurementMethodRecord, PilLine.method_id == MeasurementMethodRecord.id)
        .where(PilLine.report_id == report.id)
        .order_by(PilLine.line_number)
    )
    lines = [
        PilLineIn(
            line=line.line_number,
            batch=batch,
            material=line.material,
            element_g=line.element_g,
            isotope_g=line.isotope_g,
            method=method,
            kmp=kmp,
            obligation=line.obligation,
        )
        for line, batch, method, kmp in rows
    ]
    return PilSubmission(
        mba=mba_code, number=number, inventory_date=report.report_date.isoformat(), lines=lines
    )


def read_mbr(session: Session, mba_code: str, number: int) -> MbrPublic:
    """A stored MBR with its entries in the standard order."""
    report = stored_report(session, mba_code, MBR, number)
    assert report.period_start is not None, "an MBR always has its period"
    assert report.period_end is not None, "an MBR always has its period"
    lines = session.scalars(
        select(MbrLine).where(MbrLine.report_id == report.id).order_by(MbrLine.line_number)
    )
    return MbrPublic(
        mba=mba_code,
        number=number,
        period_start=report.period_start,
        period_end=report.period_end,
        entries=[
            MbrEntryPublic(
                material=line.material,
                entry=line.entry,
                element_g=line.element_g,
                isotope_g=line.isotope_g,
                sigma_g=line.sigma_element_g,
            )
            for line in lines
        ],
    )
