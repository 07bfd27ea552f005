"""The assessment form: enter a transfer, read the decision and every reason; works without JavaScript."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from nonpro.api.deps import ControlListsDep, DatabaseDep, RegistryDep
from nonpro.api.routes.screenings import OptionalScreeningDep
from nonpro.assessment.records import record_assessment
from nonpro.assessment.service import assess_raw
from nonpro.assessment.transfer import Assurances, ExporterKnowledge, PartyRole, TransferKind
from nonpro.core.errors import InvalidInputError
from nonpro.store.migrate import require_current
from nonpro.web.rendering import render

router = APIRouter(include_in_schema=False)
ITEM_ROWS, PARTY_ROWS = 3, 4


def _form_context(registry: RegistryDep, controls: ControlListsDep) -> dict[str, Any]:
    return {
        "kinds": list(TransferKind),
        "roles": list(PartyRole),
        "item_rows": range(ITEM_ROWS),
        "party_rows": range(PARTY_ROWS),
        "knowledge": list(ExporterKnowledge.model_fields),
        "assurances": list(Assurances.model_fields),
        "entry_ids": [e.id for e in controls],
        "states": [s for s in registry.states if s.un_status.value != "none"],
    }


def transfer_from_form(form: dict[str, str]) -> dict[str, Any]:
    """The transfer a filled-in form describes; blank item and party rows are left out."""
    items = []
    for i in range(ITEM_ROWS):
        description = form.get(f"item{i}_description", "").strip()
        entries = [e.strip() for e in form.get(f"item{i}_entries", "").split(",") if e.strip()]
        cas = form.get(f"item{i}_cas", "").strip()
        if description or entries or cas:
            items.append(
                {
                    "description": description or "(no description)",
                    "control_entries": entries,
                    **({"cas": cas} if cas else {}),
                }
            )
    parties = [
        {
            "role": form.get(f"party{i}_role", ""),
            "name": form[f"party{i}_name"].strip(),
            **({"country": form[f"party{i}_country"]} if form.get(f"party{i}_country") else {}),
        }
        for i in range(PARTY_ROWS)
        if form.get(f"party{i}_name", "").strip()
    ]
    transfer: dict[str, Any] = {
        "date": form.get("date", ""),
        "kind": form.get("kind", ""),
        "exporting_state": form.get("exporting_state", ""),
        "destination": form.get("destination", ""),
        "items": items,
        "parties": parties,
        "exporter_knowledge": {k: k in form for k in ExporterKnowledge.model_fields},
        "assurances": {k: k in form for k in Assurances.model_fields},
    }
    if form.get("end_use", "").strip():
        transfer["end_use"] = {
            "description": form["end_use"].strip(),
            **({"category": form["end_use_category"]} if form.get("end_use_category") else {}),
        }
    return transfer


@router.get("/assess", response_class=HTMLResponse)
def assessment_form(request: Request, registry: RegistryDep, controls: ControlListsDep) -> HTMLResponse:
    """An empty transfer form."""
    return render(request, "assess.html", form={}, **_form_context(registry, controls))


@router.post("/assess", response_class=HTMLResponse)
async def assess_form(
    request: Request,
    registry: RegistryDep,
    controls: ControlListsDep,
    database: DatabaseDep,
    screening: OptionalScreeningDep,
) -> HTMLResponse:
    """Assess the submitted transfer and show the decision, or the form again with every problem."""
    form = {k: str(v) for k, v in (await request.form()).items()}
    context = _form_context(registry, controls)
    try:
        transfer, decision = assess_raw(transfer_from_form(form), registry, controls, screening)
    except InvalidInputError as error:
        return render(request, "assess.html", status_code=422, form=form, error=error, **context)
    require_current(database.engine)
    with database.transaction() as session:
        record_assessment(session, transfer, decision, actor="web")
    return render(request, "decision.html", decision=decision, transfer=transfer)
