"""Shipper/receiver differences and the operator-inspector D statistic, with hand-computed variances."""

from __future__ import annotations

import math

import pytest

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.statistics.measurement import Method
from nonpro.safeguards.statistics.transfers import shipper_receiver_test
from nonpro.safeguards.statistics.verification import d_statistic

SHIPPER = Method("shipper's scale + isotopics", random=0.001, systematic=0.002)
RECEIVER = Method("receiver's scale + isotopics", random=0.002, systematic=0.001)
OPERATOR = Method("operator", random=0.01, systematic=0.005)
INSPECTOR = Method("inspector NDA", random=0.02, systematic=0.01)


def test_srd_is_shipper_declared_minus_receiver_measured_with_its_variance() -> None:
    result = shipper_receiver_test(
        [(500.0, SHIPPER), (500.0, SHIPPER)], [(499.0, RECEIVER), (497.0, RECEIVER)]
    )
    assert result.difference == pytest.approx(4.0)
    # random: 2*(500*.001)^2 + (499*.002)^2 + (497*.002)^2; systematic: (1000*.002)^2 + (996*.001)^2
    variance = 0.5 + 0.996004 + 0.988036 + 4.0 + 0.992016
    assert result.sigma == pytest.approx(math.sqrt(variance))
    assert result.z == pytest.approx(4.0 / math.sqrt(variance))
    assert result.significant is False  # z = 1.54 < 1.96


def test_a_large_srd_is_significant() -> None:
    result = shipper_receiver_test([(1000.0, SHIPPER)], [(985.0, RECEIVER)])
    assert result.significant is True
    assert result.p_value < 0.001


def test_d_statistic_extrapolates_the_sample_differences_to_the_stratum() -> None:
    result = d_statistic(100, [10.0, 10.0, 10.0, 10.0], [9.9, 10.0, 10.1, 9.8], OPERATOR, INSPECTOR)
    assert result.d == pytest.approx(25 * 0.2)
    # (100/4)^2 * [400 * (.01^2 + .02^2) + 40^2 * (.005^2 + .01^2)] = 625 * (0.2 + 0.2)
    assert result.variance == pytest.approx(250.0)
    assert result.sigma == pytest.approx(math.sqrt(250.0))


def test_d_statistic_needs_one_verified_value_per_declared_value() -> None:
    with pytest.raises(InvalidInputError, match="4 declared and 3 verified"):
        d_statistic(100, [10.0] * 4, [10.0] * 3, OPERATOR, INSPECTOR)
