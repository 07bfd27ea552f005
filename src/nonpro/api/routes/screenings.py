"""POST /api/v1/screenings (one party or a batch) and POST /api/v1/screenings/decisions (review)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from nonpro.api.problems import problem_responses
from nonpro.core.errors import NonproError, NotFoundError
from nonpro.screening.public import (
    DecisionCreate,
    DecisionPublic,
    RejectedParty,
    ScreeningBatchPublic,
    ScreeningRequest,
    ScreeningResultPublic,
)
from nonpro.screening.query import party_query
from nonpro.screening.service import ListScreening, ServingScreening

router = APIRouter(prefix="/screenings", tags=["screening"])


def get_screening(request: Request) -> ListScreening:
    """The screening over the lists serving now (loaded once, reloaded after an import)."""
    state = request.app.state
    if getattr(state, "screening", None) is None:
        state.screening = ServingScreening(state.database)
    serving: ServingScreening = state.screening
    return serving.get()


def get_optional_screening(request: Request) -> ListScreening | None:
    """The screening over the serving lists, or None when no list has been imported yet."""
    try:
        return get_screening(request)
    except NotFoundError:
        return None


ScreeningDep = Annotated[ListScreening, Depends(get_screening)]
OptionalScreeningDep = Annotated[ListScreening | None, Depends(get_optional_screening)]


@router.post("", summary="Screen parties", responses=problem_responses(404, 422, 503))
def screen_parties(body: ScreeningRequest, screening: ScreeningDep) -> ScreeningBatchPublic:
    """Screen each party against every serving list with algorithm v1.

    Every hit carries its score and explanation; parties whose input cannot be used (empty or over-long
    name, unknown type, impossible date, unknown country) are listed in `rejected`, the rest are screened.
    404 when no list has been imported.
    """
    results: list[ScreeningResultPublic] = []
    rejected: list[RejectedParty] = []
    for index, party in enumerate(body.parties):
        try:
            query = party_query(
                party.name,
                schema=party.type,
                dob=party.dob,
                countries=tuple(party.countries),
                identifiers=tuple(party.identifiers),
            )
        except NonproError as error:
            rejected.append(RejectedParty(index=index, id=party.id, error=error.message))
            continue
        result = screening.screen(query, threshold=body.threshold, limit=body.limit)
        results.append(ScreeningResultPublic.of(result, party.id))
    return ScreeningBatchPublic(results=results, rejected=rejected)


@router.post(
    "/decisions", summary="Record a decision on a hit", status_code=201, responses=problem_responses(404, 422)
)
def decide(body: DecisionCreate, screening: ScreeningDep) -> DecisionPublic:
    """Append an officer's decision (true match or false positive) on the hit of a party against an entry.

    A false positive is shown as suppressed when the same party is screened again against the same entry,
    until the list changes that entry. Decisions are never edited; a later one supersedes an earlier one.
    """
    party = body.party
    query = party_query(
        party.name,
        schema=party.type,
        dob=party.dob,
        countries=tuple(party.countries),
        identifiers=tuple(party.identifiers),
    )
    return DecisionPublic.of(screening.decide(query, body.entry, body.verdict, body.reason, body.decided_by))
