"""`nonpro assess` and `nonpro assessment judge|show`: decisions on transfers, and officers' final word."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from nonpro.assessment.decision import DecisionPublic
from nonpro.cli.output import emit_json

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
        Path, typer.Argument(help="The transfer as YAML or JSON (see docs/assessment.md).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the decision as JSON.")] = False,
    record: Annotated[bool, typer.Option(help="Store the assessment (append-only) in the database.")] = True,
    actor: Annotated[str, typer.Option(help="Who asks, for the record.")] = "cli",
) -> None:
    """Assess a proposed transfer against the encoded guidelines; the exit code is the outcome.

    Exit codes: 0 not_controlled, 10 licence_required, 11 refer, 12 presumption_of_denial, 13 prohibited.

    Example: nonpro assess transfer.yaml --json
    """
    from nonpro.assessment.records import record_assessment
    from nonpro.assessment.service import assess_raw, serving_screening
    from nonpro.assessment.validation import read_transfer_file
    from nonpro.controls.loader import control_lists
    from nonpro.core.errors import DatabaseUnavailableError
    from nonpro.registry.registry_loader import registry
    from nonpro.settings import load_settings
    from nonpro.store.database import Database
    from nonpro.store.engine import check_reachable
    from nonpro.store.migrate import require_current

    raw = read_transfer_file(transfer_file)
    database = Database.open(load_settings())
    try:
        screening = None
        try:
            check_reachable(database.engine)
            require_current(database.engine)
            screening = serving_screening(database)
        except DatabaseUnavailableError:
            if record:
                raise
        transfer, decision = assess_raw(raw, registry(), control_lists(), screening)
        if record:
            with database.transaction() as session:
                record_assessment(session, transfer, decision, actor)
    finally:
        database.close()
    emit_json(decision) if as_json else _print(decision)
    raise typer.Exit(EXIT_OF_OUTCOME[decision.decision.value])


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
