"""Stored assessments and officers' judgements on them: append-only, so any decision can be reproduced."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nonpro.store.models import Base, BigId


class AssessmentRecord(Base):
    """One assessment: the input, the decision, and the versions of rules and data that produced it."""

    __tablename__ = "assessment"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(200))
    transfer_date: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    destination: Mapped[str] = mapped_column(String(2), index=True)
    outcome: Mapped[str] = mapped_column(String(30), index=True)
    transfer: Mapped[dict[str, Any]] = mapped_column(JSON)
    decision: Mapped[dict[str, Any]] = mapped_column(JSON)
    rules_version: Mapped[str] = mapped_column(String(100))
    registry_version: Mapped[str] = mapped_column(Text)
    lists_version: Mapped[str] = mapped_column(Text)
    screening_version: Mapped[str] = mapped_column(Text)


class JudgementRecord(Base):
    """An officer's final decision on an assessment (approve, approve with conditions, deny), with grounds."""

    __tablename__ = "assessment_judgement"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    officer: Mapped[str] = mapped_column(String(200))
    verdict: Mapped[str] = mapped_column(String(40))
    grounds: Mapped[str] = mapped_column(Text)
    conditions: Mapped[str | None] = mapped_column(Text, nullable=True)
