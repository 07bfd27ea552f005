"""Page's test on the SITMUF of a sequence of balances, with h set for a false-alarm probability."""

from __future__ import annotations

from functools import cache

import numpy as np
from numpy.typing import ArrayLike
from pydantic import BaseModel, ConfigDict

from nonpro.safeguards.statistics.page import page_test
from nonpro.safeguards.statistics.sequential import cumuf, sitmuf
from nonpro.safeguards.statistics.thresholds import page_threshold


class PeriodPublic(BaseModel):
    """One balance period of a sequence: MUF and its sigma, CUMUF, SITMUF and Page's statistic."""

    model_config = ConfigDict(frozen=True)

    period: int
    muf: float
    sigma: float
    cumuf: float
    sitmuf: float
    page: float


class SequentialTestPublic(BaseModel):
    """Page's test on SITMUF: k, h, the false-alarm probability, the first alarm, and every period."""

    model_config = ConfigDict(frozen=True)

    k: float
    h: float
    false_alarm_probability: float
    alarm_at: int | None
    periods: list[PeriodPublic]


@cache
def _threshold(k: float, alpha: float, horizon: int) -> float:
    return page_threshold(k, alpha, horizon)


def page_on_sitmuf(
    mufs: ArrayLike, covariance: ArrayLike, *, k: float = 0.5, alpha: float = 0.05
) -> SequentialTestPublic:
    """SITMUF from the MUFs and their covariance, then Page's test with h for P(false alarm) = alpha."""
    values = np.asarray(mufs, dtype=np.float64)
    sigma = np.asarray(covariance, dtype=np.float64)
    standardised = sitmuf(values, sigma)
    h = _threshold(k, alpha, len(values))
    result = page_test(standardised, k=k, h=h)
    sigmas = np.sqrt(np.diag(sigma))
    cumulative = cumuf(values)
    return SequentialTestPublic(
        k=k,
        h=h,
        false_alarm_probability=alpha,
        alarm_at=result.alarm_at,
        periods=[
            PeriodPublic(
                period=i + 1,
                muf=float(values[i]),
                sigma=float(sigmas[i]),
                cumuf=float(cumulative[i]),
                sitmuf=float(standardised[i]),
                page=result.statistic[i],
            )
            for i in range(len(values))
        ],
    )
