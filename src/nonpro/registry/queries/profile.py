"""A state's profile: every instrument with its status on a date, the key dates and their sources."""

from __future__ import annotations

from datetime import date

from nonpro.registry.registry_loader import KINDS_WITHOUT_STATUS
from nonpro.registry.registry_model import Registry
from nonpro.registry.registry_public import InstrumentStatusPublic, StateProfilePublic, StateRef
from nonpro.registry.state_public import DatasetVersionPublic


def state_profile(registry: Registry, code: str, day: date) -> StateProfilePublic:
    """The state's status in every instrument that has status data, on `day`."""
    state = registry.states.get(code)
    rows = []
    for instrument in sorted(registry.instruments.values(), key=lambda i: (i.kind.value, i.id)):
        record = registry.record(instrument.id, state.alpha2)
        if instrument.kind in KINDS_WITHOUT_STATUS or (record is None and instrument.covers_every_state):
            continue  # nothing is recorded per state (UNSC), or the state is outside the UN system
        derived = registry.status(instrument.id, state, day)
        rows.append(
            InstrumentStatusPublic.of(instrument, derived, record.no_action_source if record else None)
        )
    return StateProfilePublic(
        state=StateRef.of(state),
        as_of=day,
        instruments=rows,
        versions=[DatasetVersionPublic.of(v) for v in registry.versions],
    )
