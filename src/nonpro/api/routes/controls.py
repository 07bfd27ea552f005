"""GET /api/v1/controls/... and /api/v1/classify/...: the control lists and classification."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from nonpro.api.deps import ControlListsDep
from nonpro.api.problems import problem_responses
from nonpro.controls.classify import classify_cas, classify_id, classify_text
from nonpro.controls.context import entry_context
from nonpro.controls.public import ClassificationPublic, ControlListPublic, EntryContextPublic
from nonpro.controls.thresholds import check_thresholds, parse_assignments

router = APIRouter(tags=["controls"])
EntryId = Annotated[
    str,
    Path(description="An entry id in any common spelling, e.g. nsg2:3.A.1 or 3A225", examples=["nsg2:3.A.1"]),
]


@router.get("/controls/lists", summary="Control lists", responses=problem_responses(422))
def list_lists(lists: ControlListsDep) -> list[ControlListPublic]:
    """Every loaded list with its edition, regime, source and coverage notes (without entries)."""
    return [ControlListPublic.of(lst, with_entries=False) for lst in lists.lists]


@router.get("/controls/lists/{list_id}", summary="One list, flat", responses=problem_responses(404, 422))
def get_list(
    lists: ControlListsDep,
    list_id: Annotated[str, Path(description="A list id, e.g. cwc or nsg2", examples=["cwc"])],
) -> ControlListPublic:
    """Every entry of a list, flat, each with `id`, `parent` and `title`."""
    return ControlListPublic.of(lists.control_list(list_id))


@router.get(
    "/controls/entries/{entry_id}", summary="One entry in context", responses=problem_responses(404, 422)
)
def get_entry(lists: ControlListsDep, entry_id: EntryId) -> EntryContextPublic:
    """An entry with thresholds, correspondences, parents, children, siblings and applicable guidelines."""
    return EntryContextPublic.of(entry_context(lists, lists.entry(entry_id)))


@router.get("/classify/text", summary="Classify by description", responses=problem_responses(422))
def by_text(
    lists: ControlListsDep,
    q: Annotated[str, Query(max_length=500, description="A description of the item")],
    limit: Annotated[int, Query(ge=1, le=100, description="How many candidates")] = 10,
) -> ClassificationPublic:
    """Entries across all lists ranked by how well their titles and notes match, with the words matched."""
    return ClassificationPublic.of(classify_text(lists, q, limit), lists)


@router.get("/classify/cas", summary="Classify by CAS number", responses=problem_responses(422))
def by_cas(
    lists: ControlListsDep,
    cas: Annotated[str, Query(max_length=20, description="A CAS Registry Number", examples=["107-44-8"])],
) -> ClassificationPublic:
    """The entries (CWC schedule and others) that list this CAS number; the check digit is verified."""
    return ClassificationPublic.of(classify_cas(lists, cas), lists)


@router.get("/classify/id", summary="Classify by id", responses=problem_responses(404, 422))
def by_id(
    lists: ControlListsDep,
    id: Annotated[str, Query(max_length=100, description="An id in any spelling, e.g. 0B001.b.1")],
) -> ClassificationPublic:
    """The entries an id names: list codes, EU Annex I codes and US ECCNs, in any spelling."""
    return ClassificationPublic.of(classify_id(lists, id), lists)


@router.get(
    "/classify/parameters", summary="Check technical parameters", responses=problem_responses(404, 422)
)
def by_parameters(
    lists: ControlListsDep,
    entry: Annotated[str, Query(max_length=100, description="The entry to check", examples=["nsg2:3.A.1"])],
    param: Annotated[list[str], Query(description="NAME=NUMBER, repeatable", examples=["frequency_hz=800"])],
) -> ClassificationPublic:
    """Each threshold of the entry met, missed or not given, and the overall verdict."""
    values = parse_assignments(param)
    found = lists.entry(entry)
    query = " ".join([found.id, *(f"{k}={v:g}" for k, v in values.items())])
    return ClassificationPublic.of_check(check_thresholds(found, values), query, lists)
