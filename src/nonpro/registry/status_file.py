"""The wire shape of a status file (`data/status/<instrument>.yaml`): sources and each state's events."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from nonpro.core.sources import Source
from nonpro.registry.status_event import EventType


class EventEntry(BaseModel):
    """One event as written in the file; `source` is a key of the file's `sources`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: EventType
    date: date
    source: str
    reference: str | None = None
    depositary: str | None = None
    note: str | None = None
    uncertain: str | None = None


class StateEntry(BaseModel):
    """A state's events; with no events, `source` must name the record showing no action."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    events: list[EventEntry] = Field(default_factory=list)
    source: str | None = None
    uncertain: str | None = None
    note: str | None = None


class StatusFile(BaseModel):
    """Every state's events in one instrument, correct as of `as_of`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    instrument: str
    as_of: date
    sources: dict[str, Source]
    states: dict[str, StateEntry]
