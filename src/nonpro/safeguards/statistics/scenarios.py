"""Detection probability of a diversion scenario under a sequential test whose threshold is set for alpha."""

from __future__ import annotations

from enum import StrEnum

import numpy as np
from numpy.typing import ArrayLike
from pydantic import BaseModel, ConfigDict

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.statistics.detection import (
    abrupt_diversion,
    detection_probability,
    protracted_diversion,
)
from nonpro.safeguards.statistics.sequence_tests import (
    CumufThreshold,
    PageOnMuf,
    PageOnSitmuf,
    SequentialTest,
    SitmufThreshold,
)
from nonpro.safeguards.statistics.thresholds import (
    cumuf_threshold,
    independent_tests_threshold,
    muf_page_threshold,
    page_threshold,
)


class SequentialTestKind(StrEnum):
    """The sequential tests a scenario can be judged by."""

    PAGE_SITMUF = "page-sitmuf"
    PAGE_MUF = "page-muf"
    SITMUF = "sitmuf"
    CUMUF = "cumuf"


class Pattern(StrEnum):
    """How the diverted amount is spread over the horizon."""

    ABRUPT = "abrupt"
    PROTRACTED = "protracted"


class DetectionPublic(BaseModel):
    """The probability that the test alarms within the horizon, with the test, its threshold and the run."""

    model_config = ConfigDict(frozen=True)

    probability: float
    test: SequentialTestKind
    threshold: float
    false_alarm_probability: float
    horizon: int
    sequences: int


def detection_of(
    covariance: ArrayLike,
    total: float,
    pattern: Pattern,
    test: SequentialTestKind,
    *,
    period: int = 1,
    k: float = 0.5,
    alpha: float = 0.05,
    sequences: int = 100_000,
) -> DetectionPublic:
    """P(alarm) when `total` (the covariance's unit) is diverted in `period` or evenly over every period."""
    sigma = np.asarray(covariance, dtype=np.float64)
    if sigma.ndim != 2:
        raise InvalidInputError("the covariance is not a matrix", where="covariance")
    horizon = sigma.shape[0]
    diversion = (
        abrupt_diversion(total, period, horizon)
        if pattern is Pattern.ABRUPT
        else protracted_diversion(total, horizon)
    )
    threshold, chosen = _calibrated(test, sigma, k, alpha, horizon)
    probability = detection_probability(sigma, diversion, chosen, sequences=sequences)
    return DetectionPublic(
        probability=probability,
        test=test,
        threshold=threshold,
        false_alarm_probability=alpha,
        horizon=horizon,
        sequences=sequences,
    )


def _calibrated(
    test: SequentialTestKind, sigma: np.ndarray, k: float, alpha: float, horizon: int
) -> tuple[float, SequentialTest]:
    if test is SequentialTestKind.PAGE_SITMUF:
        h = page_threshold(k, alpha, horizon)
        return h, PageOnSitmuf(k, h)
    if test is SequentialTestKind.PAGE_MUF:
        h = muf_page_threshold(k, alpha, sigma)
        return h, PageOnMuf(k, h)
    if test is SequentialTestKind.SITMUF:
        z = independent_tests_threshold(alpha, horizon)
        return z, SitmufThreshold(z)
    z = cumuf_threshold(alpha, sigma)
    return z, CumufThreshold(z)
