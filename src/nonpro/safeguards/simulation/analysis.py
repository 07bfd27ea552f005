"""Near-real-time accountancy of a simulated plant: MUF, sigma, CUMUF, SITMUF and Page's test per week."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from nonpro.safeguards.simulation.plant import SimulatedPlant
from nonpro.safeguards.statistics.covariance import muf_covariance, muf_sequence
from nonpro.safeguards.statistics.page_on_sitmuf import page_on_sitmuf


class WeekPublic(BaseModel):
    """One weekly balance: MUF and its sigma, CUMUF, SITMUF and Page's statistic, in kg U or sigmas."""

    model_config = ConfigDict(frozen=True)

    week: int
    muf_kg: float
    sigma_kg: float
    cumuf_kg: float
    sitmuf: float
    page: float
    diverted_kg: float


class SimulationPublic(BaseModel):
    """The simulated year: the seed, what was diverted, Page's k and h, the first alarm and every week."""

    model_config = ConfigDict(frozen=True)

    seed: int
    diverted_kg: float
    k: float
    h: float
    false_alarm_probability: float
    alarm_at: int | None
    weeks: list[WeekPublic]


def analyse(plant: SimulatedPlant, *, k: float = 0.5, alpha: float = 0.05) -> SimulationPublic:
    """Page's test on SITMUF with h set for a false-alarm probability alpha over the 52 weeks."""
    mufs = muf_sequence(plant.initial_inventory, plant.periods)
    result = page_on_sitmuf(mufs, muf_covariance(plant.initial_inventory, plant.periods), k=k, alpha=alpha)
    return SimulationPublic(
        seed=plant.seed,
        diverted_kg=sum(plant.true_loss_kg),
        k=result.k,
        h=result.h,
        false_alarm_probability=alpha,
        alarm_at=result.alarm_at,
        weeks=[
            WeekPublic(
                week=p.period,
                muf_kg=p.muf,
                sigma_kg=p.sigma,
                cumuf_kg=p.cumuf,
                sitmuf=p.sitmuf,
                page=p.page,
                diverted_kg=plant.true_loss_kg[p.period - 1],
            )
            for p in result.periods
        ],
    )
