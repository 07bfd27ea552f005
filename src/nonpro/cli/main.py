"""The `nonpro` command: every subcommand is registered here, and every domain error ends as one line."""

from __future__ import annotations

from importlib import import_module
from typing import Any

import typer
from typer.core import TyperGroup

from nonpro.cli import registry as registry_commands
from nonpro.cli import states as states_commands
from nonpro.cli.assess import assess, assessment_app
from nonpro.cli.classify import classify
from nonpro.cli.controls import controls_app
from nonpro.cli.db import db_app
from nonpro.cli.output import report_error
from nonpro.cli.registry_data import registry_app
from nonpro.cli.serve import serve
from nonpro.core.errors import NonproError

# Command groups whose modules pull in numerical libraries are imported only when used, so that quick commands
# such as `nonpro state IR` start fast: name -> (module, Typer app attribute).
LAZY_GROUPS = {
    "lists": ("nonpro.cli.lists", "lists_app"),
    "safeguards": ("nonpro.cli.safeguards", "safeguards_app"),
    "screen": ("nonpro.cli.screen", "screen_app"),
}


class NonproGroup(TyperGroup):
    """The root command group: a NonproError from any subcommand prints one line and sets the exit code."""

    def list_commands(self, ctx: Any) -> list[str]:
        return [*super().list_commands(ctx), *LAZY_GROUPS]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in LAZY_GROUPS:
            module, attribute = LAZY_GROUPS[cmd_name]
            group = typer.main.get_group(getattr(import_module(module), attribute))
            group.name = cmd_name
            return group
        return super().get_command(ctx, cmd_name)

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


def main() -> None:
    """Run the CLI."""
    app()
