"""The ledger: reports appended whole or refused whole with the line and reason; corrections supersede."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from nonpro.safeguards.errors import LedgerRefusedError
from nonpro.safeguards.ledger.closing import close_balances
from nonpro.safeguards.ledger.icr import submit_icr
from nonpro.safeguards.ledger.inventory import Grams, book_inventory
from nonpro.safeguards.ledger.pil import submit_pil
from nonpro.safeguards.ledger.registry import mba_by_code
from nonpro.safeguards.ledger.submissions import IcrLineIn, IcrSubmission, LineRef, PilLineIn, PilSubmission
from nonpro.safeguards.ledger.transfers import transfers_of
from nonpro.safeguards.models import IcrLine, Report
from nonpro.store.database import Database
from tests.safeguards.conftest import TODAY


def icr(number: int, *lines: IcrLineIn, mba: str = "XA01", report_date: str = "2026-02-28") -> IcrSubmission:
    return IcrSubmission(mba=mba, number=number, report_date=report_date, lines=list(lines))


def line(n: int, day: str, code: str, batch: str, grams: int, u235: int, **extra: object) -> IcrLineIn:
    return IcrLineIn.model_validate(
        {
            "line": n,
            "date": day,
            "code": code,
            "batch": batch,
            "material": "EU",
            "element_g": grams,
            "isotope_g": u235,
            "method": "SCALE",
        }
        | extra
    )


def pil(number: int, day: str, *items: tuple[str, int, int]) -> PilSubmission:
    lines = [
        PilLineIn(line=i, batch=b, material="EU", element_g=e, isotope_g=u, method="SCALE")
        for i, (b, e, u) in enumerate(items, start=1)
    ]
    return PilSubmission(mba="XA01", number=number, inventory_date=day, lines=lines)


FEBRUARY = icr(
    1,
    line(1, "2026-02-10", "RF", "B2", 50_000, 2_000, counterpart="FR"),
    line(2, "2026-02-20", "SD", "B1", 30_000, 1_200, counterpart="XA02"),
    line(3, "2026-02-25", "LD", "B3", 200, 8, method="NDA"),
)


def record_february(ledger: Database) -> None:
    with ledger.transaction() as session:
        submit_pil(session, pil(1, "2026-01-31", ("B1", 100_000, 4_000)), actor="operator", today=TODAY)
        submit_icr(session, FEBRUARY, actor="operator", today=TODAY)


def test_book_inventory_is_the_last_pil_plus_the_changes_since(ledger: Database) -> None:
    record_february(ledger)
    with ledger.transaction() as session:
        assert book_inventory(session, mba_by_code(session, "XA01").id) == {"EU": Grams(119_800, 4_792)}


def test_closing_a_balance_gives_the_mbr_in_the_standard_order_with_sigma_muf(ledger: Database) -> None:
    record_february(ledger)
    with ledger.transaction() as session:
        submit_pil(
            session,
            pil(2, "2026-02-28", ("B1", 70_000, 2_800), ("B2", 49_700, 1_988)),
            actor="op",
            today=TODAY,
        )
        [(report, [balance])] = close_balances(session, "XA01", actor="inspector")
    assert report.number == 1
    assert [(e.entry, e.element_g, e.isotope_g) for e in balance.entries] == [
        ("PB", 100_000, 4_000),
        ("RF", 50_000, 2_000),
        ("LD", 200, 8),
        ("SD", 30_000, 1_200),
        ("BA", 119_800, 4_792),
        ("PE", 119_700, 4_788),
        ("MF", 100, 4),
    ]
    # SCALE: random 1e-6 * (100000^2 + 50000^2 + 30000^2 + 70000^2 + 49700^2) = 20770.09,
    #        systematic ((100000 + 50000 - 30000 - 119700) * 0.0005)^2 = 0.0225;
    # NDA:   random (200 * 0.01)^2 = 4, systematic (200 * 0.005)^2 = 1.
    assert balance.sigma_muf_g == pytest.approx((20770.09 + 0.0225 + 4 + 1) ** 0.5)


def test_a_second_close_without_a_new_pil_is_refused(ledger: Database) -> None:
    record_february(ledger)
    with ledger.transaction() as session:
        submit_pil(
            session,
            pil(2, "2026-02-28", ("B1", 70_000, 2_800), ("B2", 49_700, 1_988)),
            actor="op",
            today=TODAY,
        )
        close_balances(session, "XA01", actor="inspector")
    with pytest.raises(Exception, match="nothing to close"), ledger.transaction() as session:
        close_balances(session, "XA01", actor="inspector")


def refusal(ledger: Database, submission: IcrSubmission) -> LedgerRefusedError:
    with pytest.raises(LedgerRefusedError) as caught, ledger.transaction() as session:
        submit_icr(session, submission, actor="operator", today=TODAY)
    return caught.value


@pytest.mark.parametrize(
    ("bad", "where", "what"),
    [
        (line(1, "2026-02-30", "RF", "B2", 10, 1, counterpart="FR"), "line 1", "'2026-02-30' is not a date"),
        (
            line(1, "2026-12-01", "RF", "B2", 10, 1, counterpart="FR"),
            "line 1",
            "after the report date or today",
        ),
        (line(1, "2026-02-10", "RF", "B99", 10, 1, counterpart="FR"), "line 1", "unknown batch 'B99'"),
        (line(1, "2026-02-10", "XX", "B2", 10, 1), "line 1", "unknown inventory change code 'XX'"),
        (line(1, "2026-02-10", "SD", "B1", 10, 1, counterpart="XA99"), "line 1", "unknown MBA 'XA99'"),
        (line(1, "2026-02-10", "RF", "N1", 10, 0, counterpart="FR"), "line 1", "holds NU, not EU"),
        (line(1, "2026-02-10", "RF", "B2", 10, 11, counterpart="FR"), "line 1", "exceeds element weight"),
        (line(1, "2026-02-10", "LD", "B2", 10, 1, method="ICP"), "line 1", "unknown measurement method"),
        (line(1, "2026-02-10", "LD", "B2", 10, 1, kmp="9"), "line 1", "unknown KMP '9' for this MBA"),
        (line(1, "2026-02-10", "LD", "B2", 10, 1, kmp="A"), "line 1", "KMP A is an inventory point"),
        (line(1, "2026-02-10", "LD", "B2", 10, 1, obligation="x y"), "line 1", "obligation code 'x y'"),
    ],
)
def test_a_bad_line_is_refused_with_its_line_and_reason(
    ledger: Database, bad: IcrLineIn, where: str, what: str
) -> None:
    error = refusal(ledger, icr(1, bad))
    assert [(p.where, what in p.what) for p in error.problems] == [(where, True)]


def test_an_unknown_mba_is_refused(ledger: Database) -> None:
    error = refusal(ledger, icr(1, line(1, "2026-02-10", "RF", "B2", 10, 1, counterpart="FR"), mba="ZZ99"))
    assert "unknown MBA 'ZZ99'" in error.message


def test_an_inventory_that_would_go_negative_is_refused_and_nothing_is_recorded(ledger: Database) -> None:
    record_february(ledger)
    error = refusal(
        ledger,
        icr(
            2,
            line(1, "2026-03-02", "RF", "B4", 10_000, 400, counterpart="FR"),
            line(2, "2026-03-03", "SD", "B1", 200_000, 8_000, counterpart="XA02"),
            report_date="2026-03-31",
        ),
    )
    assert [(p.where, p.what) for p in error.problems] == [
        ("line 2", "would make the book inventory of EU negative (element -70200 g)")
    ]
    with ledger.transaction() as session:
        assert session.scalar(select(func.count()).select_from(IcrLine)) == 3
        assert session.scalar(select(func.count()).select_from(Report).where(Report.kind == "ICR")) == 1


def test_a_report_number_gap_is_refused(ledger: Database) -> None:
    record_february(ledger)
    error = refusal(ledger, icr(3, line(1, "2026-02-27", "GA", "B4", 10, 1), report_date="2026-02-28"))
    assert (error.problems[0].where, error.problems[0].what) == (
        "report number",
        "ICR number 3 leaves a gap (2 missing)",
    )


def test_a_change_dated_in_a_closed_period_is_refused(ledger: Database) -> None:
    record_february(ledger)
    with ledger.transaction() as session:
        submit_pil(
            session,
            pil(2, "2026-02-28", ("B1", 70_000, 2_800), ("B2", 49_700, 1_988)),
            actor="op",
            today=TODAY,
        )
    error = refusal(ledger, icr(2, line(1, "2026-02-27", "GA", "B4", 10, 1), report_date="2026-03-05"))
    assert "closed by the PIL of 2026-02-28" in error.problems[0].what


def test_a_correction_supersedes_the_line_it_names_and_cannot_be_repeated(ledger: Database) -> None:
    record_february(ledger)
    fix = line(1, "2026-02-25", "LD", "B3", 180, 7, method="NDA", corrects=LineRef(report=1, line=3))
    with ledger.transaction() as session:
        submit_icr(session, icr(2, fix), actor="operator", today=TODAY)
        assert book_inventory(session, mba_by_code(session, "XA01").id) == {"EU": Grams(119_820, 4_793)}
    again = line(1, "2026-02-25", "LD", "B3", 150, 6, method="NDA", corrects=LineRef(report=1, line=3))
    error = refusal(ledger, icr(3, again))
    assert error.problems[0].what == "ICR 1 line 3 is already corrected"


def test_the_database_refuses_to_edit_or_delete_ledger_lines(ledger: Database) -> None:
    record_february(ledger)
    for statement in ("UPDATE sg_icr_line SET element_g = 0", "DELETE FROM sg_report"):
        with pytest.raises(DBAPIError, match="append-only"), ledger.engine.begin() as connection:
            connection.execute(text(statement))


def test_a_domestic_transfer_is_matched_with_its_receipt_and_its_difference_tested(ledger: Database) -> None:
    record_february(ledger)
    receipt = line(1, "2026-02-22", "RD", "B1", 29_940, 1_198, counterpart="XA01", method="NDA")
    with ledger.transaction() as session:
        submit_icr(session, icr(1, receipt, mba="XA02"), actor="store", today=TODAY)
        [transfer] = transfers_of(session, "XA02")
    assert (transfer.shipper, transfer.receiver, transfer.batch) == ("XA01", "XA02", "B1")
    assert (transfer.shipped_g, transfer.received_g, transfer.difference_g) == (30_000, 29_940, 60)
    # SCALE on 30000 g: (30 random, 15 systematic); NDA on 29940 g: (299.4, 149.7)
    assert transfer.sigma_g == pytest.approx((30**2 + 15**2 + 299.4**2 + 149.7**2) ** 0.5)
    assert transfer.significant is False


def test_a_shipment_not_yet_received_is_listed_with_the_receipt_missing(ledger: Database) -> None:
    record_february(ledger)
    with ledger.transaction() as session:
        [transfer] = transfers_of(session, "XA01")
    assert (transfer.shipped_g, transfer.received_g, transfer.difference_g) == (30_000, None, None)
