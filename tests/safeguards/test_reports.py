"""The labelled report format: ICR, PIL and MBR written, read back and re-imported unchanged."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.errors import LedgerRefusedError
from nonpro.safeguards.ledger.closing import close_balances
from nonpro.safeguards.ledger.reading import read_icr, read_mbr, read_pil, report_numbers
from nonpro.safeguards.models import Report
from nonpro.safeguards.reports.code10 import read_documents, write_document
from nonpro.safeguards.reports.importing import import_reports
from nonpro.store.database import Database
from tests.safeguards.conftest import TODAY
from tests.safeguards.report_samples import CORRECTION_AND_CLOSING, OPENING


def load(ledger: Database, text: str) -> None:
    with ledger.transaction() as session:
        import_reports(session, text, "reports.txt", actor="operator", today=TODAY)


def test_reports_read_back_as_the_text_they_came_from() -> None:
    text = OPENING + CORRECTION_AND_CLOSING
    documents = read_documents(text, "reports.txt")
    assert [type(d).__name__ for d in documents] == [
        "PilSubmission",
        "IcrSubmission",
        "IcrSubmission",
        "PilSubmission",
    ]
    assert "".join(write_document(d) for d in documents) == text.split("\n", 1)[1]


def test_imported_reports_export_unchanged_from_the_ledger(ledger: Database) -> None:
    load(ledger, OPENING)
    load(ledger, CORRECTION_AND_CLOSING)
    with ledger.transaction() as session:
        exported = (
            write_document(read_pil(session, "XA01", 1))
            + write_document(read_icr(session, "XA01", 1))
            + write_document(read_icr(session, "XA01", 2))
            + write_document(read_pil(session, "XA01", 2))
        )
    assert exported == (OPENING + CORRECTION_AND_CLOSING).split("\n", 1)[1]


def test_an_mbr_round_trips_through_the_format(ledger: Database) -> None:
    load(ledger, OPENING)
    load(ledger, CORRECTION_AND_CLOSING)
    with ledger.transaction() as session:
        close_balances(session, "XA01", actor="inspector")
        mbr = read_mbr(session, "XA01", 1)
    assert [(e.entry, e.element_g) for e in mbr.entries] == [
        ("PB", 100_000),
        ("RF", 50_000),
        ("LD", 300),
        ("SD", 30_000),
        ("BA", 119_700),
        ("PE", 119_700),
        ("MF", 0),
    ]
    text = write_document(mbr)
    assert "BALANCE: MF" in text
    assert read_documents(text, "mbr.txt") == [mbr]


def test_report_numbers_run_without_gaps(ledger: Database) -> None:
    load(ledger, OPENING)
    load(ledger, CORRECTION_AND_CLOSING)
    with ledger.transaction() as session:
        assert report_numbers(session, "XA01", "ICR") == [1, 2]
        assert report_numbers(session, "XA01", "PIL") == [1, 2]


def test_a_file_with_one_refused_report_records_nothing(ledger: Database) -> None:
    bad = CORRECTION_AND_CLOSING.replace("CORRECTS: 1/3", "CORRECTS: 1/9")
    with (
        pytest.raises(LedgerRefusedError, match="ICR 1 line 9, which does not exist"),
        ledger.transaction() as s,
    ):
        import_reports(s, OPENING + bad, "reports.txt", actor="operator", today=TODAY)
    with ledger.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Report)) == 0


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        ("REPORT: ICR\nMBA: XA01\n", "f.txt:1", "report not closed by END"),
        ("REPORT: XYZ\nEND\n", "f.txt:1", "unknown report type 'XYZ'"),
        (
            "REPORT: PIL\nMBA: XA01\nNUMBER: 1\nDATE: 2026-01-31\nENTRY: 1\n  COLOUR: red\nEND\n",
            "f.txt:6",
            "COLOUR",
        ),
        ("this is not a report\n", "f.txt:1", "not a LABEL: value line"),
    ],
)
def test_a_malformed_file_is_refused_with_file_and_line(text: str, where: str, what: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        read_documents(text, "f.txt")
    assert any(p.where == where and what in p.what for p in caught.value.problems), caught.value.problems
