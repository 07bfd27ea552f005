"""Near-real-time accountancy of a simulated plant: MUF, sigma, CUMUF, SITMUF and Page's test per week."""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict

from nonpro.safeguards.simulation.plant import SimulatedPlant
from nonpro.safeguards.statistics.covariance import muf_covariance, muf_sequence
from nonpro.safeguards.statistics.page import page_test
from nonpro.safeguards.statistics.sequential import cumuf, sitmuf
from nonpro.safeguards.statistics.thresholds import page_threshold


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
    covariance = muf_covariance(plant.initial_inventory, plant.periods)
    standardised = sitmuf(mufs, covariance)
    h = page_threshold(k, alpha, len(mufs))
    result = page_test(standardised, k=k, h=h)
    sigmas = np.sqrt(np.diag(covariance))
    weeks = [
        WeekPublic(
            week=i + 1,
            muf_kg=float(mufs[i]),
            sigma_kg=float(sigmas[i]),
            cumuf_kg=float(c),
            sitmuf=float(standardised[i]),
            page=result.statistic[i],
            diverted_kg=plant.true_loss_kg[i],
        )
        for i, c in enumerate(cumuf(mufs))
    ]
    return SimulationPublic(
        seed=plant.seed,
        diverted_kg=sum(plant.true_loss_kg),
        k=k,
        h=h,
        false_alarm_probability=alpha,
        alarm_at=result.alarm_at,
        weeks=weeks,
    )
