"""`nonpro assess` and `nonpro assessment judge|show`: decisions on transfers, and officers' final word."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from nonpro.assessment.decision import DecisionPublic
from nonpro.cli.output import emit_json

if TYPE_CHECKING:
    from nonpro.screening.service import ListScreening
    from nonpro.store.database import Database

assessment_app = typer.Typer(
    help="Stored assessments: show one, record an officer's judgement.", no_args_is_help=True
)
EXIT_OF_OUTCOME = {
    "not_controlled": 0,
    "licence_required": 10,
    "refer": 11,
    "presumption_of_denial": 12,
    "prohibited": 13,
}


def _print(decision: DecisionPublic) -> None:
    typer.echo(
        f"decision: {decision.decision.value}   (assessment {decision.id}, transfer of {decision.date})"
    )
    for reason in decision.reasons:
        typer.echo(f"- {reason.effect.value}: {reason.subject} — {reason.explanation}")
        typer.echo(f"    {reason.instrument}, {reason.provision} [{reason.rule}]; {reason.detail}")
    versions = decision.versions
    typer.echo(f"rules {versions.rules}; screening: {versions.screening}")


def assess(
    transfer_file: Annotated[
        Path | None, typer.Argument(help="The transfer as YAML or JSON (see docs/assessment.md).")
    ] = None,
    batch: Annotated[
        Path | None, typer.Option(help="Assess every line of a JSON Lines file instead.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="With --batch: where to write the decisions (JSON Lines).")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="With --batch: processes to use (default: all cores).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the decision as JSON.")] = False,
    record: Annotated[bool, typer.Option(help="Store the assessment (append-only) in the database.")] = True,
    actor: Annotated[str, typer.Option(help="Who asks, for the record.")] = "cli",
) -> None:
    """Assess a proposed transfer against the encoded guidelines; the exit code is the outcome.

    Exit codes: 0 not_controlled, 10 licence_required, 11 refer, 12 presumption_of_denial, 13 prohibited; with
    --batch, 0 when every line was assessed and 2 when some could not be (they are listed on stderr).

    Example: nonpro assess transfer.yaml --json   (batch: nonpro assess --batch in.jsonl --out out.jsonl)
    """
    from nonpro.assessment.records import record_assessment
    from nonpro.assessment.service import assess_raw
    from nonpro.assessment.validation import read_transfer_file
    from nonpro.controls.loader import control_lists
    from nonpro.core.errors import InvalidInputError
    from nonpro.registry.registry_loader import registry

    if (transfer_file is None) == (batch is None):
        raise InvalidInputError(
            "give a transfer file or --batch, not both or neither",
            where="arguments",
            expected="nonpro assess FILE, or nonpro assess --batch FILE --out FILE",
        )
    database, screening = _open_store(record)
    try:
        if batch is not None:
            if out is None:
                raise InvalidInputError(
                    "--batch needs --out", where="--out", expected="a file for the decisions"
                )
            raise typer.Exit(
                _assess_batch(batch, out, database if record else None, screening, workers, actor)
            )
        assert transfer_file is not None  # checked above: exactly one of transfer_file and batch
        transfer, decision = assess_raw(
            read_transfer_file(transfer_file), registry(), control_lists(), screening
        )
        if record:
            with database.transaction() as session:
                record_assessment(session, transfer, decision, actor)
    finally:
        database.close()
    emit_json(decision) if as_json else _print(decision)
    raise typer.Exit(EXIT_OF_OUTCOME[decision.decision.value])


def _open_store(record: bool) -> tuple[Database, ListScreening | None]:
    """The database and the screening over its lists; without --no-record an unusable database stops here."""
    from nonpro.assessment.service import serving_screening
    from nonpro.core.errors import DatabaseUnavailableError
    from nonpro.settings import load_settings
    from nonpro.store.database import Database
    from nonpro.store.engine import check_reachable
    from nonpro.store.migrate import require_current

    database = Database.open(load_settings())
    try:
        check_reachable(database.engine)
        require_current(database.engine)
        return database, serving_screening(database)
    except DatabaseUnavailableError:
        if record:
            database.close()
            raise
        return database, None


def _assess_batch(
    batch: Path,
    out: Path,
    database: Database | None,
    screening: ListScreening | None,
    workers: int | None,
    actor: str,
) -> int:
    """Assess every line, write the decisions in input order, store them in chunks; return the exit code."""
    from rich.progress import Progress

    from nonpro.assessment.batch import assess_lines
    from nonpro.assessment.records import record_assessment
    from nonpro.controls.loader import control_lists
    from nonpro.core.errors import InvalidInputError
    from nonpro.registry.registry_loader import registry

    try:
        text = batch.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInputError("no such file", where=str(batch), expected="a JSON Lines file") from None
    lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    failures = 0
    pending = []
    with out.open("w", encoding="utf-8") as handle, Progress(transient=True) as progress:
        task = progress.add_task("assessing", total=len(lines))
        for result in assess_lines(
            lines, registry(), control_lists(), screening, workers, lambda n: progress.advance(task, n)
        ):
            if result.decision is None or result.transfer is None:
                failures += 1
                typer.echo(f"error: {result.error}", err=True)
                continue
            handle.write(result.decision.model_dump_json() + "\n")
            pending.append((result.transfer, result.decision))
            if database is not None and len(pending) >= 500:
                _store(database, pending, actor, record_assessment)
                pending = []
    if database is not None and pending:
        _store(database, pending, actor, record_assessment)
    typer.echo(f"{len(lines) - failures} transfers assessed, {failures} refused; decisions in {out}")
    return 2 if failures else 0


def _store(database: Database, pending: list[tuple[Any, DecisionPublic]], actor: str, record: Any) -> None:
    with database.transaction() as session:
        for transfer, decision in pending:
            record(session, transfer, decision, actor)


@assessment_app.command("show")
def show(
    assessment_id: Annotated[str, typer.Argument(help="The assessment's id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show a stored assessment exactly as it was decided, with its judgements.

    Example: nonpro assessment show 5b0e… --json
    """
    from nonpro.assessment.records import judgements_of, stored_decision
    from nonpro.settings import load_settings
    from nonpro.store.database import Database

    database = Database.open(load_settings())
    try:
        with database.transaction() as session:
            decision = stored_decision(session, assessment_id)
            judged = [
                {
                    "officer": j.officer,
                    "verdict": j.verdict,
                    "grounds": j.grounds,
                    "conditions": j.conditions,
                    "at": j.created_at.isoformat(),
                }
                for j in judgements_of(session, assessment_id)
            ]
    finally:
        database.close()
    if as_json:
        emit_json({"decision": decision.model_dump(mode="json"), "judgements": judged})
        return
    _print(decision)
    for j in judged:
        typer.echo(f"judgement by {j['officer']} at {j['at']}: {j['verdict']} — {j['grounds']}")


