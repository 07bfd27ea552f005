"""`nonpro states` and `nonpro state CODE`."""

from __future__ import annotations

from typing import Annotated

import typer

from nonpro.cli.output import emit_json
from nonpro.registry.state import State, UnStatus
from nonpro.registry.state_loader import state_table
from nonpro.registry.state_public import DatasetVersionPublic, StateListPublic, StatePublic


def states(
    search: Annotated[str, typer.Option("--search", "-s", help="Part of a name or code.")] = "",
    un_status: Annotated[
        UnStatus | None, typer.Option("--un", help="Only states with this UN standing.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List every ISO 3166-1 country with its UN standing and M49 region.

    Example: nonpro states --un member --search guinea
    """
    table = state_table()
    found = table.search(search, un_status)
    if as_json:
        emit_json(
            StateListPublic(
                count=len(found),
                states=[StatePublic.of(s) for s in found],
                versions=[DatasetVersionPublic.of(v) for v in table.versions],
            )
        )
        return
    for state in found:
        since = state.un_since or state.un_admission_year or ""
        typer.echo(f"{state.alpha2}  {state.alpha3}  {state.un_status.value:<8}  {since!s:<10}  {state.name}")
    typer.echo(f"{len(found)} of {len(table)} states")


def describe(state: State) -> list[str]:
    """A state's facts as lines of text, each followed by its source."""
    un = {
        UnStatus.MEMBER: f"UN member since {state.un_since or state.un_admission_year}",
        UnStatus.OBSERVER: f"UN non-member observer state since {state.un_since}",
        UnStatus.NONE: "not a UN member or observer state",
    }[state.un_status]
    area = " > ".join(x for x in (state.m49.region, state.m49.subregion, state.m49.intermediate_region) if x)
    lines = [f"{state.name} ({state.alpha2}, {state.alpha3}, {state.numeric})"]
    if state.official_name:
        lines.append(f"  official name: {state.official_name}")
    lines.append(f"  {un}")
    if "un" in state.sources:
        lines.append(f"    source: {state.sources['un'].cite()}")
    lines.append(f"  M49: {area or 'none'}")
    lines.append(f"    source: {state.sources['m49'].cite()}")
    return lines
