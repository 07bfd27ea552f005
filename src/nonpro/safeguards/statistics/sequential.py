"""Near-real-time accountancy over a sequence of balances: cumulative MUF and SITMUF."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.linalg import cholesky, solve_triangular

from nonpro.core.errors import InvalidInputError


def cumuf(mufs: ArrayLike) -> NDArray[np.float64]:
    """Cumulative MUF: the running sum of the MUFs of consecutive balance periods."""
    return np.cumsum(np.asarray(mufs, dtype=np.float64), axis=-1)


def cumuf_variance(covariance: ArrayLike) -> NDArray[np.float64]:
    """Var(CUMUF_i): the sum of every entry of the covariance's leading i x i block."""
    sigma = _square(covariance, None)
    return np.cumsum(np.cumsum(sigma, axis=0), axis=1).diagonal().copy()


def sitmuf(mufs: ArrayLike, covariance: ArrayLike) -> NDArray[np.float64]:
    """Standardised independently transformed MUF: L^-1 MUF, where Cov(MUF) = L L^T (Cholesky).

    SITMUF_i is MUF_i minus its best linear prediction from MUF_1..MUF_(i-1), divided by that innovation's
    standard deviation; without diversion the SITMUFs are independent standard normal variables.
    `mufs` may hold one sequence or many (one per row).
    """
    values = np.asarray(mufs, dtype=np.float64)
    if values.ndim not in (1, 2):
        raise InvalidInputError("MUF values must be one sequence or a table of sequences")
    factor = cholesky_factor(covariance, values.shape[-1])
    return solve_triangular(factor, values.T, lower=True).T


def cholesky_factor(covariance: ArrayLike, size: int | None = None) -> NDArray[np.float64]:
    """The lower-triangular L with L L^T = covariance; refuses a matrix that is not positive definite."""
    sigma = _square(covariance, size)
    if not np.allclose(sigma, sigma.T, rtol=1e-10, atol=1e-12):
        raise InvalidInputError("the covariance matrix is not symmetric", where="covariance")
    try:
        return cholesky(sigma, lower=True)
    except np.linalg.LinAlgError:
        raise InvalidInputError(
            "the covariance matrix is not positive definite",
            where="covariance",
            expected="a covariance of MUFs with every variance > 0",
        ) from None


def _square(covariance: ArrayLike, size: int | None) -> NDArray[np.float64]:
    sigma = np.asarray(covariance, dtype=np.float64)
    if sigma.ndim != 2 or sigma.shape[0] != sigma.shape[1]:
        raise InvalidInputError(
            f"the covariance has shape {sigma.shape}", where="covariance", expected="a square matrix"
        )
    if size is not None and sigma.shape[0] != size:
        raise InvalidInputError(
            f"the covariance is {sigma.shape[0]} x {sigma.shape[0]} but there are {size} MUF values",
            where="covariance",
            expected=f"a {size} x {size} matrix",
        )
    if not np.all(np.isfinite(sigma)):
        raise InvalidInputError(
            "the covariance holds a value that is not a finite number", where="covariance"
        )
    return sigma