@assessment_app.command("judge")
def judge(
    assessment_id: Annotated[str, typer.Argument(help="The assessment's id.")],
    verdict: Annotated[str, typer.Option(help="approve, approve_with_conditions or deny.")],
    grounds: Annotated[str, typer.Option(help="Why, in the officer's words.")],
    officer: Annotated[str, typer.Option(help="Who decides.")],
    conditions: Annotated[str | None, typer.Option(help="The conditions of an approval.")] = None,
) -> None:
    """Record an officer's final decision on an assessment (append-only; a new judgement supersedes).

    Example: nonpro assessment judge 5b0e… --verdict deny --grounds "Listed end user" --officer a.officer
    """
    from nonpro.assessment.records import Verdict, record_judgement
    from nonpro.core.errors import InvalidInputError
    from nonpro.settings import load_settings
    from nonpro.store.database import Database

    if verdict not in {v.value for v in Verdict}:
        raise InvalidInputError(
            f"{verdict!r} is not a verdict", where="--verdict", expected=", ".join(v.value for v in Verdict)
        )
    database = Database.open(load_settings())
    try:
        with database.transaction() as session:
            record_judgement(session, assessment_id, officer, Verdict(verdict), grounds, conditions)
    finally:
        database.close()
    typer.echo(json.dumps({"assessment": assessment_id, "verdict": verdict, "officer": officer}))
