"""Screening: list versions, their entries, and review decisions on hits (all append-only).

Revision ID: 0020_screening
Revises: 0010_safeguards
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from nonpro.store.append_only import protect, unprotect
from nonpro.store.models import BigId

revision = "0020_screening"
down_revision = "0010_safeguards"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "screening_list_version",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(50), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("checksum", sa.String(64), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("files", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_list_version")),
    )
    op.create_index(op.f("ix_screening_list_version_source"), "screening_list_version", ["source"])
    protect("screening_list_version")
    op.create_table(
        "screening_list_entry",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("version_id", BigId, nullable=False),
        sa.Column("entry_id", sa.String(100), nullable=False),
        sa.Column("schema", sa.String(20), nullable=False),
        sa.Column("primary_name", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_list_entry")),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["screening_list_version.id"],
            name=op.f("fk_screening_list_entry_version_id_screening_list_version"),
        ),
    )
    op.create_index(op.f("ix_screening_list_entry_version_id"), "screening_list_entry", ["version_id"])
    protect("screening_list_entry")
    op.create_table(
        "screening_decision",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("party_key", sa.String(64), nullable=False),
        sa.Column("party", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(50), nullable=False),
        sa.Column("entry_id", sa.String(100), nullable=False),
        sa.Column("entry_fingerprint", sa.String(64), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("algorithm", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_decision")),
    )
    op.create_index(op.f("ix_screening_decision_party_key"), "screening_decision", ["party_key"])
    protect("screening_decision")


def downgrade() -> None:
    unprotect("screening_decision")
    op.drop_table("screening_decision")
    unprotect("screening_list_entry")
    op.drop_table("screening_list_entry")
    unprotect("screening_list_version")
    op.drop_table("screening_list_version")
