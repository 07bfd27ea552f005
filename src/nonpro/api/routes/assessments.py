"""POST /api/v1/assessments: assess a transfer, store the decision append-only, return it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query

from nonpro.api.deps import ControlListsDep, DatabaseDep, RegistryDep
from nonpro.api.problems import problem_responses
from nonpro.api.routes.screenings import OptionalScreeningDep
from nonpro.assessment.decision import DecisionPublic
from nonpro.assessment.records import record_assessment
from nonpro.assessment.service import assess_raw
from nonpro.store.migrate import require_current

router = APIRouter(prefix="/assessments", tags=["assessment"])

EXAMPLE = {
    "date": "2026-03-01",
    "kind": "export",
    "exporting_state": "DE",
    "destination": "EG",
    "items": [{"description": "Thiodiglycol", "cas": "111-48-8", "quantity": 200, "unit": "kg"}],
    "parties": [{"role": "end_user", "name": "Example Chemicals", "country": "EG"}],
}


@router.post("", summary="Assess a transfer", responses=problem_responses(422, 503), status_code=201)
def create_assessment(
    registry: RegistryDep,
    controls: ControlListsDep,
    database: DatabaseDep,
    screening: OptionalScreeningDep,
    transfer: Annotated[
        dict[str, Any], Body(description="The transfer (docs/assessment.md)", examples=[EXAMPLE])
    ],
    record: Annotated[bool, Query(description="Store the decision (default true)")] = True,
    actor: Annotated[str, Query(max_length=200, description="Who asks, for the record")] = "api",
) -> DecisionPublic:
    """The decision on the transfer, every reason cited; every input problem is listed at once (422)."""
    valid, decision = assess_raw(transfer, registry, controls, screening)
    if record:
        require_current(database.engine)
        with database.transaction() as session:
            record_assessment(session, valid, decision, actor)
    return decision
