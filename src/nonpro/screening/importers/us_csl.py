"""The US Consolidated Screening List (trade.gov), CSV with a header, eleven US lists in one file.

Multi-valued cells (`alt_names`, `addresses`, `dates_of_birth`, `ids`...) are `; `-separated; an id is
`[country, ]number, kind`. Rows without `entity_number` get an id derived from source, name and address.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

from nonpro.screening.countries import country_code
from nonpro.screening.entry import Address, Entry, Identifier, ListedName, NameKind, Schema
from nonpro.screening.importers.dates import birth_date, iso_date
from nonpro.screening.importers.parsed_list import ParsedList, ProblemLog, checksum
from nonpro.screening.importers.party_kind import guess_schema
from nonpro.screening.importers.stable_id import stable_id

SOURCE = "us-csl"
REQUIRED = ("source", "entity_number", "type", "programs", "name", "addresses", "alt_names", "ids")
EXPECTED = "the Consolidated Screening List CSV with at least the columns " + ", ".join(REQUIRED)
_SCHEMAS = {"individual": Schema.PERSON, "entity": Schema.ENTITY, "vessel": Schema.VESSEL}
_SCHEMAS["aircraft"] = Schema.AIRCRAFT
_LIST_CODE = re.compile(r"\(([A-Z]+)\)")
_NOT_IDENTIFIERS = ("website", "email address", "sanctions", "directive", "flag")


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split(";") if part.strip()]


def _identifier(text: str) -> Identifier | None:
    parts = [part.strip() for part in text.split(",")]
    if len(parts) < 2 or any(word in parts[-1].lower() for word in _NOT_IDENTIFIERS):
        return None
    kind = parts[-1].rstrip(" #:-").lower()
    country = country_code(parts[0]) if len(parts) > 2 else ""
    number = parts[1] if len(parts) > 2 else parts[0]
    if number.upper().startswith("IMO "):
        kind, number = "imo", number[4:].strip()
    return Identifier(kind, number, country)


def read_us_csl(path: Path, published: date | None = None) -> ParsedList:
    """Read and validate a Consolidated Screening List CSV; any fault refuses the file."""
    log = ProblemLog(path, EXPECTED)
    entries: dict[str, Entry] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [column for column in REQUIRED if column not in (reader.fieldnames or ())]
        if missing:
            log.add("line 1", f"header lacks {', '.join(missing)}")
            log.raise_if_any()
        for row in reader:
            entry = _entry(row, f"line {reader.line_num}", log)
            if entry is not None:
                entries[entry.entry_id] = entry
    if not entries and not log.total:
        log.add("line 2", "no entries")
    log.raise_if_any()
    return ParsedList(SOURCE, published, checksum([path]), tuple(entries.values()))


def _entry(row: dict[str, str], where: str, log: ProblemLog) -> Entry | None:
    if None in row:
        log.add(where, "more fields than the header has")
        return None
    name = " ".join((row["name"] or "").split())
    if not name:
        log.add(where, "name is empty")
        return None
    kind = (row["type"] or "").strip().lower()
    schema = _SCHEMAS.get(kind) if kind else guess_schema(name)
    if schema is None:
        log.add(where, f"type {row['type']!r} is unknown", "Individual, Entity, Vessel, Aircraft or empty")
        return None
    listed_on = None
    if start := (row.get("start_date") or "").strip():
        try:
            listed_on = iso_date(start)
        except ValueError:
            log.add(where, f"start_date {start!r} is not a date", "YYYY-MM-DD")
    addresses = tuple(
        Address(text, country_code(text.rsplit(",", 1)[-1])) for text in _split(row["addresses"])
    )
    nationality_cells = (row.get(column) for column in ("nationalities", "citizenships"))
    nationalities = tuple(dict.fromkeys(value for cell in nationality_cells for value in _split(cell)))
    countries = [country_code(text) for text in nationalities] + [address.country for address in addresses]
    list_code = _LIST_CODE.search(row["source"] or "")
    source_list = list_code[1] if list_code else (row["source"] or "").strip()
    number = (row["entity_number"] or "").strip()
    entry_id = f"{source_list}-{number}" if number else stable_id(row["source"], name, row["addresses"])
    births = (birth_date(text) for text in _split(row.get("dates_of_birth")))
    identifiers = (_identifier(text) for text in _split(row["ids"]))
    return Entry(
        source=SOURCE,
        entry_id=entry_id,
        schema=schema,
        names=(ListedName(name), *(ListedName(alias, NameKind.ALIAS) for alias in _split(row["alt_names"]))),
        birth_dates=tuple(birth for birth in births if birth is not None),
        birth_places=tuple(_split(row.get("places_of_birth"))),
        nationalities=nationalities,
        countries=tuple(dict.fromkeys(code for code in countries if code)),
        identifiers=tuple(identifier for identifier in identifiers if identifier is not None),
        addresses=addresses,
        programmes=(source_list, *_split(row["programs"])),
        listed_on=listed_on,
        reference=(row.get("federal_register_notice") or "").strip(),
        remarks=(row.get("remarks") or "").strip(),
    )
