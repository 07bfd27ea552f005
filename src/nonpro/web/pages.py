"""The pages of the foundation: Home, States (searchable) and one State."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from nonpro.api.deps import RegistryDep, StatesDep
from nonpro.registry.queries.profile import state_profile
from nonpro.registry.state import UnStatus
from nonpro.web.registry_pages import day_of
from nonpro.web.rendering import render

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """What nonpro does and where each pillar lives."""
    return render(request, "home.html")


@router.get("/states", response_class=HTMLResponse)
def states_page(
    request: Request,
    states: StatesDep,
    q: Annotated[str, Query(max_length=100)] = "",
    un: Annotated[str, Query(max_length=10)] = "",
) -> HTMLResponse:
    """The searchable list of states."""
    status = UnStatus(un) if un in {s.value for s in UnStatus} else None
    found = states.search(q, status)
    return render(
        request,
        "states.html",
        states=found,
        q=q,
        un=un,
        total=len(states),
        versions=states.versions,
        statuses=list(UnStatus),
    )


@router.get("/states/{code}", response_class=HTMLResponse)
def state_page(
    request: Request, registry: RegistryDep, code: str, as_of: Annotated[str, Query(max_length=10)] = ""
) -> HTMLResponse:
    """One state's facts, each with its source, and its status in every instrument on a date."""
    state = registry.states.get(code)
    profile = state_profile(registry, state.alpha2, day_of(registry, as_of))
    return render(request, "state.html", state=state, profile=profile, as_of=as_of, recorded=registry.as_of)
