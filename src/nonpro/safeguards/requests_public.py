"""Wire shapes of requests to the safeguards API that carry more than a few query parameters."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from nonpro.safeguards.statistics.scenarios import Pattern, SequentialTestKind


class PageRequest(BaseModel):
    """Inputs of Page's test: reference value k, threshold h, and the sequence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    k: float = Field(ge=0, examples=[0.5])
    h: float = Field(ge=0, examples=[2.0])
    values: list[float] = Field(min_length=1, examples=[[1.0, -3.0, 1.0, 1.4, 2.0]])


class SitmufRequest(BaseModel):
    """MUF of each period and their covariance matrix (rows)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    muf: list[float] = Field(min_length=1, examples=[[1.0, 1.0, 1.0]])
    covariance: list[list[float]] = Field(examples=[[[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]]])


class RecordedPublic(BaseModel):
    """A report the ledger recorded: its MBA, kind and number."""

    model_config = ConfigDict(frozen=True)

    mba: str
    kind: str
    number: int


class MbaPublic(BaseModel):
    """A material balance area, its facility, and how many balances have been closed."""

    model_config = ConfigDict(frozen=True)

    code: str
    name: str
    facility: str
    balances_closed: int


class DetectionRequest(BaseModel):
    """A diversion scenario and the test to judge it by; amounts in the unit of the covariance."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    covariance: list[list[float]] = Field(examples=[[[4.0]]])
    total: float = Field(examples=[5.0])
    pattern: Pattern = Pattern.PROTRACTED
    period: int = Field(default=1, ge=1)
    test: SequentialTestKind = SequentialTestKind.PAGE_SITMUF
    k: float = Field(default=0.5, ge=0)
    alpha: float = Field(default=0.05, gt=0, lt=1)
    sequences: int = Field(default=100_000, ge=1_000, le=1_000_000)
