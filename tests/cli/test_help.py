"""Every command's help shows an example, and the docs list every command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from nonpro.cli.main import app

DOCS = Path(__file__).resolve().parents[2] / "docs"


def command_paths() -> list[list[str]]:
    """Every leaf command as its argument path, e.g. ['db', 'upgrade']."""
    root = typer.main.get_command(app)
    found: list[list[str]] = []

    def walk(command: Any, path: list[str]) -> None:
        if hasattr(command, "list_commands"):  # a group, perhaps loading its subcommands lazily
            for name in command.list_commands(None):
                walk(command.get_command(None, name), [*path, name])
        else:
            found.append(path)

    walk(root, [])
    return found


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p))
def test_every_command_has_help_with_an_example(path: list[str]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p))
def test_every_command_is_documented(path: list[str]) -> None:
    documented = "\n".join(page.read_text(encoding="utf-8") for page in DOCS.glob("*.md"))
    assert f"nonpro {' '.join(path)}" in documented
