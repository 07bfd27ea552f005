"""Lists that do not say whether a party is a person or an organisation (BIS DPL, parts of the CSL).

A name holding a legal-form word (LLC, GmbH, OOO...) or an organisation word is taken as an entity, any
other as a person; the guess only steers which secondary facts apply, and is documented as a guess.
"""

from __future__ import annotations

from nonpro.screening.entry import Schema
from nonpro.screening.name_form import LEGAL_FORMS, name_form

_ORGANISATION_WORDS = frozenset(
    str.split(
        "bank group trading industries industrial international enterprise enterprises holding holdings "
        "services technology technologies electronics engineering import export shipping airlines aviation "
        "institute university ministry center centre association foundation partners systems solutions"
    )
)


def guess_schema(name: str) -> Schema:
    """ENTITY when the name has a legal-form or organisation word, PERSON otherwise."""
    form = name_form(name)
    words = set(form.dropped) | set(form.tokens)
    return Schema.ENTITY if words & (LEGAL_FORMS | _ORGANISATION_WORDS) else Schema.PERSON
