"""Putting a simulated plant into the ledger: its facility, MBAs, methods, batches, then every report."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from nonpro.safeguards.ledger.icr import submit_icr
from nonpro.safeguards.ledger.pil import submit_pil
from nonpro.safeguards.ledger.registry import (
    register_batch,
    register_facility,
    register_kmp,
    register_mba,
    register_method,
)
from nonpro.safeguards.ledger.submissions import IcrSubmission
from nonpro.safeguards.simulation.plant import (
    ASSUMED,
    FACILITY,
    FLOW_KMPS,
    INVENTORY_KMP,
    MBA,
    METHODS,
    REACTOR_MBA,
    SimulatedPlant,
)


def load_plant(session: Session, plant: SimulatedPlant, *, actor: str, today: date | None = None) -> None:
    """Register the simulated facility and record its 53 PILs and 52 ICRs, within the caller's transaction."""
    register_facility(session, FACILITY, "Simulated LEU fuel fabrication plant")
    register_mba(session, FACILITY, MBA, "Simulated fabrication process MBA")
    register_mba(session, FACILITY, REACTOR_MBA, "Simulated reactor receiving the fuel")
    for kmp, description in FLOW_KMPS.values():
        register_kmp(session, MBA, kmp, "flow", description)
    register_kmp(session, MBA, INVENTORY_KMP[0], "inventory", INVENTORY_KMP[1])
    for code, method in METHODS.items():
        register_method(session, code, method, ASSUMED)
    for name, material in plant.batches:
        register_batch(session, name, material)
    for report in plant.reports:
        if isinstance(report, IcrSubmission):
            submit_icr(session, report, actor=actor, today=today)
        else:
            submit_pil(session, report, actor=actor, today=today)
