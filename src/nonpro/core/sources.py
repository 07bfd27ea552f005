"""Citations: every reference fact nonpro ships carries the document it comes from and when it was checked."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict


class Source(BaseModel):
    """Where a fact comes from: the document (or data package), its date, and when we last verified it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    document: str
    url: str | None = None
    published: date | None = None
    verified_on: date

    def cite(self) -> str:
        """The source as a short human-readable citation."""
        parts = [self.document]
        if self.published:
            parts.append(self.published.isoformat())
        return ", ".join(parts)
