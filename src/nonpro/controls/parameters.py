"""Technical parameters that decide control, as published: a quantity, a comparison, a value and a unit."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Comparison(StrEnum):
    """How an item's value is compared with the published threshold."""

    AT_LEAST = ">="
    MORE_THAN = ">"
    AT_MOST = "<="
    LESS_THAN = "<"

    def holds(self, value: float, threshold: float) -> bool:
        """Whether `value` meets the threshold under this comparison."""
        if self is Comparison.AT_LEAST:
            return value >= threshold
        if self is Comparison.MORE_THAN:
            return value > threshold
        if self is Comparison.AT_MOST:
            return value <= threshold
        return value < threshold


class Parameter(BaseModel):
    """One threshold of an entry: `name` is the machine name users pass (e.g. `frequency_hz`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    quantity: str = Field(min_length=1, description="What is measured, in our own words")
    comparison: Comparison
    value: float
    unit: str = Field(min_length=1)

    def describe(self) -> str:
        """The threshold as a short phrase, e.g. `frequency_hz >= 600 Hz`."""
        return f"{self.name} {self.comparison.value} {self.value:g} {self.unit}"
