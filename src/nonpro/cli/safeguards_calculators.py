"""`nonpro safeguards page|sitmuf|sample-size|categorise`: an analyst's or inspector's calculators."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import numpy as np
import typer
from numpy.typing import NDArray

from nonpro.cli.output import emit_json
from nonpro.safeguards.calculators_public import CategoryPublic, PagePublic, SampleSizePublic, SitmufPublic
from nonpro.safeguards.categorisation import categorise as categorise_material
from nonpro.safeguards.parsing import (
    parse_choice,
    parse_count,
    parse_material,
    parse_number,
    parse_values,
    read_matrix,
)
from nonpro.safeguards.sampling import sample_size as plan_sample
from nonpro.safeguards.significant_quantities import significant_quantities as significant_quantities_table
from nonpro.safeguards.simulation.plant import simulate_plant
from nonpro.safeguards.statistics.covariance import muf_covariance
from nonpro.safeguards.statistics.page import page_test
from nonpro.safeguards.statistics.scenarios import Pattern, SequentialTestKind, detection_of
from nonpro.safeguards.statistics.sequential import sitmuf as transform

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def page(
    k: Annotated[str, typer.Option("--k", help="Reference value k subtracted from each input.")],
    h: Annotated[str, typer.Option("--h", help="Decision threshold h; alarm when the statistic exceeds it.")],
    values: Annotated[str, typer.Option("--values", help="Inputs x_1..x_n, comma-separated (e.g. SITMUF).")],
    as_json: JsonOption = False,
) -> None:
    """Page's test: S_i = max(0, S_(i-1) + x_i - k), alarm at the first period with S_i > h.

    Example: nonpro safeguards page --k 0.5 --h 2 --values 1,-3,1,1.4,2 --json
    """
    threshold = parse_number(h, "--h")
    result = page_test(parse_values(values, "--values"), k=parse_number(k, "--k"), h=threshold)
    if as_json:
        emit_json(PagePublic(statistic=list(result.statistic), alarm_at=result.alarm_at))
        return
    for period, statistic in enumerate(result.statistic, start=1):
        mark = "  ALARM" if period == result.alarm_at else ""
        typer.echo(f"{period:>4}  {statistic:12.6g}{mark}")
    typer.echo(f"alarm at period {result.alarm_at}" if result.alarm_at else f"no alarm (h = {threshold:g})")


def sitmuf(
    muf: Annotated[str, typer.Option("--muf", help="MUF of each period, comma-separated.")],
    cov: Annotated[Path, typer.Option("--cov", help="JSON file with the MUF covariance matrix (rows).")],
    as_json: JsonOption = False,
) -> None:
    """Standardised independently transformed MUF, L^-1 MUF with Cov(MUF) = L L^T.

    Example: nonpro safeguards sitmuf --muf 1,1,1 --cov cov.json --json
    """
    values = transform(parse_values(muf, "--muf"), read_matrix(cov))
    if as_json:
        emit_json(SitmufPublic(sitmuf=[float(v) for v in values]))
        return
    for period, value in enumerate(values, start=1):
        typer.echo(f"{period:>4}  {value:12.6g}")


def sample_size(
    population: Annotated[str, typer.Option("--population", help="Number of items N in the stratum.")],
    defects: Annotated[str, typer.Option("--defects", help="Number r of defective items to detect.")],
    non_detection: Annotated[
        str, typer.Option("--non-detection", help="Acceptable probability beta of finding none.")
    ],
    as_json: JsonOption = False,
) -> None:
    """Attribute sampling: items to verify to find one of r defects with probability 1 - beta.

    Example: nonpro safeguards sample-size --population 100 --defects 10 --non-detection 0.05 --json
    """
    size = plan_sample(
        parse_count(population, "--population"),
        parse_count(defects, "--defects"),
        parse_number(non_detection, "--non-detection"),
    )
    if as_json:
        emit_json(SampleSizePublic(exact=size.exact, approximate=size.approximate))
        return
    typer.echo(f"exact (hypergeometric): {size.exact}")
    typer.echo(f"approximate N(1 - beta^(1/r)): {size.approximate}")


def categorise(
    material: Annotated[str, typer.Option("--material", help="pu, u233 or u.")],
    mass_g: Annotated[
        str, typer.Option("--mass-g", help="Grams of Pu, of U-233, or of U-235 contained for uranium.")
    ],
    enrichment: Annotated[
        str | None, typer.Option("--enrichment", help="U-235 weight percent (uranium only).")
    ] = None,
    irradiated: Annotated[
        bool, typer.Option("--irradiated", help="Irradiated fuel above 1 Gy/h at 1 m unshielded.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Physical-protection category (I, II, III or none) per INFCIRC/225/Rev.5 Table 1.

    Example: nonpro safeguards categorise --material u --mass-g 6000 --enrichment 93 --json
    """
    found = categorise_material(
        parse_material(material),
        parse_number(mass_g, "--mass-g"),
        None if enrichment is None else parse_number(enrichment, "--enrichment"),
        irradiated=irradiated,
    )
    if as_json:
        emit_json(CategoryPublic(category=found.category))
        return
    name = f"Category {found.category.value}" if found.category else "no category"
    typer.echo(f"{name}: {found.reason} ({found.row})")


