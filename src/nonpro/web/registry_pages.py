"""Registry pages: instruments (with a world map), gaps, scorecards and changes, with CSV and JSON links."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from nonpro.api.deps import RegistryDep
from nonpro.core.dates import parse_date
from nonpro.registry.instrument import InstrumentKind
from nonpro.registry.queries.changes import changes_between
from nonpro.registry.queries.gaps import gaps
from nonpro.registry.queries.instrument_view import instrument_view
from nonpro.registry.queries.scorecard import scorecard
from nonpro.registry.registry_model import Registry
from nonpro.registry.status import Status
from nonpro.web.rendering import render
from nonpro.web.world_map import HEIGHT, WIDTH, country_paths

router = APIRouter(include_in_schema=False)
DateText = Annotated[str, Query(max_length=10)]


def day_of(registry: Registry, text: str, where: str = "as_of") -> date:
    """The date a form asked for (default today), checked against the covered range."""
    today = datetime.now(UTC).date()
    return registry.check_date(parse_date(text, where) if text else today, today)


@router.get("/instruments", response_class=HTMLResponse)
def instruments_page(request: Request, registry: RegistryDep) -> HTMLResponse:
    """Every instrument, grouped by kind."""
    by_kind = {
        kind: sorted((i for i in registry.instruments.values() if i.kind is kind), key=lambda i: i.id)
        for kind in InstrumentKind
    }
    return render(
        request, "instruments.html", by_kind={k: v for k, v in by_kind.items() if v}, as_of=registry.as_of
    )


@router.get("/instruments/{instrument_id}", response_class=HTMLResponse)
def instrument_page(
    request: Request,
    registry: RegistryDep,
    instrument_id: str,
    as_of: DateText = "",
    status: Annotated[str, Query(max_length=20)] = "",
) -> HTMLResponse:
    """One instrument: its facts, a world map coloured by status, and every state's status."""
    day = day_of(registry, as_of)
    wanted = Status(status) if status in {s.value for s in Status} else None
    view = instrument_view(registry, instrument_id, day)
    numeric = {s.alpha2: s.numeric for s in registry.states}
    paths = country_paths()
    shapes = [(row, paths[numeric[row.alpha2]]) for row in view.states if numeric.get(row.alpha2) in paths]
    rows = [row for row in view.states if wanted is None or row.status is wanted]
    return render(
        request,
        "instrument.html",
        view=view,
        rows=rows,
        shapes=shapes,
        width=WIDTH,
        height=HEIGHT,
        map_available=bool(paths),
        background=[p for c, p in paths.items() if c not in {numeric[r.alpha2] for r, _ in shapes}],
        as_of=as_of,
        status=status,
        statuses=sorted(view.counts),
    )


@router.get("/gaps", response_class=HTMLResponse)
def gaps_page(
    request: Request,
    registry: RegistryDep,
    group: Annotated[str, Query(max_length=200)] = "",
    instrument: Annotated[str, Query(max_length=40)] = "",
    as_of: DateText = "",
) -> HTMLResponse:
    """Which states of a group have not joined an instrument (form and answer)."""
    found = gaps(registry, group, instrument, day_of(registry, as_of)) if group and instrument else None
    return render(
        request,
        "gaps.html",
        found=found,
        group=group,
        instrument=instrument,
        as_of=as_of,
        instruments=sorted(registry.instruments),
    )


@router.get("/scorecards/{commitment_id}", response_class=HTMLResponse)
def scorecard_page(
    request: Request, registry: RegistryDep, commitment_id: str, as_of: DateText = ""
) -> HTMLResponse:
    """A political commitment's scorecard, then and now."""
    card = scorecard(registry, commitment_id, day_of(registry, as_of))
    return render(request, "scorecard.html", card=card, as_of=as_of)


@router.get("/changes", response_class=HTMLResponse)
def changes_page(
    request: Request,
    registry: RegistryDep,
    start: Annotated[str, Query(alias="from", max_length=10)] = "",
    end: Annotated[str, Query(alias="to", max_length=10)] = "",
    instrument: Annotated[str, Query(max_length=40)] = "",
) -> HTMLResponse:
    """Status changes between two dates."""
    found = None
    if start:
        found = changes_between(
            registry, day_of(registry, start, "from"), day_of(registry, end, "to"), instrument or None
        )
    return render(
        request,
        "changes.html",
        found=found,
        start=start,
        end=end,
        instrument=instrument,
        instruments=sorted(registry.instruments),
    )
