"""Dated events in a state's relation to an instrument, each with its source, from which status is derived."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from nonpro.core.sources import Source


class EventType(StrEnum):
    """Something a state did (or that happened to its standing) in an instrument."""

    SIGNATURE = "signature"
    RATIFICATION = "ratification"
    ACCESSION = "accession"
    ACCEPTANCE = "acceptance"
    APPROVAL = "approval"
    SUCCESSION = "succession"
    ENTRY_INTO_FORCE = "entry_into_force"
    WITHDRAWAL_NOTICE = "withdrawal_notice"
    WITHDRAWAL = "withdrawal"
    DERATIFICATION = "deratification"
    RESERVATION = "reservation"
    BOARD_APPROVAL = "board_approval"
    PROVISIONAL_APPLICATION = "provisional_application"
    SUSPENSION = "suspension"
    TERMINATION = "termination"
    SQP_IN_FORCE = "sqp_in_force"
    SQP_AMENDED = "sqp_amended"
    SQP_RESCINDED = "sqp_rescinded"
    JOINED = "joined"
    LEFT = "left"
    SUBSCRIBED = "subscribed"


CONSENT_TO_BE_BOUND = frozenset(
    {
        EventType.RATIFICATION,
        EventType.ACCESSION,
        EventType.ACCEPTANCE,
        EventType.APPROVAL,
        EventType.SUCCESSION,
    }
)


@dataclass(frozen=True, slots=True)
class StatusEvent:
    """One dated event with its source; `uncertain` says why its date or nature is in doubt."""

    type: EventType
    date: date
    source: Source
    reference: str | None = None
    depositary: str | None = None
    note: str | None = None
    uncertain: str | None = None


@dataclass(frozen=True, slots=True)
class StateRecord:
    """Everything recorded about one state in one instrument: its events, ordered by date."""

    state: str
    instrument: str
    events: tuple[StatusEvent, ...]
    no_action_source: Source | None = None
    uncertain: str | None = None
    note: str | None = None

    def events_until(self, day: date) -> tuple[StatusEvent, ...]:
        """The events dated on or before `day`."""
        return tuple(e for e in self.events if e.date <= day)
