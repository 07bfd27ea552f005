"""`nonpro screen`: screen a party or a batch against the serving lists, compare name pairs, record reviews.

See `screen_group` for how `nonpro screen "NAME"` and `nonpro screen compare` live side by side.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from nonpro.cli.lists import open_current_database
from nonpro.cli.output import EXIT_USER_ERROR, emit_json
from nonpro.cli.screen_group import DefaultCommandGroup
from nonpro.core.errors import InvalidInputError
from nonpro.screening.batch_csv import HIT_COLUMNS, hit_rows, read_parties
from nonpro.screening.pairs_csv import score_pairs
from nonpro.screening.public import DecisionPublic, ScreeningResultPublic
from nonpro.screening.query import party_query
from nonpro.screening.review import Verdict
from nonpro.screening.screener import THRESHOLD
from nonpro.screening.service import ListScreening, ScreeningResult

screen_app = typer.Typer(
    cls=DefaultCommandGroup,
    help='Screen parties against the serving lists: nonpro screen "NAME" runs `screen party`.',
    no_args_is_help=True,
)

Threshold = Annotated[float, typer.Option("--threshold", min=0.0, max=1.0, help="Lowest score reported.")]
Dob = Annotated[str | None, typer.Option("--dob", help="Date of birth: YYYY, YYYY-MM or YYYY-MM-DD.")]
Country = Annotated[
    list[str] | None, typer.Option("--country", help="Country (name or ISO code); repeatable.")
]
PartyType = Annotated[str | None, typer.Option("--type", help="person, entity, vessel or aircraft.")]
Ident = Annotated[list[str] | None, typer.Option("--id", help="Identifier kind:number, e.g. imo:9187629.")]


@screen_app.command("party")
def party(
    name: Annotated[str | None, typer.Argument(help="The party's name, in any script.")] = None,
    dob: Dob = None,
    country: Country = None,
    party_type: PartyType = None,
    identifier: Ident = None,
    batch: Annotated[
        Path | None, typer.Option("--batch", help="CSV of parties: id,name,type,dob,country.")
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Where --batch writes its hits (CSV).")] = None,
    threshold: Threshold = THRESHOLD,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most hits per party.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Screen one party (NAME) or a CSV of parties (--batch) against every serving list (the default command).

    Example: nonpro screen "Ri Won Ho" --dob 1964-07-17 --country KP --type person --json
    """
    if (name is None) == (batch is None):
        raise InvalidInputError(
            "give either a NAME or --batch FILE", where="arguments", expected="one of them"
        )
    database = open_current_database()
    try:
        screening = ListScreening(database)
        if batch is not None:
            if out is None:
                raise InvalidInputError(
                    "--batch needs --out", where="--out", expected="a CSV file to write hits to"
                )
            _batch(screening, batch, out, threshold, limit)
            return
        query = party_query(
            name or "",
            schema=party_type,
            dob=dob,
            countries=tuple(country or ()),
            identifiers=tuple(identifier or ()),
        )
        result = screening.screen(query, threshold=threshold, limit=limit)
    finally:
        database.close()
    if as_json:
        emit_json(ScreeningResultPublic.of(result))
        return
    _describe(result)


def _describe(result: ScreeningResult) -> None:
    lists = ", ".join(f"{v.source} v{v.id} ({v.published or 'date unknown'})" for v in result.versions)
    typer.echo(
        f"{len(result.hits)} hit(s) at or above {result.threshold} (algorithm {result.algorithm}; {lists})"
    )
    for screened in result.hits:
        hit = screened.hit
        mark = (
            f"  [suppressed: false positive #{screened.suppressed_by.id}]" if screened.suppressed_by else ""
        )
        typer.echo(
            f"{hit.score:.2f}  {hit.entry.source}:{hit.entry.entry_id}  {hit.entry.primary_name}{mark}"
        )
        listed = hit.listed_name
        typer.echo(f"      {hit.how} match of {hit.query_name!r} to {listed.kind.value} {listed.full!r}")
        for pair in hit.pairs:
            typer.echo(f"        {pair.query} ~ {pair.listed}: {pair.how} {pair.similarity:.2f}")
        for fact in hit.facts:
            typer.echo(f"      {fact.effect:+.2f} {fact.explanation}")


def _batch(screening: ListScreening, batch: Path, out: Path, threshold: float, limit: int) -> None:
    rows = list(read_parties(batch))
    bad = [row for row in rows if row.problem is not None]
    hits = 0
    with out.open("w", encoding="utf-8", newline="") as handle, Progress(transient=True) as progress:
        writer = csv.DictWriter(handle, fieldnames=HIT_COLUMNS)
        writer.writeheader()
        task = progress.add_task("screening", total=len(rows))
        for row in rows:
            if row.query is not None:
                for line in hit_rows(
                    row.party_id, screening.screen(row.query, threshold=threshold, limit=limit)
                ):
                    writer.writerow(line)
                    hits += 1
            progress.advance(task)
    typer.echo(f"{len(rows) - len(bad)} parties screened, {hits} hit(s) written to {out}")
    if bad:
        typer.echo(f"{len(bad)} row(s) of {batch.name} could not be screened:", err=True)
        for row in bad:
            typer.echo(f"  - {row.problem}", err=True)
        sys.exit(EXIT_USER_ERROR)


@screen_app.command("compare")
def compare(
    pairs: Annotated[Path, typer.Option("--pairs", help="CSV with name1,name2 (and optionally schema).")],
    out: Annotated[Path, typer.Option("--out", help="CSV to write: the input rows plus score,match.")],
    threshold: Threshold = THRESHOLD,
) -> None:
    """Score name pairs with algorithm v1, for evaluation; match is score >= threshold.

    Example: nonpro screen compare --pairs pairs.csv --out scores.csv
    """
    rows = list(score_pairs(pairs, threshold))
    columns = list(rows[0]) if rows else ["name1", "name2", "score", "match"]
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    matches = sum(1 for row in rows if row["match"] == "true")
    typer.echo(f"{len(rows)} pairs scored, {matches} at or above {threshold}, written to {out}")


@screen_app.command("review")
def review(
    name: Annotated[str, typer.Argument(help="The party's name, as screened.")],
    entry: Annotated[str, typer.Option("--entry", help="The hit's list and entry id, e.g. un:6908555.")],
    verdict: Annotated[Verdict, typer.Option("--verdict", help="true_match or false_positive.")],
    reason: Annotated[str, typer.Option("--reason", help="Why: what tells the party and the entry apart.")],
    actor: Annotated[str, typer.Option("--by", help="The officer deciding.")],
    dob: Dob = None,
    country: Country = None,
    party_type: PartyType = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Record an officer's decision on a hit (append-only); a false positive is suppressed next time.

    Give the party as it was screened (same name, --dob, --country, --type): that is how it is recognised.

    Example: nonpro screen review "Ri Won Ho" --entry un:6908555 --verdict false_positive --reason x --by ab
    """
    query = party_query(name, schema=party_type, dob=dob, countries=tuple(country or ()))
    database = open_current_database()
    try:
        decision = ListScreening(database).decide(query, entry, verdict, reason, actor)
    finally:
        database.close()
    if as_json:
        emit_json(DecisionPublic.of(decision))
        return
    typer.echo(f"decision #{decision.id}: {decision.verdict.value} on {entry} by {decision.decided_by}")
