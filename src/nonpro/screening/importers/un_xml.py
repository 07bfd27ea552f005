"""The UN Security Council Consolidated List, XML as published at scsanctions.un.org (all fields).

Read element by element (`iterparse`, each record cleared once read) so memory stays flat. Records are
numbered in document order (`INDIVIDUAL #12`) so a refusal points at the element to fix.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from nonpro.screening.countries import country_code
from nonpro.screening.entry import (
    Address,
    BirthDate,
    Entry,
    Identifier,
    ListedName,
    NameKind,
    NameQuality,
    Schema,
)
from nonpro.screening.importers.dates import birth_date, iso_date
from nonpro.screening.importers.parsed_list import ParsedList, ProblemLog, checksum

SOURCE = "un"
EXPECTED = "the UN Consolidated List XML (CONSOLIDATED_LIST with INDIVIDUALS and ENTITIES)"
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
_DATE_TYPES = {"EXACT", "APPROXIMATELY", "BETWEEN", ""}
_IMO = re.compile(r"IMO\)? number:? ?(\d{7})", re.IGNORECASE)


def read_un_xml(path: Path) -> ParsedList:
    """Read and validate a whole UN Consolidated List file; any fault refuses the file."""
    log = ProblemLog(path, EXPECTED)
    entries: list[Entry] = []
    published: date | None = None
    counter = {"INDIVIDUAL": 0, "ENTITY": 0}
    try:
        for event, element in ET.iterparse(path, events=("start", "end")):
            if event == "start" and element.tag == "CONSOLIDATED_LIST":
                published = _published(element.get("dateGenerated", ""), log)
            if event != "end" or element.tag not in counter:
                continue
            counter[element.tag] += 1
            entry = _entry(element, f"{element.tag} #{counter[element.tag]}", log)
            if entry is not None:
                entries.append(entry)
            element.clear()
    except ET.ParseError as error:
        line, column = error.position
        log.add(f"line {line} column {column}", f"not well-formed XML ({error})")
    if published is None and not log.total:
        log.add("root", "no CONSOLIDATED_LIST element with a dateGenerated attribute")
    if not entries and not log.total:
        log.add("root", "no INDIVIDUAL or ENTITY records")
    log.raise_if_any()
    return ParsedList(SOURCE, published, checksum([path]), tuple(entries))


def _published(text: str, log: ProblemLog) -> date | None:
    try:
        return iso_date(text)
    except ValueError:
        log.add("CONSOLIDATED_LIST", f"dateGenerated {text!r} is not a date", "an ISO 8601 timestamp")
        return None


def _text(element: ET.Element, tag: str) -> str:
    found = element.find(tag)
    return " ".join((found.text or "").split()) if found is not None else ""


def _values(element: ET.Element, tag: str) -> tuple[str, ...]:
    found = (" ".join((value.text or "").split()) for value in element.iterfind(f"{tag}/VALUE"))
    return tuple(text for text in found if text)


def _entry(element: ET.Element, where: str, log: ProblemLog) -> Entry | None:
    person = element.tag == "INDIVIDUAL"
    prefix = "INDIVIDUAL" if person else "ENTITY"
    data_id = _text(element, "DATAID")
    if not data_id.isdigit():
        log.add(where, f"DATAID {data_id!r} is missing or not a number", "a whole number")
        return None
    where = f"{where} (DATAID {data_id})"
    primary = " ".join(part for tag in _NAME_PARTS if (part := _text(element, tag)))
    if not primary:
        log.add(where, "no name (FIRST_NAME is empty)", "at least FIRST_NAME")
        return None
    listed_on = None
    if listed_text := _text(element, "LISTED_ON"):
        try:
            listed_on = iso_date(listed_text)
        except ValueError:
            log.add(where, f"LISTED_ON {listed_text!r} is not a date", "YYYY-MM-DD")
    names = [ListedName(primary)]
    if original := _text(element, "NAME_ORIGINAL_SCRIPT"):
        names.append(ListedName(original, original_script=True))
    births: list[BirthDate] = []
    birth_places: list[str] = []
    for alias in element.iterfind(f"{prefix}_ALIAS"):
        name = _text(alias, "ALIAS_NAME")
        if not name:
            continue
        weak = _text(alias, "QUALITY").lower() == "low"
        names.append(ListedName(name, NameKind.ALIAS, NameQuality.WEAK if weak else NameQuality.STRONG))
        if (alias_birth := birth_date(_text(alias, "DATE_OF_BIRTH"))) is not None:
            births.append(alias_birth)
        if place := ", ".join(
            x for x in (_text(alias, "CITY_OF_BIRTH"), _text(alias, "COUNTRY_OF_BIRTH")) if x
        ):
            birth_places.append(place)
    births.extend(_birth_dates(element, where, log))
    birth_places.extend(_places_of_birth(element))
    addresses = tuple(_addresses(element, prefix))
    nationalities = _values(element, "NATIONALITY")
    comments = _text(element, "COMMENTS1")
    identifiers = list(_documents(element))
    identifiers.extend(Identifier("imo", number) for number in _IMO.findall(comments))
    countries = [country_code(text) for text in nationalities]
    countries.extend(address.country for address in addresses)
    return Entry(
        source=SOURCE,
        entry_id=data_id,
        schema=Schema.PERSON if person else Schema.ENTITY,
        names=tuple(dict.fromkeys(names)),
        birth_dates=tuple(dict.fromkeys(births)),
        birth_places=tuple(dict.fromkeys(birth_places)),
        nationalities=nationalities,
        countries=tuple(dict.fromkeys(code for code in countries if code)),
        identifiers=tuple(dict.fromkeys(identifiers)),
        addresses=addresses,
        programmes=(_text(element, "UN_LIST_TYPE"),) if _text(element, "UN_LIST_TYPE") else (),
        listed_on=listed_on,
        reference=_text(element, "REFERENCE_NUMBER"),
        remarks=comments,
        extra=tuple(
            (key, value)
            for key, value in (
                ("gender", _text(element, "GENDER")),
                ("titles", "; ".join(_values(element, "TITLE"))),
                ("designations", "; ".join(_values(element, "DESIGNATION"))),
                ("list_type", "; ".join(_values(element, "LIST_TYPE"))),
                ("last_updated", "; ".join(_values(element, "LAST_DAY_UPDATED"))),
                ("version", _text(element, "VERSIONNUM")),
            )
            if value
        ),
    )


def _birth_dates(element: ET.Element, where: str, log: ProblemLog) -> list[BirthDate]:
    births = []
    for number, node in enumerate(element.iterfind("INDIVIDUAL_DATE_OF_BIRTH"), start=1):
        kind = _text(node, "TYPE_OF_DATE").upper()
        place = f"{where} INDIVIDUAL_DATE_OF_BIRTH #{number}"
        if kind not in _DATE_TYPES:
            log.add(place, f"TYPE_OF_DATE {kind!r} is unknown", "EXACT, APPROXIMATELY or BETWEEN")
            continue
        approximate = kind == "APPROXIMATELY"
        if kind == "BETWEEN":
            low, high = _text(node, "FROM_YEAR"), _text(node, "TO_YEAR")
            if not (low.isdigit() and high.isdigit() and int(low) <= int(high)):
                log.add(
                    place, f"BETWEEN {low!r} and {high!r} is not a range of years", "FROM_YEAR <= TO_YEAR"
                )
                continue
            births.append(BirthDate(from_year=int(low), to_year=int(high)))
            continue
        text = _text(node, "DATE") or _text(node, "YEAR") or _text(node, "NOTE")
        if not text:
            continue
        parsed = birth_date(text)
        if parsed is None:
            if _text(node, "DATE") or _text(node, "YEAR"):
                log.add(place, f"date {text!r} is not a date", "YYYY-MM-DD or YYYY")
            continue
        births.append(BirthDate(parsed.value, parsed.from_year, parsed.to_year, approximate))
    return births


def _places_of_birth(element: ET.Element) -> list[str]:
    places = []
    for node in element.iterfind("INDIVIDUAL_PLACE_OF_BIRTH"):
        parts = (_text(node, tag) for tag in ("STREET", "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE"))
        if place := ", ".join(part for part in parts if part):
            places.append(place)
    return places


def _addresses(element: ET.Element, prefix: str) -> list[Address]:
    addresses = []
    for node in element.iterfind(f"{prefix}_ADDRESS"):
        parts = (
            _text(node, tag) for tag in ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE")
        )
        if text := ", ".join(part for part in parts if part):
            addresses.append(Address(text, country_code(_text(node, "COUNTRY"))))
    return addresses


def _documents(element: ET.Element) -> list[Identifier]:
    documents = []
    for node in element.iterfind("INDIVIDUAL_DOCUMENT"):
        number = _text(node, "NUMBER")
        if not number:
            continue
        kind = _text(node, "TYPE_OF_DOCUMENT") or _text(node, "TYPE_OF_DOCUMENT2") or "document"
        country = _text(node, "ISSUING_COUNTRY") or _text(node, "COUNTRY_OF_ISSUE")
        notes = (_text(node, tag) for tag in ("TYPE_OF_DOCUMENT2", "DATE_OF_ISSUE", "CITY_OF_ISSUE", "NOTE"))
        documents.append(
            Identifier(kind.lower(), number, country_code(country), "; ".join(n for n in notes if n))
        )
    return documents
