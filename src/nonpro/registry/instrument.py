"""An instrument: a treaty, safeguards agreement, export-control regime, resolution or commitment."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from nonpro.core.sources import Source


class InstrumentKind(StrEnum):
    """What sort of instrument it is; it decides which statuses a state can have in it."""

    TREATY = "treaty"
    SAFEGUARDS_AGREEMENT = "safeguards_agreement"
    EXPORT_CONTROL_REGIME = "export_control_regime"
    CODE_OF_CONDUCT = "code_of_conduct"
    UNSC_RESOLUTION = "unsc_resolution"
    UNSC_SANCTIONS_REGIME = "unsc_sanctions_regime"
    POLITICAL_COMMITMENT = "political_commitment"


class Names(BaseModel):
    """An instrument's name in English and French."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    en: str
    fr: str


class OfficialReference(BaseModel):
    """The official document symbol or treaty-series reference, and where to read it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    symbol: str | None = None
    url: str | None = None


class StateEntryIntoForce(BaseModel):
    """The treaty's rule for when it binds a state depositing after a date (such as its entry into force)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    deposits_after: date
    days_after_deposit: int = Field(ge=0)
    provision: str


class Instrument(BaseModel):
    """An instrument's facts as published, with a summary in our words and the source of the facts."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    kind: InstrumentKind
    name: Names
    short_name: str
    depositary: str | None = None
    opened_for_signature: date | None = None
    entry_into_force: date | None = None
    reference: OfficialReference
    summary: str
    notes: str | None = None
    source: Source
    annex_2_states: list[str] = Field(default_factory=list)
    eligible_states: list[str] = Field(default_factory=list)
    state_entry_into_force: StateEntryIntoForce | None = None
    status_recorded: bool = True
    calls_for: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)

    def in_force_on(self, day: date) -> bool:
        """Whether the instrument itself was in force on `day`; a treaty without that date is not in force."""
        if self.entry_into_force is None:
            return self.kind is not InstrumentKind.TREATY
        return self.entry_into_force <= day

    @property
    def covers_every_state(self) -> bool:
        """Whether every UN member and observer state must appear in its status file (zone treaties: not)."""
        return (
            self.kind in (InstrumentKind.TREATY, InstrumentKind.SAFEGUARDS_AGREEMENT)
            and not self.eligible_states
        )
