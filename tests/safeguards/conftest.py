"""A small LEU fuel fabrication ledger on both databases: two MBAs, two measurement methods, batches."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from nonpro.safeguards.codes import MaterialType
from nonpro.safeguards.ledger.registry import (
    register_batch,
    register_facility,
    register_kmp,
    register_mba,
    register_method,
)
from nonpro.safeguards.statistics.measurement import Method
from nonpro.store.database import Database

TODAY = date(2026, 11, 28)
SCALE = Method("SCALE", random=0.001, systematic=0.0005)
NDA = Method("NDA", random=0.01, systematic=0.005)
# Illustrative uncertainties for tests, not reference values.
TEST_SOURCE = "test values, not reference data"


@pytest.fixture
def ledger(database: Database) -> Database:
    """Facility FAB with MBAs XA01 (process) and XA02 (store), methods SCALE and NDA, EU batches B1-B9."""
    with database.transaction() as session:
        populate(session)
    return database


def populate(session: Session) -> None:
    register_facility(session, "FAB", "LEU fuel fabrication plant")
    register_mba(session, "FAB", "XA01", "Process area")
    register_mba(session, "FAB", "XA02", "Product store")
    register_kmp(session, "XA01", "1", "flow", "receipts of UF6 cylinders")
    register_kmp(session, "XA01", "A", "inventory", "process hold-up")
    register_method(session, "SCALE", SCALE, TEST_SOURCE)
    register_method(session, "NDA", NDA, TEST_SOURCE)
    for i in range(1, 10):
        register_batch(session, f"B{i}", MaterialType.ENRICHED_URANIUM)
    register_batch(session, "N1", MaterialType.NATURAL_URANIUM)
