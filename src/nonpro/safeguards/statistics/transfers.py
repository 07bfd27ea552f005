"""Shipper/receiver differences: is what the receiver measured consistent with what the shipper declared?"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from scipy.stats import norm

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.statistics.measurement import Method
from nonpro.safeguards.statistics.propagation import signed_sum_variance


@dataclass(frozen=True, slots=True)
class DifferenceTest:
    """A difference, its standard deviation, the standardised value, two-sided p-value and the verdict."""

    difference: float
    sigma: float
    z: float
    p_value: float
    significant: bool


def shipper_receiver_test(
    shipped: Sequence[tuple[float, Method]],
    received: Sequence[tuple[float, Method]],
    alpha: float = 0.05,
) -> DifferenceTest:
    """SRD = shipper's declared - receiver's measured, tested two-sided against its measurement variance.

    Shipper and receiver errors are independent unless both used the same `Method` (one calibrated system).
    """
    if not shipped or not received:
        raise InvalidInputError("a shipment needs both declared and measured amounts", where="shipment")
    if not 0.0 < alpha < 1.0:
        raise InvalidInputError(f"alpha = {alpha!r}", where="alpha", expected="a probability between 0 and 1")
    terms = [(1.0, a, m) for a, m in shipped] + [(-1.0, a, m) for a, m in received]
    difference = math.fsum(sign * amount for sign, amount, _ in terms)
    sigma = signed_sum_variance(terms).sigma
    if sigma == 0.0:
        raise InvalidInputError(
            "both methods have zero uncertainty, so the difference cannot be tested", where="methods"
        )
    z = difference / sigma
    p_value = float(2.0 * norm.sf(abs(z)))
    return DifferenceTest(
        difference=difference, sigma=sigma, z=z, p_value=p_value, significant=p_value < alpha
    )
