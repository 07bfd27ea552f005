"""The engine: run the rules in force on the transfer date, refuse conflicts, keep the most severe outcome."""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from collections.abc import Sequence

from nonpro.assessment import rules as _registered  # noqa: F401 - importing registers the rules
from nonpro.assessment.decision import DecisionPublic, ReasonPublic, VersionsPublic
from nonpro.assessment.outcome import Outcome
from nonpro.assessment.parameters import PARAMETERS_DIR
from nonpro.assessment.rule import RULES, Facts, Finding, Rule
from nonpro.core.datasets import DatasetVersion
from nonpro.core.errors import InvalidInputError, ReferenceDataError

ALGORITHM = "v1"


class RuleConflictError(ReferenceDataError):
    """Two rules answer one question differently for one subject, and neither declares precedence."""

    title = "Rule conflict"


def rules_version(rules: Sequence[Rule] = RULES) -> str:
    """The rule set's version: the engine's algorithm and a digest of every rule and parameter file."""
    digest = hashlib.sha256()
    for r in sorted(rules, key=lambda r: r.id):
        digest.update(f"{r.id}|{r.question}|{r.provision}|{r.valid_from}|{r.valid_to}|{r.overrides}".encode())
    for path in sorted(PARAMETERS_DIR.glob("*.yaml")):
        digest.update(path.read_bytes())
    return f"{ALGORITHM}+{digest.hexdigest()[:12]}"


def _joined(versions: Sequence[DatasetVersion]) -> str:
    return "; ".join(f"{v.name} {v.version} ({v.sha256[:12]})" for v in versions)


def _check_range(facts: Facts, rules: Sequence[Rule]) -> None:
    by_question: dict[str, list[Rule]] = defaultdict(list)
    for r in rules:
        by_question[r.question].append(r)
    day = facts.transfer.date
    for question, variants in by_question.items():
        if any(r.in_force_on(day) for r in variants) or not variants[0].scope(facts):
            continue
        start = min(r.valid_from for r in variants)
        ends = [r.valid_to for r in variants]
        end = "open" if None in ends else max(e for e in ends if e)
        raise InvalidInputError(
            f"the transfer is dated {day}, outside the range the rules for {question!r} are encoded for",
            where="date",
            expected=f"a date from {start} ({variants[0].instrument}); covered until {end}",
        )


def _resolve(question: str, subject: str, fired: list[tuple[Rule, Finding]]) -> list[tuple[Rule, Finding]]:
    overridden = {target for r, _ in fired for target in r.overrides}
    kept = [(r, f) for r, f in fired if r.id not in overridden]
    effects = {f.effect for _, f in kept}
    if len({r.id for r, _ in kept}) > 1 and len(effects) > 1:
        described = "; ".join(f"{r.id} ({r.instrument}, {r.provision}) says {f.effect}" for r, f in kept)
        raise RuleConflictError(
            f"rules disagree on {subject} for {question!r}: {described}",
            where="rules",
            expected="a declared precedence (`overrides`) between these rules",
        )
    return kept


def assess(facts: Facts, screening_version: str, rules: Sequence[Rule] = RULES) -> DecisionPublic:
    """The decision on the transfer in `facts`, with a reason for everything that fired."""
    _check_range(facts, rules)
    fired: dict[tuple[str, str], list[tuple[Rule, Finding]]] = defaultdict(list)
    for r in rules:
        if r.in_force_on(facts.transfer.date) and r.scope(facts):
            for finding in r.check(facts):
                fired[(r.question, finding.subject)].append((r, finding))
    reasons = [
        ReasonPublic(
            rule=r.id,
            instrument=r.instrument,
            provision=r.provision,
            effect=f.effect,
            explanation=r.explanation,
            subject=f.subject,
            detail=f.detail,
            evidence=list(f.evidence),
            source=r.source.cite(),
        )
        for (question, subject), found in sorted(fired.items())
        for r, f in _resolve(question, subject, found)
    ]
    if not reasons:
        reasons.append(
            ReasonPublic(
                rule="engine.nothing-applies",
                instrument="nonpro rules " + rules_version(rules),
                provision="all rules",
                effect=Outcome.NOT_CONTROLLED,
                subject="transfer",
                evidence=[],
                source="the encoded rules",
                explanation="No encoded rule applies: the items are on no loaded control list and no "
                "catch-all condition or listed party is involved.",
                detail="no rule fired",
            )
        )
    decision = max((reason.effect for reason in reasons), key=lambda o: o.severity)
    controls_versions = facts.controls.versions
    return DecisionPublic(
        id=str(uuid.uuid4()),
        date=facts.transfer.date,
        decision=decision,
        reasons=sorted(reasons, key=lambda x: (-x.effect.severity, x.subject, x.rule)),
        versions=VersionsPublic(
            rules=rules_version(rules),
            registry=_joined(facts.registry.versions),
            lists=_joined(controls_versions),
            screening=screening_version,
        ),
    )
