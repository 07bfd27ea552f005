"""CLI tests answer from the fixture registry, so they check the doors, not the shipped data."""

from __future__ import annotations

import pytest

from nonpro.registry.registry_model import Registry


@pytest.fixture(autouse=True)
def _fixture_registry(monkeypatch: pytest.MonkeyPatch, fixture_registry: Registry) -> None:
    monkeypatch.setattr("nonpro.cli.registry.registry", lambda: fixture_registry)
