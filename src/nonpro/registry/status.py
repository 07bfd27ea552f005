"""A state's status in an instrument on a date, derived from its events; nothing about status is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from nonpro.registry.instrument import Instrument, InstrumentKind
from nonpro.registry.status_event import CONSENT_TO_BE_BOUND, EventType, StateRecord, StatusEvent


class Status(StrEnum):
    """A state's standing in an instrument (the JSON contract's `status`)."""

    PARTY = "party"
    SIGNATORY = "signatory"
    WITHDRAWN = "withdrawn"
    NOT_PARTY = "not_party"
    MEMBER = "member"
    NOT_MEMBER = "not_member"
    IN_FORCE = "in_force"
    NOT_IN_FORCE = "not_in_force"
    UNCERTAIN = "uncertain"


@dataclass(frozen=True, slots=True)
class StatusOnDate:
    """The derived status, since when, a plain-language detail, and the events it rests on."""

    status: Status
    since: date | None
    detail: str
    events: tuple[StatusEvent, ...]


def status_on(instrument: Instrument, record: StateRecord | None, day: date) -> StatusOnDate:
    """Derive the status of one state in one instrument on `day` from the events dated up to it."""
    events = record.events_until(day) if record else ()
    if instrument.kind is InstrumentKind.TREATY:
        later = record.events[len(events) :] if record else ()
        derived = _treaty_status(instrument, events, later, day)
    elif instrument.kind is InstrumentKind.SAFEGUARDS_AGREEMENT:
        derived = _agreement_status(events)
    else:
        derived = _membership_status(events)
    doubtful = [e for e in events if e.uncertain and e.date == derived.since]
    if doubtful:
        note = f"uncertain: {doubtful[-1].uncertain}"
        derived = StatusOnDate(
            derived.status,
            derived.since,
            f"{derived.detail}; {note}" if derived.detail else note,
            derived.events,
        )
    if record is not None and record.uncertain:
        return StatusOnDate(
            Status.UNCERTAIN,
            derived.since,
            f"{record.uncertain} (records show: "
            f"{derived.status.value}{', ' + derived.detail if derived.detail else ''})",
            events,
        )
    return StatusOnDate(derived.status, derived.since, derived.detail, events)


def _treaty_status(
    instrument: Instrument, events: tuple[StatusEvent, ...], later: tuple[StatusEvent, ...], day: date
) -> StatusOnDate:
    status, since, detail = Status.NOT_PARTY, None, ""
    signed: StatusEvent | None = None
    bound: StatusEvent | None = None
    for event in events:
        if event.type is EventType.SIGNATURE:
            signed = event
            if bound is None:
                status, since, detail = Status.SIGNATORY, event.date, ""
        elif event.type in CONSENT_TO_BE_BOUND:
            bound = event
            status, since, detail = Status.PARTY, event.date, f"{event.type.value} deposited"
        elif event.type is EventType.ENTRY_INTO_FORCE and bound is not None:
            since, detail = (
                event.date,
                f"{bound.type.value} deposited {bound.date}, in force for it {event.date}",
            )
        elif event.type is EventType.WITHDRAWAL_NOTICE and bound is not None:
            detail = f"gave notice of withdrawal on {event.date}"
        elif event.type is EventType.WITHDRAWAL:
            bound = None
            status, since, detail = Status.WITHDRAWN, event.date, "withdrawal effective"
        elif event.type is EventType.DERATIFICATION:
            bound = None
            status = Status.SIGNATORY if signed else Status.NOT_PARTY
            since, detail = event.date, "ratification revoked"
    if status is Status.PARTY and bound is not None:
        if instrument.entry_into_force is None:
            detail = f"{bound.type.value} deposited; the treaty is not in force"
        else:
            effective, basis = _effective_for_state(instrument, bound, events, later)
            if day < effective:
                status = Status.SIGNATORY if signed else Status.NOT_PARTY
                since = signed.date if signed else None
                pending = f"not yet in force for it: from {effective}{basis}"
                detail = f"{bound.type.value} deposited {bound.date}, {pending}"
            elif effective != bound.date:
                since = effective
                detail = f"{bound.type.value} deposited {bound.date}; in force for it from {effective}{basis}"
    return StatusOnDate(status, since, detail, events)


def _effective_for_state(
    instrument: Instrument,
    bound: StatusEvent,
    events: tuple[StatusEvent, ...],
    later: tuple[StatusEvent, ...],
) -> tuple[date, str]:
    """When the treaty binds a state that deposited `bound`: a recorded date, else the treaty's own rule."""
    recorded = [e for e in (*events, *later) if e.type is EventType.ENTRY_INTO_FORCE and e.date >= bound.date]
    if recorded:
        return recorded[0].date, " (recorded)"
    treaty = instrument.entry_into_force
    assert treaty is not None
    rule = instrument.state_entry_into_force
    late = rule is not None and bound.date > rule.deposits_after
    by_rule = bound.date + timedelta(days=rule.days_after_deposit) if rule and late else bound.date
    if treaty >= by_rule:
        return treaty, " (the treaty's entry into force)" if treaty != bound.date else ""
    return by_rule, f" ({rule.provision})" if rule and late else ""


def _agreement_status(events: tuple[StatusEvent, ...]) -> StatusOnDate:
    status, since, detail = Status.NOT_IN_FORCE, None, ""
    for event in events:
        if event.type is EventType.SIGNATURE and status is not Status.IN_FORCE:
            status, since, detail = Status.SIGNATORY, event.date, "signed, not in force"
        elif event.type is EventType.BOARD_APPROVAL and status is not Status.IN_FORCE:
            detail = f"approved by the IAEA Board of Governors on {event.date}, not in force"
            status, since = (
                Status.SIGNATORY if status is Status.SIGNATORY else Status.NOT_IN_FORCE,
                event.date,
            )
        elif event.type is EventType.PROVISIONAL_APPLICATION:
            detail = f"applied provisionally from {event.date}, not in force"
            status = Status.SIGNATORY if status is Status.SIGNATORY else Status.NOT_IN_FORCE
        elif event.type in (EventType.ENTRY_INTO_FORCE, EventType.SQP_IN_FORCE):
            status, since, detail = Status.IN_FORCE, event.date, _text_of(event, "in force")
        elif event.type is EventType.SQP_AMENDED:
            status, since, detail = Status.IN_FORCE, event.date, "amended text in force"
        elif event.type is EventType.SQP_RESCINDED:
            status, since, detail = Status.NOT_IN_FORCE, event.date, "rescinded"
        elif event.type is EventType.SUSPENSION:
            status, since, detail = Status.NOT_IN_FORCE, event.date, _text_of(event, "suspended")
        elif event.type is EventType.TERMINATION:
            status, since, detail = Status.NOT_IN_FORCE, event.date, "terminated"
    return StatusOnDate(status, since, detail, events)


def _membership_status(events: tuple[StatusEvent, ...]) -> StatusOnDate:
    status, since, detail = Status.NOT_MEMBER, None, ""
    for event in events:
        if event.type in (EventType.JOINED, EventType.SUBSCRIBED):
            status, since, detail = Status.MEMBER, event.date, event.type.value
        elif event.type is EventType.LEFT:
            status, since, detail = Status.NOT_MEMBER, event.date, "left"
    return StatusOnDate(status, since, detail, events)


def _text_of(event: StatusEvent, fallback: str) -> str:
    return f"{fallback} ({event.reference})" if event.reference else fallback
