"""A commitment scorecard: for each subscribing state, which called-for steps it had taken then and now."""

from __future__ import annotations

from datetime import date

from nonpro.core.errors import InvalidInputError
from nonpro.registry.instrument import InstrumentKind
from nonpro.registry.queries.gaps import wanted_status
from nonpro.registry.registry_loader import KINDS_WITHOUT_STATUS
from nonpro.registry.registry_model import Registry
from nonpro.registry.registry_public import (
    InstrumentPublic,
    NotScored,
    ScorecardItem,
    ScorecardPublic,
    ScorecardRow,
    ScorecardTotal,
)
from nonpro.registry.state_public import DatasetVersionPublic
from nonpro.registry.status import Status


def scorecard(registry: Registry, commitment_id: str, now: date) -> ScorecardPublic:
    """Subscribers of the commitment against each instrument it calls for, on adoption day and on `now`."""
    commitment = registry.instrument(commitment_id)
    if commitment.kind is not InstrumentKind.POLITICAL_COMMITMENT or not commitment.calls_for:
        raise InvalidInputError(
            f"{commitment.id!r} is not a political commitment that calls for instruments",
            where="commitment",
            expected="e.g. osce-athens-2009",
        )
    subscribers = [(s, registry.status(commitment.id, s, now)) for s in registry.states]
    subscribed = [(s, derived.since) for s, derived in subscribers if derived.status is Status.MEMBER]
    then = min((since for _, since in subscribed if since), default=now)
    every = [registry.instrument(i) for i in commitment.calls_for]
    called = [i for i in every if i.kind not in KINDS_WITHOUT_STATUS]
    not_scored = [
        NotScored(
            instrument=i.id,
            reason="binding on every UN Member State; what each State did to "
            "implement it is not recorded per state",
        )
        for i in every
        if i not in called
    ]
    rows = []
    for state, _ in subscribed:
        items = []
        for instrument in called:
            wanted = wanted_status(instrument)
            before = registry.status(instrument.id, state, then).status
            after = registry.status(instrument.id, state, now).status
            items.append(
                ScorecardItem(
                    instrument=instrument.id,
                    then=before,
                    now=after,
                    done_then=before is wanted,
                    done_now=after is wanted,
                )
            )
        rows.append(
            ScorecardRow(
                alpha2=state.alpha2,
                name=state.name,
                items=items,
                done_then=sum(i.done_then for i in items),
                done_now=sum(i.done_now for i in items),
            )
        )
    totals = [
        ScorecardTotal(
            instrument=instrument.id,
            wanted=wanted_status(instrument),
            done_then=sum(r.items[k].done_then for r in rows),
            done_now=sum(r.items[k].done_now for r in rows),
            uncertain_then=sum(r.items[k].then is Status.UNCERTAIN for r in rows),
            uncertain_now=sum(r.items[k].now is Status.UNCERTAIN for r in rows),
            of=len(rows),
        )
        for k, instrument in enumerate(called)
    ]
    return ScorecardPublic(
        commitment=InstrumentPublic.of(commitment),
        then=then,
        now=now,
        calls_for=[i.id for i in called],
        not_scored=not_scored,
        totals=totals,
        states=rows,
        versions=[DatasetVersionPublic.of(v) for v in registry.versions],
    )
