"""Facts OFAC writes into the free-text Remarks column of its legacy CSV files.

Remarks are `; `-separated phrases such as `DOB 12 Jan 1970`, `POB Tehran, Iran`, `nationality Iran`,
`Passport A123 (Iran)`, `Vessel Registration Identification IMO 9187629` and `a.k.a. 'BNC'`; OFAC's legacy
formats carry weak a.k.a.s only there, in single quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nonpro.screening.countries import country_code
from nonpro.screening.entry import BirthDate, Identifier
from nonpro.screening.importers.dates import birth_date

_WEAK_ALIAS = re.compile(r"\b[af]\.k\.a\. '([^']+(?:'[^' ;]+)*)'")
_NUMBER_COUNTRY = re.compile(r"^(?P<number>\S+)(?: \((?P<country>[^)]+)\))?")
_IMO = re.compile(r"\bIMO (\d{7})\b")
_LABELS = ("dob", "pob", "nationality", "citizen", "gender")
_DOCUMENTS = {
    "passport": "passport",
    "national id no.": "national id",
    "cedula no.": "cedula",
    "tax id no.": "tax id",
    "registration id": "registration id",
    "identification number": "identification number",
    "swift/bic": "swift/bic",
    "mmsi": "mmsi",
}


@dataclass(slots=True)
class RemarkFacts:
    """What could be read from one Remarks cell; what could not stays in the remarks text."""

    birth_dates: list[BirthDate] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    weak_aliases: list[str] = field(default_factory=list)
    gender: str = ""


def read_remarks(text: str) -> RemarkFacts:
    """Pick the structured facts out of an OFAC Remarks cell."""
    facts = RemarkFacts(weak_aliases=_WEAK_ALIAS.findall(text))
    facts.identifiers.extend(Identifier("imo", number) for number in _IMO.findall(text))
    for raw in text.rstrip(".").split(";"):
        phrase = raw.strip().removeprefix("alt. ")
        label = next((x for x in (*_LABELS, *_DOCUMENTS) if phrase.lower().startswith(x + " ")), "")
        value = phrase[len(label) :].strip()
        if label == "dob":
            if (parsed := birth_date(value)) is not None:
                facts.birth_dates.append(parsed)
        elif label == "pob":
            facts.birth_places.append(value)
        elif label in ("nationality", "citizen"):
            facts.nationalities.append(value)
        elif label == "gender":
            facts.gender = value
        elif label in _DOCUMENTS and (number := _NUMBER_COUNTRY.match(value)):
            country = country_code(number["country"] or "")
            facts.identifiers.append(Identifier(_DOCUMENTS[label], number["number"], country))
    return facts
