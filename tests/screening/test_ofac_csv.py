"""The OFAC legacy CSV importer on the real SDN and non-SDN files, and its refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from nonpro.core.errors import InvalidInputError
from nonpro.screening.entry import BirthDate, Identifier, NameQuality, Schema
from nonpro.screening.importers.ofac_csv import read_ofac_csv
from nonpro.screening.importers.ofac_remarks import read_remarks
from nonpro.screening.importers.parsed_list import ParsedList
from tests.screening.conftest import OFAC_2021, OFAC_CONSOLIDATED, SANCTIONS, copy_with


def test_sdn_trio_counts(sdn_list: ParsedList) -> None:
    assert sdn_list.counts() == {"entity": 3673, "person": 4620, "vessel": 406, "aircraft": 277}


def test_a_bank_with_its_aliases_and_addresses(sdn_list: ParsedList) -> None:
    bank = next(e for e in sdn_list.entries if e.entry_id == "306")
    assert [n.full for n in bank.names] == ["BANCO NACIONAL DE CUBA", "NATIONAL BANK OF CUBA", "BNC"]
    assert bank.names[2].quality is NameQuality.WEAK
    assert bank.programmes == ("CUBA",)
    assert bank.countries == ("CH", "ES", "JP", "PA")
    assert bank.addresses[0].text == "Zweierstrasse 35, Zurich CH-8022, Switzerland"


def test_vessels_carry_their_imo_number(sdn_list: ParsedList) -> None:
    vessels = [e for e in sdn_list.entries if e.schema is Schema.VESSEL]
    with_imo = [e for e in vessels if any(i.kind == "imo" for i in e.identifiers)]
    assert len(with_imo) > 300


def test_non_sdn_consolidated_list() -> None:
    parsed = read_ofac_csv(
        "ofac-consolidated",
        OFAC_CONSOLIDATED / "cons_prim.csv",
        OFAC_CONSOLIDATED / "cons_alt.csv",
        OFAC_CONSOLIDATED / "cons_add.csv",
    )
    assert parsed.counts() == {"person": 79, "entity": 363}
    haniya = next(e for e in parsed.entries if e.entry_id == "9639")
    assert haniya.primary_name == "HANIYA, Ismail Abdul Salah"
    assert "HANIYYA, Ismaeel" in [n.full for n in haniya.names]
    assert haniya.birth_dates == (BirthDate("1962"),)
    assert haniya.birth_places == ("Shati",)


def test_primary_file_alone_on_consecutive_days() -> None:
    before = read_ofac_csv("ofac-sdn", SANCTIONS / "ofac" / "2024-05-02" / "sdn.csv")
    after = read_ofac_csv("ofac-sdn", SANCTIONS / "ofac" / "2024-05-03" / "sdn.csv")
    assert before.counts()["aircraft"] == 383
    assert after.counts()["aircraft"] == 376
    assert before.checksum != after.checksum


def test_remarks_yield_dates_places_documents_and_weak_aliases() -> None:
    facts = read_remarks(
        "DOB 12 Jan 1970; alt. DOB circa 1965; POB Tehran, Iran; nationality Iran; Passport A123 (Iran); "
        "National ID No. 55 (Iraq); Vessel Registration Identification IMO 9187629; a.k.a. 'BNC'."
    )
    assert facts.birth_dates == [BirthDate("1970-01-12"), BirthDate("1965", approximate=True)]
    assert facts.birth_places == ["Tehran, Iran"]
    assert facts.nationalities == ["Iran"]
    assert Identifier("passport", "A123", "IR") in facts.identifiers
    assert Identifier("national id", "55", "IQ") in facts.identifiers
    assert Identifier("imo", "9187629") in facts.identifiers
    assert facts.weak_aliases == ["BNC"]


def test_a_short_row_is_refused_with_its_line(tmp_path: Path) -> None:
    short_first_row = (",-0- ,-0- ,-0- \r\n173,", ",-0- \r\n173,")
    broken = copy_with(OFAC_2021 / "sdn.csv", tmp_path / "sdn.csv", *short_first_row)
    with pytest.raises(InvalidInputError) as refused:
        read_ofac_csv("ofac-sdn", broken)
    assert [str(p) for p in refused.value.problems] == [
        "sdn.csv line 1: 10 fields (expected 12 fields in a primary file)"
    ]


def test_an_unknown_type_is_refused(tmp_path: Path) -> None:
    broken = copy_with(OFAC_2021 / "sdn.csv", tmp_path / "sdn.csv", '"individual"', '"robot"')
    with pytest.raises(InvalidInputError) as refused:
        read_ofac_csv("ofac-sdn", broken)
    assert "SDN_Type 'robot' is unknown" in str(refused.value.problems[0])


def test_aliases_of_a_missing_entry_are_refused(tmp_path: Path) -> None:
    aliases = tmp_path / "alt.csv"
    aliases.write_text('999999999,1,"aka","NOBODY",-0- \r\n', encoding="utf-8")
    with pytest.raises(InvalidInputError) as refused:
        read_ofac_csv("ofac-sdn", OFAC_2021 / "sdn.csv", aliases)
    assert "ent_num 999999999 has aliases but no primary row" in str(refused.value.problems[0])
