"""Inventory change codes and material types, loaded once from the shipped, cited data file."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from nonpro.core.sources import Source
from nonpro.core.yaml_files import load_yaml_model

CODES_FILE = Path(__file__).parent / "data" / "inventory_change_codes.yaml"


class MaterialType(StrEnum):
    """nonpro's material types: the element a balance is kept in, and which isotope weight goes with it."""

    NATURAL_URANIUM = "NU"
    DEPLETED_URANIUM = "DU"
    ENRICHED_URANIUM = "EU"
    PLUTONIUM = "PU"
    URANIUM_233 = "U233"
    THORIUM = "TH"


class ChangeCode(BaseModel):
    """One inventory change code: its direction and meaning, and whether it is a transfer."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    direction: Literal[1, -1]
    meaning: str
    transfer: Literal["domestic", "foreign"] | None = None


class ChangeCodeTable(BaseModel):
    """Every inventory change code nonpro accepts, with the source of the list."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: Source
    codes: dict[str, ChangeCode]


@cache
def change_codes() -> ChangeCodeTable:
    """The shipped code table, loaded once."""
    return load_yaml_model(CODES_FILE, ChangeCodeTable)
