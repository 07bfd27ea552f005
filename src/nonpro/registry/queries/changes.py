"""What changed between two dates: each state whose status differs, and the events in between."""

from __future__ import annotations

from datetime import date, timedelta

from nonpro.core.errors import InvalidInputError
from nonpro.registry.registry_model import Registry
from nonpro.registry.registry_public import ChangesPublic, EventPublic, StatusChangePublic
from nonpro.registry.state_public import DatasetVersionPublic
from nonpro.registry.status import status_on


def changes_between(
    registry: Registry, start: date, end: date, instrument_id: str | None = None
) -> ChangesPublic:
    """Status changes from `start` to `end`, optionally for one instrument."""
    if end < start:
        raise InvalidInputError(
            f"the end date {end} is before the start date {start}",
            where="dates",
            expected="--from on or before --to",
        )
    wanted = registry.instrument(instrument_id).id if instrument_id else None
    # A status can change with no event in the window when a treaty binds a state some days after its deposit;
    # records with nothing dated within the longest such delay before the window cannot change.
    delay = max(
        (
            i.state_entry_into_force.days_after_deposit
            for i in registry.instruments.values()
            if i.state_entry_into_force
        ),
        default=0,
    )
    settled = start - timedelta(days=delay)
    found = []
    for (iid, code), record in sorted(registry.records.items()):
        if wanted and iid != wanted:
            continue
        instrument = registry.instruments[iid]
        treaty_start = instrument.entry_into_force
        if not any(e.date > settled for e in record.events) and not (
            treaty_start and start < treaty_start <= end
        ):
            continue  # nothing dated near or inside the window can change this state's status
        before, after = status_on(instrument, record, start), status_on(instrument, record, end)
        if before.status is not after.status:
            state = registry.states.get(code)
            between = [EventPublic.of(e) for e in record.events if start < e.date <= end]
            found.append(
                StatusChangePublic(
                    alpha2=code,
                    name=state.name,
                    instrument=iid,
                    before=before.status,
                    after=after.status,
                    events=between,
                )
            )
    return ChangesPublic(
        from_date=start,
        to_date=end,
        count=len(found),
        changes=found,
        versions=[DatasetVersionPublic.of(v) for v in registry.versions],
    )
