"""Load and validate the registry data: instruments, then each instrument's status file, all or nothing.

Checks, each with a broken fixture in tests/registry/fixtures/registry/: every event cites a declared source;
dates are consistent (signature before consent, entry into force after consent, withdrawal after joining);
state and instrument codes exist; event types fit the instrument's kind; no event is dated after the file's
as-of date; every UN member and observer state appears in every treaty and safeguards file; a state with no
events names the record that shows it.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType

from nonpro.core.datasets import DatasetVersion, digest_files
from nonpro.core.errors import ReferenceDataError
from nonpro.core.yaml_files import load_yaml_model
from nonpro.registry.instrument import Instrument, InstrumentKind
from nonpro.registry.registry_model import Registry
from nonpro.registry.state import UnStatus
from nonpro.registry.state_loader import state_table
from nonpro.registry.state_table import StateTable
from nonpro.registry.status_event import CONSENT_TO_BE_BOUND, EventType, StateRecord, StatusEvent
from nonpro.registry.status_file import StateEntry, StatusFile

REGISTRY_DATA_DIR = Path(__file__).parent / "data"

TREATY_EVENTS = CONSENT_TO_BE_BOUND | {
    EventType.SIGNATURE,
    EventType.ENTRY_INTO_FORCE,
    EventType.WITHDRAWAL_NOTICE,
    EventType.WITHDRAWAL,
    EventType.DERATIFICATION,
    EventType.RESERVATION,
}
AGREEMENT_EVENTS = {
    EventType.SIGNATURE,
    EventType.BOARD_APPROVAL,
    EventType.ENTRY_INTO_FORCE,
    EventType.PROVISIONAL_APPLICATION,
    EventType.SUSPENSION,
    EventType.TERMINATION,
    EventType.SQP_IN_FORCE,
    EventType.SQP_AMENDED,
    EventType.SQP_RESCINDED,
}
MEMBERSHIP_EVENTS = {EventType.JOINED, EventType.LEFT, EventType.SUBSCRIBED}
ALLOWED_EVENTS = {
    InstrumentKind.TREATY: TREATY_EVENTS,
    InstrumentKind.SAFEGUARDS_AGREEMENT: AGREEMENT_EVENTS,
}
KINDS_WITHOUT_STATUS = {InstrumentKind.UNSC_RESOLUTION, InstrumentKind.UNSC_SANCTIONS_REGIME}


def load_registry(data_dir: Path = REGISTRY_DATA_DIR, states: StateTable | None = None) -> Registry:
    """Build the registry from `data_dir`; the first fault raises ReferenceDataError naming file and key."""
    states = states or state_table()
    instrument_files = sorted((data_dir / "instruments").glob("*.yaml"))
    instruments: dict[str, Instrument] = {}
    for path in instrument_files:
        instrument = load_yaml_model(path, Instrument)
        if instrument.id != path.stem:
            raise ReferenceDataError(
                f"id {instrument.id!r} differs from the file name",
                where=f"{path}: id",
                expected=f"id: {path.stem}",
            )
        for key, codes in (
            ("annex_2_states", instrument.annex_2_states),
            ("eligible_states", instrument.eligible_states),
        ):
            for index, code in enumerate(codes):
                _require_state(states, code, path, f"{key}[{index}]")
        instruments[instrument.id] = instrument
    for instrument in instruments.values():
        for index, other in enumerate([*instrument.calls_for, *instrument.related]):
            if other not in instruments:
                raise ReferenceDataError(
                    f"unknown instrument {other!r}",
                    where=f"{instrument.id}.yaml: calls_for/related[{index}]",
                    expected=f"one of {', '.join(sorted(instruments))}",
                )
    status_files = sorted((data_dir / "status").glob("*.yaml"))
    records: dict[tuple[str, str], StateRecord] = {}
    as_of: list[date] = []
    for path in status_files:
        status = load_yaml_model(path, StatusFile)
        found = instruments.get(status.instrument)
        if found is None or status.instrument != path.stem:
            raise ReferenceDataError(
                f"no instrument file for {status.instrument!r}",
                where=f"{path}: instrument",
                expected=f"the id of a file in {data_dir / 'instruments'} matching {path.stem}",
            )
        records.update(_records(status, found, states, path))
        as_of.append(status.as_of)
    covered = {instrument_id for instrument_id, _ in records}
    missing = [
        i
        for i in instruments.values()
        if i.kind not in KINDS_WITHOUT_STATUS and i.status_recorded and i.id not in covered
    ]
    if missing:
        raise ReferenceDataError(
            "instrument without a status file",
            where=str(data_dir / "status"),
            expected=f"a file for each of: {', '.join(sorted(i.id for i in missing))}",
        )
    version = DatasetVersion(
        "registry", f"as of {min(as_of) if as_of else 'empty'}", digest_files(instrument_files + status_files)
    )
    return Registry(
        MappingProxyType(instruments),
        MappingProxyType(records),
        states,
        min(as_of, default=date.min),
        (*states.versions, version),
    )


def _require_state(states: StateTable, code: str, path: Path, key: str) -> None:
    state = states.find(code)
    if state is None or state.alpha2 != code:
        raise ReferenceDataError(
            f"{code!r} is not an ISO 3166-1 alpha-2 code",
            where=f"{path}: {key}",
            expected="an upper-case alpha-2 code such as DE",
        )


def _records(
    status: StatusFile, instrument: Instrument, states: StateTable, path: Path
) -> dict[tuple[str, str], StateRecord]:
    records: dict[tuple[str, str], StateRecord] = {}
    allowed = ALLOWED_EVENTS.get(instrument.kind, MEMBERSHIP_EVENTS)
    for code, entry in status.states.items():
        where = f"{path}: states.{code}"
        _require_state(states, code, path, f"states.{code}")
        events = tuple(
            sorted(
                (_event(status, entry, i, where, allowed) for i in range(len(entry.events))),
                key=lambda e: e.date,
            )
        )
        for event in events:
            if event.date > status.as_of:
                raise ReferenceDataError(
                    f"event dated {event.date} is after the file's as_of {status.as_of}",
                    where=where,
                    expected=f"events up to {status.as_of}",
                )
        _check_order(events, where)
        no_action = None
        if not entry.events:
            if entry.source is None and entry.uncertain is None:
                raise ReferenceDataError(
                    "a state without events must name the record that shows no action",
                    where=f"{where}.source",
                    expected="a key of `sources`",
                )
            no_action = status.sources.get(entry.source) if entry.source else None
            if entry.source and no_action is None:
                raise ReferenceDataError(
                    f"unknown source {entry.source!r}",
                    where=f"{where}.source",
                    expected=f"one of {', '.join(status.sources)}",
                )
        records[(instrument.id, code)] = StateRecord(
            code, instrument.id, events, no_action, entry.uncertain, entry.note
        )
    required = set(instrument.eligible_states)
    if instrument.covers_every_state:
        required = {s.alpha2 for s in states if s.un_status is not UnStatus.NONE}
    absent = sorted(required - {code for _, code in records})
    if absent:
        raise ReferenceDataError(
            f"{len(absent)} {'eligible' if instrument.eligible_states else 'UN member or observer'} states "
            "are "
            f"missing: {', '.join(absent)}",
            where=f"{path}: states",
            expected="every such state, as party, signatory, withdrawn, not party (events: [] with a source) "
            "or uncertain",
        )
    return records


def _event(
    status: StatusFile,
    entry: StateEntry,
    index: int,
    where: str,
    allowed: AbstractSet[EventType],
) -> StatusEvent:
    raw = entry.events[index]
    place = f"{where}.events[{index}]"
    source = status.sources.get(raw.source)
    if source is None:
        raise ReferenceDataError(
            f"unknown source {raw.source!r}",
            where=f"{place}.source",
            expected=f"one of {', '.join(status.sources)}",
        )
    if raw.type not in allowed:
        raise ReferenceDataError(
            f"event type {raw.type.value!r} does not fit this instrument",
            where=f"{place}.type",
            expected=f"one of {', '.join(sorted(t.value for t in allowed))}",
        )
    return StatusEvent(raw.type, raw.date, source, raw.reference, raw.depositary, raw.note, raw.uncertain)


def _check_order(events: tuple[StatusEvent, ...], where: str) -> None:
    signed = next((e for e in events if e.type is EventType.SIGNATURE), None)
    bound = next((e for e in events if e.type in CONSENT_TO_BE_BOUND), None)
    if signed and bound and bound.type is EventType.RATIFICATION and bound.date < signed.date:
        raise ReferenceDataError(
            f"ratification {bound.date} precedes signature {signed.date}",
            where=where,
            expected="signature on or before ratification",
        )
    for event in events:
        if event.type is EventType.ENTRY_INTO_FORCE and signed and event.date < signed.date:
            raise ReferenceDataError(
                f"entry into force {event.date} precedes signature {signed.date}",
                where=where,
                expected="entry into force on or after signature",
            )
        retroactive = bound is not None and bound.type is EventType.SUCCESSION  # effective from independence
        if event.type is EventType.ENTRY_INTO_FORCE and bound and event.date < bound.date and not retroactive:
            raise ReferenceDataError(
                f"entry into force {event.date} precedes {bound.type.value} {bound.date}",
                where=where,
                expected="entry into force on or after the deposit",
            )
        if event.type in (EventType.WITHDRAWAL, EventType.DERATIFICATION) and (
            bound is None or event.date <= bound.date
        ):
            raise ReferenceDataError(
                f"{event.type.value} on {event.date} without an earlier joining",
                where=where,
                expected=f"{event.type.value} after a ratification, accession or succession",
            )
        if event.type is EventType.LEFT and not any(
            e.type is EventType.JOINED and e.date < event.date for e in events
        ):
            raise ReferenceDataError(
                f"left on {event.date} without joining before",
                where=where,
                expected="a joined event before the left event",
            )


@cache
def registry() -> Registry:
    """The process-wide registry, loaded once on first use."""
    return load_registry()
