"""The `nonpro` command: every subcommand is registered here, and every domain error ends as one line."""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from nonpro.cli import registry as registry_commands
from nonpro.cli import states as states_commands
from nonpro.cli.assess import assess, assessment_app
from nonpro.cli.classify import classify
from nonpro.cli.controls import controls_app
from nonpro.cli.db import db_app
from nonpro.cli.lists import lists_app
from nonpro.cli.output import report_error
from nonpro.cli.registry_data import registry_app
from nonpro.cli.safeguards import safeguards_app
from nonpro.cli.screen import screen_app
from nonpro.cli.serve import serve
from nonpro.core.errors import NonproError


class NonproGroup(TyperGroup):
    """The root command group: a NonproError from any subcommand prints one line and sets the exit code."""

    def invoke(self, ctx: Any) -> Any:  # Typer's context base class is private (typer._click)
        try:
            return super().invoke(ctx)
        except NonproError as error:
            ctx.exit(report_error(error))


app = typer.Typer(
    name="nonpro",
    cls=NonproGroup,
    help="nonpro: non-proliferation control for national authorities and compliance offices.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command()(serve)
app.add_typer(db_app, name="db")
app.add_typer(safeguards_app, name="safeguards")
app.command()(states_commands.states)
app.command()(registry_commands.state)
app.command()(registry_commands.instruments)
app.command()(registry_commands.instrument)
app.command()(registry_commands.gaps)
app.command()(registry_commands.scorecard)
app.command()(registry_commands.changes)
app.add_typer(registry_app, name="registry")
app.command()(assess)
app.add_typer(assessment_app, name="assessment")
app.add_typer(controls_app, name="controls")
app.command()(classify)
app.add_typer(lists_app, name="lists")
app.add_typer(screen_app, name="screen")


def main() -> None:
    """Run the CLI."""
    app()
