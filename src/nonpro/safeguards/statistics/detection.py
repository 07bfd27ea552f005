"""Probability that a test on a sequence of balances detects a diversion, by vectorised Monte Carlo."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.statistics.sequence_tests import Sequences, SequentialTest
from nonpro.safeguards.statistics.sequential import cholesky_factor
from nonpro.safeguards.statistics.thresholds import DEFAULT_SEED


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
    """P(test alarms) when MUF ~ N(diversion, covariance): MUFs are simulated through the covariance's
    Cholesky factor and tested, all sequences at once."""
    mean = np.asarray(diversion, dtype=np.float64)
    factor = cholesky_factor(covariance, mean.shape[-1])
    if sequences < 1:
        raise InvalidInputError(f"sequences = {sequences}", where="sequences", expected="at least 1")
    generator = np.random.default_rng(seed)
    mufs = mean + generator.standard_normal((sequences, mean.shape[-1])) @ factor.T
    return float(test.alarms(Sequences(mufs, factor)).mean())
