"""Wire shape of a material balance report, shared by the CLI's --json, the API and the report format."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict


class MbrEntryPublic(BaseModel):
    """One MBR entry: material type, PB / code / BA / PE / MF, grams, and sigma-MUF on the MF entry."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    material: str
    entry: str
    element_g: int
    isotope_g: int
    sigma_g: float | None = None


class MbrPublic(BaseModel):
    """A material balance report of one MBA over one period, entries in the standard order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mba: str
    number: int
    period_start: date
    period_end: date
    entries: list[MbrEntryPublic]
