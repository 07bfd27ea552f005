"""Assessments and officers' judgements, both append-only.

Revision ID: 0040_assessment
Revises: 0020_screening
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from nonpro.store.append_only import protect, unprotect
from nonpro.store.models import BigId

revision = "0040_assessment"
down_revision = "0020_screening"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessment",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("transfer_date", sa.DateTime(timezone=False), nullable=False),
        sa.Column("destination", sa.String(2), nullable=False),
        sa.Column("outcome", sa.String(30), nullable=False),
        sa.Column("transfer", sa.JSON(), nullable=False),
        sa.Column("decision", sa.JSON(), nullable=False),
        sa.Column("rules_version", sa.String(100), nullable=False),
        sa.Column("registry_version", sa.Text(), nullable=False),
        sa.Column("lists_version", sa.Text(), nullable=False),
        sa.Column("screening_version", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    op.create_index(op.f("ix_assessment_created_at"), "assessment", ["created_at"])
    op.create_index(op.f("ix_assessment_destination"), "assessment", ["destination"])
    op.create_index(op.f("ix_assessment_outcome"), "assessment", ["outcome"])
    protect("assessment")
    op.create_table(
        "assessment_judgement",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("verdict", sa.String(40), nullable=False),
        sa.Column("grounds", sa.Text(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_judgement_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_judgement")),
    )
    op.create_index(op.f("ix_assessment_judgement_assessment_id"), "assessment_judgement", ["assessment_id"])
    protect("assessment_judgement")


def downgrade() -> None:
    unprotect("assessment_judgement")
    op.drop_table("assessment_judgement")
    unprotect("assessment")
    op.drop_table("assessment")
