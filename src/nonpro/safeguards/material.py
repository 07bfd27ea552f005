"""Kinds of nuclear material as the safeguards pillar distinguishes them."""

from __future__ import annotations

from enum import StrEnum


class MaterialKind(StrEnum):
    """The element (or isotope) a quantity of nuclear material is counted in."""

    PLUTONIUM = "pu"
    URANIUM_233 = "u233"
    URANIUM = "u"
