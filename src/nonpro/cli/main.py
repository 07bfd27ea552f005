"""The `nonpro` command: every subcommand is registered here, and every domain error ends as one line."""

from __future__ import annotations

import sys

import typer

from nonpro.cli import states as states_commands
from nonpro.cli.db import db_app
from nonpro.cli.lists import lists_app
from nonpro.cli.output import report_error
from nonpro.cli.screen import screen_app
from nonpro.cli.serve import serve
from nonpro.core.errors import NonproError

app = typer.Typer(
    name="nonpro",
    help="nonpro: non-proliferation control for national authorities and compliance offices.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command()(serve)
app.add_typer(db_app, name="db")
app.command()(states_commands.states)
app.command()(states_commands.state)
app.add_typer(lists_app, name="lists")
app.add_typer(screen_app, name="screen")


def main() -> None:
    """Run the CLI; a NonproError prints one line on stderr and sets the exit code."""
    try:
        app()
    except NonproError as error:
        sys.exit(report_error(error))