def significant_quantities(as_json: JsonOption = False) -> None:
    """IAEA significant quantities, with their source.

    Example: nonpro safeguards significant-quantities --json
    """
    table = significant_quantities_table()
    if as_json:
        emit_json(table)
        return
    for quantity in table.quantities:
        amount = f"{quantity.quantity_kg:>8g} kg  {quantity.measured_as:<22}"
        typer.echo(f"{amount} {quantity.use.value:<8} {quantity.label}")
    typer.echo(f"source: {table.source.cite()}, verified {table.source.verified_on}")


def timeliness(as_json: JsonOption = False) -> None:
    """IAEA timeliness detection goals by category of nuclear material, with their source.

    Example: nonpro safeguards timeliness-goals --json
    """
    from nonpro.safeguards.timeliness import timeliness_goals

    table = timeliness_goals()
    if as_json:
        emit_json(table)
        return
    for goal in table.goals:
        typer.echo(f"{goal.months:>3} month(s)  {goal.label}")
    typer.echo(f"source: {table.source.cite()}, verified {table.source.verified_on}")


def detection(
    total: Annotated[str, typer.Option("--total", help="Amount diverted, in the unit of the covariance.")],
    cov: Annotated[
        Path | None,
        typer.Option(
            "--cov", help="JSON file with the MUF covariance (rows); default: the simulated plant, kg."
        ),
    ] = None,
    pattern: Annotated[str, typer.Option("--pattern", help="abrupt or protracted.")] = "protracted",
    period: Annotated[str, typer.Option("--period", help="Period of an abrupt diversion (1-based).")] = "1",
    test: Annotated[
        str, typer.Option("--test", help="page-sitmuf, page-muf, sitmuf or cumuf.")
    ] = "page-sitmuf",
    k: Annotated[str, typer.Option("--k", help="Page's reference value, in standard deviations.")] = "0.5",
    alpha: Annotated[str, typer.Option("--alpha", help="False-alarm probability over the horizon.")] = "0.05",
    sequences: Annotated[str, typer.Option("--sequences", help="Monte Carlo sequences.")] = "100000",
    as_json: JsonOption = False,
) -> None:
    """Monte Carlo probability that a sequential test detects a diversion, its threshold set for alpha.

    Example: nonpro safeguards detection --total 200 --pattern protracted --test cumuf --json
    """
    covariance = np.array(read_matrix(cov)) if cov is not None else _simulated_covariance()
    found = detection_of(
        covariance,
        parse_number(total, "--total"),
        parse_choice(pattern, Pattern, "--pattern"),
        parse_choice(test, SequentialTestKind, "--test"),
        period=parse_count(period, "--period"),
        k=parse_number(k, "--k"),
        alpha=parse_number(alpha, "--alpha"),
        sequences=parse_count(sequences, "--sequences"),
    )
    if as_json:
        emit_json(found)
        return
    test_used = f"{found.test.value}, threshold {found.threshold:.3f}"
    run = f"false alarm {found.false_alarm_probability} in {found.horizon} periods, {found.sequences:,} runs"
    typer.echo(f"P(detect) = {found.probability:.4f} ({test_used}; {run})")


def _simulated_covariance() -> NDArray[np.float64]:
    plant = simulate_plant(1)
    return muf_covariance(plant.initial_inventory, plant.periods)
