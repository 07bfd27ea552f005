"""GET /api/v1/states and /api/v1/states/{code}."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from nonpro.api.deps import StatesDep
from nonpro.api.problems import problem_responses
from nonpro.registry.state import UnStatus
from nonpro.registry.state_public import DatasetVersionPublic, StateListPublic, StatePublic

router = APIRouter(prefix="/states", tags=["states"])


@router.get("", summary="List states", responses=problem_responses(422))
def list_states(
    states: StatesDep,
    q: Annotated[
        str, Query(max_length=100, description="Part of a name or a code; accents and case ignored")
    ] = "",
    un_status: Annotated[UnStatus | None, Query(description="Only states with this UN standing")] = None,
) -> StateListPublic:
    """Every ISO 3166-1 country, or those matching `q`, with UN standing and M49 region, each cited."""
    found = states.search(q, un_status)
    return StateListPublic(
        count=len(found),
        states=[StatePublic.of(s) for s in found],
        versions=[DatasetVersionPublic.of(v) for v in states.versions],
    )


@router.get("/{code}", summary="One state", responses=problem_responses(404, 422))
def get_state(
    states: StatesDep,
    code: Annotated[
        str, Path(description="ISO 3166-1 alpha-2 or alpha-3 code, any letter case", examples=["DE"])
    ],
) -> StatePublic:
    """One state by its alpha-2 or alpha-3 code."""
    return StatePublic.of(states.get(code))
