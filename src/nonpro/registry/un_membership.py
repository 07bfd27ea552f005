"""The human-edited file of UN admission dates and observer states, as a validated model."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from nonpro.core.sources import Source

UN_MEMBERSHIP_FILE = Path(__file__).parent / "data" / "un_membership.yaml"


class ObserverState(BaseModel):
    """A non-member state with permanent observer status at the UN."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    since: date
    source: Source


class Unverified(BaseModel):
    """A member whose admission date we could not confirm from a published source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    reason: str


class UnMembershipFile(BaseModel):
    """Dates of admission keyed by alpha-2 code, the observer states, and what is still unverified."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: Source
    admissions: dict[str, date]
    observers: dict[str, ObserverState]
    unverified: list[Unverified] = Field(default_factory=list)
