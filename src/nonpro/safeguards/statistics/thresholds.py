"""Decision thresholds that hold the false-alarm probability over a horizon of balances at a target."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike
from scipy.stats import norm

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.statistics.page import page_maxima
from nonpro.safeguards.statistics.sequence_tests import Sequences
from nonpro.safeguards.statistics.sequential import cholesky_factor

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
    _check_sequences(sequences, alpha)
    generator = np.random.default_rng(seed)
    values = generator.standard_normal((sequences, horizon))
    maxima = page_maxima(values, k)
    return float(np.quantile(maxima, 1.0 - alpha))


def muf_page_threshold(
    k: float, alpha: float, covariance: ArrayLike, *, sequences: int = 200_000, seed: int = DEFAULT_SEED
) -> float:
    """The h for Page's test on the standardised MUF (MUF_i / sigma_i), whose values are correlated, so that
    P(false alarm within the horizon) = alpha; by simulation of MUF ~ N(0, covariance)."""
    _check_alpha(alpha)
    null = _null_sequences(covariance, alpha, sequences, seed)
    return float(np.quantile(page_maxima(null.standardised_muf, k), 1.0 - alpha))


def cumuf_threshold(
    alpha: float, covariance: ArrayLike, *, sequences: int = 200_000, seed: int = DEFAULT_SEED
) -> float:
    """The z with P(CUMUF_i / sigma(CUMUF_i) > z for some i) = alpha, by simulating MUF ~ N(0, covariance)."""
    _check_alpha(alpha)
    null = _null_sequences(covariance, alpha, sequences, seed)
    return float(np.quantile(null.standardised_cumuf.max(axis=1), 1.0 - alpha))


def _null_sequences(covariance: ArrayLike, alpha: float, sequences: int, seed: int) -> Sequences:
    """Simulated MUF sequences without diversion."""
    factor = cholesky_factor(covariance)
    _check_sequences(sequences, alpha)
    generator = np.random.default_rng(seed)
    return Sequences(generator.standard_normal((sequences, factor.shape[0])) @ factor.T, factor)


def _check_sequences(sequences: int, alpha: float) -> None:
    if sequences < math.ceil(10 / alpha):
        raise InvalidInputError(
            f"{sequences} sequences are too few for alpha = {alpha}",
            where="sequences",
            expected=f"at least {math.ceil(10 / alpha)} (ten expected alarms)",
        )


def _check_alpha(alpha: float) -> None:
    if not 0.0 < alpha < 1.0:
        raise InvalidInputError(f"alpha = {alpha!r}", where="alpha", expected="a probability between 0 and 1")


def _check_horizon(horizon: int) -> None:
    if horizon < 1:
        raise InvalidInputError(f"horizon = {horizon}", where="horizon", expected="at least one period")
