"""The engine: conflicts are loud, precedence resolves them, every reason is cited, versions are recorded."""

from __future__ import annotations

from datetime import date

import pytest

from nonpro.assessment.engine import RuleConflictError, assess, rules_version
from nonpro.assessment.outcome import Outcome
from nonpro.assessment.rule import RULES, Check, Facts, Finding, Rule
from nonpro.assessment.validation import validate_transfer
from nonpro.controls.loader import control_lists
from nonpro.core.errors import InvalidInputError
from nonpro.core.sources import Source
from nonpro.registry.registry_loader import registry

SOURCE = Source(document="test", verified_on=date(2026, 11, 28))


def facts(**changes: object) -> Facts:
    raw = {
        "date": "2026-03-01",
        "kind": "export",
        "exporting_state": "DE",
        "destination": "EG",
        "items": [{"description": "Thiodiglycol", "cas": "111-48-8"}],
    } | changes
    return Facts(validate_transfer(raw, registry().states, control_lists()), registry(), control_lists())


def fixed(effect: Outcome) -> Check:
    def check(_facts: Facts) -> list[Finding]:
        """A test rule."""
        return [Finding(effect, "items[0]", "test")]

    return check


def test_two_rules_disagreeing_without_precedence_stop_the_engine() -> None:
    first = Rule(
        "t.a",
        "q",
        "Test A",
        "para. 1",
        SOURCE,
        date(2000, 1, 1),
        None,
        fixed(Outcome.PROHIBITED),
        lambda f: True,
    )
    second = Rule(
        "t.b",
        "q",
        "Test B",
        "para. 2",
        SOURCE,
        date(2000, 1, 1),
        None,
        fixed(Outcome.LICENCE_REQUIRED),
        lambda f: True,
    )
    with pytest.raises(RuleConflictError) as caught:
        assess(facts(), "none", [first, second])
    assert "t.a (Test A, para. 1) says prohibited" in caught.value.message
    assert "t.b (Test B, para. 2) says licence_required" in caught.value.message


def test_a_declared_precedence_resolves_the_conflict() -> None:
    first = Rule(
        "t.a",
        "q",
        "Test A",
        "para. 1",
        SOURCE,
        date(2000, 1, 1),
        None,
        fixed(Outcome.PROHIBITED),
        lambda f: True,
        overrides=("t.b",),
    )
    second = Rule(
        "t.b",
        "q",
        "Test B",
        "para. 2",
        SOURCE,
        date(2000, 1, 1),
        None,
        fixed(Outcome.LICENCE_REQUIRED),
        lambda f: True,
    )
    decision = assess(facts(), "none", [first, second])
    assert [(r.rule, r.effect) for r in decision.reasons] == [("t.a", Outcome.PROHIBITED)]


def test_every_reason_cites_rule_instrument_provision_and_evidence() -> None:
    decision = assess(facts(), "screening v1 (test)")
    assert decision.decision is Outcome.PROHIBITED
    for reason in decision.reasons:
        assert all((reason.rule, reason.instrument, reason.provision, reason.explanation))
    ban = next(r for r in decision.reasons if r.rule == "cwc.schedule-2.non-party-ban")
    assert ban.provision == "CWC Verification Annex, Part VII, paragraph 31"
    kinds = {e["kind"] for e in ban.evidence}
    assert kinds == {"control_list_entry", "registry_status"}
    status = next(e for e in ban.evidence if e["kind"] == "registry_status")
    assert (status["state"], status["status"]) == ("EG", "not_party")
    assert decision.versions.rules == rules_version()
    assert "registry as of 2025-12-31" in decision.versions.registry
    assert "controls:cwc 2020-06-07" in decision.versions.lists
    assert decision.versions.screening == "screening v1 (test)"


def test_every_registered_rule_has_an_explanation_and_a_verified_source() -> None:
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.explanation.endswith("."), rule.id
        assert rule.source.verified_on <= date(2026, 11, 28)


def test_bad_input_lists_every_problem_with_its_path_and_assesses_nothing() -> None:
    with pytest.raises(InvalidInputError) as caught:
        facts(
            date="2026-02-30",
            destination="ATLANTIS",
            items=[
                {"description": "x", "control_entries": ["cwc:1.A.1", "nsg9:1"]},
                {"description": "y", "cas": "1-2-3"},
            ],
            parties=[{"role": "spy", "name": "X"}],
        )
    places = [p.where for p in caught.value.problems]
    assert places == ["date", "parties[0].role", "destination", "items[0].control_entries[1]", "items[1].cas"]
    assert "nothing was assessed" in caught.value.message
