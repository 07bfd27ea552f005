"""Matching v1: normalisation, name comparison across scripts, secondary facts, identifiers, bad queries."""

from __future__ import annotations

import pytest

from nonpro.core.errors import InvalidInputError
from nonpro.screening.entry import BirthDate, Entry, Identifier, ListedName, NameKind, NameQuality, Schema
from nonpro.screening.importers.parsed_list import ParsedList
from nonpro.screening.logic_v1.names import compare_names
from nonpro.screening.name_form import name_form
from nonpro.screening.query import MAX_NAME_LENGTH, party_query
from nonpro.screening.screener import THRESHOLD, Screener


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("OAO Gazprom", ("gazprom",)),
        ("FABERLIC EUROPE Sp. z o.o.", ("faberlic", "europe")),
        ("TACTICAL MISSILES CORPORATION JOINT STOCK COMPAN", ("tactical", "missiles")),
        ("Brigade Forty-Four", ("brigade", "44")),
        ("I9or Sech1n", ("igor", "sechin")),
        ("Mr. Rami Makhlouf", ("rami", "makhlouf")),
        ("Сергей Лавров", ("sergey", "lavrov")),
        ("习近平", ("xi", "jin", "ping")),
        ("김정은", ("kim", "jong", "un")),
        ("صدام حسين التكريتي", ("sdm", "hsyn", "al", "tkryty")),
    ],
)
def test_names_are_normalised(name: str, tokens: tuple[str, ...]) -> None:
    assert name_form(name).tokens == tokens


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Isa Ben Tarif AL BEN ALI", "Shaikh Isa Bin Tarif Al Bin Ali"),
        ("Hans J Friedrich", "Hans Joachim Friedrich"),
        ("Alexandr Lukashnko", "Alexander Lukashenko"),
        ("Vladimir nitPu", "Vladimir Putin"),
        ("Jan Daniel Bothma", "JanDaniel Bothma"),
        ("Stripe LLC", "Stripe Limited Liability Company"),
        ("PLA", "People's Liberation Army"),
        ("Сергей Лавров", "Sergey Viktorovich LAVROV"),
        ("习近平", "XI Jinping"),
        ("김정은", "KIM JONG UN"),
        ("حسین موسوی", "Hossein Mousavi"),
        ("صدام حسين التكريتي", "SADDAM HUSSEIN AL-TIKRITI"),
    ],
)
def test_same_party_scores_above_threshold(query: str, listed: str) -> None:
    entity = query in ("Stripe LLC", "PLA")
    assert compare_names(name_form(query), name_form(listed), entity=entity).score >= THRESHOLD


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Hans O Friedrich", "Hans Joachim Friedrich"),
        ("Barack Obama", "George Hussein Onyango Obama"),
        ("Hafez Makhlouf", "Rami Makhlouf"),
        ("Vita Klave", "Фуад Гулієв"),
        ("Frank Richter", "Frederik Richter"),
        ("N.N.", "Nursultan Nazarbayev"),
    ],
)
def test_different_parties_score_below_threshold(query: str, listed: str) -> None:
    assert compare_names(name_form(query), name_form(listed)).score < THRESHOLD


def test_a_match_says_which_tokens_paired_and_how() -> None:
    match = compare_names(name_form("Alexandr Lukashnko"), name_form("Alexander Lukashenko"))
    assert [(p.query, p.listed, p.how) for p in match.pairs] == [
        ("lukashnko", "lukashenko", "fuzzy"),
        ("alexandr", "alexander", "phonetic"),
    ]


@pytest.fixture(scope="module")
def un_screener(un_list: ParsedList) -> Screener:
    return Screener(un_list.entries)


def test_a_listed_person_is_found_with_an_explanation(un_screener: Screener) -> None:
    hits = un_screener.screen(party_query("Ri Won-ho", dob="1964-07-17", countries=("KP",)))
    assert hits[0].entry.reference == "KPi.033"
    assert hits[0].score == 1.0
    assert hits[0].algorithm == "v1"
    assert hits[0].how == "exact"
    assert [fact.feature for fact in hits[0].facts] == ["birth_date_matches", "country_matches"]
    assert hits[0].facts[0].explanation == "The date of birth given is one the list records for this entry."


def test_a_name_in_arabic_script_finds_the_latin_entry(un_screener: Screener) -> None:
    hits = un_screener.screen(party_query("صدام حسين التكريتي"))
    assert hits[0].entry.reference == "IQi.001"


def test_a_korean_name_in_hangul_finds_the_dprk_official(un_screener: Screener) -> None:
    hits = un_screener.screen(party_query("리원호"))
    assert hits[0].entry.reference == "KPi.033"
    assert hits[0].how == "transliterated"


def test_a_contradicting_date_of_birth_drops_the_hit(un_screener: Screener) -> None:
    assert un_screener.screen(party_query("Ri Won Ho", dob="1990-01-01")) == []
    near = un_screener.score_candidates(party_query("Ri Won Ho", dob="1990-01-01"))
    assert near[0].entry.reference == "KPi.033"
    assert "birth_date_contradicts" in [fact.feature for fact in near[0].facts]


def test_a_different_kind_of_party_scores_lower(un_screener: Screener) -> None:
    person = un_screener.screen(party_query("Ri Won Ho", schema="person"))[0].score
    assert un_screener.score_candidates(party_query("Ri Won Ho", schema="vessel"))[0].score < person


def test_weak_aliases_weigh_less(un_screener: Screener) -> None:
    hit = un_screener.score_candidates(party_query("Abu Ali"))
    saddam = next(h for h in hit if h.entry.reference == "IQi.001")
    assert saddam.listed_name == ListedName("Abu Ali", NameKind.ALIAS, NameQuality.WEAK)
    assert saddam.score == pytest.approx(0.9)


def test_an_exact_identifier_is_decisive() -> None:
    vessel = Entry(
        "test",
        "1",
        Schema.VESSEL,
        (ListedName("CHONG CHON GANG"),),
        identifiers=(Identifier("imo", "7937317"),),
    )
    screener = Screener([vessel])
    hits = screener.screen(party_query("Blue Star", schema="vessel", identifiers=("imo:7937317",)))
    assert hits[0].score == 1.0
    assert hits[0].how == "identifier"


def test_birth_years_in_ranges_agree() -> None:
    entry = Entry(
        "test",
        "1",
        Schema.PERSON,
        (ListedName("Amir Tavakoli"),),
        birth_dates=(BirthDate(from_year=1960, to_year=1962),),
    )
    hit = Screener([entry]).screen(party_query("Amir Tavakoli", dob="1961-03-02"))[0]
    assert [fact.feature for fact in hit.facts] == ["birth_date_matches"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("   ", "the name is empty"),
        ("x" * (MAX_NAME_LENGTH + 1), f"the name is {MAX_NAME_LENGTH + 1} characters long"),
        ("Ri Won\x00Ho", "the name holds control characters"),
        ("Ri\u202eWon", "the name holds control characters"),
        ("---", "the name has no letters or digits"),
    ],
)
def test_unusable_queries_are_refused(name: str, message: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        party_query(name)
    assert refused.value.what == message


def test_persian_joiners_are_allowed() -> None:
    assert party_query("مسعود پزشک\u200cفر").name == "مسعود پزشک\u200cفر"
