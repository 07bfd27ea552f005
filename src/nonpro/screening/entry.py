"""One listed party, as every importer delivers it whatever the source format."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Schema(StrEnum):
    """What kind of party an entry is."""

    PERSON = "person"
    ENTITY = "entity"
    VESSEL = "vessel"
    AIRCRAFT = "aircraft"


class NameKind(StrEnum):
    """Whether a name is the entry's main name or one of its aliases."""

    PRIMARY = "primary"
    ALIAS = "alias"


class NameQuality(StrEnum):
    """How reliable the publisher says a name is; UN "Low" and OFAC quoted a.k.a.s are weak."""

    STRONG = "strong"
    WEAK = "weak"


@dataclass(frozen=True, slots=True)
class ListedName:
    """One name under which a party is listed; `original_script` marks names in a non-Latin script."""

    full: str
    kind: NameKind = NameKind.PRIMARY
    quality: NameQuality = NameQuality.STRONG
    original_script: bool = False


@dataclass(frozen=True, slots=True)
class BirthDate:
    """A date of birth in any published form: a full date, a month, a year, or a range of years.

    `value` is ISO 8601 with the precision published (`1971`, `1971-05`, `1971-05-03`); a range sets
    `from_year` and `to_year`; `approximate` is set when the publisher says "approximately" or "circa".
    """

    value: str = ""
    from_year: int | None = None
    to_year: int | None = None
    approximate: bool = False

    def years(self) -> tuple[int, int]:
        """The first and last year this date could fall in."""
        if self.value:
            year = int(self.value[:4])
            slack = 1 if self.approximate else 0
            return year - slack, year + slack
        if self.from_year is not None and self.to_year is not None:
            return self.from_year, self.to_year
        raise ValueError("a BirthDate needs a value or a range of years")


@dataclass(frozen=True, slots=True)
class Identifier:
    """A document or registration number: passport, national id, IMO number, tax id and the like."""

    kind: str
    number: str
    country: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Address:
    """A postal address as published, with its country where known."""

    text: str
    country: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    """One listed party: its names and the facts the list gives to tell it apart from namesakes.

    `countries` are ISO 3166-1 alpha-2 codes of nationality, citizenship, registration or address, as far
    as they could be recognised; the published texts stay in `nationalities` and `addresses`.
    """

    source: str
    entry_id: str
    schema: Schema
    names: tuple[ListedName, ...]
    birth_dates: tuple[BirthDate, ...] = ()
    birth_places: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    identifiers: tuple[Identifier, ...] = ()
    addresses: tuple[Address, ...] = ()
    programmes: tuple[str, ...] = ()
    listed_on: date | None = None
    reference: str = ""
    remarks: str = ""
    extra: tuple[tuple[str, str], ...] = field(default=())

    @property
    def primary_name(self) -> str:
        """The entry's main name."""
        return self.names[0].full

    @property
    def key(self) -> str:
        """The entry's id across every list: `source:entry_id`."""
        return f"{self.source}:{self.entry_id}"
