"""Wire shapes of the analyst's calculators, shared by the CLI's --json and the HTTP API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from nonpro.safeguards.categorisation import Category


class PagePublic(BaseModel):
    """Page's statistic after each period and the first period (1-based) where it exceeded h, or null."""

    model_config = ConfigDict(frozen=True)

    statistic: list[float]
    alarm_at: int | None


class SitmufPublic(BaseModel):
    """The standardised independently transformed MUF of each period."""

    model_config = ConfigDict(frozen=True)

    sitmuf: list[float]


class SampleSizePublic(BaseModel):
    """The exact hypergeometric sample size and the usual approximation N(1 - beta^(1/r))."""

    model_config = ConfigDict(frozen=True)

    exact: int
    approximate: int


class CategoryPublic(BaseModel):
    """The INFCIRC/225/Rev.5 physical-protection category, or null below Category III."""

    model_config = ConfigDict(frozen=True)

    category: Category | None
