"""Error propagation for a signed sum of measured amounts: independent random, shared systematic errors."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from nonpro.safeguards.statistics.measurement import Method


@dataclass(frozen=True, slots=True)
class Variance:
    """A variance split into its random and systematic parts (squared units of the amounts)."""

    random: float
    systematic: float

    @property
    def total(self) -> float:
        """Random plus systematic variance."""
        return self.random + self.systematic

    @property
    def sigma(self) -> float:
        """The standard deviation."""
        return math.sqrt(self.total)


def signed_sum_variance(terms: Iterable[tuple[float, float, Method]]) -> Variance:
    """Var(sum of sign * amount) for (sign, amount, method) terms.

    Each measurement's random error is independent; one method's systematic error is common to all it
    measured, so it enters once, scaled by the signed sum of those amounts (and cancels where they offset).
    """
    random = 0.0
    by_method: dict[Method, float] = defaultdict(float)
    for sign, amount, method in terms:
        random += (amount * method.random) ** 2
        by_method[method] += sign * amount
    systematic = math.fsum((total * method.systematic) ** 2 for method, total in by_method.items())
    return Variance(random=random, systematic=systematic)


def aggregated_variance(groups: Iterable[tuple[Method, float, float]]) -> Variance:
    """The same variance from per-method aggregates (method, sum of signed amounts, sum of squared amounts).

    This is what a database can compute in one GROUP BY over millions of measured lines.
    """
    signed: dict[Method, float] = defaultdict(float)
    squares: dict[Method, float] = defaultdict(float)
    for method, signed_sum, sum_of_squares in groups:
        signed[method] += signed_sum
        squares[method] += sum_of_squares
    random = math.fsum(total * method.random**2 for method, total in squares.items())
    systematic = math.fsum((total * method.systematic) ** 2 for method, total in signed.items())
    return Variance(random=random, systematic=systematic)
