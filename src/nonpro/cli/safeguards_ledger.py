"""`nonpro safeguards setup|import|close|mbr|export|simulate`: the ledger in the configured database."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from nonpro.cli.output import emit_json
from nonpro.cli.safeguards_calculators import JsonOption
from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.ledger.closing import close_balances
from nonpro.safeguards.ledger.inventory import ICR, MBR, PIL
from nonpro.safeguards.ledger.reading import read_icr, read_mbr, read_pil
from nonpro.safeguards.ledger.sequence import balance_covariance, closed_balances, muf_values
from nonpro.safeguards.ledger.setup_file import apply_setup, read_setup
from nonpro.safeguards.ledger.transfers import transfers_of
from nonpro.safeguards.mbr_public import MbrPublic
from nonpro.safeguards.parsing import parse_count, parse_number
from nonpro.safeguards.reports.code10 import Document, write_document
from nonpro.safeguards.reports.importing import import_reports
from nonpro.safeguards.simulation.analysis import analyse
from nonpro.safeguards.simulation.loading import load_plant
from nonpro.safeguards.simulation.plant import Diversion, simulate_plant
from nonpro.safeguards.statistics.page_on_sitmuf import page_on_sitmuf


def _actor() -> str:
    return f"cli:{getpass.getuser()}"


@contextmanager
def _ledger() -> Iterator[Session]:
    """One transaction on the configured database, which must be at the current schema."""
    from nonpro.settings import load_settings
    from nonpro.store.database import Database
    from nonpro.store.migrate import require_current

    database = Database.open(load_settings())
    try:
        require_current(database.engine)
        with database.transaction() as session:
            yield session
    finally:
        database.close()


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInputError("the file does not exist", where=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"the file cannot be read ({exc})", where=str(path)) from None


def setup(
    file: Annotated[Path, typer.Argument(help="YAML file of facilities, MBAs, KMPs, methods and batches.")],
    as_json: JsonOption = False,
) -> None:
    """Register facilities, MBAs, key measurement points, measurement methods and batches from a YAML file.

    Example: nonpro safeguards setup plant.yaml
    """
    contents = read_setup(file)
    with _ledger() as session:
        apply_setup(session, contents)
    if as_json:
        counts = {"facilities": len(contents.facilities), "methods": len(contents.methods)}
        emit_json(counts | {"batches": len(contents.batches)})
        return
    typer.echo(
        f"registered {len(contents.facilities)} facilities, {len(contents.methods)} methods, "
        f"{len(contents.batches)} batches"
    )


def import_file(
    file: Annotated[Path, typer.Argument(help="Labelled report file with ICR and PIL reports.")],
    as_json: JsonOption = False,
) -> None:
    """Record every ICR and PIL of a labelled report file, all or nothing.

    Example: nonpro safeguards import reports.txt
    """
    text = _read_text(file)
    with _ledger() as session:
        recorded = [(r.kind, r.number) for r in import_reports(session, text, str(file), actor=_actor())]
    if as_json:
        emit_json([{"kind": kind, "number": number} for kind, number in recorded])
        return
    typer.echo(f"recorded {len(recorded)} reports from {file}")


def close(
    mba: Annotated[str, typer.Option("--mba", help="Code of the material balance area.")],
    as_json: JsonOption = False,
) -> None:
    """Close every balance period between physical inventories not yet closed, and show the new MBRs.

    Example: nonpro safeguards close --mba XA01
    """
    with _ledger() as session:
        numbers = [report.number for report, _ in close_balances(session, mba, actor=_actor())]
        reports = [read_mbr(session, mba, n) for n in numbers]
    if as_json:
        emit_json([r.model_dump(mode="json") for r in reports])
        return
    for report in reports:
        _print_mbr(report)


def mbr(
    mba: Annotated[str, typer.Option("--mba", help="Code of the material balance area.")],
    number: Annotated[str, typer.Option("--number", help="MBR number.")],
    as_json: JsonOption = False,
) -> None:
    """Show one material balance report: PB, increases, decreases, BA, PE, MF with sigma-MUF.

    Example: nonpro safeguards mbr --mba XA01 --number 1 --json
    """
    with _ledger() as session:
        report = read_mbr(session, mba, parse_count(number, "--number"))
    if as_json:
        emit_json(report)
        return
    _print_mbr(report)


def export(
    mba: Annotated[str, typer.Option("--mba", help="Code of the material balance area.")],
    kind: Annotated[str, typer.Option("--kind", help="ICR, PIL or MBR.")],
    number: Annotated[str, typer.Option("--number", help="Report number.")],
) -> None:
    """Print a stored report in the labelled format (importable back with `nonpro safeguards import`).

    Example: nonpro safeguards export --mba XA01 --kind ICR --number 3 > icr3.txt
    """
    wanted = kind.strip().upper()
    if wanted not in (ICR, PIL, MBR):
        raise InvalidInputError(f"report kind {kind!r}", where="--kind", expected="ICR, PIL or MBR")
    at = parse_count(number, "--number")
    with _ledger() as session:
        document: Document
        if wanted == ICR:
            document = read_icr(session, mba, at)
        elif wanted == PIL:
            document = read_pil(session, mba, at)
        else:
            document = read_mbr(session, mba, at)
    typer.echo(write_document(document), nl=False)


def transfers(
    mba: Annotated[str, typer.Option("--mba", help="Code of the material balance area.")],
    as_json: JsonOption = False,
) -> None:
    """Domestic transfers into and out of an MBA, shipment matched with receipt, and their differences.

    Example: nonpro safeguards transfers --mba XA02 --json
    """
    with _ledger() as session:
        found = transfers_of(session, mba)
    if as_json:
        emit_json([t.model_dump(mode="json") for t in found])
        return
    for t in found:
        shipped = f"{t.shipped_g} g on {t.shipped_on}" if t.shipped_g is not None else "no shipment recorded"
        received = (
            f"{t.received_g} g on {t.received_on}" if t.received_g is not None else "no receipt recorded"
        )
        verdict = ""
        if t.difference_g is not None:
            sigma = f" ± {t.sigma_g:.0f}" if t.sigma_g is not None else ""
            flag = "  SIGNIFICANT" if t.significant else ""
            verdict = f"; SRD {t.difference_g}{sigma} g{flag}"
        typer.echo(f"{t.batch}: {t.shipper} -> {t.receiver}: shipped {shipped}; received {received}{verdict}")


def sequential_test(
    mba: Annotated[str, typer.Option("--mba", help="Code of the material balance area.")],
    material: Annotated[str, typer.Option("--material", help="Material type, e.g. EU.")] = "EU",
    k: Annotated[str, typer.Option("--k", help="Page's reference value, in standard deviations.")] = "0.5",
    alpha: Annotated[
        str, typer.Option("--alpha", help="False-alarm probability over the sequence.")
    ] = "0.05",
    as_json: JsonOption = False,
) -> None:
    """Page's test on the SITMUF of every closed balance of an MBA, h set for the false-alarm probability.

    Example: nonpro safeguards test --mba SIMF --material EU --json
    """
    with _ledger() as session:
        balances = closed_balances(session, mba, material.strip().upper())
        result = page_on_sitmuf(
            muf_values(balances),
            balance_covariance(balances),
            k=parse_number(k, "--k"),
            alpha=parse_number(alpha, "--alpha"),
        )
    if as_json:
        emit_json(result)
        return
    typer.echo("period      MUF g    sigma g   SITMUF    Page")
    for p in result.periods:
        mark = "  ALARM" if p.period == result.alarm_at else ""
        typer.echo(f"{p.period:>6} {p.muf:>10.0f} {p.sigma:>10.0f} {p.sitmuf:>8.2f} {p.page:>7.2f}{mark}")
    verdict = f"first alarm in period {result.alarm_at}" if result.alarm_at else "no alarm"
    typer.echo(f"k = {result.k}, h = {result.h:.3f}: {verdict}")


def simulate(
    seed: Annotated[str, typer.Option("--seed", help="Seed: the same seed gives the same plant.")] = "1",
    divert_kg: Annotated[
        str, typer.Option("--divert-kg-per-week", help="Kilograms of U taken undeclared each diversion week.")
    ] = "0",
    divert_from: Annotated[str, typer.Option("--divert-from", help="First diversion week (1-52).")] = "1",
    divert_weeks: Annotated[str, typer.Option("--divert-weeks", help="Number of diversion weeks.")] = "1",
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the reports to this labelled file.")
    ] = None,
    load: Annotated[
        bool, typer.Option("--load", help="Record the plant in the configured database.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Simulate a year of weekly balances of an LEU fuel fabrication plant and run Page's test on SITMUF.

    Example: nonpro safeguards simulate --seed 7 --divert-kg-per-week 10 --divert-from 20 --divert-weeks 10
    """
    kg = parse_number(divert_kg, "--divert-kg-per-week")
    diversion = (
        Diversion(kg, parse_count(divert_from, "--divert-from"), parse_count(divert_weeks, "--divert-weeks"))
        if kg > 0
        else None
    )
    plant = simulate_plant(parse_count(seed, "--seed"), diversion)
    if out is not None:
        out.write_text("".join(write_document(r) for r in plant.reports), encoding="utf-8")
    if load:
        with _ledger() as session:
            load_plant(session, plant, actor=_actor())
    result = analyse(plant)
    if as_json:
        emit_json(result)
        return
    typer.echo(" week     MUF kg   sigma kg   CUMUF kg   SITMUF    Page  diverted kg")
    for w in result.weeks:
        mark = "  ALARM" if w.week == result.alarm_at else ""
        typer.echo(
            f"{w.week:>5} {w.muf_kg:>10.1f} {w.sigma_kg:>10.1f} {w.cumuf_kg:>10.1f} {w.sitmuf:>8.2f} "
            f"{w.page:>7.2f} {w.diverted_kg:>12.1f}{mark}"
        )
    verdict = f"first alarm in week {result.alarm_at}" if result.alarm_at else "no alarm"
    settings = f"k = {result.k}, h = {result.h:.3f}, false alarm {result.false_alarm_probability} in 52 weeks"
    typer.echo(f"Page's test on SITMUF ({settings}): {verdict}")


def _print_mbr(report: MbrPublic) -> None:
    typer.echo(f"MBR {report.number} of MBA {report.mba}, {report.period_start} to {report.period_end}")
    for entry in report.entries:
        sigma = f"  (sigma {entry.sigma_g:.0f} g)" if entry.sigma_g is not None else ""
        typer.echo(
            f"  {entry.material:<5} {entry.entry:<3} {entry.element_g:>14} g  {entry.isotope_g:>12} g{sigma}"
        )
