"""The Australia Group chemical weapons precursors: numbering anchors, CAS numbers and correspondences."""

from __future__ import annotations

import pytest

from nonpro.controls.control_lists import ControlLists


def test_items_1_to_89_each_with_one_cas_number(shipped: ControlLists) -> None:
    entries = shipped.control_list("ag-cw").entries
    assert [e.code for e in entries] == [str(n) for n in range(1, 90)]
    assert all(len(e.cas) == 1 for e in entries)
    assert len({e.cas[0] for e in entries}) == 89


@pytest.mark.parametrize(
    ("number", "cas"),
    [
        ("1", "111-48-8"),
        ("2", "10025-87-3"),
        ("13", "1619-34-7"),
        ("14", "7789-23-3"),
        ("24", "7664-39-3"),
        ("31", "7784-34-1"),
        ("41", "7789-29-9"),
        ("42", "1341-49-7"),
        ("43", "1333-83-1"),
        ("44", "7681-49-4"),
    ],
)
def test_numbers_checked_against_the_1990s_publications(shipped: ControlLists, number: str, cas: str) -> None:
    assert shipped.entry(f"ag-cw:{number}").cas == (cas,)


def test_every_us_correspondence_lists_the_same_cas_number(with_ccl: ControlLists) -> None:
    matched = 0
    for entry in with_ccl.control_list("ag-cw").entries:
        for code in entry.us_eccn:
            assert with_ccl.entry(f"us-ccl:{code}").cas == entry.cas, entry.id
            matched += 1
    assert matched == 83


def test_ccl_1c350_holds_no_ag_chemical_we_left_out_except_dipropylamine(with_ccl: ControlLists) -> None:
    ours = {e.cas[0] for e in with_ccl.control_list("ag-cw").entries}
    in_1c350 = {
        c for e in with_ccl.control_list("us-ccl").entries if e.code.startswith("1C350.") for c in e.cas
    }
    assert in_1c350 - ours == {"142-84-7"}


def test_cwc_correspondences_share_the_cas_number(shipped: ControlLists) -> None:
    for entry in shipped.control_list("ag-cw").entries:
        for target in entry.corresponds_to:
            assert entry.cas[0] in shipped.entry(target).cas, (entry.id, target)
