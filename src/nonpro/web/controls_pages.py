"""The control-list pages: all lists with a search box, one list as a tree, and one entry in context."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from nonpro.api.deps import ControlListsDep
from nonpro.controls.classify import Classification, classify_cas, classify_text
from nonpro.controls.context import entry_context
from nonpro.controls.entry import ControlEntry
from nonpro.controls.thresholds import check_thresholds, parse_assignments
from nonpro.web.rendering import render

router = APIRouter(include_in_schema=False)
_CAS_LIKE = re.compile(r"^\s*\d{2,7}-\d{2}-\d\s*$")


@router.get("/controls", response_class=HTMLResponse)
def controls_page(
    request: Request, lists: ControlListsDep, q: Annotated[str, Query(max_length=500)] = ""
) -> HTMLResponse:
    """Every list, and search across all of them by words or CAS number."""
    result: Classification | None = None
    if q.strip():
        result = classify_cas(lists, q) if _CAS_LIKE.match(q) else classify_text(lists, q, 25)
    return render(request, "controls.html", lists=lists.lists, q=q, result=result, versions=lists.versions)


@router.get("/controls/lists/{list_id}", response_class=HTMLResponse)
def list_page(
    request: Request, lists: ControlListsDep, list_id: str, q: Annotated[str, Query(max_length=500)] = ""
) -> HTMLResponse:
    """One list as a tree, or the entries of that list matching a search."""
    control_list = lists.control_list(list_id)
    children: dict[str | None, list[ControlEntry]] = defaultdict(list)
    for entry in control_list.entries:
        children[entry.parent].append(entry)
    found = None
    if q.strip():
        hits = classify_text(lists, q, len(lists)).candidates
        found = [c for c in hits if c.entry.list_id == control_list.id]
    return render(
        request, "controls_list.html", control_list=control_list, children=children, q=q, found=found
    )


@router.get("/controls/entries/{entry_id}", response_class=HTMLResponse)
def entry_page(request: Request, lists: ControlListsDep, entry_id: str) -> HTMLResponse:
    """One entry with its thresholds, correspondences, place in the list and source; values in the query
    string (e.g. `?frequency_hz=800`) are checked against the thresholds."""
    context = entry_context(lists, lists.entry(entry_id))
    entry = context.entry
    given = [
        f"{p.name}={request.query_params[p.name]}"
        for p in entry.parameters
        if request.query_params.get(p.name)
    ]
    check = check_thresholds(entry, parse_assignments(given)) if given else None
    return render(request, "controls_entry.html", context=context, entry=entry, check=check)
