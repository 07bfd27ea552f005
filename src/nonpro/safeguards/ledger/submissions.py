"""Wire shapes of submitted reports (ICR and PIL), shared by the CLI, the API and the report importer.

Dates are strings here so that an impossible date is refused with its line number, not by the parser.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class LineRef(BaseModel):
    """A line of an earlier ICR of the same MBA, by report number and line number."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    report: int
    line: int


class IcrLineIn(BaseModel):
    """One inventory change as declared; `corrects` names the line it supersedes, if it is a correction."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    line: int
    date: str
    code: str
    batch: str
    material: str
    element_g: int
    isotope_g: int = 0
    method: str | None = None
    kmp: str | None = None
    obligation: str | None = None
    counterpart: str | None = None
    corrects: LineRef | None = None


class IcrSubmission(BaseModel):
    """An inventory change report of one MBA; its number must follow the MBA's last ICR number."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mba: str
    number: int
    report_date: str
    lines: list[IcrLineIn] = Field(min_length=1)


class PilLineIn(BaseModel):
    """One item of a physical inventory listing: a batch and its measured grams."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    line: int
    batch: str
    material: str
    element_g: int
    isotope_g: int = 0
    method: str | None = None
    kmp: str | None = None
    obligation: str | None = None


class PilSubmission(BaseModel):
    """A physical inventory listing of one MBA on one date; its number must follow the last PIL number."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mba: str
    number: int
    inventory_date: str
    lines: list[PilLineIn]
