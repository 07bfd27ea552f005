"""The lists nonpro can import, by the short name the CLI and API use, and how to read each.

Legacy OFAC CSV, the DPL and the CSL carry no publication date: give one, or nonpro takes a YYYY-MM-DD
found in the file or folder name (`ofac/2024-05-03/sdn.csv`), or leaves it unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nonpro.core.errors import InvalidInputError, NotFoundError
from nonpro.screening.importers.bis_dpl import read_bis_dpl
from nonpro.screening.importers.national import read_national
from nonpro.screening.importers.ofac_csv import read_ofac_csv
from nonpro.screening.importers.parsed_list import ParsedList
from nonpro.screening.importers.un_xml import read_un_xml
from nonpro.screening.importers.us_csl import read_us_csl

_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True, slots=True)
class ListSource:
    """One importable list: what it is, what to point the importer at, and the reader."""

    name: str
    title: str
    expects: str
    read: Callable[[Path, date | None], tuple[ParsedList, list[Path]]]


def _ofac(
    source: str, trio: tuple[str, str, str]
) -> Callable[[Path, date | None], tuple[ParsedList, list[Path]]]:
    def read(path: Path, published: date | None) -> tuple[ParsedList, list[Path]]:
        folder = path if path.is_dir() else path.parent
        primary = folder / trio[0] if path.is_dir() else path
        optional = [folder / name if (folder / name).exists() else None for name in trio[1:]]
        parsed = read_ofac_csv(source, primary, optional[0], optional[1], published)
        return parsed, [primary, *(p for p in optional if p is not None)]

    return read


def _single(
    reader: Callable[[Path, date | None], ParsedList],
) -> Callable[[Path, date | None], tuple[ParsedList, list[Path]]]:
    def read(path: Path, published: date | None) -> tuple[ParsedList, list[Path]]:
        return reader(path, published), [path]

    return read


SOURCES = {
    source.name: source
    for source in (
        ListSource(
            "un",
            "UN Security Council Consolidated List",
            "the XML file",
            _single(lambda p, _: read_un_xml(p)),
        ),
        ListSource(
            "ofac-sdn",
            "US OFAC Specially Designated Nationals (legacy CSV)",
            "the folder holding sdn.csv, alt.csv, add.csv, or sdn.csv alone",
            _ofac("ofac-sdn", ("sdn.csv", "alt.csv", "add.csv")),
        ),
        ListSource(
            "ofac-consolidated",
            "US OFAC non-SDN Consolidated List (legacy CSV)",
            "the folder holding cons_prim.csv, cons_alt.csv, cons_add.csv",
            _ofac("ofac-consolidated", ("cons_prim.csv", "cons_alt.csv", "cons_add.csv")),
        ),
        ListSource(
            "us-bis-dpl", "US BIS Denied Persons List", "the tab-separated text file", _single(read_bis_dpl)
        ),
        ListSource("us-csl", "US Consolidated Screening List", "the CSV file", _single(read_us_csl)),
        ListSource(
            "national",
            "The authority's own list (docs/screening.md)",
            "the CSV or JSON file",
            _single(lambda p, d: read_national(p, d)),
        ),
    )
}


def read_list(source: str, path: Path, published: date | None = None) -> tuple[ParsedList, list[Path]]:
    """Read and validate a list file (or folder) of a known source; the files read come back with it."""
    known = SOURCES.get(source)
    if known is None:
        raise InvalidInputError(f"unknown list {source!r}", where="source", expected=", ".join(SOURCES))
    if not path.exists():
        raise NotFoundError(f"{path} does not exist", where="file", expected=known.expects)
    if published is None and (found := _DATE_IN_NAME.search(f"{path.parent.name}/{path.name}")):
        try:
            published = date.fromisoformat(found[1])
        except ValueError:
            published = None
    parsed, files = known.read(path, published)
    return parsed, files
