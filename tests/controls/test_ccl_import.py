"""Importing the real US Commerce Control List (eCFR XML, June 2026)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nonpro.controls.control_lists import ControlLists
from nonpro.controls.importers.ecfr_ccl import EcfrCclImporter
from nonpro.controls.importers.protocol import ImportedList, ListImporter
from nonpro.core.errors import InvalidInputError, NotFoundError


def test_every_eccn_and_lettered_item_is_imported(imported_ccl: ImportedList) -> None:
    entries = imported_ccl.control_list.entries
    eccns = [e for e in entries if e.parent is None]
    assert len(eccns) == 637
    assert len(entries) == 4848
    assert imported_ccl.warnings == ()
    assert imported_ccl.version.name == "controls:us-ccl"


@pytest.mark.parametrize(
    ("eccn", "reasons"),
    [
        ("1C350", ("CB", "CW", "AT")),
        ("9A004", ("NS", "RS", "AT")),
        ("3A225", ("NP", "AT")),
        ("0A501", ("NS", "RS", "FC", "UN", "AT")),
        ("2B350", ("CB", "AT")),
    ],
)
def test_reasons_for_control_are_read(with_ccl: ControlLists, eccn: str, reasons: tuple[str, ...]) -> None:
    assert with_ccl.entry(f"us-ccl:{eccn}").reasons == reasons


def test_0b001_is_not_on_the_ccl_because_nuclear_plant_is_licensed_by_the_nrc(with_ccl: ControlLists) -> None:
    with pytest.raises(NotFoundError):
        with_ccl.entry("us-ccl:0B001")


def test_items_keep_their_hierarchy_and_cas_numbers(with_ccl: ControlLists) -> None:
    arsenic = with_ccl.entry("us-ccl:1C350.b.1")
    assert arsenic.parent == "us-ccl:1C350.b"
    assert arsenic.cas == ("7784-34-1",)
    assert with_ccl.entry("us-ccl:1C350.b").parent == "us-ccl:1C350"
    assert "CW applies to 1C350.b and .c" in with_ccl.entry("us-ccl:1C350").notes


def test_the_cwc_correspondences_agree_with_the_ccl(with_ccl: ControlLists) -> None:
    checked = 0
    for entry in with_ccl.control_list("cwc").entries:
        for code in entry.us_eccn:
            ccl = with_ccl.entry(f"us-ccl:{code}")
            if entry.cas and ccl.cas:
                assert set(ccl.cas) <= set(entry.cas), (entry.id, code)
                checked += 1
    assert checked == 17


def test_the_nsg2_frequency_changer_thresholds_match_eccn_3a225(with_ccl: ControlLists) -> None:
    items = {e.code: e.title for e in with_ccl.children(with_ccl.entry("us-ccl:3A225"))}
    assert "40 VA or greater" in items["3A225.a"]
    assert "600 Hz or more" in items["3A225.b"]
    assert "less) than 0.2%" in items["3A225.c"]
    nsg = with_ccl.entry("nsg2:3.A.1")
    assert [p.describe() for p in nsg.parameters] == [
        "power_va >= 40 VA",
        "frequency_hz >= 600 Hz",
        "frequency_control_percent < 0.2 %",
    ]


def test_the_importer_meets_the_protocol() -> None:
    importer: ListImporter = EcfrCclImporter()
    assert importer.list_id == "us-ccl"


def test_a_broken_file_names_the_line(tmp_path: Path) -> None:
    broken = tmp_path / "ccl.xml"
    broken.write_text("<DIV9>\n<FP-2><B>0A002 Power</B>\n</DIV9>")
    with pytest.raises(InvalidInputError, match=r"ccl.xml:3: not well-formed XML"):
        EcfrCclImporter().read(broken, "test")


def test_a_file_without_eccns_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xml"
    empty.write_text("<DIV9><HEAD>Nothing</HEAD></DIV9>")
    with pytest.raises(InvalidInputError, match="no ECCN headings found"):
        EcfrCclImporter().read(empty, "test")


def test_deeper_items_published_without_a_final_dot_are_kept(with_ccl: ControlLists) -> None:
    alloys = with_ccl.entry("us-ccl:2B350.a.1.a")
    assert alloys.parent == "us-ccl:2B350.a.1"
    assert alloys.title.startswith("Alloys with more than 25% nickel and 20% chromium")
