"""A small registry built from the fixture files, over a handful of real states."""

from __future__ import annotations

from pathlib import Path

import pytest

from nonpro.registry.registry_loader import load_registry
from nonpro.registry.registry_model import Registry
from nonpro.registry.state_table import StateTable

FIXTURES = Path(__file__).parent / "fixtures" / "registry"
FIXTURE_STATES = ("DE", "FR", "IN", "KP", "RU", "US", "PS", "VA", "TW")


@pytest.fixture(scope="session")
def few_states(states: StateTable) -> StateTable:
    """Nine real states: enough for every kind of status, small enough to read."""
    return StateTable([states.get(code) for code in FIXTURE_STATES], states.versions)


@pytest.fixture(scope="session")
def fixture_registry(few_states: StateTable) -> Registry:
    """The registry of the valid fixture files."""
    return load_registry(FIXTURES / "valid", few_states)
