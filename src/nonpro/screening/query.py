"""What a user screens: a party's name and whatever else is known about it, checked before any matching."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from nonpro.core.errors import InvalidInputError
from nonpro.screening.countries import country_code
from nonpro.screening.entry import BirthDate, Identifier, Schema
from nonpro.screening.importers.dates import birth_date

MAX_NAME_LENGTH = 300
# Zero-width joiners shape Persian, Arabic and Indic names; other invisible characters only disguise text.
_JOINERS = {"\u200c", "\u200d"}


def _control(char: str) -> bool:
    """A control or invisible formatting character other than the joiners scripts need."""
    return char not in _JOINERS and char not in "\t\n" and unicodedata.category(char) in ("Cc", "Cf")


@dataclass(frozen=True, slots=True)
class PartyQuery:
    """A party to screen: a name, and optionally its type, date of birth, countries and identifiers."""

    name: str
    schema: Schema | None = None
    birth_date: BirthDate | None = None
    countries: tuple[str, ...] = ()
    identifiers: tuple[Identifier, ...] = ()


def party_query(
    name: str,
    *,
    schema: str | None = None,
    dob: str | None = None,
    countries: tuple[str, ...] = (),
    identifiers: tuple[str, ...] = (),
) -> PartyQuery:
    """Check a user's input and build the query; anything unusable raises InvalidInputError saying why."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInputError("the name is empty", where="name", expected="a party's name")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInputError(
            f"the name is {len(cleaned)} characters long", where="name", expected=f"at most {MAX_NAME_LENGTH}"
        )
    if any(_control(char) for char in name):
        raise InvalidInputError("the name holds control characters", where="name", expected="printable text")
    if not any(char.isalnum() for char in cleaned):
        raise InvalidInputError("the name has no letters or digits", where="name", expected="a party's name")
    kind = None
    if schema:
        try:
            kind = Schema(schema.strip().lower())
        except ValueError:
            raise InvalidInputError(
                f"type {schema!r} is unknown", where="type", expected="person, entity, vessel or aircraft"
            ) from None
    born = None
    if dob and dob.strip():
        born = birth_date(dob)
        if born is None:
            raise InvalidInputError(
                f"{dob!r} is not a date of birth", where="dob", expected="YYYY, YYYY-MM or YYYY-MM-DD"
            )
    codes = []
    for text in countries:
        if not text.strip():
            continue
        code = country_code(text)
        if not code:
            raise InvalidInputError(
                f"{text!r} is not a recognised country", where="country", expected="a name or ISO code"
            )
        codes.append(code)
    found = []
    for text in identifiers:
        kind_text, _, number = text.partition(":")
        if not number.strip():
            raise InvalidInputError(
                f"identifier {text!r} is malformed", where="id", expected="kind:number, e.g. imo:9187629"
            )
        found.append(Identifier(kind_text.strip().lower(), number.strip()))
    return PartyQuery(cleaned, kind, born, tuple(dict.fromkeys(codes)), tuple(found))
