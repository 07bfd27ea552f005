"""Registry commands: `state`, `instruments`, `instrument`, `gaps`, `scorecard`, `changes`."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

import typer
from pydantic import BaseModel

from nonpro.cli.output import emit_json
from nonpro.cli.states import describe
from nonpro.core.dates import parse_date
from nonpro.registry.registry_loader import registry
from nonpro.registry.registry_model import Registry
from nonpro.registry.registry_public import InstrumentPublic
from nonpro.registry.status import Status
from nonpro.registry.tables import (
    Table,
    changes_table,
    column_widths,
    gaps_table,
    instrument_table,
    profile_table,
    scorecard_table,
    to_csv,
)

TEXT_CELL = 60  # text tables cut long cells; --json and --csv give them whole
AsOf = Annotated[str | None, typer.Option("--as-of", help="Date to answer for, YYYY-MM-DD (default: today).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]
AsCsv = Annotated[bool, typer.Option("--csv", help="Print CSV.")]


def today() -> date:
    """Today's date in UTC."""
    return datetime.now(UTC).date()


def _day(reg: Registry, as_of: str | None, where: str = "--as-of") -> date:
    return reg.check_date(parse_date(as_of, where) if as_of else today(), today())


def _emit(model: BaseModel, table: Table, as_json: bool, as_csv: bool, title: str, footer: str = "") -> None:
    if as_json:
        emit_json(model)
        return
    if as_csv:
        typer.echo(to_csv(table), nl=False)
        return
    header, rows = table
    rows = [[cell if len(cell) <= TEXT_CELL else cell[: TEXT_CELL - 1] + "…" for cell in row] for row in rows]
    typer.echo(title)
    widths = column_widths([header, *rows])
    for row in [header, *rows]:
        typer.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    if footer:
        typer.echo(footer)


def state(
    code: Annotated[str, typer.Argument(help="ISO 3166-1 alpha-2 or alpha-3 code, any letter case.")],
    as_of: AsOf = None,
    as_json: AsJson = False,
    as_csv: AsCsv = False,
) -> None:
    """Show where a state stands: UN standing, then its status in every instrument, with sources.

    Example: nonpro state IR --as-of 2015-07-20 --json
    """
    from nonpro.registry.queries.profile import state_profile

    reg = registry()
    day = _day(reg, as_of)
    profile = state_profile(reg, code, day)
    title = (
        "\n".join(describe(reg.states.get(code)))
        + f"\n\nStatus on {day} (events recorded up to {reg.as_of}):"
    )
    _emit(profile, profile_table(profile), as_json, as_csv, title)


def instruments(as_json: AsJson = False) -> None:
    """List the instruments the registry knows, with their ids.

    Example: nonpro instruments
    """
    reg = registry()
    found = sorted(reg.instruments.values(), key=lambda i: (i.kind.value, i.id))
    if as_json:
        emit_json([InstrumentPublic.of(i).model_dump(mode="json") for i in found])
        return
    for instrument in found:
        typer.echo(f"{instrument.id:<24} {instrument.kind.value:<22} {instrument.name.en}")


def instrument(
    instrument_id: Annotated[str, typer.Argument(help="Instrument id, e.g. npt, iaea-ap, nsg.")],
    status: Annotated[Status | None, typer.Option(help="Only states with this status.")] = None,
    as_of: AsOf = None,
    as_json: AsJson = False,
    as_csv: AsCsv = False,
) -> None:
    """Show an instrument and every state's status in it: parties, signatories, withdrawn, non-parties.

    Example: nonpro instrument npt --status not_party --json
    """
    from nonpro.registry.queries.instrument_view import instrument_view

    reg = registry()
    view = instrument_view(reg, instrument_id, _day(reg, as_of), status)
    counts = ", ".join(f"{k}: {v}" for k, v in sorted(view.counts.items()))
    title = f"{view.instrument.name} ({view.instrument.reference}) on {view.as_of} — {counts}"
    _emit(view, instrument_table(view), as_json, as_csv, title)


def gaps(
    group: Annotated[
        str, typer.Option(help="un, un+observers, osce, eu, a regime id, m49:<area>, or DE,FR,…")
    ],
    instrument_id: Annotated[str, typer.Option("--instrument", help="Instrument id, e.g. a-cppnm.")],
    as_of: AsOf = None,
    as_json: AsJson = False,
    as_csv: AsCsv = False,
) -> None:
    """List the states of a group not party to an instrument (or without it in force, or not members).

    Example: nonpro gaps --group osce --instrument iaea-ap --as-of 2009-12-02
    """
    from nonpro.registry.queries.gaps import gaps as find_gaps

    reg = registry()
    found = find_gaps(reg, group, instrument_id, _day(reg, as_of))
    title = (
        f"{found.group_name}: {found.count} of {found.group_size} not {found.wanted.value} "
        f"in {found.instrument} on {found.as_of}"
    )
    _emit(found, gaps_table(found), as_json, as_csv, title)


def scorecard(
    commitment_id: Annotated[str, typer.Argument(help="Political commitment id, e.g. osce-athens-2009.")],
    as_of: AsOf = None,
    as_json: AsJson = False,
    as_csv: AsCsv = False,
) -> None:
    """Score a political commitment: for each subscriber, what it calls for that was done then and now.

    Example: nonpro scorecard osce-athens-2009 --csv
    """
    from nonpro.registry.queries.scorecard import scorecard as build

    reg = registry()
    card = build(reg, commitment_id, _day(reg, as_of))
    totals = "; ".join(
        f"{t.instrument} {t.done_then}→{t.done_now} of {t.of}"
        + (f" ({t.uncertain_now} uncertain)" if t.uncertain_now else "")
        for t in card.totals
    )
    totals += "".join(f"\n{n.instrument}: not scored, {n.reason}" for n in card.not_scored)
    _emit(
        card,
        scorecard_table(card),
        as_json,
        as_csv,
        f"{card.commitment.name} ({card.commitment.reference or 'document symbol not verified'}): "
        f"adopted {card.then}, now {card.now}",
        totals,
    )


def changes(
    start: Annotated[str, typer.Option("--from", help="First date, YYYY-MM-DD.")],
    end: Annotated[str | None, typer.Option("--to", help="Second date, YYYY-MM-DD (default: today).")] = None,
    instrument_id: Annotated[str | None, typer.Option("--instrument", help="Only this instrument.")] = None,
    as_json: AsJson = False,
    as_csv: AsCsv = False,
) -> None:
    """List every status that changed between two dates, with the events in between.

    Example: nonpro changes --from 2023-01-01 --to 2025-12-31 --instrument ctbt
    """
    from nonpro.registry.queries.changes import changes_between

    reg = registry()
    found = changes_between(reg, _day(reg, start, "--from"), _day(reg, end, "--to"), instrument_id)
    _emit(
        found,
        changes_table(found),
        as_json,
        as_csv,
        f"{found.count} status changes from {found.from_date} to {found.to_date}",
    )
