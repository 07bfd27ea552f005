"""An instrument's view: every state's status on a date, grouped and counted."""

from __future__ import annotations

from collections import Counter
from datetime import date

from nonpro.registry.instrument import InstrumentKind
from nonpro.registry.registry_model import Registry
from nonpro.registry.registry_public import InstrumentPublic, InstrumentViewPublic, StateStatusRow
from nonpro.registry.state import State, UnStatus
from nonpro.registry.state_public import DatasetVersionPublic
from nonpro.registry.status import Status


def status_row(registry: Registry, instrument_id: str, state: State, day: date) -> StateStatusRow:
    """One state's status in the instrument as a table row."""
    derived = registry.status(instrument_id, state, day)
    return StateStatusRow(
        alpha2=state.alpha2,
        alpha3=state.alpha3,
        name=state.name,
        status=derived.status,
        since=derived.since,
        detail=derived.detail,
    )


def instrument_view(
    registry: Registry, instrument_id: str, day: date, status: Status | None = None
) -> InstrumentViewPublic:
    """Every UN member and observer state (and any other recorded state) with its status on `day`."""
    instrument = registry.instrument(instrument_id)
    if instrument.kind in (InstrumentKind.UNSC_RESOLUTION, InstrumentKind.UNSC_SANCTIONS_REGIME):
        candidates: list[State] = []
    else:
        recorded = {code for (iid, code) in registry.records if iid == instrument.id}
        candidates = [s for s in registry.states if s.un_status is not UnStatus.NONE or s.alpha2 in recorded]
    rows = [status_row(registry, instrument.id, s, day) for s in candidates]
    counts = Counter(row.status.value for row in rows)
    shown = [row for row in rows if status is None or row.status is status]
    return InstrumentViewPublic(
        instrument=InstrumentPublic.of(instrument),
        as_of=day,
        counts=dict(counts),
        states=shown,
        versions=[DatasetVersionPublic.of(v) for v in registry.versions],
    )
