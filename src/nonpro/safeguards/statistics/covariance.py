"""The covariance of a sequence of MUFs, where each ending inventory is the next beginning inventory."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.statistics.measurement import Method

Amounts = Sequence[tuple[float, Method]]


@dataclass(frozen=True, slots=True)
class PeriodFlows:
    """One balance period: measured increases, measured decreases, and the measured ending inventory."""

    increases: Amounts
    decreases: Amounts
    ending_inventory: Amounts


def muf_sequence(initial_inventory: Amounts, periods: Sequence[PeriodFlows]) -> NDArray[np.float64]:
    """MUF_i = PB_i + X_i - Y_i - PE_i per period; PB_1 is the initial inventory and PB_i = PE_(i-1)."""
    coefficients, amounts, _ = _design(initial_inventory, periods)
    return coefficients @ amounts


def muf_covariance(initial_inventory: Amounts, periods: Sequence[PeriodFlows]) -> NDArray[np.float64]:
    """Cov(MUF_i, MUF_j): random errors independent per measurement, systematic errors shared per method.

    A shared inventory makes neighbouring MUFs negatively correlated (the matrix is tridiagonal when only
    random errors count); a method's systematic error is assumed constant over the whole sequence.
    """
    coefficients, amounts, methods = _design(initial_inventory, periods)
    random_sd = amounts * np.array([m.random for m in methods])
    covariance: NDArray[np.float64] = (coefficients * random_sd**2) @ coefficients.T
    for method in dict.fromkeys(methods):
        column = np.array([m == method for m in methods])
        loading = (coefficients[:, column] @ amounts[column]) * method.systematic
        covariance += np.outer(loading, loading)
    return covariance


def _design(
    initial_inventory: Amounts, periods: Sequence[PeriodFlows]
) -> tuple[NDArray[np.float64], NDArray[np.float64], list[Method]]:
    """Coefficient matrix (periods x measurements), measured amounts and their methods.

    Every measurement is one column; an ending inventory has -1 in its own period and +1 in the next.
    """
    if not periods:
        raise InvalidInputError("no balance periods given", expected="at least one period")
    entries: list[tuple[dict[int, float], float, Method]] = [({0: 1.0}, a, m) for a, m in initial_inventory]
    last = len(periods) - 1
    for i, period in enumerate(periods):
        entries += [({i: 1.0}, a, m) for a, m in period.increases]
        entries += [({i: -1.0}, a, m) for a, m in period.decreases]
        carried = {i: -1.0, i + 1: 1.0} if i < last else {i: -1.0}
        entries += [(dict(carried), a, m) for a, m in period.ending_inventory]
    coefficients = np.zeros((len(periods), len(entries)))
    for j, (rows, _, _) in enumerate(entries):
        for row, sign in rows.items():
            coefficients[row, j] = sign
    amounts = np.array([e[1] for e in entries], dtype=np.float64)
    return coefficients, amounts, [e[2] for e in entries]
