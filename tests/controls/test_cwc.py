"""The CWC schedules as shipped: every numbered item, the 2020 additions, and valid CAS numbers."""

from __future__ import annotations

from datetime import date

import pytest

from nonpro.controls.cas import cas_problem
from nonpro.controls.control_lists import ControlLists
from nonpro.controls.loader import control_lists


@pytest.fixture(scope="module")
def lists() -> ControlLists:
    return control_lists()


def test_every_numbered_item_of_the_three_schedules_is_present(lists: ControlLists) -> None:
    items = {e.code for e in lists.control_list("cwc").entries if e.code.count(".") == 2}
    schedule_1 = {f"1.A.{n}" for n in (*range(1, 9), 13, 14, 15, 16)} | {f"1.B.{n}" for n in range(9, 13)}
    schedule_2 = {f"2.A.{n}" for n in range(1, 4)} | {f"2.B.{n}" for n in range(4, 15)}
    schedule_3 = {f"3.A.{n}" for n in range(1, 5)} | {f"3.B.{n}" for n in range(5, 18)}
    assert items == schedule_1 | schedule_2 | schedule_3


def test_the_2019_additions_are_in_force_from_7_june_2020(lists: ControlLists) -> None:
    cwc = lists.control_list("cwc")
    assert cwc.effective == date(2020, 6, 7)
    assert "C-24/DEC.4" in cwc.source.revision
    assert "C-24/DEC.5" in cwc.source.revision
    assert lists.entry("cwc:1.A.13").cas == ("2387495-99-8", "2387496-12-8")


def test_every_cas_number_has_a_valid_check_digit(lists: ControlLists) -> None:
    numbers = [cas for entry in lists.control_list("cwc").entries for cas in entry.cas]
    assert len(numbers) == 59
    assert [n for n in numbers if cas_problem(n) is not None] == []


@pytest.mark.parametrize(
    ("cas", "entry_id", "category"),
    [
        ("107-44-8", "cwc:1.A.1", "1"),
        ("505-60-2", "cwc:1.A.4", "1"),
        ("7784-34-1", "cwc:2.B.7", "2"),
        ("111-48-8", "cwc:2.B.13", "2"),
        ("10025-87-3", "cwc:3.B.5", "3"),
        ("102-71-6", "cwc:3.B.17", "3"),
    ],
)
def test_cas_numbers_find_their_schedule(lists: ControlLists, cas: str, entry_id: str, category: str) -> None:
    found = [e for e in lists.by_cas(cas) if e.list_id == "cwc"]
    assert [(e.id, e.category) for e in found] == [(entry_id, category)]
