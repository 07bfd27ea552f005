"""The loader refuses broken list files, naming the file, the key and what valid looks like."""

from __future__ import annotations

from pathlib import Path

import pytest

from nonpro.controls.errors import ControlListDataError
from nonpro.controls.loader import load_control_lists

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_valid_fixture_loads_with_its_source_on_every_entry() -> None:
    lists = load_control_lists(FIXTURES / "valid")
    assert [e.id for e in lists] == ["demo:1", "demo:1.1"]
    chemical = lists.entry("demo:1.1")
    assert chemical.parent == "demo:1"
    assert chemical.source.document == "Demo document"
    assert chemical.source.revision == "Rev.1"
    assert [v.name for v in lists.versions] == ["controls:demo"]


@pytest.mark.parametrize(
    ("fixture", "where", "what", "expected"),
    [
        ("missing-title", "entries.yaml: entries.1.title", "Field required", "EntryFile"),
        ("missing-verified-on", "list.yaml: source.verified_on", "Field required", "ListHeader"),
        (
            "folder-mismatch",
            "list.yaml: list",
            "the folder is demo/1 but the file says demo/2",
            "<list>/<edition>",
        ),
        ("duplicate-code", "entries.yaml: entries.2.code", "code '1.1' is already used", "each code once"),
        ("missing-parent", "entries.yaml: entries.1.parent", "parent '9' is not defined", "comes earlier"),
        ("bad-cas-check-digit", "entries.yaml: entries.1.cas.0", "check digit of 107-44-9 is 9", "CAS"),
        ("malformed-cas", "entries.yaml: entries.1.cas.0", "not in the form of a CAS number", "107-44-8"),
        (
            "duplicate-parameter",
            "entries.yaml: entries.1.parameters",
            "'frequency_hz' appears twice",
            "unique",
        ),
        ("second-edition", "demo/2", "a second edition of list 'demo'", "one edition per list"),
        ("dangling-correspondence", "demo/1: 1.1.corresponds_to", "'nsg1:9.9' is not an entry", "existing"),
        ("bad-eu-code", "entries.yaml: entries.1.eu.0", "should match pattern", "EntryFile"),
        ("invalid-yaml", "entries.yaml:", "not valid YAML", "EntryFile"),
    ],
)
def test_each_broken_fixture_names_file_key_and_what_valid_looks_like(
    fixture: str, where: str, what: str, expected: str
) -> None:
    with pytest.raises(ControlListDataError) as caught:
        load_control_lists(FIXTURES / fixture)
    problem = caught.value.problems[0]
    assert where in problem.where
    assert what in problem.what
    assert expected in problem.expected


def test_one_broken_list_stops_the_whole_load() -> None:
    with pytest.raises(ControlListDataError) as caught:
        load_control_lists(FIXTURES / "one-good-one-broken")
    assert len(caught.value.problems) == 1
    assert "other/1/entries.yaml" in caught.value.problems[0].where


def test_an_empty_data_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ControlListDataError, match="no list folders found"):
        load_control_lists(tmp_path)


def test_the_shipped_lists_load() -> None:
    lists = load_control_lists()
    assert {lst.id for lst in lists.lists} >= {"cwc"}
    for entry in lists:
        assert entry.source.verified_on is not None
        assert entry.source.revision
