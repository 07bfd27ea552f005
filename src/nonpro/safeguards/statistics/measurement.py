"""Measured amounts and the methods that measured them, as error propagation needs them."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from nonpro.core.errors import InvalidInputError


class Term(StrEnum):
    """The four terms of a material balance; the sign says how each enters MUF = PB + X - Y - PE."""

    BEGINNING_INVENTORY = "PB"
    INCREASES = "X"
    DECREASES = "Y"
    ENDING_INVENTORY = "PE"

    @property
    def sign(self) -> int:
        """+1 for terms that add to MUF, -1 for terms subtracted from it."""
        return 1 if self in (Term.BEGINNING_INVENTORY, Term.INCREASES) else -1


@dataclass(frozen=True, slots=True)
class Method:
    """A measurement method with its relative random and systematic standard uncertainties (fractions)."""

    name: str
    random: float
    systematic: float

    def __post_init__(self) -> None:
        for label, value in (("random", self.random), ("systematic", self.systematic)):
            if not (math.isfinite(value) and value >= 0):
                raise InvalidInputError(
                    f"{label} relative uncertainty {value!r} is not usable",
                    where=f"method {self.name}",
                    expected="a finite fraction >= 0, e.g. 0.002 for 0.2 %",
                )


@dataclass(frozen=True, slots=True)
class Measurement:
    """One measured amount (kg of element or isotope) entering a balance term, measured by `method`."""

    term: Term
    amount: float
    method: Method
