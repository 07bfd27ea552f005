"""The docs are checked by machine: every setting and every API endpoint is documented."""

from __future__ import annotations

import re
from pathlib import Path

from nonpro.api.app import create_app
from nonpro.registry.registry_model import Registry
from nonpro.settings import load_settings

DOCS = Path(__file__).resolve().parent.parent / "docs"
SETTINGS_MODULE = Path(__file__).resolve().parent.parent / "src" / "nonpro" / "settings.py"


def test_every_setting_read_by_the_code_is_documented() -> None:
    variables = set(re.findall(r'"(NONPRO_[A-Z_]+)"', SETTINGS_MODULE.read_text(encoding="utf-8")))
    assert variables >= {"NONPRO_DATABASE_URL", "NONPRO_DATA_DIR", "NONPRO_HOST", "NONPRO_PORT"}
    documented = (DOCS / "settings.md").read_text(encoding="utf-8")
    assert {v for v in variables if f"`{v}`" not in documented} == set()


def test_every_api_route_is_documented(fixture_registry: Registry) -> None:
    app = create_app(
        load_settings({"NONPRO_DATABASE_URL": "sqlite:///:memory:"}), registry_data=fixture_registry
    )
    documented = "\n".join(page.read_text(encoding="utf-8") for page in DOCS.glob("*.md"))
    paths = set(app.openapi()["paths"])
    assert paths
    assert {p for p in paths if p not in documented} == set()
