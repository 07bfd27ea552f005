"""An MBA's closed balances as near-real-time accountancy sees them: MUFs and their covariance."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select
from sqlalchemy.orm import Session

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.ledger.closing import MUF_ENTRY, MaterialBalance, material_balances
from nonpro.safeguards.ledger.inventory import MBR, PIL
from nonpro.safeguards.ledger.registry import mba_by_code
from nonpro.safeguards.models import Report
from nonpro.safeguards.statistics.measurement import Method


def closed_balances(session: Session, mba_code: str, material: str) -> list[MaterialBalance]:
    """The balances of one material type over every closed period of the MBA, in order."""
    mba = mba_by_code(session, mba_code)
    closed = set(
        session.scalars(select(Report.period_end).where(Report.mba_id == mba.id, Report.kind == MBR))
    )
    pils = session.scalars(
        select(Report).where(Report.mba_id == mba.id, Report.kind == PIL).order_by(Report.number)
    )
    balances = []
    for start, end in pairwise(pils):
        if end.report_date in closed:
            found = [b for b in material_balances(session, mba.id, start, end) if b.material == material]
            balances += found
    if not balances:
        raise InvalidInputError(
            f"MBA {mba_code} has no closed balance of {material}",
            where="material",
            expected="a material type with at least one closed balance",
        )
    return balances


def balance_covariance(balances: list[MaterialBalance]) -> NDArray[np.float64]:
    """Cov(MUF_i, MUF_j) of consecutive balances: each period's random variance on the diagonal, minus the
    random variance of the shared inventory beside it, plus every method's systematic error common to all."""
    n = len(balances)
    covariance = np.zeros((n, n))
    signed: dict[Method, NDArray[np.float64]] = defaultdict(lambda: np.zeros(n))
    for i, balance in enumerate(balances):
        for method, signed_sum, squares in balance.errors:
            covariance[i, i] += method.random**2 * squares
            signed[method][i] += signed_sum
        if i + 1 < n:
            covariance[i, i + 1] = covariance[i + 1, i] = -balance.ending_random_variance
    for method, loading in signed.items():
        covariance += np.outer(loading, loading) * method.systematic**2
    return covariance


def muf_values(balances: list[MaterialBalance]) -> NDArray[np.float64]:
    """The MUF (element grams) of each balance."""
    return np.array([float(b.value(MUF_ENTRY).element_g) for b in balances])
