"""The simulated LEU fuel fabrication plant: deterministic, consistent with the ledger, and detectable."""

from __future__ import annotations

import pytest

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.ledger.closing import close_balances
from nonpro.safeguards.ledger.sequence import balance_covariance, closed_balances, muf_values
from nonpro.safeguards.ledger.transfers import transfers_of
from nonpro.safeguards.simulation.analysis import analyse
from nonpro.safeguards.simulation.loading import load_plant
from nonpro.safeguards.simulation.plant import MBA, REACTOR_MBA, Diversion, simulate_plant
from nonpro.safeguards.statistics.covariance import muf_covariance
from nonpro.safeguards.statistics.page_on_sitmuf import page_on_sitmuf
from nonpro.store.database import Database
from tests.safeguards.conftest import TODAY


def test_the_same_seed_gives_the_same_plant_and_another_seed_another() -> None:
    assert simulate_plant(7).reports == simulate_plant(7).reports
    assert simulate_plant(7).reports != simulate_plant(8).reports


def test_a_year_has_an_opening_pil_then_an_icr_and_a_pil_every_week() -> None:
    plant = simulate_plant(1)
    kinds = [type(r).__name__ for r in plant.reports if r.mba == MBA]
    assert kinds == ["PilSubmission"] + ["IcrSubmission", "PilSubmission"] * 52
    assert [r.number for r in plant.reports if r.mba == REACTOR_MBA] == list(range(1, 53))


def test_the_ledger_closes_the_same_mufs_as_the_statistics(database: Database) -> None:
    plant = simulate_plant(3, Diversion(kg_per_week=10.0, start=20, weeks=10))
    with database.transaction() as session:
        load_plant(session, plant, actor="simulator", today=TODAY)
        closed = close_balances(session, MBA, actor="simulator")
    ledger_mufs = [balances[0].value("MF").element_g / 1000 for _, balances in closed]
    assert [report.number for report, _ in closed] == list(range(1, 53))
    assert ledger_mufs == pytest.approx([w.muf_kg for w in analyse(plant).weeks], abs=1e-6)
    assert [b[0].sigma_muf_g / 1000 for _, b in closed] == pytest.approx(
        [w.sigma_kg for w in analyse(plant).weeks]
    )


def test_without_diversion_the_year_keeps_its_mean_near_zero_and_a_large_diversion_alarms() -> None:
    honest = analyse(simulate_plant(1))
    assert honest.diverted_kg == 0
    assert abs(sum(w.sitmuf for w in honest.weeks) / 52) < 0.5
    diverted = analyse(simulate_plant(1, Diversion(kg_per_week=25.0, start=10, weeks=8)))
    assert diverted.diverted_kg == pytest.approx(200.0)
    assert diverted.alarm_at is not None
    assert 10 <= diverted.alarm_at <= 26


def test_a_diversion_outside_the_year_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="diversion from week 60"):
        simulate_plant(1, Diversion(kg_per_week=1.0, start=60, weeks=1))


def test_the_ledger_sequence_has_the_statistics_covariance_and_the_same_page_test(database: Database) -> None:
    plant = simulate_plant(4, Diversion(kg_per_week=20.0, start=15, weeks=10))
    with database.transaction() as session:
        load_plant(session, plant, actor="simulator", today=TODAY)
        close_balances(session, MBA, actor="simulator")
        balances = closed_balances(session, MBA, "EU")
    expected = muf_covariance(plant.initial_inventory, plant.periods) * 1e6  # kg^2 -> g^2
    assert balance_covariance(balances) == pytest.approx(expected, rel=1e-9, abs=1e-3)
    from_ledger = page_on_sitmuf(muf_values(balances), balance_covariance(balances))
    assert from_ledger.alarm_at == analyse(plant).alarm_at
    assert from_ledger.alarm_at is not None


def test_every_simulated_shipment_is_received_with_a_difference_explained_by_the_methods(
    database: Database,
) -> None:
    with database.transaction() as session:
        load_plant(session, simulate_plant(6), actor="simulator", today=TODAY)
        transfers = transfers_of(session, REACTOR_MBA)
    assert len(transfers) > 52 * 11
    assert all(t.difference_g is not None and t.sigma_g is not None for t in transfers)
    # Shipper and receiver each keep one systematic error for the year, shared by every transfer, so the
    # mean relative difference estimates their difference: within 3 sigma of sqrt(0.0005^2 + 0.001^2).
    relative = [t.difference_g / t.shipped_g for t in transfers if t.difference_g is not None and t.shipped_g]
    assert abs(sum(relative) / len(relative)) < 3 * (0.0005**2 + 0.001**2) ** 0.5


def test_honest_years_alarm_about_as_often_as_the_false_alarm_probability() -> None:
    # The covariance model matches the simulated measurement errors, so SITMUF is standard normal:
    # over 80 seeds about 4 false alarms are expected (more than 10 has probability below 0.5 %).
    results = [analyse(simulate_plant(seed)) for seed in range(1, 81)]
    assert sum(r.alarm_at is not None for r in results) <= 10
    sitmufs = [w.sitmuf for r in results for w in r.weeks]
    assert abs(sum(sitmufs) / len(sitmufs)) < 0.05  # mean of 4160 standard normals: sd 0.016
