"""Physical-protection categories at every boundary of INFCIRC/225/Rev.5 Table 1."""

from __future__ import annotations

import pytest

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.categorisation import Category, categorisation_table, categorise
from nonpro.safeguards.material import MaterialKind

PU, U233, U = MaterialKind.PLUTONIUM, MaterialKind.URANIUM_233, MaterialKind.URANIUM
I, II, III = Category.I, Category.II, Category.III  # noqa: E741 - the table's own numerals.


@pytest.mark.parametrize("material", [PU, U233])
@pytest.mark.parametrize(
    ("grams", "expected"),
    [(2000.0, I), (1999.9, II), (500.1, II), (500.0, III), (15.1, III), (15.0, None), (0.0, None)],
)
def test_plutonium_and_u233_boundaries(
    material: MaterialKind, grams: float, expected: Category | None
) -> None:
    assert categorise(material, grams).category is expected


@pytest.mark.parametrize(
    ("grams", "enrichment", "expected"),
    [
        (5000.0, 20.0, I),
        (4999.0, 93.0, II),
        (1000.1, 20.0, II),
        (1000.0, 20.0, III),
        (15.1, 90.0, III),
        (15.0, 90.0, None),
        (10000.0, 19.99, II),
        (9999.0, 10.0, III),
        (1000.1, 10.0, III),
        (1000.0, 10.0, None),
        (10000.0, 9.99, III),
        (9999.0, 5.0, None),
        (10000.0, 0.72, III),
        (10000.0, 0.711, None),
        (50000.0, 0.3, None),
    ],
)
def test_uranium_boundaries_by_u235_mass_and_enrichment(
    grams: float, enrichment: float, expected: Category | None
) -> None:
    assert categorise(U, grams, enrichment).category is expected


def test_irradiated_low_enriched_natural_or_depleted_fuel_is_category_ii() -> None:
    assert categorise(U, 40000.0, 4.5, irradiated=True).category is II
    assert categorise(U, 40000.0, 0.711, irradiated=True).category is II
    assert categorise(U, 0.0, 4.5, irradiated=True).category is None


@pytest.mark.parametrize(
    ("material", "grams", "enrichment", "expected"),
    [
        (PU, 3000.0, None, II),  # I before irradiation
        (PU, 1000.0, None, III),  # II before irradiation
        (PU, 100.0, None, III),  # III stays III: footnote e only reduces I and II
        (PU, 10.0, None, None),
        (U, 6000.0, 90.0, II),
        (U, 12000.0, 15.0, III),
    ],
)
def test_irradiated_fuel_of_category_i_or_ii_drops_one_level(
    material: MaterialKind, grams: float, enrichment: float | None, expected: Category | None
) -> None:
    assert categorise(material, grams, enrichment, irradiated=True).category is expected


def test_uranium_needs_an_enrichment_and_other_materials_refuse_one() -> None:
    with pytest.raises(InvalidInputError, match="enrichment"):
        categorise(U, 100.0)
    with pytest.raises(InvalidInputError, match="only applies to uranium"):
        categorise(PU, 100.0, 5.0)
    with pytest.raises(InvalidInputError, match="mass"):
        categorise(PU, -1.0)


def test_the_table_cites_infcirc_225_rev_5() -> None:
    table = categorisation_table()
    assert "INFCIRC/225/Revision 5" in table.source.document
    assert table.natural_enrichment.percent == pytest.approx(0.711)
