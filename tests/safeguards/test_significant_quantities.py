"""IAEA significant quantities as shipped, each with the Glossary as its source."""

from __future__ import annotations

import pytest

from nonpro.core.errors import NotFoundError
from nonpro.safeguards.significant_quantities import Use, significant_quantities


@pytest.mark.parametrize(
    ("material", "kg", "use"),
    [
        ("pu", 8, Use.DIRECT),
        ("u233", 8, Use.DIRECT),
        ("heu", 25, Use.DIRECT),
        ("leu", 75, Use.INDIRECT),
        ("natural_u", 10000, Use.INDIRECT),
        ("depleted_u", 20000, Use.INDIRECT),
        ("th", 20000, Use.INDIRECT),
    ],
)
def test_significant_quantities_match_the_safeguards_glossary(material: str, kg: float, use: Use) -> None:
    quantity = significant_quantities().of(material)
    assert (quantity.quantity_kg, quantity.use) == (kg, use)


def test_the_table_is_cited_and_unknown_materials_are_refused() -> None:
    table = significant_quantities()
    assert "Safeguards Glossary, 2001 Edition" in table.source.document
    with pytest.raises(NotFoundError, match="no significant quantity for 'am'"):
        table.of("am")
