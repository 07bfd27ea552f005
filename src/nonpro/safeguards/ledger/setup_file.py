"""A facility set-up file: facilities with their MBAs and KMPs, measurement methods, and batches (YAML)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from nonpro.core.yaml_files import load_yaml_model
from nonpro.safeguards.codes import MaterialType
from nonpro.safeguards.ledger.registry import (
    register_batch,
    register_facility,
    register_kmp,
    register_mba,
    register_method,
)
from nonpro.safeguards.statistics.measurement import Method


class KmpIn(BaseModel):
    """A key measurement point."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    kind: str
    description: str = ""


class MbaIn(BaseModel):
    """A material balance area and its key measurement points."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    name: str
    kmps: list[KmpIn] = Field(default_factory=list)


class FacilityIn(BaseModel):
    """A facility and its MBAs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    name: str
    mbas: list[MbaIn]


class MethodIn(BaseModel):
    """A measurement method: relative standard uncertainties as fractions, and where they come from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    name: str
    random: float
    systematic: float
    source: str


class BatchIn(BaseModel):
    """A batch and its material type."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    material: MaterialType


class SetupFile(BaseModel):
    """Everything the ledger must know before reports can be recorded."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    facilities: list[FacilityIn] = Field(default_factory=list)
    methods: list[MethodIn] = Field(default_factory=list)
    batches: list[BatchIn] = Field(default_factory=list)


def read_setup(path: Path) -> SetupFile:
    """Parse a set-up file; faults name the file and key."""
    return load_yaml_model(path, SetupFile)


def apply_setup(session: Session, setup: SetupFile) -> None:
    """Register everything in the file within the caller's transaction (a duplicate refuses the file)."""
    for facility in setup.facilities:
        register_facility(session, facility.code, facility.name)
        for mba in facility.mbas:
            register_mba(session, facility.code, mba.code, mba.name)
            for kmp in mba.kmps:
                register_kmp(session, mba.code, kmp.code, kmp.kind, kmp.description)
    for method in setup.methods:
        register_method(
            session, method.code, Method(method.name, method.random, method.systematic), method.source
        )
    for batch in setup.batches:
        register_batch(session, batch.name, batch.material)
