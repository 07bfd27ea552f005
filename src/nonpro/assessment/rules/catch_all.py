"""Catch-all controls for unlisted items with a WMD end use, as the exporting state's law sets them."""

from __future__ import annotations

from datetime import date, timedelta

from nonpro.assessment.items import entries_by_item
from nonpro.assessment.outcome import Outcome
from nonpro.assessment.parameters import date_parameter, parameter, parameter_file
from nonpro.assessment.rule import Facts, Finding, rule
from nonpro.core.sources import Source
from nonpro.registry.groups import group_members

EU = "EU dual-use regulation"
EU_SOURCE = parameter_file("eu-dual-use").source
FROM_2009 = date_parameter("eu-dual-use", "regulation_428_2009_applies_from")
FROM_2021 = date_parameter("eu-dual-use", "regulation_2021_821_applies_from")
NATIONAL = Source(
    document="The exporting state's national catch-all legislation (not encoded in nonpro)",
    verified_on=date(2026, 11, 28),
)


def _unlisted(facts: Facts) -> list[int]:
    return [index for index, entries in entries_by_item(facts) if not entries]


def _knows_wmd(facts: Facts) -> bool:
    known = facts.transfer.exporter_knowledge
    return known.informed_wmd or known.aware_wmd or known.suspects_wmd


def _eu_exporter(facts: Facts) -> bool:
    _, members = group_members(facts.registry, "eu", facts.transfer.date)
    return any(s.alpha2 == facts.transfer.exporting_state for s in members)


def _eu_scope(facts: Facts) -> bool:
    return _eu_exporter(facts) and _knows_wmd(facts) and bool(_unlisted(facts))


def _eu_findings(facts: Facts, informed: str, aware: str) -> list[Finding]:
    known = facts.transfer.exporter_knowledge
    findings = []
    for index in _unlisted(facts):
        if known.informed_wmd:
            provision = parameter("eu-dual-use", informed).provision
            findings.append(
                Finding(
                    Outcome.LICENCE_REQUIRED,
                    f"items[{index}]",
                    f"the exporter was informed of a WMD end use ({provision})",
                )
            )
        elif known.aware_wmd:
            provision = parameter("eu-dual-use", aware).provision
            findings.append(
                Finding(
                    Outcome.REFER,
                    f"items[{index}]",
                    f"the exporter is aware of a WMD end use and must notify the authority ({provision})",
                )
            )
    return findings


@rule(
    rule_id="eu.catch-all.wmd.428-2009",
    question="catch-all-wmd",
    instrument=EU,
    provision="Council Regulation (EC) No 428/2009, Article 4(1) and 4(4)",
    source=EU_SOURCE,
    valid_from=FROM_2009,
    valid_to=FROM_2021 - timedelta(days=1),
    scope=_eu_scope,
)
def eu_catch_all_2009(facts: Facts) -> list[Finding]:
    """An unlisted item needs an authorisation when the authority has informed the exporter of a possible WMD
    end use, and an exporter aware of one must notify the authority."""
    return _eu_findings(facts, "informed_wmd_428_2009", "aware_wmd_428_2009")


@rule(
    rule_id="eu.catch-all.wmd.2021-821",
    question="catch-all-wmd",
    instrument=EU,
    provision="Regulation (EU) 2021/821, Article 4(1)(a) and 4(2)",
    source=EU_SOURCE,
    valid_from=FROM_2021,
    scope=_eu_scope,
)
def eu_catch_all_2021(facts: Facts) -> list[Finding]:
    """An unlisted item needs an authorisation when the authority has informed the exporter of a possible WMD
    end use, and an exporter aware of one must notify the authority."""
    return _eu_findings(facts, "informed_wmd_2021_821", "aware_wmd_2021_821")


@rule(
    rule_id="national.catch-all.wmd",
    question="catch-all-wmd-national",
    instrument="National catch-all controls",
    provision="not encoded",
    source=NATIONAL,
    valid_from=date(1925, 6, 17),
    scope=lambda facts: _knows_wmd(facts) and bool(_unlisted(facts)),
)
def national_catch_all(facts: Facts) -> list[Finding]:
    """A WMD end use is known or suspected for an unlisted item, and this catch-all case is not encoded for
    the exporting state, so a licensing officer must decide."""
    known = facts.transfer.exporter_knowledge
    encoded = (
        _eu_exporter(facts) and (known.informed_wmd or known.aware_wmd) and facts.transfer.date >= FROM_2009
    )
    if encoded:
        return []
    basis = "informed" if known.informed_wmd else "aware" if known.aware_wmd else "suspects"
    return [
        Finding(Outcome.REFER, f"items[{index}]", f"the exporter {basis} of a WMD end use")
        for index in _unlisted(facts)
    ]
