"""Page's test: the recursion on the previous statistic, the reset at zero, and the first alarm."""

from __future__ import annotations

import numpy as np
import pytest

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.statistics.page import first_alarm, page_maxima, page_statistic, page_test


def test_the_statistic_accumulates_the_previous_statistic_not_the_previous_input() -> None:
    # With x_i = 0.6 and k = 0.5, S grows by 0.1 each period; a recursion on the previous input
    # (max(0, x_(i-1) + x_i - k)) would stay at 0.7 for ever.
    assert page_statistic([0.6] * 5, k=0.5) == pytest.approx([0.1, 0.2, 0.3, 0.4, 0.5])


def test_the_statistic_resets_at_zero_and_starts_again() -> None:
    # S1 = 0.5; S2 = max(0, 0.5 - 3 - 0.5) = 0; S3 = 0.5; S4 = 1.4; S5 = 2.9 > h = 2.
    result = page_test([1.0, -3.0, 1.0, 1.4, 2.0], k=0.5, h=2.0)
    assert result.statistic == pytest.approx((0.5, 0.0, 0.5, 1.4, 2.9))
    assert result.alarm_at == 5


def test_the_alarm_needs_the_statistic_strictly_above_h() -> None:
    assert page_test([1.5, 1.5], k=0.5, h=2.0).alarm_at is None  # S2 = 2.0 is not above 2.0
    assert page_test([1.5, 1.5, 0.6], k=0.5, h=2.0).alarm_at == 3


def test_page_maxima_are_the_largest_statistic_of_each_row() -> None:
    values = np.array([[1.0, -3.0, 1.0, 1.4, 2.0], [2.0, -1.0, 0.0, 0.0, 0.0]])
    assert page_maxima(values, k=0.5).tolist() == pytest.approx([2.9, 1.5])


def test_first_alarm_gives_the_period_for_each_sequence_and_zero_for_none() -> None:
    values = np.array([[1.0, -3.0, 1.0, 1.4, 2.0], [0.0, 0.0, 0.0, 0.0, 0.0], [3.0, 0.0, 0.0, 0.0, 0.0]])
    assert first_alarm(values, k=0.5, h=2.0).tolist() == [5, 0, 1]


@pytest.mark.parametrize(
    ("values", "k", "h", "where"),
    [([], 0.5, 2.0, "values"), ([1.0, float("nan")], 0.5, 2.0, "values"), ([1.0], -1.0, 2.0, "k")],
)
def test_unusable_parameters_are_refused(values: list[float], k: float, h: float, where: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        page_test(values, k=k, h=h)
    assert caught.value.where == where
