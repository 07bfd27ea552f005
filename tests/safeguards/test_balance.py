"""MUF and sigma-MUF of one balance period, checked against hand-computed values."""

from __future__ import annotations

import pytest

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.statistics.balance import muf, muf_variance
from nonpro.safeguards.statistics.measurement import Measurement, Method, Term

INVENTORY = Method("load cell + titration", random=0.01, systematic=0.005)
FLOW = Method("flow scale + titration", random=0.02, systematic=0.01)


def balance(inventory: Method, receipts: Method, shipments: Method, ending: Method) -> list[Measurement]:
    return [
        Measurement(Term.BEGINNING_INVENTORY, 100.0, inventory),
        Measurement(Term.INCREASES, 50.0, receipts),
        Measurement(Term.DECREASES, 40.0, shipments),
        Measurement(Term.ENDING_INVENTORY, 108.0, ending),
    ]


def test_muf_is_beginning_plus_increases_minus_decreases_minus_ending() -> None:
    assert muf(balance(INVENTORY, FLOW, FLOW, INVENTORY)) == pytest.approx(2.0)


def test_a_shared_method_makes_systematic_errors_cancel_between_terms() -> None:
    variance = muf_variance(balance(INVENTORY, FLOW, FLOW, INVENTORY))
    # random: (100*.01)^2 + (50*.02)^2 + (40*.02)^2 + (108*.01)^2 = 1 + 1 + 0.64 + 1.1664
    assert variance.random == pytest.approx(3.8064)
    # systematic: ((100 - 108) * .005)^2 + ((50 - 40) * .01)^2 = 0.0016 + 0.01
    assert variance.systematic == pytest.approx(0.0116)
    assert variance.sigma == pytest.approx(3.818**0.5)


def test_independent_methods_add_systematic_variances_term_by_term() -> None:
    own = [Method(f"method {i}", r, s) for i, (r, s) in enumerate([(0.01, 0.005), (0.02, 0.01)] * 2)]
    variance = muf_variance(balance(own[0], own[1], own[3], own[2]))
    # (100*.005)^2 + (50*.01)^2 + (40*.01)^2 + (108*.005)^2
    assert variance.systematic == pytest.approx(0.25 + 0.25 + 0.16 + 0.2916)
    assert variance.random == pytest.approx(3.8064)


def test_a_method_with_a_negative_uncertainty_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="random relative uncertainty"):
        Method("broken", random=-0.01, systematic=0.0)
