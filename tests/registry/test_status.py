"""Status derived from events, on either side of every date that changes it."""

from __future__ import annotations

from datetime import date

import pytest

from nonpro.registry.registry_model import Registry
from nonpro.registry.status import Status


@pytest.mark.parametrize(
    ("instrument", "code", "day", "status", "since"),
    [
        ("treaty-x", "DE", date(1969, 11, 27), Status.NOT_PARTY, None),
        ("treaty-x", "DE", date(1969, 11, 28), Status.SIGNATORY, date(1969, 11, 28)),
        ("treaty-x", "DE", date(1975, 5, 2), Status.PARTY, date(1975, 5, 2)),
        ("treaty-x", "KP", date(2003, 1, 10), Status.PARTY, date(1985, 12, 12)),
        ("treaty-x", "KP", date(2003, 1, 11), Status.WITHDRAWN, date(2003, 1, 11)),
        ("treaty-x", "IN", date(2025, 1, 1), Status.NOT_PARTY, None),
        ("treaty-x", "US", date(1970, 3, 5), Status.PARTY, date(1970, 3, 5)),
        ("treaty-y", "RU", date(2023, 11, 1), Status.PARTY, date(2000, 6, 30)),
        ("treaty-y", "RU", date(2023, 11, 2), Status.SIGNATORY, date(2023, 11, 2)),
        ("treaty-y", "US", date(2025, 1, 1), Status.SIGNATORY, date(1996, 9, 24)),
        ("treaty-y", "VA", date(2025, 1, 1), Status.UNCERTAIN, None),
        ("agreement-z", "DE", date(1977, 2, 20), Status.SIGNATORY, date(1973, 4, 5)),
        ("agreement-z", "DE", date(1977, 2, 21), Status.IN_FORCE, date(1977, 2, 21)),
        ("agreement-z", "FR", date(2025, 1, 1), Status.NOT_IN_FORCE, None),
        ("regime-r", "RU", date(2022, 2, 28), Status.MEMBER, date(1978, 1, 1)),
        ("regime-r", "RU", date(2022, 3, 1), Status.NOT_MEMBER, date(2022, 3, 1)),
        ("regime-r", "FR", date(2025, 1, 1), Status.NOT_MEMBER, None),
        # A state that joined before entry into force is party from the treaty's entry into force.
        ("treaty-c", "DE", date(1997, 4, 28), Status.SIGNATORY, date(1993, 1, 13)),
        ("treaty-c", "DE", date(1997, 4, 29), Status.PARTY, date(1997, 4, 29)),
        # A late joiner is party on the 30th day after its deposit (Article XXI(2)), not before.
        ("treaty-c", "RU", date(1997, 12, 4), Status.SIGNATORY, date(1993, 1, 13)),
        ("treaty-c", "RU", date(1997, 12, 5), Status.PARTY, date(1997, 12, 5)),
        ("treaty-c", "PS", date(2018, 6, 15), Status.NOT_PARTY, None),
        ("treaty-c", "PS", date(2018, 6, 16), Status.PARTY, date(2018, 6, 16)),
    ],
)
def test_status_on_a_date(
    fixture_registry: Registry, instrument: str, code: str, day: date, status: Status, since: date | None
) -> None:
    derived = fixture_registry.status(instrument, fixture_registry.states.get(code), day)
    assert (derived.status, derived.since) == (status, since)


def test_a_ratification_of_a_treaty_not_in_force_says_so(fixture_registry: Registry) -> None:
    derived = fixture_registry.status("treaty-y", fixture_registry.states.get("DE"), date(2025, 1, 1))
    assert derived.status is Status.PARTY
    assert derived.detail == "ratification deposited; the treaty is not in force"


def test_an_early_ratifier_is_party_from_the_treatys_entry_into_force(fixture_registry: Registry) -> None:
    derived = fixture_registry.status("treaty-x", fixture_registry.states.get("RU"), date(1980, 1, 1))
    assert derived.since == date(1970, 3, 5)


def test_uncertainty_is_reported_with_its_reason(fixture_registry: Registry) -> None:
    derived = fixture_registry.status("treaty-y", fixture_registry.states.get("VA"), date(2025, 1, 1))
    assert derived.detail.startswith("the fixture cannot say (records show: not_party")


def test_the_events_a_status_rests_on_carry_their_sources(fixture_registry: Registry) -> None:
    derived = fixture_registry.status("treaty-x", fixture_registry.states.get("KP"), date(2025, 1, 1))
    assert [e.type.value for e in derived.events] == ["accession", "withdrawal_notice", "withdrawal"]
    assert {e.source.document for e in derived.events} == {"Fixture depositary record"}


def test_a_late_joiner_before_its_entry_into_force_says_when_it_will_be_bound(
    fixture_registry: Registry,
) -> None:
    derived = fixture_registry.status("treaty-c", fixture_registry.states.get("PS"), date(2018, 6, 1))
    assert (
        derived.detail
        == "accession deposited 2018-05-17, not yet in force for it: from 2018-06-16 (Article XXI(2))"
    )
