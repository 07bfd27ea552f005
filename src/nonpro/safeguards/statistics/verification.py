"""The operator-inspector difference (D) statistic of a verified stratum and its variance."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.statistics.measurement import Method


@dataclass(frozen=True, slots=True)
class DStatistic:
    """D estimates a stratum's total falsification; sigma is its standard deviation when there is none."""

    d: float
    variance: float

    @property
    def sigma(self) -> float:
        """The standard deviation of D."""
        return math.sqrt(self.variance)


def d_statistic(
    population: int,
    declared: Sequence[float],
    verified: Sequence[float],
    operator: Method,
    inspector: Method,
) -> DStatistic:
    """D = (N/n) * sum(declared_j - verified_j) over the n items the inspector measured out of N.

    Var(D) = (N/n)^2 * [sum x_j^2 (d_ro^2 + d_ri^2) + (sum x_j)^2 (d_so^2 + d_si^2)], with x_j the declared
    amounts and d the relative random (r) and systematic (s) uncertainties of operator (o) and inspector (i).
    """
    n = len(declared)
    if n == 0 or n != len(verified):
        raise InvalidInputError(
            f"{n} declared and {len(verified)} verified amounts",
            where="sample",
            expected="one verified amount per declared amount, at least one",
        )
    if population < n:
        raise InvalidInputError(
            f"population {population} is smaller than the sample {n}",
            where="population",
            expected=f"at least {n} items",
        )
    scale = population / n
    d = scale * math.fsum(x - y for x, y in zip(declared, verified, strict=True))
    random = math.fsum(x * x for x in declared) * (operator.random**2 + inspector.random**2)
    systematic = math.fsum(declared) ** 2 * (operator.systematic**2 + inspector.systematic**2)
    return DStatistic(d=d, variance=scale**2 * (random + systematic))
