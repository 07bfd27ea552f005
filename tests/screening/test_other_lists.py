"""The BIS Denied Persons List, the US Consolidated Screening List and the national list format."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from nonpro.core.errors import InvalidInputError
from nonpro.screening.entry import BirthDate, Identifier, NameQuality, Schema
from nonpro.screening.importers.bis_dpl import read_bis_dpl
from nonpro.screening.importers.dates import birth_date
from nonpro.screening.importers.national import read_national
from nonpro.screening.importers.us_csl import read_us_csl
from tests.screening.conftest import SANCTIONS, copy_with

DPL = SANCTIONS / "bis" / "dpl-2022.txt"
CSL = SANCTIONS / "us-csl" / "csl-excerpt.csv"


def test_denied_persons_list() -> None:
    parsed = read_bis_dpl(DPL)
    # 581 data rows; two rows repeat another row's name, address and effective date exactly.
    assert len(parsed.entries) == 579
    villa = next(e for e in parsed.entries if e.primary_name == "AARON ABRAHAM VILLA")
    assert villa.schema is Schema.PERSON
    assert villa.listed_on == date(2022, 8, 24)
    assert villa.reference == "87 F.R. 52741 8/29/2022"
    assert villa.addresses[0].text == "3415 RIVERA AVENUE, EL PASO, TX, 79905"


def test_denied_persons_list_ids_are_stable() -> None:
    assert [e.entry_id for e in read_bis_dpl(DPL).entries] == [e.entry_id for e in read_bis_dpl(DPL).entries]


def test_denied_persons_list_refuses_a_bad_date(tmp_path: Path) -> None:
    broken = copy_with(DPL, tmp_path / "dpl.txt", '"08/24/2022"', '"24.08.2022"')
    with pytest.raises(InvalidInputError) as refused:
        read_bis_dpl(broken)
    assert str(refused.value.problems[0]) == (
        "dpl.txt line 3: Effective_Date '24.08.2022' is not a date (expected MM/DD/YYYY)"
    )


def test_consolidated_screening_list() -> None:
    parsed = read_us_csl(CSL)
    assert parsed.counts() == {"person": 46, "entity": 67, "vessel": 2}
    vessel = next(e for e in parsed.entries if e.primary_name == "ADRIAN DARYA 1")
    assert vessel.schema is Schema.VESSEL
    assert Identifier("imo", "9116412") in vessel.identifiers
    assert [n.full for n in vessel.names] == ["ADRIAN DARYA 1", "GRACE 1"]
    isn = [e for e in parsed.entries if e.programmes[0] == "ISN"]
    assert len(isn) == 3


def test_consolidated_screening_list_refuses_a_missing_column(tmp_path: Path) -> None:
    broken = copy_with(CSL, tmp_path / "csl.csv", "alt_names", "other_names")
    with pytest.raises(InvalidInputError) as refused:
        read_us_csl(broken)
    assert "header lacks alt_names" in str(refused.value.problems[0])


NATIONAL_CSV = """id,name,type,aliases,weak_aliases,dob,nationality,identifiers,programme,listed_on,reference
D-2024-001,Rostam Trading FZE,entity,Rostam General,,,AE,registration:12345:AE,denial,2024-03-01,Order 17
D-2024-002,Kamran Azadi,person,,K. Azadi,1971-05-03|1972,Iran,passport:A123456:IR,denial,2024-03-02,Order 18
"""


def test_national_list_csv(tmp_path: Path) -> None:
    path = tmp_path / "denials.csv"
    path.write_text(NATIONAL_CSV, encoding="utf-8")
    parsed = read_national(path, published=date(2024, 3, 5))
    azadi = parsed.entries[1]
    assert azadi.schema is Schema.PERSON
    assert azadi.names[1].quality is NameQuality.WEAK
    assert azadi.birth_dates == (BirthDate("1971-05-03"), BirthDate("1972"))
    assert azadi.countries == ("IR",)
    assert azadi.identifiers == (Identifier("passport", "A123456", "IR"),)


def test_national_list_json(tmp_path: Path) -> None:
    path = tmp_path / "denials.json"
    document = {"published": "2024-03-05", "entries": [{"id": "1", "name": "Kamran Azadi", "type": "person"}]}
    path.write_text(json.dumps(document), encoding="utf-8")
    parsed = read_national(path)
    assert parsed.published == date(2024, 3, 5)
    assert parsed.entries[0].primary_name == "Kamran Azadi"


def test_national_list_reports_every_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "denials.csv"
    path.write_text(
        NATIONAL_CSV.replace("entity,", "company,").replace("1971-05-03", "May the third"), encoding="utf-8"
    )
    with pytest.raises(InvalidInputError) as refused:
        read_national(path)
    assert [str(p) for p in refused.value.problems] == [
        "denials.csv line 2: type 'company' is unknown (expected person, entity, vessel or aircraft)",
        "denials.csv line 3: dob 'May the third' is not a date of birth "
        "(expected 1971, 1971-05, 1971-05-03 or 1970 to 1972)",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1971", BirthDate("1971")),
        ("12 Jan 1970", BirthDate("1970-01-12")),
        ("Nov. 1973", BirthDate("1973-11")),
        ("circa 1960", BirthDate("1960", approximate=True)),
        ("1960 to 1962", BirthDate(from_year=1960, to_year=1962)),
        ("1971-02-30", None),
        ("1969-7-6", BirthDate("1969-07-06")),
        ("soon", None),
    ],
)
def test_dates_of_birth_as_lists_write_them(text: str, expected: BirthDate | None) -> None:
    assert birth_date(text) == expected
