"""Importing a report file into the ledger: every ICR and PIL in it, in order, in the caller's transaction."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.ledger.icr import submit_icr
from nonpro.safeguards.ledger.pil import submit_pil
from nonpro.safeguards.ledger.submissions import IcrSubmission, PilSubmission
from nonpro.safeguards.models import Report
from nonpro.safeguards.reports.code10 import read_documents


def import_reports(
    session: Session, text: str, where: str, *, actor: str, today: date | None = None
) -> list[Report]:
    """Record every ICR and PIL of a labelled file; the first refusal refuses the file (the caller's
    transaction then records nothing). MBRs are made by closing balances, so an MBR in the file is refused."""
    recorded = []
    for document in read_documents(text, where):
        if isinstance(document, IcrSubmission):
            recorded.append(submit_icr(session, document, actor=actor, today=today))
        elif isinstance(document, PilSubmission):
            recorded.append(submit_pil(session, document, actor=actor, today=today))
        else:
            raise InvalidInputError(
                f"MBR {document.number} of MBA {document.mba} cannot be imported",
                where=where,
                expected="ICR and PIL reports; MBRs are made by `nonpro safeguards close`",
            )
    return recorded
