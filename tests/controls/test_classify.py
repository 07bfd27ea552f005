"""Classification by id, CAS number, free text and technical parameters, and an entry's context."""

from __future__ import annotations

import pytest

from nonpro.controls.classify import classify_cas, classify_id, classify_text
from nonpro.controls.context import entry_context
from nonpro.controls.control_lists import ControlLists
from nonpro.controls.thresholds import Outcome, Verdict, check_thresholds, parse_assignments
from nonpro.core.errors import InvalidInputError, NotFoundError


@pytest.mark.parametrize("spelling", ["nsg2:3.A.1", "NSG2:3a1", "nsg2 : 3 A 1", "nsg2:3.a.01"])
def test_an_id_in_any_spelling_finds_the_canonical_entry(shipped: ControlLists, spelling: str) -> None:
    assert shipped.entry(spelling).id == "nsg2:3.A.1"


@pytest.mark.parametrize("spelling", ["3A225", "3 A 225", "eu:3a225", "us:3A225", "3a225"])
def test_eu_and_us_codes_find_the_regime_entry(shipped: ControlLists, spelling: str) -> None:
    result = classify_id(shipped, spelling)
    assert [c.entry.id for c in result.candidates] == ["nsg2:3.A.1"]
    assert result.candidates[0].why[0] in {"EU Annex I code 3A225", "US ECCN 3A225"}


@pytest.mark.parametrize("spelling", ["1C350.b.1", "1C350 b 1", "1c350B1", "us:1C350.b.1"])
def test_a_ccl_item_is_found_in_any_spelling(with_ccl: ControlLists, spelling: str) -> None:
    ids = [c.entry.id for c in classify_id(with_ccl, spelling).candidates]
    assert ids == ["ag-cw:31", "cwc:2.B.7", "us-ccl:1C350.b.1"]


def test_an_ambiguous_bare_code_names_the_choices(shipped: ControlLists) -> None:
    with pytest.raises(InvalidInputError, match=r"names 2 entries: cwc:3\.A, nsg2:3\.A"):
        shipped.entry("3.A")


