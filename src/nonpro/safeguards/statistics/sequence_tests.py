"""Sequential tests on many simulated (or observed) sequences of MUFs at once, one sequence per row.

Each test looks at the statistic it is defined on: SITMUF, the standardised MUF (MUF_i / sigma_i), or the
standardised cumulative MUF (CUMUF_i / sigma(CUMUF_i)); all are computed from the MUFs and the Cholesky
factor L of their covariance.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

import numpy as np
from numpy.typing import NDArray
from scipy.linalg import solve_triangular

from nonpro.safeguards.statistics.page import first_alarm


@dataclass(frozen=True)
class Sequences:
    """MUF sequences (rows) with the Cholesky factor of their covariance."""

    mufs: NDArray[np.float64]
    factor: NDArray[np.float64]

    @cached_property
    def sitmuf(self) -> NDArray[np.float64]:
        """L^-1 MUF for every row."""
        return solve_triangular(self.factor, self.mufs.T, lower=True).T

    @cached_property
    def standardised_muf(self) -> NDArray[np.float64]:
        """MUF_i / sigma_i for every row (still correlated between periods)."""
        sigma = np.sqrt(np.einsum("ij,ij->i", self.factor, self.factor))
        standardised: NDArray[np.float64] = self.mufs / sigma
        return standardised

    @cached_property
    def standardised_cumuf(self) -> NDArray[np.float64]:
        """CUMUF_i / sigma(CUMUF_i) for every row."""
        cumulative_factor = np.cumsum(self.factor, axis=0)
        sigma = np.sqrt(np.einsum("ij,ij->i", cumulative_factor, cumulative_factor))
        standardised: NDArray[np.float64] = np.cumsum(self.mufs, axis=-1) / sigma
        return standardised


class SequentialTest(Protocol):
    """A test over the horizon; True for each sequence where it alarms."""

    def alarms(self, sequences: Sequences) -> NDArray[np.bool_]: ...


@dataclass(frozen=True, slots=True)
class PageOnSitmuf:
    """Page's test with reference value k and threshold h on SITMUF."""

    k: float
    h: float

    def alarms(self, sequences: Sequences) -> NDArray[np.bool_]:
        """True where Page's statistic on SITMUF exceeds h in some period."""
        return first_alarm(sequences.sitmuf, self.k, self.h) > 0


@dataclass(frozen=True, slots=True)
class PageOnMuf:
    """Page's test with reference value k and threshold h on the standardised MUF."""

    k: float
    h: float

    def alarms(self, sequences: Sequences) -> NDArray[np.bool_]:
        """True where Page's statistic on MUF_i / sigma_i exceeds h in some period."""
        return first_alarm(sequences.standardised_muf, self.k, self.h) > 0


@dataclass(frozen=True, slots=True)
class SitmufThreshold:
    """Alarm when any single SITMUF exceeds z (one-sided: diversion makes MUF positive)."""

    z: float

    def alarms(self, sequences: Sequences) -> NDArray[np.bool_]:
        """True where some SITMUF is above z."""
        return np.asarray((sequences.sitmuf > self.z).any(axis=-1))


@dataclass(frozen=True, slots=True)
class CumufThreshold:
    """Alarm when any standardised CUMUF exceeds z."""

    z: float

    def alarms(self, sequences: Sequences) -> NDArray[np.bool_]:
        """True where some CUMUF_i / sigma(CUMUF_i) is above z."""
        return np.asarray((sequences.standardised_cumuf > self.z).any(axis=-1))
