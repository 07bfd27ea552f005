"""The authority's own list (its denials, national designations) in a documented CSV or JSON form.

CSV: a header with the columns below, one party per row, several values in a cell separated by `|`.
JSON: `{"published": "YYYY-MM-DD", "entries": [{...}]}`, the same keys, lists where CSV uses `|`.

| column | required | content |
|---|---|---|
| id | yes | the authority's own reference for the party, unique in the file |
| name | yes | the main name |
| type | yes | person, entity, vessel or aircraft |
| aliases, weak_aliases | no | other names; weak ones count less in matching |
| dob | no | dates of birth: `1971`, `1971-05`, `1971-05-03`, `1970 to 1972`, `circa 1960` |
| nationality | no | countries, by name or ISO code |
| identifiers | no | `kind:number` or `kind:number:country`, e.g. `passport:A123:IR`, `imo:9187629` |
| address | no | postal addresses |
| programme | no | why the party is listed |
| listed_on | no | YYYY-MM-DD |
| reference | no | the decision or notice that listed the party |
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from nonpro.screening.countries import country_code
from nonpro.screening.entry import Address, Entry, Identifier, ListedName, NameKind, NameQuality, Schema
from nonpro.screening.importers.dates import birth_date, iso_date
from nonpro.screening.importers.parsed_list import ParsedList, ProblemLog, checksum

SOURCE = "national"
COLUMNS = (
    "id",
    "name",
    "type",
    "aliases",
    "weak_aliases",
    "dob",
    "nationality",
    "identifiers",
    "address",
    "programme",
    "listed_on",
    "reference",
)
EXPECTED = "the national list format of docs/screening.md (CSV header: " + ",".join(COLUMNS) + ")"


def read_national(path: Path, published: date | None = None, source: str = SOURCE) -> ParsedList:
    """Read and validate a national list in CSV or JSON (by file suffix); any fault refuses the file."""
    log = ProblemLog(path, EXPECTED)
    rows = _json_rows(path, log) if path.suffix.lower() == ".json" else _csv_rows(path, log)
    entries: dict[str, Entry] = {}
    for where, row in rows:
        entry = _entry(source, row, where, log)
        if entry is None:
            continue
        if entry.entry_id in entries:
            log.add(where, f"id {entry.entry_id!r} is used twice", "a unique id per party")
        entries[entry.entry_id] = entry
    if path.suffix.lower() == ".json" and published is None:
        published = _json_published(path, log)
    if not entries and not log.total:
        log.add("", "no entries")
    log.raise_if_any()
    return ParsedList(source, published, checksum([path]), tuple(entries.values()))


def _csv_rows(path: Path, log: ProblemLog) -> Iterator[tuple[str, dict[str, list[str]]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        unknown = set(reader.fieldnames or ()) - set(COLUMNS)
        missing = {"id", "name", "type"} - set(reader.fieldnames or ())
        if unknown or missing:
            log.add("line 1", f"unknown columns {sorted(unknown)}, missing columns {sorted(missing)}")
            return
        for row in reader:
            if None in row:
                log.add(f"line {reader.line_num}", "more fields than the header has")
                continue
            yield (
                f"line {reader.line_num}",
                {
                    key: [part.strip() for part in (value or "").split("|") if part.strip()]
                    for key, value in row.items()
                },
            )


def _json_document(path: Path, log: ProblemLog) -> Mapping[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        log.add("", f"not JSON ({error})")
        return {}
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        log.add("", "the top level is not an object with an `entries` list")
        return {}
    return document


def _json_rows(path: Path, log: ProblemLog) -> Iterator[tuple[str, dict[str, list[str]]]]:
    for number, item in enumerate(_json_document(path, log).get("entries", []), start=1):
        where = f"entries[{number - 1}]"
        if not isinstance(item, dict) or set(item) - set(COLUMNS):
            log.add(where, "not an object with only the documented keys", ", ".join(COLUMNS))
            continue
        row: dict[str, list[str]] = {}
        for key, value in item.items():
            values = value if isinstance(value, list) else [value]
            if not all(isinstance(v, str) for v in values):
                log.add(where, f"{key} holds something other than text")
            row[key] = [str(v).strip() for v in values if str(v).strip()]
        yield where, row


def _json_published(path: Path, log: ProblemLog) -> date | None:
    text = _json_document(path, log).get("published")
    if not isinstance(text, str):
        return None
    try:
        return iso_date(text)
    except ValueError:
        log.add("published", f"{text!r} is not a date", "YYYY-MM-DD")
        return None


def _entry(source: str, row: dict[str, list[str]], where: str, log: ProblemLog) -> Entry | None:
    def one(key: str) -> str:
        return row.get(key, [""])[0] if row.get(key) else ""

    entry_id, name, kind = one("id"), one("name"), one("type").lower()
    if not entry_id or not name:
        log.add(where, "id or name is empty")
        return None
    if kind not in {schema.value for schema in Schema}:
        log.add(where, f"type {kind!r} is unknown", "person, entity, vessel or aircraft")
        return None
    births = []
    for text in row.get("dob", []):
        if (parsed := birth_date(text)) is None:
            log.add(
                where, f"dob {text!r} is not a date of birth", "1971, 1971-05, 1971-05-03 or 1970 to 1972"
            )
        else:
            births.append(parsed)
    identifiers = []
    for text in row.get("identifiers", []):
        parts = text.split(":")
        if len(parts) not in (2, 3) or not all(parts[:2]):
            log.add(where, f"identifier {text!r} is malformed", "kind:number or kind:number:country")
            continue
        identifiers.append(
            Identifier(parts[0].lower(), parts[1], country_code(parts[2]) if len(parts) == 3 else "")
        )
    countries = [country_code(text) for text in row.get("nationality", [])]
    for text, code in zip(row.get("nationality", []), countries, strict=True):
        if not code:
            log.add(where, f"nationality {text!r} is not a recognised country", "a country name or ISO code")
    listed_on = None
    if one("listed_on"):
        try:
            listed_on = iso_date(one("listed_on"))
        except ValueError:
            log.add(where, f"listed_on {one('listed_on')!r} is not a date", "YYYY-MM-DD")
    names = [ListedName(name)]
    names.extend(ListedName(alias, NameKind.ALIAS) for alias in row.get("aliases", []))
    names.extend(ListedName(alias, NameKind.ALIAS, NameQuality.WEAK) for alias in row.get("weak_aliases", []))
    return Entry(
        source=source,
        entry_id=entry_id,
        schema=Schema(kind),
        names=tuple(names),
        birth_dates=tuple(births),
        nationalities=tuple(row.get("nationality", [])),
        countries=tuple(code for code in countries if code),
        identifiers=tuple(identifiers),
        addresses=tuple(Address(text) for text in row.get("address", [])),
        programmes=tuple(row.get("programme", [])),
        listed_on=listed_on,
        reference=one("reference"),
    )
