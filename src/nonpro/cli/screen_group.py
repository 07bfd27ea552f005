"""A command group whose default command takes the group's place: `nonpro screen "NAME"`.

Click groups cannot take a positional argument and subcommands at once, so `nonpro screen` is a group
(`party`, `compare`, `review`) in which anything that is not a subcommand name goes to `party`:
`nonpro screen "Ri Won Ho"` runs `nonpro screen party "Ri Won Ho"`, and `nonpro screen --batch f.csv`
runs `nonpro screen party --batch f.csv`. A party literally named "compare" is screened with
`nonpro screen party compare`.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperGroup

DEFAULT_COMMAND = "party"


class DefaultCommandGroup(TyperGroup):
    """A Typer group that sends arguments naming no subcommand to its default command."""

    # `ctx` is Typer's vendored click Context, which Typer does not export under a public name.
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Put the default command's name in front unless a subcommand or the group's help is asked for."""
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)
