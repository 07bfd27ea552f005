"""The state table: every ISO 3166-1 country, the 193 UN members and 2 observers, each fact cited."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from nonpro.core.errors import InvalidInputError, NotFoundError
from nonpro.registry.state import UnStatus
from nonpro.registry.state_table import StateTable


def test_every_iso_country_is_there_with_193_members_and_2_observers(states: StateTable) -> None:
    assert len(states) == 249
    counts = Counter(s.un_status for s in states)
    assert counts[UnStatus.MEMBER] == 193
    assert sorted(s.alpha2 for s in states if s.un_status is UnStatus.OBSERVER) == ["PS", "VA"]


@pytest.mark.parametrize(
    ("code", "admitted"),
    [
        ("US", date(1945, 10, 24)),  # an original member
        ("RU", date(1945, 10, 24)),  # continues the USSR's seat
        ("DE", date(1973, 9, 18)),  # both German states admitted the same day
        ("CH", date(2002, 9, 10)),
        ("SS", date(2011, 7, 14)),  # the newest member
        ("ME", date(2006, 6, 28)),
        ("NO", date(1945, 11, 27)),  # 'NO' must not be read as YAML false
    ],
)
def test_admission_dates_of_well_known_members(states: StateTable, code: str, admitted: date) -> None:
    state = states.get(code)
    assert state.un_status is UnStatus.MEMBER
    assert state.un_since == admitted
    assert state.un_admission_year == admitted.year


def test_every_member_has_a_full_admission_date_and_a_source(states: StateTable) -> None:
    members = [s for s in states if s.is_un_member]
    assert all(s.un_since is not None for s in members)
    assert all("un" in s.sources and s.sources["un"].verified_on for s in members)


def test_observers_have_their_own_sources(states: StateTable) -> None:
    palestine = states.get("PSE")
    assert palestine.un_since == date(2012, 11, 29)
    assert palestine.sources["un"].document.startswith("UN General Assembly resolution 67/19")
    assert states.get("va").un_since == date(1964, 4, 6)


def test_taiwan_and_kosovo_are_not_un_states(states: StateTable) -> None:
    assert states.get("TW").un_status is UnStatus.NONE
    with pytest.raises(NotFoundError):
        states.get("XK")  # Kosovo has no ISO 3166-1 code


@pytest.mark.parametrize(
    ("code", "region", "subregion", "intermediate"),
    [
        ("BO", "Americas", "Latin America and the Caribbean", "South America"),
        ("KE", "Africa", "Sub-Saharan Africa", "Eastern Africa"),
        ("EG", "Africa", "Northern Africa", None),
        ("IR", "Asia", "Southern Asia", None),
        ("KP", "Asia", "Eastern Asia", None),
        ("AQ", None, None, None),
    ],
)
def test_m49_regions(
    states: StateTable, code: str, region: str | None, subregion: str | None, intermediate: str | None
) -> None:
    m49 = states.get(code).m49
    assert (m49.region, m49.subregion, m49.intermediate_region) == (region, subregion, intermediate)


def test_codes_are_found_in_any_case_and_either_length(states: StateTable) -> None:
    assert states.get("de") is states.get("DEU") is states.get(" De ")


def test_an_unknown_code_suggests_near_codes_and_where_to_list_them(states: StateTable) -> None:
    with pytest.raises(NotFoundError) as caught:
        states.get("DX")
    assert "no state has the code 'DX'" in caught.value.message
    assert "nonpro states" in caught.value.message


@pytest.mark.parametrize("code", ["", "D", "DEUT", "D3", "ДЕ"])
def test_a_malformed_code_says_what_a_code_looks_like(states: StateTable, code: str) -> None:
    with pytest.raises(InvalidInputError, match="alpha-2 code"):
        states.get(code)


def test_search_ignores_accents_and_case_and_filters_by_standing(states: StateTable) -> None:
    assert [s.alpha2 for s in states.search("cote d'ivoire")] == ["CI"]
    guineas = {s.alpha2 for s in states.search("guinea", UnStatus.MEMBER)}
    assert guineas == {"GN", "GW", "GQ", "PG"}
    assert next(s.alpha2 for s in states.search("fra")) == "FR"


def test_versions_name_the_packages_and_digest_the_data(states: StateTable) -> None:
    names = {v.name: v for v in states.versions}
    assert set(names) == {"iso-3166-1", "un-membership"}
    assert names["iso-3166-1"].version == "pycountry 26.2.16"
    assert all(len(v.sha256) == 64 for v in states.versions)
