"""Registry questions on the fixture data: profile, instrument view, gaps, changes, scorecard, date range."""

from __future__ import annotations

from datetime import date

import pytest

from nonpro.core.errors import InvalidInputError, NotFoundError
from nonpro.registry.queries.changes import changes_between
from nonpro.registry.queries.gaps import gaps
from nonpro.registry.queries.instrument_view import instrument_view
from nonpro.registry.queries.profile import state_profile
from nonpro.registry.queries.scorecard import scorecard
from nonpro.registry.registry_model import Registry
from nonpro.registry.status import Status

DAY = date(2025, 6, 1)


def test_a_profile_lists_every_instrument_with_status_and_sourced_events(fixture_registry: Registry) -> None:
    profile = state_profile(fixture_registry, "kp", DAY)
    assert profile.state.alpha3 == "PRK"
    statuses = {row.id: row.status for row in profile.instruments}
    assert statuses == {
        "treaty-x": Status.WITHDRAWN,
        "treaty-y": Status.NOT_PARTY,
        "treaty-c": Status.NOT_PARTY,
        "agreement-z": Status.IN_FORCE,
        "regime-r": Status.NOT_MEMBER,
        "commitment-c": Status.NOT_MEMBER,
    }
    no_action = next(row for row in profile.instruments if row.id == "treaty-y")
    assert no_action.no_action_source is not None
    assert no_action.no_action_source.document == "Fixture depositary record"


def test_an_instrument_view_counts_each_status_and_filters(fixture_registry: Registry) -> None:
    view = instrument_view(fixture_registry, "treaty-x", DAY)
    assert view.counts == {"party": 6, "not_party": 2, "withdrawn": 1}  # IN, and TW recorded outside the UN
    parties = instrument_view(fixture_registry, "TREATY-X", DAY, Status.WITHDRAWN)
    assert [row.alpha2 for row in parties.states] == ["KP"]


def test_an_unknown_instrument_lists_the_nearest_ids(fixture_registry: Registry) -> None:
    with pytest.raises(
        NotFoundError, match=r"Did you mean treaty-[cxy], treaty-[cxy], treaty-[cxy]\? Valid ids: agreement-z"
    ):
        fixture_registry.instrument("treaty")


def test_gaps_of_a_custom_group(fixture_registry: Registry) -> None:
    found = gaps(fixture_registry, "DE,IN,KP,US", "treaty-x", DAY)
    assert (found.group_size, found.wanted) == (4, Status.PARTY)
    assert [(g.alpha2, g.status) for g in found.gaps] == [("IN", Status.NOT_PARTY), ("KP", Status.WITHDRAWN)]


def test_gaps_of_a_regime_group_follow_membership_on_the_date(fixture_registry: Registry) -> None:
    before = gaps(fixture_registry, "regime-r", "agreement-z", date(2020, 1, 1))
    after = gaps(fixture_registry, "regime-r", "agreement-z", DAY)
    assert before.group_size == 3
    assert after.group_size == 2  # RU left in 2022
    assert [g.alpha2 for g in after.gaps] == ["US"]


def test_an_unknown_group_says_what_groups_exist(fixture_registry: Registry) -> None:
    with pytest.raises(InvalidInputError, match="expected un, un\\+observers, osce, eu"):
        gaps(fixture_registry, "friends", "treaty-x", DAY)


def test_changes_between_two_dates_with_the_events_between(fixture_registry: Registry) -> None:
    found = changes_between(fixture_registry, date(2003, 1, 1), date(2024, 1, 1))
    summary = {(c.alpha2, c.instrument): (c.before, c.after) for c in found.changes}
    assert summary[("KP", "treaty-x")] == (Status.PARTY, Status.WITHDRAWN)
    assert summary[("RU", "treaty-y")] == (Status.PARTY, Status.SIGNATORY)
    assert summary[("RU", "regime-r")] == (Status.MEMBER, Status.NOT_MEMBER)
    ru = next(c for c in found.changes if (c.alpha2, c.instrument) == ("RU", "treaty-y"))
    assert [e.type for e in ru.events] == ["deratification"]


def test_changes_include_a_state_bound_by_the_treatys_delay_without_an_event_in_the_window(
    fixture_registry: Registry,
) -> None:
    found = changes_between(fixture_registry, date(2018, 6, 1), date(2018, 7, 1), "treaty-c")
    assert [(c.alpha2, c.before, c.after, c.events) for c in found.changes] == [
        ("PS", Status.NOT_PARTY, Status.PARTY, [])
    ]


def test_changes_refuse_an_end_before_the_start(fixture_registry: Registry) -> None:
    with pytest.raises(InvalidInputError, match="before the start date"):
        changes_between(fixture_registry, date(2020, 1, 1), date(2010, 1, 1))


def test_scorecard_then_and_now(fixture_registry: Registry) -> None:
    card = scorecard(fixture_registry, "commitment-c", DAY)
    assert card.then == date(2009, 12, 2)
    assert [r.alpha2 for r in card.states] == ["FR", "DE", "RU", "US"]
    totals = {t.instrument: (t.done_then, t.done_now, t.of) for t in card.totals}
    assert totals == {"treaty-x": (4, 4, 4), "agreement-z": (1, 1, 4)}


def test_a_scorecard_needs_a_commitment(fixture_registry: Registry) -> None:
    with pytest.raises(InvalidInputError, match="not a political commitment"):
        scorecard(fixture_registry, "treaty-x", DAY)


@pytest.mark.parametrize("day", [date(1900, 1, 1), date(2030, 1, 1)])
def test_a_date_outside_the_covered_range_names_the_range(fixture_registry: Registry, day: date) -> None:
    with pytest.raises(InvalidInputError, match="expected a date from 1925-06-17 to 2026-11-28"):
        fixture_registry.check_date(day, today=date(2026, 11, 28))
