"""Listed parties: a confirmed match bars the transfer, a possible one goes to an officer for review."""

from __future__ import annotations

from datetime import date

from nonpro.assessment.outcome import Outcome
from nonpro.assessment.party_screening import hit_evidence
from nonpro.assessment.rule import Facts, Finding, rule
from nonpro.core.sources import Source

LISTS = Source(
    document="The sanctions and denied-party lists imported in nonpro (each hit names its list version)",
    verified_on=date(2026, 11, 28),
)


def _has_parties(facts: Facts) -> bool:
    return bool(facts.transfer.parties)


@rule(
    rule_id="screening.listed-party",
    question="party-screening",
    instrument="Sanctions and denied-party lists",
    provision="the listed entry named in the evidence",
    source=LISTS,
    valid_from=date(1925, 6, 17),
    scope=_has_parties,
)
def listed_party(facts: Facts) -> list[Finding]:
    """A party of the transfer is on a sanctions or denied-party list: a confirmed match bars the transfer,
    and a possible match must be reviewed by an officer before it can go ahead."""
    if facts.screening is None:
        return [
            Finding(Outcome.REFER, f"parties[{i}]", "the party could not be screened: no list is loaded")
            for i in range(len(facts.transfer.parties))
        ]
    findings = []
    for index, result in sorted(facts.screening.items()):
        live = [h for h in result.hits if h.suppressed_by is None]
        if not live:
            continue
        confirmed = [h for h in live if h.hit.entry.key in result.confirmed or h.hit.how == "identifier"]
        chosen = confirmed or live
        effect = Outcome.PROHIBITED if confirmed else Outcome.REFER
        best = chosen[0].hit
        basis = "confirmed" if confirmed else "possible"
        detail = (
            f"{basis} match of {result.party.role.value} {result.party.name!r} to {best.entry.key} "
            f"{best.listed_name.full!r} (score {best.score:.2f}, {best.how})"
        )
        findings.append(
            Finding(effect, f"parties[{index}]", detail, tuple(hit_evidence(index, h) for h in chosen))
        )
    return findings
