"""Safeguards ledger: facilities, MBAs, KMPs, methods, batches, and append-only ICR, PIL and MBR reports.

Revision ID: 0010_safeguards
Revises: 0001_foundation
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from nonpro.store.append_only import protect, unprotect
from nonpro.store.models import BigId

revision = "0010_safeguards"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

APPEND_ONLY = ("sg_report", "sg_icr_line", "sg_pil_line", "sg_mbr_line")


def _id() -> sa.Column[int]:
    return sa.Column("id", BigId, primary_key=True, autoincrement=True)


def upgrade() -> None:
    op.create_table(
        "sg_facility",
        _id(),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sg_facility")),
        sa.UniqueConstraint("code", name=op.f("uq_sg_facility_code")),
    )
    op.create_table(
        "sg_mba",
        _id(),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("facility_id", BigId, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["sg_facility.id"], name=op.f("fk_sg_mba_facility_id_sg_facility")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sg_mba")),
        sa.UniqueConstraint("code", name=op.f("uq_sg_mba_code")),
    )
    op.create_index(op.f("ix_sg_mba_facility_id"), "sg_mba", ["facility_id"])
    op.create_table(
        "sg_kmp",
        _id(),
        sa.Column("mba_id", BigId, nullable=False),
        sa.Column("code", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("description", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["mba_id"], ["sg_mba.id"], name=op.f("fk_sg_kmp_mba_id_sg_mba")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sg_kmp")),
        sa.UniqueConstraint("mba_id", "code", name="uq_sg_kmp_mba_code"),
    )
    op.create_index(op.f("ix_sg_kmp_mba_id"), "sg_kmp", ["mba_id"])
    op.create_table(
        "sg_method",
        _id(),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("random_rel", sa.Float(), nullable=False),
        sa.Column("systematic_rel", sa.Float(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sg_method")),
        sa.UniqueConstraint("code", name=op.f("uq_sg_method_code")),
    )
    op.create_table(
        "sg_batch",
        _id(),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("material", sa.String(10), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sg_batch")),
        sa.UniqueConstraint("name", name=op.f("uq_sg_batch_name")),
    )
    op.create_table(
        "sg_report",
        _id(),
        sa.Column("mba_id", BigId, nullable=False),
        sa.Column("kind", sa.String(3), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("report_date", sa.Date(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["mba_id"], ["sg_mba.id"], name=op.f("fk_sg_report_mba_id_sg_mba")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sg_report")),
        sa.UniqueConstraint("mba_id", "kind", "number", name="uq_sg_report_mba_kind_number"),
    )
    op.create_index(op.f("ix_sg_report_mba_id"), "sg_report", ["mba_id"])
    op.create_table(
        "sg_icr_line",
        _id(),
        sa.Column("report_id", BigId, nullable=False),
        sa.Column("line_number", sa.Integer(), nullable=False),
        sa.Column("mba_id", BigId, nullable=False),
        sa.Column("change_date", sa.Date(), nullable=False),
        sa.Column("code", sa.String(2), nullable=False),
        sa.Column("direction", sa.Integer(), nullable=False),
        sa.Column("batch_id", BigId, nullable=False),
        sa.Column("material", sa.String(10), nullable=False),
        sa.Column("element_g", sa.BigInteger(), nullable=False),
        sa.Column("isotope_g", sa.BigInteger(), nullable=False),
        sa.Column("method_id", BigId, nullable=True),
        sa.Column("kmp_id", BigId, nullable=True),
        sa.Column("obligation", sa.String(10), nullable=True),
        sa.Column("counterpart", sa.String(40), nullable=True),
        sa.Column("corrects_id", BigId, nullable=True),
        sa.ForeignKeyConstraint(
            ["report_id"], ["sg_report.id"], name=op.f("fk_sg_icr_line_report_id_sg_report")
        ),
        sa.ForeignKeyConstraint(["mba_id"], ["sg_mba.id"], name=op.f("fk_sg_icr_line_mba_id_sg_mba")),
        sa.ForeignKeyConstraint(["batch_id"], ["sg_batch.id"], name=op.f("fk_sg_icr_line_batch_id_sg_batch")),
        sa.ForeignKeyConstraint(
            ["method_id"], ["sg_method.id"], name=op.f("fk_sg_icr_line_method_id_sg_method")
        ),
        sa.ForeignKeyConstraint(["kmp_id"], ["sg_kmp.id"], name=op.f("fk_sg_icr_line_kmp_id_sg_kmp")),
        sa.ForeignKeyConstraint(
            ["corrects_id"], ["sg_icr_line.id"], name=op.f("fk_sg_icr_line_corrects_id_sg_icr_line")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sg_icr_line")),
        sa.UniqueConstraint("report_id", "line_number", name="uq_sg_icr_line_report_line"),
    )
    op.create_index(op.f("ix_sg_icr_line_report_id"), "sg_icr_line", ["report_id"])
    op.create_index(op.f("ix_sg_icr_line_batch_id"), "sg_icr_line", ["batch_id"])
    op.create_index(op.f("ix_sg_icr_line_corrects_id"), "sg_icr_line", ["corrects_id"])
    op.create_index(
        "ix_sg_icr_line_balance",
        "sg_icr_line",
        ["mba_id", "material", "code", "direction", "method_id", "change_date", "element_g", "isotope_g"],
    )
    op.create_table(
        "sg_pil_line",
        _id(),
        sa.Column("report_id", BigId, nullable=False),
        sa.Column("line_number", sa.Integer(), nullable=False),
        sa.Column("batch_id", BigId, nullable=False),
        sa.Column("material", sa.String(10), nullable=False),
        sa.Column("element_g", sa.BigInteger(), nullable=False),
        sa.Column("isotope_g", sa.BigInteger(), nullable=False),
        sa.Column("method_id", BigId, nullable=True),
        sa.Column("kmp_id", BigId, nullable=True),
        sa.Column("obligation", sa.String(10), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_id"], ["sg_report.id"], name=op.f("fk_sg_pil_line_report_id_sg_report")
        ),
        sa.ForeignKeyConstraint(["kmp_id"], ["sg_kmp.id"], name=op.f("fk_sg_pil_line_kmp_id_sg_kmp")),
        sa.ForeignKeyConstraint(["batch_id"], ["sg_batch.id"], name=op.f("fk_sg_pil_line_batch_id_sg_batch")),
        sa.ForeignKeyConstraint(
            ["method_id"], ["sg_method.id"], name=op.f("fk_sg_pil_line_method_id_sg_method")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sg_pil_line")),
        sa.UniqueConstraint("report_id", "line_number", name="uq_sg_pil_line_report_line"),
    )
    op.create_index(op.f("ix_sg_pil_line_report_id"), "sg_pil_line", ["report_id"])
    op.create_table(
        "sg_mbr_line",
        _id(),
        sa.Column("report_id", BigId, nullable=False),
        sa.Column("line_number", sa.Integer(), nullable=False),
        sa.Column("material", sa.String(10), nullable=False),
        sa.Column("entry", sa.String(2), nullable=False),
        sa.Column("element_g", sa.BigInteger(), nullable=False),
        sa.Column("isotope_g", sa.BigInteger(), nullable=False),
        sa.Column("sigma_element_g", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_id"], ["sg_report.id"], name=op.f("fk_sg_mbr_line_report_id_sg_report")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sg_mbr_line")),
        sa.UniqueConstraint("report_id", "line_number", name="uq_sg_mbr_line_report_line"),
    )
    op.create_index(op.f("ix_sg_mbr_line_report_id"), "sg_mbr_line", ["report_id"])
    for table in APPEND_ONLY:
        protect(table)


def downgrade() -> None:
    for table in reversed(APPEND_ONLY):
        unprotect(table)
    for table in ("sg_mbr_line", "sg_pil_line", "sg_icr_line", "sg_report", "sg_batch", "sg_method"):
        op.drop_table(table)
    for table in ("sg_kmp", "sg_mba", "sg_facility"):
        op.drop_table(table)
