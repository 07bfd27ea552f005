"""Tables of the safeguards ledger: the facility model, measurement methods, and the append-only reports.

Weights are whole grams (element and isotope), so that sums are exact. Reports and their lines are
records of what was declared: the database refuses to change or delete them; a correction is a new line
that names the line it supersedes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from nonpro.store.models import Base, BigId


class Facility(Base):
    """A facility (or location outside facilities) under the safeguards agreement."""

    __tablename__ = "sg_facility"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class MaterialBalanceArea(Base):
    """A material balance area (MBA): where every inventory change and inventory can be determined."""

    __tablename__ = "sg_mba"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("sg_facility.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))


class KeyMeasurementPoint(Base):
    """A key measurement point (KMP) of an MBA: a flow point or an inventory point."""

    __tablename__ = "sg_kmp"
    __table_args__ = (UniqueConstraint("mba_id", "code", name="uq_sg_kmp_mba_code"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    mba_id: Mapped[int] = mapped_column(ForeignKey("sg_mba.id"), index=True)
    code: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(String(200))


class MeasurementMethodRecord(Base):
    """A measurement method: relative random and systematic standard uncertainties, and their source."""

    __tablename__ = "sg_method"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    random_rel: Mapped[float] = mapped_column(Float)
    systematic_rel: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text)


class Batch(Base):
    """A batch: a portion of nuclear material handled as a unit, identified by its name."""

    __tablename__ = "sg_batch"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    material: Mapped[str] = mapped_column(String(10))


class Report(Base):
    """One accounting report (ICR, PIL or MBR) of an MBA, numbered without gaps per MBA and kind."""

    __tablename__ = "sg_report"
    __table_args__ = (UniqueConstraint("mba_id", "kind", "number", name="uq_sg_report_mba_kind_number"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    mba_id: Mapped[int] = mapped_column(ForeignKey("sg_mba.id"), index=True)
    kind: Mapped[str] = mapped_column(String(3))
    number: Mapped[int] = mapped_column(Integer)
    report_date: Mapped[date] = mapped_column(Date)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))


class IcrLine(Base):
    """One inventory change: what (batch, material, grams), when, why (code), measured how."""

    __tablename__ = "sg_icr_line"
    __table_args__ = (
        UniqueConstraint("report_id", "line_number", name="uq_sg_icr_line_report_line"),
        # Covers closing a balance: the GROUP BY follows the index order and reads no table row.
        Index(
            "ix_sg_icr_line_balance",
            "mba_id",
            "material",
            "code",
            "direction",
            "method_id",
            "change_date",
            "element_g",
            "isotope_g",
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("sg_report.id"), index=True)
    line_number: Mapped[int] = mapped_column(Integer)
    mba_id: Mapped[int] = mapped_column(ForeignKey("sg_mba.id"))
    change_date: Mapped[date] = mapped_column(Date)
    code: Mapped[str] = mapped_column(String(2))
    direction: Mapped[int] = mapped_column(Integer)
    batch_id: Mapped[int] = mapped_column(ForeignKey("sg_batch.id"), index=True)
    material: Mapped[str] = mapped_column(String(10))
    element_g: Mapped[int] = mapped_column(BigInteger)
    isotope_g: Mapped[int] = mapped_column(BigInteger)
    method_id: Mapped[int | None] = mapped_column(ForeignKey("sg_method.id"))
    kmp_id: Mapped[int | None] = mapped_column(ForeignKey("sg_kmp.id"))
    obligation: Mapped[str | None] = mapped_column(String(10))
    counterpart: Mapped[str | None] = mapped_column(String(40))
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("sg_icr_line.id"), index=True)


class PilLine(Base):
    """One item of a physical inventory listing: a batch and its measured grams on the inventory date."""

    __tablename__ = "sg_pil_line"
    __table_args__ = (UniqueConstraint("report_id", "line_number", name="uq_sg_pil_line_report_line"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("sg_report.id"), index=True)
    line_number: Mapped[int] = mapped_column(Integer)
    batch_id: Mapped[int] = mapped_column(ForeignKey("sg_batch.id"))
    material: Mapped[str] = mapped_column(String(10))
    element_g: Mapped[int] = mapped_column(BigInteger)
    isotope_g: Mapped[int] = mapped_column(BigInteger)
    method_id: Mapped[int | None] = mapped_column(ForeignKey("sg_method.id"))
    kmp_id: Mapped[int | None] = mapped_column(ForeignKey("sg_kmp.id"))
    obligation: Mapped[str | None] = mapped_column(String(10))


class MbrLine(Base):
    """One entry of a material balance report in the standard order (PB, changes, BA, PE, MF)."""

    __tablename__ = "sg_mbr_line"
    __table_args__ = (UniqueConstraint("report_id", "line_number", name="uq_sg_mbr_line_report_line"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("sg_report.id"), index=True)
    line_number: Mapped[int] = mapped_column(Integer)
    material: Mapped[str] = mapped_column(String(10))
    entry: Mapped[str] = mapped_column(String(2))
    element_g: Mapped[int] = mapped_column(BigInteger)
    isotope_g: Mapped[int] = mapped_column(BigInteger)
    sigma_element_g: Mapped[float | None] = mapped_column(Float)
