"""Page's test (one-sided CUSUM) on a sequence of standardised statistics such as SITMUF."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from nonpro.core.errors import InvalidInputError


@dataclass(frozen=True, slots=True)
class PageResult:
    """The Page statistic after each period and the first period (1-based) where it exceeded h, if any."""

    statistic: tuple[float, ...]
    alarm_at: int | None


def page_statistic(values: ArrayLike, k: float) -> NDArray[np.float64]:
    """S_0 = 0, S_i = max(0, S_(i-1) + x_i - k), along the last axis (one sequence per row).

    The recursion uses the previous statistic S_(i-1), not the previous input x_(i-1).
    """
    x = np.asarray(values, dtype=np.float64)
    _check_parameters(x, k, 0.0)
    statistic = np.empty_like(x)
    running = np.zeros(x.shape[:-1])
    for i in range(x.shape[-1]):
        running = np.maximum(0.0, running + x[..., i] - k)
        statistic[..., i] = running
    return statistic


def page_maxima(values: ArrayLike, k: float) -> NDArray[np.float64]:
    """The largest Page statistic of each row over the horizon, without keeping every period's value."""
    x = np.asarray(values, dtype=np.float64)
    _check_parameters(x, k, 0.0)
    running = np.zeros(x.shape[:-1])
    largest = np.zeros(x.shape[:-1])
    for i in range(x.shape[-1]):
        running = np.maximum(0.0, running + x[..., i] - k)
        np.maximum(largest, running, out=largest)
    return largest


def page_test(values: ArrayLike, k: float, h: float) -> PageResult:
    """Page's test on one sequence: alarm at the first period where S_i > h."""
    x = np.asarray(values, dtype=np.float64)
    if x.ndim != 1:
        raise InvalidInputError("Page's test takes one sequence of values", where="values")
    _check_parameters(x, k, h)
    statistic = page_statistic(x, k)
    above = np.flatnonzero(statistic > h)
    return PageResult(
        statistic=tuple(float(s) for s in statistic),
        alarm_at=int(above[0]) + 1 if above.size else None,
    )


def first_alarm(values: ArrayLike, k: float, h: float) -> NDArray[np.int64]:
    """For each row of `values`, the first 1-based period where S_i > h, or 0 when there is none."""
    statistic = page_statistic(values, k)
    above = statistic > h
    return np.where(above.any(axis=-1), above.argmax(axis=-1) + 1, 0)


def _check_parameters(x: NDArray[np.float64], k: float, h: float) -> None:
    if x.ndim == 0 or x.shape[-1] == 0:
        raise InvalidInputError("no values given", where="values", expected="at least one value")
    if not np.all(np.isfinite(x)):
        raise InvalidInputError("a value is not a finite number", where="values")
    if not np.isfinite(k) or k < 0:
        raise InvalidInputError(f"k = {k!r}", where="k", expected="a finite reference value >= 0")
    if not np.isfinite(h) or h < 0:
        raise InvalidInputError(f"h = {h!r}", where="h", expected="a finite decision threshold >= 0")
