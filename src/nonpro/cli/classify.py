"""`nonpro classify`: what an item is, from words, a CAS number, an id, or technical parameters."""

from __future__ import annotations

from typing import Annotated

import typer

from nonpro.cli.controls import served_lists
from nonpro.cli.output import emit_json
from nonpro.controls.classify import classify_cas, classify_id, classify_text
from nonpro.controls.public import ClassificationPublic
from nonpro.controls.thresholds import check_thresholds, parse_assignments
from nonpro.core.errors import InvalidInputError

MODES = "a description, --cas NUMBER, --id ID, or --entry ID with --param NAME=NUMBER"


def classify(
    text: Annotated[str, typer.Argument(help="A description of the item, in words.")] = "",
    cas: Annotated[str, typer.Option("--cas", help="A CAS Registry Number, e.g. 107-44-8.")] = "",
    entry_id: Annotated[str, typer.Option("--id", help="An entry id in any spelling, e.g. 0B001.b.1.")] = "",
    entry: Annotated[str, typer.Option("--entry", help="An entry whose thresholds to check.")] = "",
    params: Annotated[
        list[str] | None, typer.Option("--param", help="A technical parameter NAME=NUMBER (repeatable).")
    ] = None,
    limit: Annotated[int, typer.Option(help="How many candidates to show for a description.", min=1)] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Classify an item against every control list: ranked candidates, each with why.

    Example: nonpro classify --entry nsg2:3.A.1 --param frequency_hz=800 --param power_va=50 --json
    """
    lists = served_lists()
    chosen = [
        name for name, value in (("text", text), ("cas", cas), ("id", entry_id), ("entry", entry)) if value
    ]
    if len(chosen) != 1:
        raise InvalidInputError(
            f"{len(chosen)} kinds of query given", where="classify", expected=f"one of {MODES}"
        )
    if entry:
        values = parse_assignments(params or [])
        if not values:
            raise InvalidInputError(
                "no --param given", where="classify --entry", expected="--param NAME=NUMBER"
            )
        found = lists.entry(entry)
        query = " ".join([found.id, *(f"{k}={v:g}" for k, v in values.items())])
        result = ClassificationPublic.of_check(check_thresholds(found, values), query, lists)
    elif cas:
        result = ClassificationPublic.of(classify_cas(lists, cas), lists)
    elif entry_id:
        result = ClassificationPublic.of(classify_id(lists, entry_id), lists)
    else:
        result = ClassificationPublic.of(classify_text(lists, text, limit), lists)
    if as_json:
        emit_json(result)
        return
    if result.verdict is not None:
        typer.echo(f"{result.candidates[0].id}: {result.verdict.value}")
    for candidate in result.candidates:
        typer.echo(f"{candidate.score:>7.3f}  {candidate.id}  {candidate.title}")
        typer.echo(f"         why: {'; '.join(candidate.why)}")
    if not result.candidates:
        typer.echo(f"no entry found for {result.query!r}")
