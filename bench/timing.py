"""Timing helpers the benchmarks share: wall-clock runs and percentiles."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of each of `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile (1-99) of the values."""
    return statistics.quantiles(values, n=100)[q - 1]