@pytest.mark.parametrize("text", ["", "???", "sarin", "nsg2:"])
def test_a_malformed_id_says_what_an_id_looks_like(shipped: ControlLists, text: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        shipped.entry(text)
    assert "nsg2:3.A.1" in caught.value.expected


def test_an_unknown_id_is_not_found(shipped: ControlLists) -> None:
    with pytest.raises(NotFoundError, match=r"no entry has the id 'cwc:9\.Z\.9'"):
        shipped.entry("cwc:9.Z.9")


def test_a_cas_number_gives_the_cwc_schedule(shipped: ControlLists) -> None:
    result = classify_cas(shipped, "107-44-8")
    assert [(c.entry.id, c.why) for c in result.candidates] == [
        ("cwc:1.A.1", ("lists CAS 107-44-8 (schedule 1)",))
    ]


def test_a_cas_number_gives_the_cwc_schedule_and_the_australia_group_entry(shipped: ControlLists) -> None:
    result = classify_cas(shipped, "111-48-8")
    assert [(c.entry.id, c.why) for c in result.candidates] == [
        ("ag-cw:1", ("lists CAS 111-48-8",)),
        ("cwc:2.B.13", ("lists CAS 111-48-8 (schedule 2)",)),
    ]


def test_a_cas_number_also_finds_the_ccl_item_when_imported(with_ccl: ControlLists) -> None:
    ids = [c.entry.id for c in classify_cas(with_ccl, "7719-12-2").candidates]
    assert ids == ["ag-cw:7", "cwc:3.B.6", "us-ccl:1C350.c.6"]


def test_a_cas_number_with_a_wrong_check_digit_is_refused(shipped: ControlLists) -> None:
    with pytest.raises(
        InvalidInputError, match="check digit of 107-44-7 is 7, but the digits before it give 8"
    ):
        classify_cas(shipped, "107-44-7")


def test_a_valid_cas_number_on_no_list_has_no_candidates(shipped: ControlLists) -> None:
    assert classify_cas(shipped, "7732-18-5").candidates == ()


def test_free_text_ranks_the_frequency_changer_first_and_says_why(shipped: ControlLists) -> None:
    result = classify_text(shipped, "frequency changer with 3-phase output at 800 Hz")
    best = result.candidates[0]
    assert best.entry.id == "nsg2:3.A.1"
    assert "matched 'frequency'" in best.why
    assert "matched 'changer'" in best.why


def test_free_text_finds_a_chemical_by_name(shipped: ControlLists) -> None:
    best = classify_text(shipped, "thiodiglycol").candidates[:2]
    assert {c.entry.id for c in best} == {"ag-cw:1", "cwc:2.B.13"}


def test_free_text_must_not_be_empty(shipped: ControlLists) -> None:
    with pytest.raises(InvalidInputError, match="the description is empty"):
        classify_text(shipped, "  ")


def test_a_frequency_changer_at_800_hz_and_50_va_is_undetermined_without_frequency_control(
    shipped: ControlLists,
) -> None:
    check = check_thresholds(shipped.entry("nsg2:3.A.1"), {"frequency_hz": 800, "power_va": 50})
    assert check.verdict is Verdict.UNDETERMINED
    assert check.named(Outcome.MET) == ["power_va", "frequency_hz"]
    assert check.named(Outcome.NOT_GIVEN) == ["frequency_control_percent"]


def test_all_thresholds_met_is_controlled_and_one_missed_is_not(shipped: ControlLists) -> None:
    entry = shipped.entry("nsg2:3.A.1")
    met = {"frequency_hz": 800, "power_va": 50, "frequency_control_percent": 0.1}
    assert check_thresholds(entry, met).verdict is Verdict.CONTROLLED
    slow = met | {"frequency_hz": 400}
    check = check_thresholds(entry, slow)
    assert check.verdict is Verdict.NOT_CONTROLLED
    assert check.named(Outcome.MISSED) == ["frequency_hz"]
    exactly = met | {"frequency_control_percent": 0.2}
    assert check_thresholds(entry, exactly).verdict is Verdict.NOT_CONTROLLED


def test_an_unknown_parameter_lists_the_entrys_parameters(shipped: ControlLists) -> None:
    with pytest.raises(InvalidInputError) as caught:
        check_thresholds(shipped.entry("nsg2:3.A.1"), {"voltage_v": 400})
    assert "no parameter 'voltage_v'" in caught.value.what
    assert "frequency_hz (operating frequency, in Hz)" in caught.value.expected


def test_an_entry_without_thresholds_is_refused(shipped: ControlLists) -> None:
    with pytest.raises(InvalidInputError, match=r"cwc:1\.A\.1 has no published thresholds"):
        check_thresholds(shipped.entry("cwc:1.A.1"), {"frequency_hz": 1})


def test_parameter_assignments_are_parsed_and_bad_ones_all_reported() -> None:
    assert parse_assignments(["frequency_hz=800", " power_va = 50"]) == {"frequency_hz": 800, "power_va": 50}
    with pytest.raises(InvalidInputError) as caught:
        parse_assignments(["frequency_hz", "power_va=fifty"])
    assert len(caught.value.problems) == 2
    assert caught.value.expected == "NAME=NUMBER, e.g. frequency_hz=800"


def test_context_gives_parents_siblings_correspondences_and_guidelines(with_ccl: ControlLists) -> None:
    context = entry_context(with_ccl, with_ccl.entry("cwc:2.B.7"))
    assert [e.id for e in context.parents] == ["cwc:2.B", "cwc:2"]
    assert len(context.siblings) == 10
    assert [e.id for e in context.corresponding] == ["us-ccl:1C350.b.1", "ag-cw:31"]
    assert any("Part VII" in g for g in context.guidelines)
