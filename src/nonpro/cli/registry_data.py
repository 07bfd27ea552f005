"""`nonpro registry check|import-unoda|fetch-unoda`: maintaining the registry's reference data."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from nonpro.core.sources import Source
from nonpro.registry.registry_loader import REGISTRY_DATA_DIR, load_registry

registry_app = typer.Typer(help="Check and refresh the registry's reference data.", no_args_is_help=True)
DataDir = Annotated[
    Path, typer.Option("--data-dir", help="Registry data folder (default: the shipped data).")
]


@registry_app.command("check")
def check(data_dir: DataDir = REGISTRY_DATA_DIR) -> None:
    """Load and validate every registry file, then count the dated and uncertain states of each instrument.

    Example: nonpro registry check
    """
    reg = load_registry(data_dir)
    typer.echo(
        f"registry loads: {len(reg.instruments)} instruments, {len(reg.records)} state records, "
        f"events up to {reg.as_of}"
    )
    for instrument in sorted(reg.instruments.values(), key=lambda i: i.id):
        records = [r for (iid, _), r in reg.records.items() if iid == instrument.id]
        if not records:
            continue
        counts = Counter(
            "uncertain" if r.uncertain else "dated" if r.events else "no action" for r in records
        )
        typer.echo(f"  {instrument.id:<22} " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))


@registry_app.command("import-unoda")
def import_unoda(
    instrument_id: Annotated[str, typer.Argument(help="Instrument id, e.g. npt.")],
    records: Annotated[
        Path,
        typer.Argument(help="UNODA actions: the API's JSON answer, or CSV date,state,action,depositary."),
    ],
    write: Annotated[
        bool, typer.Option("--write", help="Update the status file (default: only report).")
    ] = False,
    data_dir: DataDir = REGISTRY_DATA_DIR,
) -> None:
    """Merge UNODA treaty-database records into an instrument's status file, replacing earlier UNODA events.

    Example: nonpro registry import-unoda npt npt-actions.json --write
    """
    from nonpro.registry.importers.unoda import read_actions
    from nonpro.registry.importers.unoda_merge import load_status_file, merge_actions, write_status_file

    reg = load_registry(data_dir)
    instrument = reg.instrument(instrument_id)
    path = data_dir / "status" / f"{instrument.id}.yaml"
    status = load_status_file(path)
    actions = read_actions(records, reg.states)
    source = Source(
        document=f"UNODA Treaties Database, {instrument.short_name}: actions as imported from {records.name}",
        url=f"https://treaties.unoda.org/t/{instrument.id}",
        verified_on=datetime.now(UTC).date(),
    )
    merged, report = merge_actions(status, actions, "unoda", source)
    typer.echo(
        f"{len(actions)} actions: {len(report.added)} states added, {len(report.changed)} changed, "
        f"{len(report.unchanged)} unchanged"
    )
    if report.still_uncertain:
        typer.echo(f"still marked uncertain, review by hand: {', '.join(report.still_uncertain)}")
    if report.after_as_of:
        typer.echo(f"left out, dated after the file's as_of {status.as_of}: {'; '.join(report.after_as_of)}")
    if write:
        write_status_file(path, merged)
        load_registry(data_dir)
        typer.echo(f"wrote {path}; the registry still loads")


@registry_app.command("fetch-unoda")
def fetch_unoda(
    instrument_id: Annotated[str, typer.Argument(help="Instrument id, e.g. npt.")],
    out: Annotated[Path, typer.Option("--out", help="Where to save the records (JSON).")],
) -> None:
    """Download a treaty's actions from the UNODA data portal (needs the internet).

    Example: nonpro registry fetch-unoda npt --out npt-actions.json
    """
    from nonpro.registry.importers.fetch_unoda import fetch_actions

    typer.echo(f"saved {fetch_actions(instrument_id, out)} actions to {out}")
