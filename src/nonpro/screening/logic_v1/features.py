"""Secondary facts that raise or lower a name match, each a small pure function.

A feature's docstring is the explanation shown to the officer when it applies; its weight in `FEATURES`
is added to the name score. Dates of birth count as agreeing when they overlap at the precision both
sides give (a year against a full date), and as contradicting when no listed date is within a year.
"""

from __future__ import annotations

from collections.abc import Callable

from nonpro.screening.entry import BirthDate, Entry, ListedName, NameQuality
from nonpro.screening.query import PartyQuery

Feature = Callable[[PartyQuery, Entry, ListedName], bool]


def _agrees(given: BirthDate, listed: BirthDate) -> bool:
    if given.value and listed.value:
        shorter = min(len(given.value), len(listed.value))
        return given.value[:shorter] == listed.value[:shorter] and not listed.approximate
    low, high = listed.years()
    return low <= given.years()[0] and given.years()[1] <= high


def _near(given: BirthDate, listed: BirthDate) -> bool:
    (g_low, g_high), (l_low, l_high) = given.years(), listed.years()
    return g_low - 1 <= l_high and l_low - 1 <= g_high


def birth_date_matches(query: PartyQuery, entry: Entry, name: ListedName) -> bool:
    """The date of birth given is one the list records for this entry."""
    given = query.birth_date
    return given is not None and any(_agrees(given, listed) for listed in entry.birth_dates)


def birth_date_near(query: PartyQuery, entry: Entry, name: ListedName) -> bool:
    """The date of birth given is within a year of one the list records, but is not the same date."""
    given = query.birth_date
    return (
        given is not None
        and any(_near(given, listed) for listed in entry.birth_dates)
        and not birth_date_matches(query, entry, name)
    )


def birth_date_contradicts(query: PartyQuery, entry: Entry, name: ListedName) -> bool:
    """The list records dates of birth for this entry and none is within a year of the one given."""
    given = query.birth_date
    return (
        given is not None and bool(entry.birth_dates) and not any(_near(given, x) for x in entry.birth_dates)
    )


def country_matches(query: PartyQuery, entry: Entry, name: ListedName) -> bool:
    """A country given is one the list links to this entry (nationality, registration or address)."""
    return bool(set(query.countries) & set(entry.countries))


def country_contradicts(query: PartyQuery, entry: Entry, name: ListedName) -> bool:
    """The list links this entry to countries and none of them is a country given."""
    return bool(query.countries) and bool(entry.countries) and not set(query.countries) & set(entry.countries)


def type_contradicts(query: PartyQuery, entry: Entry, name: ListedName) -> bool:
    """The party is not the same kind of party (person, entity, vessel, aircraft) as the entry."""
    return query.schema is not None and query.schema is not entry.schema


def weak_alias(query: PartyQuery, entry: Entry, name: ListedName) -> bool:
    """The name matched is one the list itself marks as a weak, low-quality alias."""
    return name.quality is NameQuality.WEAK


def identifier_matches(query: PartyQuery, entry: Entry, name: ListedName) -> bool:
    """An identifier given (passport, IMO number, registration...) is one the list records for the entry."""
    listed = {plain_number(identifier.number) for identifier in entry.identifiers}
    return any(plain_number(identifier.number) in listed for identifier in query.identifiers)


def plain_number(number: str) -> str:
    """An identifier reduced to its letters and digits, upper case (`A-123 456` -> `A123456`)."""
    return "".join(char for char in number.upper() if char.isalnum())


FEATURES: tuple[tuple[Feature, float], ...] = (
    (birth_date_matches, 0.05),
    (birth_date_near, 0.0),
    (birth_date_contradicts, -0.25),
    (country_matches, 0.03),
    (country_contradicts, -0.08),
    (type_contradicts, -0.25),
    (weak_alias, -0.1),
)
