"""Probability that a test on a sequence of balances detects a diversion, by vectorised Monte Carlo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.linalg import solve_triangular

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.statistics.page import first_alarm
from nonpro.safeguards.statistics.sequential import cholesky_factor
from nonpro.safeguards.statistics.thresholds import DEFAULT_SEED


class SequentialTest(Protocol):
    """A test applied to SITMUF sequences, one per row; True where it alarms within the horizon."""

    def alarms(self, sitmuf: NDArray[np.float64]) -> NDArray[np.bool_]: ...


@dataclass(frozen=True, slots=True)
class PageOnSitmuf:
    """Page's test with reference value k and threshold h applied to SITMUF."""

    k: float
    h: float

    def alarms(self, sitmuf: NDArray[np.float64]) -> NDArray[np.bool_]:
        """True for each sequence whose Page statistic exceeds h in some period."""
        return first_alarm(sitmuf, self.k, self.h) > 0


@dataclass(frozen=True, slots=True)
class SitmufThreshold:
    """Alarm when any single SITMUF exceeds z (one-sided, as diversion makes MUF positive)."""

    z: float

    def alarms(self, sitmuf: NDArray[np.float64]) -> NDArray[np.bool_]:
        """True for each sequence with some SITMUF above z."""
        return np.asarray((sitmuf > self.z).any(axis=-1))


def abrupt_diversion(total: float, period: int, horizon: int) -> NDArray[np.float64]:
    """All of `total` taken in one period (1-based) of the horizon."""
    if not 1 <= period <= horizon:
        raise InvalidInputError(f"period {period}", where="period", expected=f"1 to {horizon}")
    amounts = np.zeros(horizon)
    amounts[period - 1] = total
    return amounts


def protracted_diversion(total: float, horizon: int) -> NDArray[np.float64]:
    """`total` taken in equal parts in every period of the horizon."""
    if horizon < 1:
        raise InvalidInputError(f"horizon = {horizon}", where="horizon", expected="at least one period")
    return np.full(horizon, total / horizon)


def detection_probability(
    covariance: ArrayLike,
    diversion: ArrayLike,
    test: SequentialTest,
    *,
    sequences: int = 100_000,
    seed: int = DEFAULT_SEED,
) -> float:
    """P(test alarms) when MUF ~ N(diversion, covariance): MUFs are simulated, transformed to SITMUF with the
    covariance's Cholesky factor, and tested, all sequences at once."""
    mean = np.asarray(diversion, dtype=np.float64)
    factor = cholesky_factor(covariance, mean.shape[-1])
    if sequences < 1:
        raise InvalidInputError(f"sequences = {sequences}", where="sequences", expected="at least 1")
    generator = np.random.default_rng(seed)
    mufs = mean + generator.standard_normal((sequences, mean.shape[-1])) @ factor.T
    transformed = solve_triangular(factor, mufs.T, lower=True).T
    return float(test.alarms(transformed).mean())
