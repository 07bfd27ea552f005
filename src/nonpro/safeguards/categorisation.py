"""Physical-protection category (I, II, III or none) of nuclear material per INFCIRC/225/Rev.5 Table 1."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from nonpro.core.errors import InvalidInputError
from nonpro.core.sources import Source
from nonpro.core.yaml_files import load_yaml_model
from nonpro.safeguards.material import MaterialKind

CATEGORISATION_FILE = Path(__file__).parent / "data" / "physical_protection.yaml"


class Category(StrEnum):
    """A physical-protection category; I needs the most protection."""

    I = "I"  # noqa: E741 - the category's name in the table is the Roman numeral I.
    II = "II"
    III = "III"


class Band(BaseModel):
    """A category and the mass above which it starts (grams; `inclusive` when the bound itself belongs)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    category: Category
    above_g: float
    inclusive: bool

    def holds(self, mass_g: float) -> bool:
        """Whether `mass_g` falls in this band or a higher one."""
        return mass_g >= self.above_g if self.inclusive else mass_g > self.above_g


class Row(BaseModel):
    """One row of Table 1: a material (and for uranium an enrichment range), its bands from I downwards."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    material: MaterialKind
    label: str
    enrichment_from_percent: float | None = None
    enrichment_above_natural: bool = False
    bands: tuple[Band, ...]


class NaturalEnrichment(BaseModel):
    """The U-235 weight percent of natural uranium, with its source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    percent: float
    source: Source


class CategorisationTable(BaseModel):
    """Table 1 of INFCIRC/225/Rev.5 with its footnotes on irradiated material."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: Source
    natural_enrichment: NaturalEnrichment
    irradiated_dose_rate_gy_per_h: float
    irradiated_low_fissile_category: Category
    irradiated_low_fissile_below_percent: float
    irradiated_reduction: dict[Category, Category]
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Categorisation:
    """The category found (None below Category III), the table row used, and why."""

    category: Category | None
    row: str
    reason: str


@cache
def categorisation_table() -> CategorisationTable:
    """The shipped table, loaded once."""
    return load_yaml_model(CATEGORISATION_FILE, CategorisationTable)


def categorise(
    material: MaterialKind,
    mass_g: float,
    enrichment_percent: float | None = None,
    *,
    irradiated: bool = False,
) -> Categorisation:
    """Category of `mass_g` grams (of Pu, of U-233, or of U-235 contained for uranium).

    `irradiated` means irradiated fuel whose radiation level exceeds 1 Gy/h at 1 m unshielded; below that
    level irradiated material counts as unirradiated (footnote b).
    """
    table = categorisation_table()
    if not (math.isfinite(mass_g) and mass_g >= 0):
        raise InvalidInputError(f"mass {mass_g!r} g", where="mass", expected="a number of grams >= 0")
    row = _row(table, material, enrichment_percent)
    if (
        irradiated
        and mass_g > 0
        and material is MaterialKind.URANIUM
        and enrichment_percent is not None
        and enrichment_percent < table.irradiated_low_fissile_below_percent
    ):
        return Categorisation(
            table.irradiated_low_fissile_category,
            "Irradiated fuel",
            "irradiated natural, depleted or low enriched fuel (< 10 % fissile) is Category II",
        )
    fresh = _band(row, mass_g) if row is not None else None
    label = row.label if row is not None else "uranium at or below natural enrichment"
    if not irradiated or fresh is None:
        return Categorisation(fresh, label, _reason(fresh, mass_g))
    reduced = table.irradiated_reduction.get(fresh, fresh)
    return Categorisation(
        reduced, label, f"Category {fresh.value} before irradiation, reduced to {reduced.value} (footnote e)"
    )


def _row(table: CategorisationTable, material: MaterialKind, enrichment: float | None) -> Row | None:
    if material is not MaterialKind.URANIUM:
        if enrichment is not None:
            raise InvalidInputError(
                "an enrichment only applies to uranium", where="enrichment", expected="no --enrichment"
            )
        return next(r for r in table.rows if r.material is material)
    if enrichment is None or not (0.0 <= enrichment <= 100.0):
        raise InvalidInputError(
            f"uranium enrichment {enrichment!r}",
            where="enrichment",
            expected="the U-235 weight percent, 0 to 100",
        )
    for row in table.rows:
        if row.material is not MaterialKind.URANIUM:
            continue
        if row.enrichment_from_percent is not None and enrichment >= row.enrichment_from_percent:
            return row
        if row.enrichment_above_natural and enrichment > table.natural_enrichment.percent:
            return row
    return None


def _band(row: Row, mass_g: float) -> Category | None:
    return next((band.category for band in row.bands if band.holds(mass_g)), None)


def _reason(category: Category | None, mass_g: float) -> str:
    if category is None:
        return f"{mass_g:g} g is below Category III (prudent management practice, footnote c)"
    return f"{mass_g:g} g falls in Category {category.value}"
