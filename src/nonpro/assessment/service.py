"""Assessing a transfer against the loaded reference data: the one entry point the doors call."""

from __future__ import annotations

from typing import Any

from nonpro.assessment.decision import DecisionPublic
from nonpro.assessment.engine import assess
from nonpro.assessment.party_screening import screen_parties
from nonpro.assessment.rule import Facts
from nonpro.assessment.transfer import Transfer
from nonpro.assessment.validation import validate_transfer
from nonpro.controls.control_lists import ControlLists
from nonpro.core.errors import NotFoundError
from nonpro.registry.registry_model import Registry
from nonpro.screening.service import ListScreening
from nonpro.store.database import Database

SCREENING_NOT_AVAILABLE = "none: no list is loaded, so parties were not screened"


def assess_raw(
    raw: Any, registry: Registry, controls: ControlLists, screening: ListScreening | None = None
) -> tuple[Transfer, DecisionPublic]:
    """Validate a raw transfer (every problem at once), screen its parties if lists are loaded, assess it."""
    transfer = validate_transfer(raw, registry.states, controls)
    if screening is None:
        return transfer, assess(Facts(transfer, registry, controls), SCREENING_NOT_AVAILABLE)
    facts = Facts(transfer, registry, controls, screen_parties(transfer, screening))
    return transfer, assess(facts, screening.describe())


def serving_screening(database: Database) -> ListScreening | None:
    """The screening over the lists serving in the database, or None when no list has been imported."""
    try:
        return ListScreening(database)
    except NotFoundError:
        return None
