"""Tables of the screening pillar: list versions, their entries, and officers' decisions on hits.

All three are append-only. A new import adds a version and its entries; the version serving a source is
the newest one committed, so a failed import (rolled back) leaves the previous version serving.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nonpro.store.models import Base, BigId


class ListVersion(Base):
    """One import of one list: where it came from, when it was published, its checksum and counts."""

    __tablename__ = "screening_list_version"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(50), index=True)
    published: Mapped[date | None] = mapped_column(Date)
    checksum: Mapped[str] = mapped_column(String(64))
    entry_count: Mapped[int] = mapped_column(Integer)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)
    files: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    imported_by: Mapped[str] = mapped_column(String(200))


class ListEntry(Base):
    """One entry of one list version, whole, with a fingerprint that changes when any of its facts does."""

    __tablename__ = "screening_list_entry"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("screening_list_version.id"), index=True)
    entry_id: Mapped[str] = mapped_column(String(100))
    schema: Mapped[str] = mapped_column(String(20))
    primary_name: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class ReviewDecision(Base):
    """An officer's decision on a hit: true match or false positive, with who, when and why."""

    __tablename__ = "screening_decision"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str] = mapped_column(String(200))
    verdict: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    party_key: Mapped[str] = mapped_column(String(64), index=True)
    party: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(50))
    entry_id: Mapped[str] = mapped_column(String(100))
    entry_fingerprint: Mapped[str] = mapped_column(String(64))
    score: Mapped[float | None] = mapped_column()
    algorithm: Mapped[str] = mapped_column(String(20))
