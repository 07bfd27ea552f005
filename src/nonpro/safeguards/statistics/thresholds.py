"""Decision thresholds that hold the false-alarm probability over a horizon of balances at a target."""

from __future__ import annotations

import math

import numpy as np
from scipy.stats import norm

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.statistics.page import page_statistic

DEFAULT_SEED = 20261128


def single_test_threshold(alpha: float) -> float:
    """The standard normal quantile z with P(Z > z) = alpha: a one-sided test of one standardised MUF."""
    _check_alpha(alpha)
    return float(norm.ppf(1.0 - alpha))


def independent_tests_threshold(alpha: float, horizon: int) -> float:
    """The per-period threshold for `horizon` independent standard normal statistics (SITMUF) such that
    P(any exceeds it) = alpha exactly: z = Phi^-1((1 - alpha)^(1/n)) (the Sidak correction)."""
    _check_alpha(alpha)
    _check_horizon(horizon)
    return float(norm.ppf((1.0 - alpha) ** (1.0 / horizon)))


def page_threshold(
    k: float, alpha: float, horizon: int, *, sequences: int = 200_000, seed: int = DEFAULT_SEED
) -> float:
    """The h for Page's test on independent standard normal inputs with P(S_i > h for some i <= n) = alpha.

    Found by simulation: the (1 - alpha) quantile of max_i S_i over `sequences` simulated sequences of
    `horizon` values without diversion; deterministic for a given seed. Its Monte Carlo error shrinks as
    1/sqrt(sequences).
    """
    _check_alpha(alpha)
    _check_horizon(horizon)
    if sequences < math.ceil(10 / alpha):
        raise InvalidInputError(
            f"{sequences} sequences are too few for alpha = {alpha}",
            where="sequences",
            expected=f"at least {math.ceil(10 / alpha)} (ten expected alarms)",
        )
    generator = np.random.default_rng(seed)
    values = generator.standard_normal((sequences, horizon))
    maxima = page_statistic(values, k).max(axis=1)
    return float(np.quantile(maxima, 1.0 - alpha))


def _check_alpha(alpha: float) -> None:
    if not 0.0 < alpha < 1.0:
        raise InvalidInputError(f"alpha = {alpha!r}", where="alpha", expected="a probability between 0 and 1")


def _check_horizon(horizon: int) -> None:
    if horizon < 1:
        raise InvalidInputError(f"horizon = {horizon}", where="horizon", expected="at least one period")
