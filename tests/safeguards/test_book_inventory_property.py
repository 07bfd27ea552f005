"""Property: whatever sequence of receipts, shipments and corrections is accepted, the book inventory
equals the sum of the accepted lines, and no refused report leaves a trace."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from nonpro.safeguards.errors import LedgerRefusedError
from nonpro.safeguards.ledger.icr import submit_icr
from nonpro.safeguards.ledger.inventory import Grams, book_inventory
from nonpro.safeguards.ledger.registry import register_mba
from nonpro.safeguards.ledger.submissions import IcrLineIn, IcrSubmission, LineRef
from nonpro.safeguards.models import IcrLine
from nonpro.store.database import Database
from tests.safeguards.conftest import TODAY

START = date(2026, 1, 1)
operation = st.tuples(
    st.sampled_from(["RF", "SF", "LD", "GA", "fix"]),
    st.integers(min_value=0, max_value=50_000),
    st.integers(min_value=0, max_value=5),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=st.lists(operation, min_size=1, max_size=12))
def test_book_inventory_equals_the_sum_of_accepted_lines(
    ledger: Database, operations: list[tuple[str, int, int]]
) -> None:
    mba = f"P{uuid.uuid4().hex[:8]}"
    with ledger.transaction() as session:
        mba_id = register_mba(session, "FAB", mba, "property test").id
    accepted: dict[tuple[int, int], int] = {}  # (report, line) -> signed grams, superseded entries removed
    number = 0
    for day, (code, grams, pick) in enumerate(operations, start=1):
        corrects = None
        if code == "fix":
            if not accepted:
                continue
            corrects = sorted(accepted)[pick % len(accepted)]
            code = "LD"
        counterpart = "FR" if code in ("RF", "SF") else None
        entry = IcrLineIn(
            line=1,
            date=(START + timedelta(days=day)).isoformat(),
            code=code,
            batch="B1",
            material="EU",
            element_g=grams,
            counterpart=counterpart,
            corrects=LineRef(report=corrects[0], line=corrects[1]) if corrects else None,
        )
        submission = IcrSubmission(mba=mba, number=number + 1, report_date=entry.date, lines=[entry])
        signed = grams if code in ("RF", "GA") else -grams
        expected_total = sum(accepted.values()) + signed - (accepted[corrects] if corrects else 0)
        try:
            with ledger.transaction() as session:
                submit_icr(session, submission, actor="property", today=TODAY)
        except LedgerRefusedError:
            assert expected_total < 0
            continue
        number += 1
        if corrects:
            del accepted[corrects]
        accepted[(number, 1)] = signed
    with ledger.transaction() as session:
        book = book_inventory(session, mba_id)
        stored = session.scalar(select(func.count()).select_from(IcrLine).where(IcrLine.mba_id == mba_id))
    assert book.get("EU", Grams(0, 0)).element == sum(accepted.values())
    assert stored == number
