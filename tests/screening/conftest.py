"""The real list files and labelled sets the screening tests read, parsed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from nonpro.screening.importers.ofac_csv import read_ofac_csv
from nonpro.screening.importers.parsed_list import ParsedList
from nonpro.screening.importers.un_xml import read_un_xml
from tests.conftest import SHARED_DATA

# A git worktree one level deeper than the main checkout finds the shared data one folder further up.
DATA = SHARED_DATA if SHARED_DATA.exists() else SHARED_DATA.parent.parent.parent / "shared" / "data"
SANCTIONS = DATA / "sanctions"
UN_XML = SANCTIONS / "un" / "consolidated-2026-02-27.xml"
OFAC_2021 = SANCTIONS / "ofac" / "2021-07-07"
OFAC_CONSOLIDATED = SANCTIONS / "ofac" / "consolidated-2025-12-19"


@pytest.fixture(scope="session")
def un_list() -> ParsedList:
    """The UN Consolidated List of 27 February 2026."""
    return read_un_xml(UN_XML)


@pytest.fixture(scope="session")
def sdn_list() -> ParsedList:
    """The OFAC SDN list of 7 July 2021, all three files."""
    return read_ofac_csv("ofac-sdn", OFAC_2021 / "sdn.csv", OFAC_2021 / "alt.csv", OFAC_2021 / "add.csv")


def copy_with(source: Path, target: Path, old: str, new: str) -> Path:
    """Write `source` to `target` with the first `old` replaced by `new` (a broken fixture)."""
    text = source.read_bytes().decode("utf-8")
    assert old in text, f"{old!r} not in {source}"
    target.write_bytes(text.replace(old, new, 1).encode("utf-8"))
    return target
