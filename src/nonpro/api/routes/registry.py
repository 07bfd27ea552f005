"""Registry endpoints: a state's profile, instruments, gaps, scorecards and changes, as JSON or CSV."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from nonpro.api.deps import RegistryDep
from nonpro.api.problems import problem_responses
from nonpro.registry.queries.changes import changes_between
from nonpro.registry.queries.gaps import gaps
from nonpro.registry.queries.instrument_view import instrument_view
from nonpro.registry.queries.profile import state_profile
from nonpro.registry.queries.scorecard import scorecard
from nonpro.registry.registry_model import Registry
from nonpro.registry.registry_public import (
    ChangesPublic,
    GapsPublic,
    InstrumentPublic,
    InstrumentViewPublic,
    ScorecardPublic,
    StateProfilePublic,
)
from nonpro.registry.status import Status
from nonpro.registry.tables import (
    Table,
    changes_table,
    gaps_table,
    instrument_table,
    profile_table,
    scorecard_table,
    to_csv,
)

router = APIRouter(tags=["registry"])
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {}}, "description": "JSON, or CSV when format=csv"}
}
ERRORS = {**problem_responses(404, 422), **CSV_RESPONSE}


class Format(StrEnum):
    """How a table is returned."""

    JSON = "json"
    CSV = "csv"


AsOf = Annotated[date | None, Query(description="Date to answer for, YYYY-MM-DD (default: today)")]
FormatQuery = Annotated[Format, Query(description="json (default) or csv")]


def _day(registry: Registry, as_of: date | None) -> date:
    today = datetime.now(UTC).date()
    return registry.check_date(as_of or today, today)


def _csv(table: Table, name: str) -> Response:
    return Response(
        to_csv(table),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


@router.get(
    "/states/{code}/profile",
    summary="A state's profile",
    responses=ERRORS,
    response_model=StateProfilePublic,
)
def get_profile(
    registry: RegistryDep,
    code: Annotated[str, Path(description="ISO 3166-1 alpha-2 or alpha-3 code, any letter case")],
    as_of: AsOf = None,
    format: FormatQuery = Format.JSON,
) -> StateProfilePublic | Response:
    """The state's status in every instrument on the date, with key dates and their sources."""
    profile = state_profile(registry, code, _day(registry, as_of))
    return (
        _csv(profile_table(profile), f"{profile.state.alpha2}-{profile.as_of}")
        if format is Format.CSV
        else profile
    )


@router.get("/instruments", summary="List instruments", responses=problem_responses(422))
def list_instruments(registry: RegistryDep) -> list[InstrumentPublic]:
    """Every instrument the registry knows, with its facts, summary and source."""
    return [
        InstrumentPublic.of(i) for i in sorted(registry.instruments.values(), key=lambda i: (i.kind, i.id))
    ]


@router.get(
    "/instruments/{instrument_id}",
    summary="An instrument and every state's status",
    responses=ERRORS,
    response_model=InstrumentViewPublic,
)
def get_instrument(
    registry: RegistryDep,
    instrument_id: Annotated[str, Path(description="Instrument id, e.g. npt, iaea-ap, nsg")],
    status: Annotated[Status | None, Query(description="Only states with this status")] = None,
    as_of: AsOf = None,
    format: FormatQuery = Format.JSON,
) -> InstrumentViewPublic | Response:
    """Parties, signatories, withdrawn and non-parties (or members) on the date, with counts."""
    view = instrument_view(registry, instrument_id, _day(registry, as_of), status)
    return (
        _csv(instrument_table(view), f"{view.instrument.id}-{view.as_of}") if format is Format.CSV else view
    )


@router.get(
    "/gaps",
    summary="Gaps of a group in an instrument",
    responses=ERRORS,
    response_model=GapsPublic,
)
def get_gaps(
    registry: RegistryDep,
    group: Annotated[
        str, Query(description="un, un+observers, osce, eu, a regime id, m49:<area>, or DE,FR,…")
    ],
    instrument: Annotated[str, Query(description="Instrument id, e.g. a-cppnm")],
    as_of: AsOf = None,
    format: FormatQuery = Format.JSON,
) -> GapsPublic | Response:
    """The states of the group that are not party to (in force, member of) the instrument on the date."""
    found = gaps(registry, group, instrument, _day(registry, as_of))
    return (
        _csv(gaps_table(found), f"gaps-{found.instrument}-{found.as_of}") if format is Format.CSV else found
    )


@router.get(
    "/scorecards/{commitment_id}",
    summary="A commitment's scorecard",
    responses=ERRORS,
    response_model=ScorecardPublic,
)
def get_scorecard(
    registry: RegistryDep,
    commitment_id: Annotated[str, Path(description="Political commitment id, e.g. osce-athens-2009")],
    as_of: AsOf = None,
    format: FormatQuery = Format.JSON,
) -> ScorecardPublic | Response:
    """For each subscribing state, which called-for instruments it had joined on adoption and on the date."""
    card = scorecard(registry, commitment_id, _day(registry, as_of))
    return (
        _csv(scorecard_table(card), f"scorecard-{commitment_id}-{card.now}") if format is Format.CSV else card
    )


@router.get(
    "/changes",
    summary="Status changes between two dates",
    responses=ERRORS,
    response_model=ChangesPublic,
)
def get_changes(
    registry: RegistryDep,
    start: Annotated[date, Query(alias="from", description="First date, YYYY-MM-DD")],
    end: Annotated[
        date | None, Query(alias="to", description="Second date, YYYY-MM-DD (default: today)")
    ] = None,
    instrument: Annotated[str | None, Query(description="Only this instrument")] = None,
    format: FormatQuery = Format.JSON,
) -> ChangesPublic | Response:
    """Every state whose status in an instrument differs between the dates, with the events in between."""
    found = changes_between(registry, _day(registry, start), _day(registry, end), instrument)
    return (
        _csv(changes_table(found), f"changes-{found.from_date}-{found.to_date}")
        if format is Format.CSV
        else found
    )
