"""Items on a multilateral control list need a licence; guidelines not yet encoded go to an officer."""

from __future__ import annotations

from datetime import date

from nonpro.assessment.items import entries_by_item, entry_evidence
from nonpro.assessment.outcome import Outcome
from nonpro.assessment.rule import Facts, Finding, rule
from nonpro.core.sources import Source

# Regimes whose transfer guidelines nonpro encodes as rules; items of other lists are referred to an officer.
ENCODED_REGIMES = frozenset({"CWC"})
LISTS = Source(
    document="The multilateral control lists loaded in nonpro (each entry cites its list and edition)",
    verified_on=date(2026, 11, 28),
)


def _listed(facts: Facts) -> bool:
    return any(entries for _, entries in entries_by_item(facts))


@rule(
    rule_id="lists.listed-item",
    question="listed-item",
    instrument="Multilateral control lists",
    provision="the control-list entry named in the evidence",
    source=LISTS,
    valid_from=date(1925, 6, 17),
    scope=_listed,
)
def listed_item_needs_licence(facts: Facts) -> list[Finding]:
    """The item is on a multilateral control list, so its transfer needs a licence under the national controls
    that implement that list."""
    return [
        Finding(
            Outcome.LICENCE_REQUIRED,
            f"items[{index}]",
            "listed as " + ", ".join(e.id for e in entries),
            tuple(entry_evidence(e) for e in entries),
        )
        for index, entries in entries_by_item(facts)
        if entries
    ]


@rule(
    rule_id="lists.guidelines-not-encoded",
    question="unencoded-guidelines",
    instrument="Regime guidelines",
    provision="the guidelines named in the evidence",
    source=LISTS,
    valid_from=date(1925, 6, 17),
    scope=_listed,
)
def guidelines_not_encoded(facts: Facts) -> list[Finding]:
    """The regime guidelines that govern this item are not yet encoded in nonpro, so a licensing officer must
    apply them."""
    findings = []
    for index, entries in entries_by_item(facts):
        pending = [e for e in entries if e.regime not in ENCODED_REGIMES]
        if pending:
            lists = {e.list_id: facts.controls.control_list(e.list_id) for e in pending}
            guidelines = sorted({g for lst in lists.values() for g in lst.guidelines})
            findings.append(
                Finding(
                    Outcome.REFER,
                    f"items[{index}]",
                    "guidelines: " + "; ".join(guidelines),
                    tuple(entry_evidence(e) for e in pending),
                )
            )
    return findings
