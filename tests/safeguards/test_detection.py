"""Thresholds and Monte Carlo detection probabilities, checked against exact normal-tail values."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import multivariate_normal, norm

from nonpro.safeguards.statistics.detection import (
    abrupt_diversion,
    detection_probability,
    protracted_diversion,
)
from nonpro.safeguards.statistics.sequence_tests import (
    CumufThreshold,
    PageOnMuf,
    PageOnSitmuf,
    SitmufThreshold,
)
from nonpro.safeguards.statistics.thresholds import (
    cumuf_threshold,
    independent_tests_threshold,
    muf_page_threshold,
    page_threshold,
    single_test_threshold,
)

# Monte Carlo standard error with 100,000 sequences is at most 0.0016; tolerances are about 4 of them.
TOLERANCE = 0.006


def test_single_and_independent_thresholds_are_the_normal_quantiles() -> None:
    assert single_test_threshold(0.05) == pytest.approx(1.644854, abs=1e-6)
    assert independent_tests_threshold(0.05, 1) == pytest.approx(1.644854, abs=1e-6)
    # 1 - (1 - 0.05)^(1/52) = 1 - exp(ln(0.95)/52) = 9.859e-4, the upper tail of z = 3.0944
    assert independent_tests_threshold(0.05, 52) == pytest.approx(3.0944, abs=1e-4)


def test_a_single_period_detection_probability_is_a_normal_tail() -> None:
    z = single_test_threshold(0.05)
    found = detection_probability([[4.0]], [5.0], SitmufThreshold(z))
    assert found == pytest.approx(norm.sf(z - 5.0 / 2.0), abs=TOLERANCE)  # 0.8037


def test_independent_periods_detect_with_one_minus_the_product_of_misses() -> None:
    sigmas = np.array([1.0, 2.0, 1.5, 3.0])
    diversion = protracted_diversion(6.0, 4)
    z = independent_tests_threshold(0.05, 4)
    exact = 1.0 - np.prod(norm.cdf(z - diversion / sigmas))
    found = detection_probability(np.diag(sigmas**2), diversion, SitmufThreshold(z))
    assert found == pytest.approx(exact, abs=TOLERANCE)


def test_page_over_one_period_alarms_when_the_value_exceeds_k_plus_h() -> None:
    found = detection_probability([[1.0]], [2.0], PageOnSitmuf(k=0.5, h=1.0))
    assert found == pytest.approx(norm.sf(0.5 + 1.0 - 2.0), abs=TOLERANCE)  # 0.6915


def test_page_threshold_over_one_period_is_the_quantile_minus_k() -> None:
    assert page_threshold(0.5, 0.05, 1) == pytest.approx(1.644854 - 0.5, abs=0.02)


def test_a_calibrated_page_test_keeps_its_false_alarm_rate_and_detects_an_abrupt_loss() -> None:
    horizon = 12
    covariance = 2.0 * np.eye(horizon) - np.eye(horizon, k=1) - np.eye(horizon, k=-1) + 0.5 * np.eye(horizon)
    test = PageOnSitmuf(k=0.5, h=page_threshold(0.5, 0.05, horizon))
    no_diversion = detection_probability(covariance, np.zeros(horizon), test, seed=7)
    assert no_diversion == pytest.approx(0.05, abs=TOLERANCE)
    abrupt = detection_probability(covariance, abrupt_diversion(8.0, 6, horizon), test, seed=7)
    protracted = detection_probability(covariance, protracted_diversion(8.0, horizon), test, seed=7)
    assert abrupt > 0.9
    assert 0.05 < protracted < abrupt


def test_the_cumuf_threshold_over_one_period_is_the_normal_quantile() -> None:
    assert cumuf_threshold(0.05, [[4.0]]) == pytest.approx(1.644854, abs=0.02)


def test_the_cumuf_threshold_over_two_periods_solves_the_bivariate_normal_exactly() -> None:
    # CUMUF_1 = M1 and CUMUF_2 / sqrt 2 = (M1 + M2) / sqrt 2 have correlation 1 / sqrt 2.
    c = cumuf_threshold(0.05, np.eye(2))
    rho = 1 / np.sqrt(2)
    joint = multivariate_normal(mean=[0, 0], cov=[[1, rho], [rho, 1]]).cdf([c, c])
    assert joint == pytest.approx(0.95, abs=0.002)


def test_page_on_independent_standardised_mufs_needs_the_sitmuf_threshold() -> None:
    assert muf_page_threshold(0.5, 0.05, np.eye(12)) == pytest.approx(page_threshold(0.5, 0.05, 12), abs=1e-9)


def test_calibrated_cumuf_and_muf_page_tests_keep_alpha_and_cumuf_catches_protracted_loss_best() -> None:
    horizon = 12
    covariance = 2.5 * np.eye(horizon) - np.eye(horizon, k=1) - np.eye(horizon, k=-1)
    cumuf_test = CumufThreshold(cumuf_threshold(0.05, covariance))
    muf_page = PageOnMuf(0.5, muf_page_threshold(0.5, 0.05, covariance))
    for test in (cumuf_test, muf_page):
        assert detection_probability(covariance, np.zeros(horizon), test, seed=11) == pytest.approx(
            0.05, abs=TOLERANCE
        )
    slow_loss = protracted_diversion(6.0, horizon)
    per_period = SitmufThreshold(independent_tests_threshold(0.05, horizon))
    assert detection_probability(covariance, slow_loss, cumuf_test) > detection_probability(
        covariance, slow_loss, per_period
    )
