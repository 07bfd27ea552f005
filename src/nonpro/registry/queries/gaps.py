"""Gaps: the states of a group that are not in the wanted status for an instrument on a date."""

from __future__ import annotations

from datetime import date

from nonpro.registry.groups import group_members
from nonpro.registry.instrument import Instrument, InstrumentKind
from nonpro.registry.queries.instrument_view import status_row
from nonpro.registry.registry_model import Registry
from nonpro.registry.registry_public import GapsPublic
from nonpro.registry.state_public import DatasetVersionPublic
from nonpro.registry.status import Status


def wanted_status(instrument: Instrument) -> Status:
    """What "done" means for an instrument: party to a treaty, agreement in force, member of a regime."""
    if instrument.kind is InstrumentKind.TREATY:
        return Status.PARTY
    if instrument.kind is InstrumentKind.SAFEGUARDS_AGREEMENT:
        return Status.IN_FORCE
    return Status.MEMBER


def gaps(registry: Registry, group: str, instrument_id: str, day: date) -> GapsPublic:
    """Members of `group` on `day` whose status in the instrument is not the wanted one."""
    instrument = registry.instrument(instrument_id)
    name, members = group_members(registry, group, day)
    wanted = wanted_status(instrument)
    rows = [status_row(registry, instrument.id, s, day) for s in members]
    missing = [row for row in rows if row.status is not wanted]
    return GapsPublic(
        group=group,
        group_name=name,
        group_size=len(members),
        instrument=instrument.id,
        wanted=wanted,
        as_of=day,
        count=len(missing),
        gaps=missing,
        versions=[DatasetVersionPublic.of(v) for v in registry.versions],
    )
