"""IAEA significant quantities, loaded once from the shipped, cited data file."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from nonpro.core.sources import Source
from nonpro.core.yaml_files import load_yaml_model
from nonpro.safeguards.lookup import row_by

SIGNIFICANT_QUANTITIES_FILE = Path(__file__).parent / "data" / "significant_quantities.yaml"


class Use(StrEnum):
    """Direct use material can make a nuclear explosive device without transmutation or further enrichment."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class SignificantQuantity(BaseModel):
    """One significant quantity: material, direct or indirect use, amount (kg) and what the amount counts."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    material: str
    label: str
    use: Use
    quantity_kg: float
    measured_as: str


class SignificantQuantitiesFile(BaseModel):
    """The table of significant quantities with its source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: Source
    quantities: tuple[SignificantQuantity, ...]

    def of(self, material: str) -> SignificantQuantity:
        """The significant quantity of `material` (pu, u233, heu, leu, natural_u, depleted_u, th)."""
        return row_by(self.quantities, "material", material, "significant quantity")


@cache
def significant_quantities() -> SignificantQuantitiesFile:
    """The shipped table, loaded once."""
    return load_yaml_model(SIGNIFICANT_QUANTITIES_FILE, SignificantQuantitiesFile)
