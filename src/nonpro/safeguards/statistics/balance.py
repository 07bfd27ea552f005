"""MUF of one balance period and its variance, with random and systematic error components."""

from __future__ import annotations

import math
from collections.abc import Iterable

from nonpro.safeguards.statistics.measurement import Measurement
from nonpro.safeguards.statistics.propagation import Variance, signed_sum_variance


def muf(measurements: Iterable[Measurement]) -> float:
    """Material unaccounted for, PB + X - Y - PE; positive means an apparent loss."""
    return math.fsum(m.term.sign * m.amount for m in measurements)


def muf_variance(measurements: Iterable[Measurement]) -> Variance:
    """Var(MUF) from the measurements of the four terms; see `signed_sum_variance` for the error model."""
    return signed_sum_variance((m.term.sign, m.amount, m.method) for m in measurements)
