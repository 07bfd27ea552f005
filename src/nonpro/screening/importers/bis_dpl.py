"""The US BIS Denied Persons List, tab-separated text with a header row, as BIS publishes it.

Columns: Name, Street_Address, City, State, Country, Postal_Code, Effective_Date, Expiration_Date,
Standard_Order, Last_Update, Action, FR_Citation. Rows carry no id: one is derived from name, address and
effective date; the list does not say whether a party is a person or a company (see `party_kind`).
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from nonpro.screening.countries import country_code
from nonpro.screening.entry import Address, Entry, ListedName
from nonpro.screening.importers.dates import iso_date
from nonpro.screening.importers.parsed_list import ParsedList, ProblemLog, checksum
from nonpro.screening.importers.party_kind import guess_schema
from nonpro.screening.importers.stable_id import stable_id

SOURCE = "us-bis-dpl"
COLUMNS = (
    "Name",
    "Street_Address",
    "City",
    "State",
    "Country",
    "Postal_Code",
    "Effective_Date",
    "Expiration_Date",
    "Standard_Order",
    "Last_Update",
    "Action",
    "FR_Citation",
)
EXPECTED = "the BIS Denied Persons List: tab-separated, header " + ", ".join(COLUMNS)


def read_bis_dpl(path: Path, published: date | None = None) -> ParsedList:
    """Read and validate a Denied Persons List file; any fault refuses the file."""
    log = ProblemLog(path, EXPECTED)
    entries: dict[str, Entry] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = [column for column in COLUMNS if column not in (reader.fieldnames or ())]
        if missing:
            log.add("line 1", f"header lacks {', '.join(missing)}")
            log.raise_if_any()
        for row in reader:
            line = reader.line_num
            if None in row or any(value is None for value in row.values()):
                log.add(f"line {line}", "wrong number of fields", f"{len(COLUMNS)} tab-separated fields")
                continue
            name = " ".join(row["Name"].split())
            if not name:
                log.add(f"line {line}", "Name is empty")
                continue
            effective = None
            try:
                effective = iso_date(row["Effective_Date"])
            except ValueError:
                log.add(
                    f"line {line}", f"Effective_Date {row['Effective_Date']!r} is not a date", "MM/DD/YYYY"
                )
            parts = (row[column].strip() for column in ("Street_Address", "City", "State", "Postal_Code"))
            country = row["Country"].strip()
            address = Address(", ".join(p for p in (*parts, country) if p), country_code(country))
            entry_id = stable_id(name, address.text, row["Effective_Date"])
            entries[entry_id] = Entry(
                source=SOURCE,
                entry_id=entry_id,
                schema=guess_schema(name),
                names=(ListedName(name),),
                countries=(address.country,) if address.country else (),
                addresses=(address,) if address.text else (),
                programmes=("EAR",),
                listed_on=effective,
                reference=row["FR_Citation"].strip(),
                remarks=row["Action"].strip(),
                extra=tuple(
                    (key, row[column].strip())
                    for key, column in (("expires", "Expiration_Date"), ("standard_order", "Standard_Order"))
                    if row[column].strip()
                ),
            )
    if not entries and not log.total:
        log.add("line 2", "no entries")
    log.raise_if_any()
    return ParsedList(SOURCE, published, checksum([path]), tuple(entries.values()))
