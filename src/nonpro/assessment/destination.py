"""The destination's standing in an instrument on the transfer date, as evidence a reason can cite."""

from __future__ import annotations

from typing import Any

from nonpro.assessment.rule import Facts
from nonpro.registry.status import Status, StatusOnDate


def destination_status(facts: Facts, instrument_id: str) -> StatusOnDate:
    """The destination's status in the instrument on the transfer date."""
    state = facts.registry.states.get(facts.transfer.destination)
    return facts.registry.status(instrument_id, state, facts.transfer.date)


def status_evidence(facts: Facts, instrument_id: str, derived: StatusOnDate) -> dict[str, Any]:
    """The registry fact a reason rests on, with the sources of its events (or of the record of no action)."""
    record = facts.registry.record(instrument_id, facts.transfer.destination)
    sources = {e.source.cite() for e in derived.events}
    if not sources and record is not None and record.no_action_source is not None:
        sources = {f"no action recorded: {record.no_action_source.cite()}"}
    return {
        "kind": "registry_status",
        "state": facts.transfer.destination,
        "instrument": instrument_id,
        "date": facts.transfer.date.isoformat(),
        "status": derived.status.value,
        "since": derived.since.isoformat() if derived.since else None,
        "detail": derived.detail,
        "sources": sorted(sources),
    }


def is_state_party(derived: StatusOnDate) -> bool | None:
    """True for a party, False for any other settled status, None when the registry is uncertain."""
    if derived.status is Status.UNCERTAIN:
        return None
    return derived.status is Status.PARTY
