"""The screening page: screen one party and read why each hit is a hit."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from nonpro.api.routes.screenings import OptionalScreeningDep
from nonpro.core.errors import InvalidInputError
from nonpro.screening.entry import Schema
from nonpro.screening.query import party_query
from nonpro.web.rendering import render

router = APIRouter(include_in_schema=False)


@router.get("/screening", response_class=HTMLResponse)
def screening_page(
    request: Request,
    screening: OptionalScreeningDep,
    name: Annotated[str, Query(max_length=1000)] = "",
    dob: Annotated[str, Query(max_length=20)] = "",
    country: Annotated[str, Query(max_length=100)] = "",
    party_type: Annotated[str, Query(alias="type", max_length=20)] = "",
) -> HTMLResponse:
    """The form, and for a name given, the hits with their explanations."""
    context: dict[str, Any] = {
        "name": name,
        "dob": dob,
        "country": country,
        "type": party_type,
        "types": [s.value for s in Schema],
    }
    if screening is None:
        notice = (
            "No list is loaded yet: import one first, e.g. `nonpro lists import un FILE` (docs/screening.md)."
        )
        return render(request, "screening.html", result=None, error=notice, **context)
    if not name:
        return render(request, "screening.html", result=None, error="", **context)
    try:
        query = party_query(
            name, schema=party_type or None, dob=dob or None, countries=(country,) if country else ()
        )
    except InvalidInputError as error:
        return render(request, "screening.html", status_code=422, result=None, error=error.message, **context)
    return render(request, "screening.html", result=screening.screen(query), error="", **context)
