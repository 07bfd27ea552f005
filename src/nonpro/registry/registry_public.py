"""Wire shapes of registry answers, shared by the CLI's --json and the API (docs/json-contracts.md)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from nonpro.core.sources import Source
from nonpro.registry.instrument import Instrument, InstrumentKind
from nonpro.registry.state import State
from nonpro.registry.state_public import DatasetVersionPublic
from nonpro.registry.status import Status, StatusOnDate
from nonpro.registry.status_event import StatusEvent


class StateRef(BaseModel):
    """A state named by its codes and short name."""

    alpha2: str
    alpha3: str
    name: str

    @classmethod
    def of(cls, state: State) -> StateRef:
        """The reference to a state."""
        return cls(alpha2=state.alpha2, alpha3=state.alpha3, name=state.name)


class EventPublic(BaseModel):
    """One dated event with its source."""

    type: str
    date: date
    source: Source
    reference: str | None = None
    note: str | None = None
    uncertain: str | None = None

    @classmethod
    def of(cls, event: StatusEvent) -> EventPublic:
        """The public view of an event."""
        return cls(
            type=event.type.value,
            date=event.date,
            source=event.source,
            reference=event.reference,
            note=event.note,
            uncertain=event.uncertain,
        )


class InstrumentStatusPublic(BaseModel):
    """A state's status in one instrument on the as-of date, with the events it rests on."""

    id: str
    name: str
    kind: InstrumentKind
    status: Status
    since: date | None
    detail: str
    events: list[EventPublic]
    no_action_source: Source | None = None

    @classmethod
    def of(
        cls, instrument: Instrument, derived: StatusOnDate, no_action: Source | None
    ) -> InstrumentStatusPublic:
        """The public view of a derived status."""
        return cls(
            id=instrument.id,
            name=instrument.name.en,
            kind=instrument.kind,
            status=derived.status,
            since=derived.since,
            detail=derived.detail,
            events=[EventPublic.of(e) for e in derived.events],
            no_action_source=no_action if not derived.events else None,
        )


class StateProfilePublic(BaseModel):
    """Every instrument with the state's status on `as_of`."""

    state: StateRef
    as_of: date
    instruments: list[InstrumentStatusPublic]
    versions: list[DatasetVersionPublic]


class InstrumentPublic(BaseModel):
    """An instrument's facts, summary and source."""

    id: str
    kind: InstrumentKind
    name: str
    name_fr: str
    short_name: str
    depositary: str | None
    opened_for_signature: date | None
    entry_into_force: date | None
    reference: str | None
    url: str | None
    summary: str
    notes: str | None
    source: Source

    @classmethod
    def of(cls, instrument: Instrument) -> InstrumentPublic:
        """The public view of an instrument."""
        return cls(
            id=instrument.id,
            kind=instrument.kind,
            name=instrument.name.en,
            name_fr=instrument.name.fr,
            short_name=instrument.short_name,
            depositary=instrument.depositary,
            opened_for_signature=instrument.opened_for_signature,
            entry_into_force=instrument.entry_into_force,
            reference=instrument.reference.symbol,
            url=instrument.reference.url,
            summary=instrument.summary,
            notes=instrument.notes,
            source=instrument.source,
        )


class StateStatusRow(BaseModel):
    """One state's status in an instrument: a row of an instrument view or a gaps table."""

    alpha2: str
    alpha3: str
    name: str
    status: Status
    since: date | None
    detail: str


class InstrumentViewPublic(BaseModel):
    """An instrument with every state's status on `as_of` and the count of each status."""

    instrument: InstrumentPublic
    as_of: date
    counts: dict[str, int]
    states: list[StateStatusRow]
    versions: list[DatasetVersionPublic]


class GapsPublic(BaseModel):
    """States of a group that are not in the wanted status for an instrument on `as_of`."""

    group: str
    group_name: str
    group_size: int
    instrument: str
    wanted: Status
    as_of: date
    count: int
    gaps: list[StateStatusRow]
    versions: list[DatasetVersionPublic]


class StatusChangePublic(BaseModel):
    """A state whose status in an instrument differs between two dates."""

    alpha2: str
    name: str
    instrument: str
    before: Status
    after: Status
    events: list[EventPublic]


class ChangesPublic(BaseModel):
    """What changed in the registry between two dates."""

    from_date: date
    to_date: date
    count: int
    changes: list[StatusChangePublic]
    versions: list[DatasetVersionPublic]


class ScorecardItem(BaseModel):
    """Whether a subscribing state had done one thing the commitment calls for, then and now."""

    instrument: str
    then: Status
    now: Status
    done_then: bool
    done_now: bool


class ScorecardRow(BaseModel):
    """One subscribing state's record against the commitment."""

    alpha2: str
    name: str
    items: list[ScorecardItem]
    done_then: int
    done_now: int


class ScorecardTotal(BaseModel):
    """How many subscribers had done one called-for thing, then and now."""

    instrument: str
    wanted: Status
    done_then: int
    done_now: int
    uncertain_then: int
    uncertain_now: int
    of: int


class NotScored(BaseModel):
    """A called-for instrument with no per-state status to score, and why."""

    instrument: str
    reason: str


class ScorecardPublic(BaseModel):
    """A political commitment's subscribers against each thing it calls for, on adoption and on `now`."""

    commitment: InstrumentPublic
    then: date
    now: date
    calls_for: list[str]
    not_scored: list[NotScored]
    totals: list[ScorecardTotal]
    states: list[ScorecardRow]
    versions: list[DatasetVersionPublic]
