"""The UN Consolidated List importer on the real file, and its refusals on broken copies."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from nonpro.core.errors import InvalidInputError
from nonpro.screening.entry import BirthDate, Identifier, NameKind, NameQuality, Schema
from nonpro.screening.importers.parsed_list import ParsedList
from nonpro.screening.importers.un_xml import read_un_xml
from tests.screening.conftest import UN_XML, copy_with


def test_every_individual_and_entity_is_read(un_list: ParsedList) -> None:
    assert un_list.counts() == {"person": 730, "entity": 273}
    assert un_list.published == date(2026, 2, 27)
    assert len(un_list.checksum) == 64


def test_a_dprk_official_keeps_his_passport_and_date_of_birth(un_list: ParsedList) -> None:
    entry = next(e for e in un_list.entries if e.reference == "KPi.033")
    assert entry.primary_name == "RI WON HO"
    assert entry.birth_dates == (BirthDate("1964-07-17"),)
    assert Identifier("passport", "381310014") in entry.identifiers
    assert entry.countries == ("KP",)
    assert entry.programmes == ("DPRK",)
    assert entry.listed_on == date(2016, 11, 30)


def test_original_script_names_and_low_quality_aliases_are_kept(un_list: ParsedList) -> None:
    entry = next(e for e in un_list.entries if e.reference == "IQi.001")
    assert entry.primary_name == "SADDAM HUSSEIN AL-TIKRITI"
    original = [name for name in entry.names if name.original_script]
    assert [name.full for name in original] == ["صدام حسين التكريتي"]
    weak = [name.full for name in entry.names if name.quality is NameQuality.WEAK]
    assert weak == ["Abu Ali"]
    assert all(name.kind is NameKind.ALIAS for name in entry.names if name.quality is NameQuality.WEAK)
    assert entry.birth_places == ("al-Awja, near Tikrit, Iraq",)


def test_dates_of_birth_in_every_published_form(un_list: ParsedList) -> None:
    between = next(e for e in un_list.entries if e.reference == "CDi.030")
    assert between.birth_dates == (BirthDate(from_year=1973, to_year=1974),)
    omar = next(e for e in un_list.entries if e.reference == "TAi.004")
    assert BirthDate("1966", approximate=True) in omar.birth_dates
    assert omar.birth_dates[0].years() == (1965, 1967)


def test_imo_numbers_in_comments_become_identifiers(un_list: ParsedList) -> None:
    entry = next(e for e in un_list.entries if e.reference == "KPe.022")
    assert entry.schema is Schema.ENTITY
    assert Identifier("imo", "5342883") in entry.identifiers


def test_a_record_without_a_number_is_refused_with_its_element_number(tmp_path: Path) -> None:
    broken = copy_with(UN_XML, tmp_path / "un.xml", "<DATAID>6907994</DATAID>", "<DATAID>x</DATAID>")
    with pytest.raises(InvalidInputError) as refused:
        read_un_xml(broken)
    assert [str(p) for p in refused.value.problems] == [
        "un.xml INDIVIDUAL #2: DATAID 'x' is missing or not a number (expected a whole number)"
    ]


def test_a_bad_date_of_birth_type_is_refused(tmp_path: Path) -> None:
    broken = copy_with(UN_XML, tmp_path / "un.xml", "<TYPE_OF_DATE>EXACT", "<TYPE_OF_DATE>SOMETIME")
    with pytest.raises(InvalidInputError) as refused:
        read_un_xml(broken)
    assert "INDIVIDUAL #1 (DATAID 6907993) INDIVIDUAL_DATE_OF_BIRTH #1" in str(refused.value.problems[0])


def test_truncated_xml_is_refused_with_its_line(tmp_path: Path) -> None:
    truncated = tmp_path / "un.xml"
    truncated.write_bytes(UN_XML.read_bytes()[:5000])
    with pytest.raises(InvalidInputError) as refused:
        read_un_xml(truncated)
    assert "not well-formed XML" in str(refused.value.problems[0])
    assert str(refused.value.problems[0]).startswith("un.xml line ")
