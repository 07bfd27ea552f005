"""Attribute sampling sizes: the exact hypergeometric size and the usual approximation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.sampling import SampleSize, non_detection_probability, sample_size


@pytest.mark.parametrize(
    ("population", "defects", "beta", "exact", "approximate"),
    [
        # C(90,25)/C(100,25) = 0.0479 <= 0.05 < C(90,24)/C(100,24) = 0.0551; 100 (1 - 0.05^0.1) = 25.89
        (100, 10, 0.05, 25, 26),
        # One defect: P(miss) = (N - n)/N, so n = 0.9 N exactly, 270 of 300.
        (300, 1, 0.1, 270, 270),
        (500, 8, 0.1, 125, 126),
        # Every item defective: one item suffices.
        (10, 10, 0.5, 1, 1),
    ],
)
def test_sample_sizes_worked_by_hand(
    population: int, defects: int, beta: float, exact: int, approximate: int
) -> None:
    assert sample_size(population, defects, beta) == SampleSize(exact, approximate)


@given(
    population=st.integers(1, 2000),
    fraction=st.floats(0.001, 1.0),
    beta=st.floats(0.01, 0.99),
)
def test_the_exact_size_is_the_smallest_that_reaches_beta(
    population: int, fraction: float, beta: float
) -> None:
    defects = max(1, int(population * fraction))
    size = sample_size(population, defects, beta)
    n = size.exact
    assert size.approximate >= n
    assert non_detection_probability(population, defects, n) <= beta + 1e-12
    assert n == 1 or non_detection_probability(population, defects, n - 1) > beta - 1e-12


@pytest.mark.parametrize(
    ("population", "defects", "beta", "where"),
    [
        (0, 1, 0.1, "population"),
        (10, 0, 0.1, "defects"),
        (10, 11, 0.1, "defects"),
        (10, 2, 1.0, "non-detection"),
    ],
)
def test_impossible_plans_are_refused(population: int, defects: int, beta: float, where: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        sample_size(population, defects, beta)
    assert caught.value.where == where
