"""MUF covariance over a sequence of balances, CUMUF and SITMUF on small cases worked by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.statistics.covariance import PeriodFlows, muf_covariance, muf_sequence
from nonpro.safeguards.statistics.measurement import Method
from nonpro.safeguards.statistics.sequential import cumuf, cumuf_variance, sitmuf

EXACT = Method("exact flows", random=0.0, systematic=0.0)
TANK = Method("tank inventory", random=0.01, systematic=0.0)
CALIBRATED_TANK = Method("calibrated tank", random=0.01, systematic=0.005)
TRIDIAGONAL = [[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]]


def two_periods(inventory: Method) -> tuple[list[tuple[float, Method]], list[PeriodFlows]]:
    periods = [
        PeriodFlows(increases=[(10.0, EXACT)], decreases=[], ending_inventory=[(105.0, inventory)]),
        PeriodFlows(increases=[(10.0, EXACT)], decreases=[], ending_inventory=[(112.0, inventory)]),
    ]
    return [(100.0, inventory)], periods


def test_each_period_muf_uses_the_previous_ending_inventory_as_its_beginning() -> None:
    initial, periods = two_periods(TANK)
    assert muf_sequence(initial, periods) == pytest.approx([5.0, 3.0])


def test_a_shared_inventory_makes_consecutive_mufs_negatively_correlated() -> None:
    initial, periods = two_periods(TANK)
    # Var(PB) = 1, Var(PE1) = 1.05^2 = 1.1025, Var(PE2) = 1.12^2 = 1.2544; PE1 is in both MUFs.
    expected = [[1.0 + 1.1025, -1.1025], [-1.1025, 1.1025 + 1.2544]]
    assert muf_covariance(initial, periods) == pytest.approx(np.array(expected))


def test_systematic_errors_add_the_outer_product_of_each_methods_loadings() -> None:
    initial, periods = two_periods(CALIBRATED_TANK)
    # Loadings: (100 - 105) * .005 = -0.025 and (105 - 112) * .005 = -0.035.
    expected = np.array([[2.1025 + 0.000625, -1.1025 + 0.000875], [-1.1025 + 0.000875, 2.3569 + 0.001225]])
    assert muf_covariance(initial, periods) == pytest.approx(expected)


def test_sitmuf_of_a_tridiagonal_covariance_matches_the_hand_computed_innovations() -> None:
    # L11 = sqrt 2; L21 = -1/sqrt 2, L22 = sqrt 1.5; L32 = -1/sqrt 1.5, L33 = sqrt(4/3).
    # y1 = 1/sqrt 2; y2 = (1 + 1/2) / sqrt 1.5 = sqrt 1.5; y3 = (1 + 1) / sqrt(4/3) = sqrt 3.
    assert sitmuf([1.0, 1.0, 1.0], TRIDIAGONAL) == pytest.approx(
        [1 / math.sqrt(2), math.sqrt(1.5), math.sqrt(3)]
    )


def test_sitmuf_is_the_standardised_innovation_of_the_conditional_mean() -> None:
    # MUF2 given MUF1 = 1 has mean -1/2 * 1 and variance 2 - 1/2, so SITMUF2 = (1 + 0.5) / sqrt 1.5.
    assert sitmuf([1.0, 1.0], [[2.0, -1.0], [-1.0, 2.0]])[1] == pytest.approx(1.5 / math.sqrt(1.5))


def test_sitmuf_transforms_many_sequences_at_once() -> None:
    rows = sitmuf([[1.0, 1.0, 1.0], [2.0, 0.0, 0.0]], TRIDIAGONAL)
    assert rows[0] == pytest.approx(sitmuf([1.0, 1.0, 1.0], TRIDIAGONAL))
    assert rows[1] == pytest.approx(sitmuf([2.0, 0.0, 0.0], TRIDIAGONAL))


def test_cumuf_and_its_variance_over_a_shared_inventory_sequence() -> None:
    assert cumuf([1.0, -2.0, 4.0]) == pytest.approx([1.0, -1.0, 3.0])
    # The sum of MUFs only keeps the first beginning and the last ending inventory: variance 1 + 1.
    assert cumuf_variance(TRIDIAGONAL) == pytest.approx([2.0, 2.0, 2.0])


@pytest.mark.parametrize(
    ("covariance", "message"),
    [
        ([[1.0, 2.0], [2.0, 1.0]], "not positive definite"),
        ([[1.0, 0.5], [0.0, 1.0]], "not symmetric"),
        ([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], "there are 2 MUF values"),
        ([1.0, 2.0], "square matrix"),
    ],
)
def test_an_unusable_covariance_is_refused_with_the_reason(covariance: object, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        sitmuf([1.0, 2.0], covariance)  # type: ignore[arg-type]
