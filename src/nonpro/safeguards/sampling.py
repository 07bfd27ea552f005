"""Attribute sampling: how many of N items to verify to find one of r defects with probability 1 - beta."""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from nonpro.core.errors import InvalidInputError


@dataclass(frozen=True, slots=True)
class SampleSize:
    """The exact hypergeometric sample size and the usual closed-form approximation."""

    exact: int
    approximate: int


def non_detection_probability(population: int, defects: int, sample: int) -> float:
    """P(no defective item in a random sample of n from N items of which r are defective), hypergeometric."""
    _check(population, defects)
    if not 0 <= sample <= population:
        raise InvalidInputError(f"sample {sample}", where="sample", expected=f"0 to {population}")
    probability = 1.0
    for i in range(sample):
        probability *= (population - defects - i) / (population - i)
        if probability == 0.0:
            break
    return probability


def sample_size(population: int, defects: int, non_detection: float) -> SampleSize:
    """Smallest n with P(no defective in sample) <= beta (exact), and n = ceil(N (1 - beta^(1/r))).

    The exact size compares C(N - r, n) / C(N, n) with beta in integer arithmetic, beta taken as the decimal
    the user wrote, so that boundary cases such as N = 300, r = 1, beta = 0.1 (n = 270) come out exactly.
    """
    _check(population, defects)
    if not 0.0 < non_detection < 1.0:
        raise InvalidInputError(
            f"non-detection probability {non_detection!r}",
            where="non-detection",
            expected="a probability strictly between 0 and 1, e.g. 0.1",
        )
    beta = Fraction(repr(non_detection))
    low, high = 1, population - defects + 1  # at n = N - r + 1 a defective item is certain to be drawn
    while low < high:
        middle = (low + high) // 2
        if _misses_at_most(population, defects, middle, beta):
            high = middle
        else:
            low = middle + 1
    approximate = _approximate_size(population, defects, beta, non_detection)
    return SampleSize(exact=low, approximate=approximate)


def _misses_at_most(population: int, defects: int, sample: int, beta: Fraction) -> bool:
    """Whether C(N - r, n) / C(N, n) <= beta, exactly: the ratio is a product of min(r, n) factors,
    prod_(i<r) (N - n - i)/(N - i) = prod_(i<n) (N - r - i)/(N - i)."""
    if defects <= sample:
        pairs = ((population - sample - i, population - i) for i in range(defects))
    else:
        pairs = ((population - defects - i, population - i) for i in range(sample))
    numerator = denominator = 1
    for kept, total in pairs:
        numerator *= kept
        denominator *= total
    return numerator * beta.denominator <= beta.numerator * denominator


def _approximate_size(population: int, defects: int, beta: Fraction, non_detection: float) -> int:
    """Smallest n with (1 - n/N)^r <= beta, that is ceil(N (1 - beta^(1/r))), decided in integer arithmetic
    ((N - n)^r q <= p N^r for beta = p/q) around the floating-point estimate, so rounding cannot move it."""

    bound: int = beta.numerator * population**defects

    def reaches(n: int) -> bool:
        missed: int = (population - n) ** defects
        return missed * beta.denominator <= bound

    n: int = min(population, max(0, math.ceil(population * (1.0 - non_detection ** (1.0 / defects)))))
    while n > 0 and reaches(n - 1):
        n -= 1
    while not reaches(n):
        n += 1
    return n


def _check(population: int, defects: int) -> None:
    if population < 1:
        raise InvalidInputError(f"population {population}", where="population", expected="at least 1 item")
    if not 1 <= defects <= population:
        raise InvalidInputError(
            f"{defects} defective items", where="defects", expected=f"1 to {population} (the population)"
        )
