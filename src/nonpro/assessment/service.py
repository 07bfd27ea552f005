"""Assessing a transfer against the loaded reference data: the one entry point the doors call."""

from __future__ import annotations

from typing import Any

from nonpro.assessment.decision import DecisionPublic
from nonpro.assessment.engine import assess
from nonpro.assessment.rule import Facts
from nonpro.assessment.transfer import Transfer
from nonpro.assessment.validation import validate_transfer
from nonpro.controls.control_lists import ControlLists
from nonpro.registry.registry_model import Registry

SCREENING_NOT_AVAILABLE = "none: no party screening is connected to the assessment yet"


def assess_raw(raw: Any, registry: Registry, controls: ControlLists) -> tuple[Transfer, DecisionPublic]:
    """Validate a raw transfer (every problem at once) and assess it."""
    transfer = validate_transfer(raw, registry.states, controls)
    return transfer, assess(Facts(transfer, registry, controls), SCREENING_NOT_AVAILABLE)
