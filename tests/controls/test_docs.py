"""docs/controls.md documents every controls command and endpoint, and every shipped list."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.routing import APIRoute

from nonpro.api.routes.controls import router
from nonpro.cli.controls import controls_app
from nonpro.controls.control_lists import ControlLists

DOC = (Path(__file__).resolve().parents[2] / "docs" / "controls.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [c.name for c in controls_app.registered_commands])
def test_every_controls_command_is_documented(command: str) -> None:
    assert f"nonpro controls {command}" in DOC


def test_classify_is_documented() -> None:
    assert 'nonpro classify "TEXT"' in DOC
    assert "nonpro classify --entry nsg2:3.A.1 --param frequency_hz=800" in DOC


@pytest.mark.parametrize("path", [r.path for r in router.routes if isinstance(r, APIRoute)])
def test_every_endpoint_is_documented(path: str) -> None:
    assert f"GET /api/v1{path}" in DOC


def test_every_shipped_list_is_documented(shipped: ControlLists) -> None:
    for control_list in shipped.lists:
        assert f"| `{control_list.id}` |" in DOC
