"""docs/safeguards.md documents every `nonpro safeguards` command and every API path of the pillar."""

from __future__ import annotations

from pathlib import Path

import typer

from nonpro.api.app import create_app
from nonpro.cli.safeguards import safeguards_app
from nonpro.settings import load_settings

DOCS = (Path(__file__).resolve().parents[2] / "docs" / "safeguards.md").read_text(encoding="utf-8")


def test_every_safeguards_command_is_documented_with_an_example() -> None:
    group = typer.main.get_group(safeguards_app)
    for name, command in group.commands.items():
        assert f"nonpro safeguards {name}" in DOCS, name
        assert "Example: nonpro safeguards " + name in (command.help or ""), name


def test_every_safeguards_api_path_is_documented(tmp_path: Path) -> None:
    app = create_app(load_settings({"NONPRO_DATA_DIR": str(tmp_path)}))
    paths = [p for p in app.openapi()["paths"] if p.startswith("/api/v1/safeguards/")]
    assert paths
    for path in paths:
        assert path.removeprefix("/api/v1/safeguards") + "`" in DOCS, path
