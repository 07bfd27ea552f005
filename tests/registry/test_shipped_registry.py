"""The shipped registry data: it loads whole, and the facts a reviewer checks first are right."""

from __future__ import annotations

from datetime import date

import pytest

from nonpro.registry.registry_loader import registry
from nonpro.registry.registry_model import Registry
from nonpro.registry.status import Status

END_2025 = date(2025, 12, 31)


@pytest.fixture(scope="module")
def shipped() -> Registry:
    return registry()


def status(reg: Registry, instrument: str, code: str, day: date = END_2025) -> Status:
    return reg.status(instrument, reg.states.get(code), day).status


def test_russia_revoked_its_ctbt_ratification_in_november_2023(shipped: Registry) -> None:
    assert status(shipped, "ctbt", "RU", date(2023, 11, 1)) is Status.PARTY
    assert status(shipped, "ctbt", "RU", date(2023, 11, 2)) is Status.SIGNATORY


def test_ctbt_annex_2_has_44_states_and_the_treaty_is_not_in_force(shipped: Registry) -> None:
    ctbt = shipped.instrument("ctbt")
    assert len(ctbt.annex_2_states) == 44
    assert {"US", "CN", "IN", "PK", "KP", "IL", "IR", "EG", "RU"} <= set(ctbt.annex_2_states)
    assert ctbt.entry_into_force is None
    detail = shipped.status("ctbt", shipped.states.get("FR"), END_2025).detail
    assert detail == "ratification deposited; the treaty is not in force"


def test_the_dprk_npt_withdrawal_is_recorded_as_contested(shipped: Registry) -> None:
    derived = shipped.status("npt", shipped.states.get("KP"), END_2025)
    assert derived.status is Status.UNCERTAIN
    assert "contested" in derived.detail
    assert [e.type.value for e in derived.events][-1] == "withdrawal"


@pytest.mark.parametrize("code", ["IN", "IL", "PK", "SS"])
def test_the_four_states_that_never_joined_the_npt(shipped: Registry, code: str) -> None:
    assert status(shipped, "npt", code) is Status.NOT_PARTY


def test_cwc_outsiders_and_schedule_2_boundary_dates(shipped: Registry) -> None:
    outsiders = {
        s.alpha2: status(shipped, "cwc", s.alpha2) for s in shipped.states if s.un_status.value != "none"
    }
    assert sorted(c for c, st in outsiders.items() if st is not Status.PARTY) == ["EG", "IL", "KP", "SS"]
    assert outsiders["IL"] is Status.SIGNATORY
    # A late joiner is bound on the 30th day after deposit (CWC Article XXI(2)): Syria deposited 2013-09-14.
    assert status(shipped, "cwc", "SY", date(2013, 10, 13)) is not Status.PARTY
    assert status(shipped, "cwc", "SY", date(2013, 10, 14)) is Status.PARTY


def test_tpnw_parties_at_the_end_of_2025(shipped: Registry) -> None:
    view = [s for s in shipped.states if status(shipped, "tpnw", s.alpha2) is Status.PARTY]
    assert {"CK", "NU"} <= {s.alpha2 for s in view}
    assert len(view) == 74  # as on the depositary record; Ghana (deposit 2025-09-26) is bound from 2025-12-25
    assert status(shipped, "tpnw", "GH", date(2025, 12, 24)) is Status.SIGNATORY


def test_nsg_has_48_participating_governments(shipped: Registry) -> None:
    members = [s for s in shipped.states if status(shipped, "nsg", s.alpha2) is Status.MEMBER]
    assert len(members) == 48


def test_the_athens_declaration_was_subscribed_by_the_56_osce_states_of_2009(shipped: Registry) -> None:
    subscribers = {
        s.alpha2 for s in shipped.states if status(shipped, "osce-athens-2009", s.alpha2) is Status.MEMBER
    }
    assert len(subscribers) == 56
    assert "MN" not in subscribers  # Mongolia joined the OSCE in 2012
    assert {"US", "RU", "KZ", "VA", "GR"} <= subscribers


def test_every_instrument_has_both_names_and_a_verified_source(shipped: Registry) -> None:
    for instrument in shipped.instruments.values():
        assert instrument.name.en
        assert instrument.name.fr
        assert instrument.source.verified_on <= date(2026, 11, 28)


def test_every_event_carries_a_verified_source(shipped: Registry) -> None:
    for record in shipped.records.values():
        for event in record.events:
            assert event.source.verified_on >= date(2026, 1, 1)
            assert event.date <= shipped.as_of
