"""OFAC's legacy CSV trio for the SDN list (sdn/alt/add.csv) and the non-SDN list (cons_prim/alt/add.csv).

The files have no header row; `-0-` means empty; a lone `\\x1a` (DOS end-of-file) line ends each file.
Columns, as OFAC documents them for the legacy formats:
- primary: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag,
  Vess_owner, Remarks
- alt: ent_num, alt_num, alt_type, alt_name, alt_remarks
- add: ent_num, add_num, address, city/state/postal code, country, add_remarks
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from nonpro.screening.countries import country_code
from nonpro.screening.entry import Address, Entry, Identifier, ListedName, NameKind, NameQuality, Schema
from nonpro.screening.importers.ofac_remarks import read_remarks
from nonpro.screening.importers.parsed_list import ParsedList, ProblemLog, checksum

_EMPTY = "-0-"
_END_OF_FILE = "\x1a"
_SCHEMAS = {
    "": Schema.ENTITY,
    "individual": Schema.PERSON,
    "vessel": Schema.VESSEL,
    "aircraft": Schema.AIRCRAFT,
}
_WIDTH = {"primary": 12, "alt": 5, "add": 6}
EXPECTED = "OFAC legacy CSV: no header, {width} comma-separated quoted fields per line, -0- for empty"


def _rows(path: Path, kind: str, log: ProblemLog) -> Iterator[tuple[int, list[str]]]:
    """Each data row with its line number; `-0-` becomes "", the end-of-file marker is skipped."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        line = 1
        for row in reader:
            if row == [_END_OF_FILE] or not row:
                line = reader.line_num + 1
                continue
            if len(row) != _WIDTH[kind]:
                log.add(f"line {line}", f"{len(row)} fields", f"{_WIDTH[kind]} fields in a {kind} file")
            else:
                yield line, ["" if (cell := value.strip()) == _EMPTY else cell for value in row]
            line = reader.line_num + 1


def read_ofac_csv(
    source: str,
    primary: Path,
    aliases: Path | None = None,
    addresses: Path | None = None,
    published: date | None = None,
) -> ParsedList:
    """Read and validate an OFAC legacy CSV trio (alias and address files are optional); faults refuse it."""
    log = ProblemLog(primary, EXPECTED.format(width=12))
    alias_names: dict[str, list[ListedName]] = defaultdict(list)
    address_lists: dict[str, list[Address]] = defaultdict(list)
    if aliases is not None:
        alias_log = ProblemLog(aliases, EXPECTED.format(width=5))
        for line, (ent_num, _, _, name, _) in _rows(aliases, "alt", alias_log):
            if not ent_num.isdigit() or not name:
                alias_log.add(f"line {line}", "ent_num is not a number or alt_name is empty")
                continue
            alias_names[ent_num].append(ListedName(name, NameKind.ALIAS))
        alias_log.raise_if_any()
    if addresses is not None:
        address_log = ProblemLog(addresses, EXPECTED.format(width=6))
        for line, (ent_num, _, street, city, country, note) in _rows(addresses, "add", address_log):
            if not ent_num.isdigit():
                address_log.add(f"line {line}", f"ent_num {ent_num!r} is not a number")
                continue
            if text := ", ".join(part for part in (street, city, country, note) if part):
                address_lists[ent_num].append(Address(text, country_code(country)))
        address_log.raise_if_any()
    entries = [
        entry
        for line, row in _rows(primary, "primary", log)
        if (entry := _entry(source, line, row, alias_names, address_lists, log)) is not None
    ]
    if not entries and not log.total:
        log.add("line 1", "no entries")
    known = {entry.entry_id for entry in entries}
    for ent_num in sorted(set(alias_names) - known, key=int)[:5]:
        log.add("alias file", f"ent_num {ent_num} has aliases but no primary row")
    log.raise_if_any()
    files = [path for path in (primary, aliases, addresses) if path is not None]
    return ParsedList(source, published, checksum(files), tuple(entries))


def _entry(
    source: str,
    line: int,
    row: list[str],
    alias_names: dict[str, list[ListedName]],
    address_lists: dict[str, list[Address]],
    log: ProblemLog,
) -> Entry | None:
    ent_num, name, sdn_type, program, title, call_sign, vessel_type, _, _, flag, owner, remarks = row
    if not ent_num.isdigit():
        log.add(f"line {line}", f"ent_num {ent_num!r} is not a number", "a whole number")
        return None
    if not name:
        log.add(f"line {line}", f"entry {ent_num} has no name")
        return None
    schema = _SCHEMAS.get(sdn_type.lower())
    if schema is None:
        log.add(f"line {line}", f"SDN_Type {sdn_type!r} is unknown", "individual, vessel, aircraft or -0-")
        return None
    facts = read_remarks(remarks)
    names = [ListedName(name), *alias_names.get(ent_num, [])]
    names.extend(ListedName(weak, NameKind.ALIAS, NameQuality.WEAK) for weak in facts.weak_aliases)
    addresses = tuple(address_lists.get(ent_num, []))
    countries = [country_code(text) for text in facts.nationalities]
    countries.append(country_code(flag) if flag else "")
    countries.extend(address.country for address in addresses)
    identifiers = list(facts.identifiers)
    if call_sign:
        identifiers.append(Identifier("call sign", call_sign))
    extra = (("title", title), ("vessel_type", vessel_type), ("vessel_flag", flag), ("vessel_owner", owner))
    return Entry(
        source=source,
        entry_id=ent_num,
        schema=schema,
        names=tuple(dict.fromkeys(names)),
        birth_dates=tuple(dict.fromkeys(facts.birth_dates)),
        birth_places=tuple(facts.birth_places),
        nationalities=tuple(facts.nationalities),
        countries=tuple(dict.fromkeys(code for code in countries if code)),
        identifiers=tuple(dict.fromkeys(identifiers)),
        addresses=addresses,
        programmes=tuple(part.strip("[] ") for part in program.split("] [") if part.strip("[] ")),
        remarks=remarks,
        extra=tuple((key, value) for key, value in extra if value),
    )
