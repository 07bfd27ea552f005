"""The wire shape of a state, shared by the CLI's --json and the HTTP API."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from nonpro.core.datasets import DatasetVersion
from nonpro.core.sources import Source
from nonpro.registry.state import State, UnStatus


class UnStandingPublic(BaseModel):
    """A state's standing at the United Nations, with its source."""

    model_config = ConfigDict(frozen=True)

    status: UnStatus
    since: date | None
    admission_year: int | None
    source: Source | None


class M49Public(BaseModel):
    """A state's place in the UN M49 geographic regions, with its source."""

    model_config = ConfigDict(frozen=True)

    region: str | None
    subregion: str | None
    intermediate_region: str | None
    source: Source


class StatePublic(BaseModel):
    """One state: ISO 3166-1 codes and names, UN standing and M49 region, each cited."""

    model_config = ConfigDict(frozen=True)

    alpha2: str
    alpha3: str
    numeric: str
    name: str
    iso_name: str
    official_name: str | None
    un: UnStandingPublic
    m49: M49Public
    source: Source

    @classmethod
    def of(cls, state: State) -> StatePublic:
        """The public view of a state."""
        return cls(
            alpha2=state.alpha2,
            alpha3=state.alpha3,
            numeric=state.numeric,
            name=state.name,
            iso_name=state.iso_name,
            official_name=state.official_name,
            un=UnStandingPublic(
                status=state.un_status,
                since=state.un_since,
                admission_year=state.un_admission_year,
                source=state.sources.get("un"),
            ),
            m49=M49Public(
                region=state.m49.region,
                subregion=state.m49.subregion,
                intermediate_region=state.m49.intermediate_region,
                source=state.sources["m49"],
            ),
            source=state.sources["iso"],
        )


class DatasetVersionPublic(BaseModel):
    """A reference dataset's name, version and content digest."""

    name: str
    version: str
    sha256: str

    @classmethod
    def of(cls, version: DatasetVersion) -> DatasetVersionPublic:
        """The public view of a dataset version."""
        return cls(**version.as_dict())


class StateListPublic(BaseModel):
    """A list of states with the versions of the data they come from."""

    count: int
    states: list[StatePublic]
    versions: list[DatasetVersionPublic]
