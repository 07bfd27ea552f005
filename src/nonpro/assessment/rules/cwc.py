"""CWC transfer rules by schedule and by whether the destination is a State Party on the transfer date."""

from __future__ import annotations

from datetime import timedelta

from nonpro.assessment.destination import destination_status, is_state_party, status_evidence
from nonpro.assessment.items import entries_by_item, entry_evidence
from nonpro.assessment.outcome import Outcome
from nonpro.assessment.parameters import date_parameter, parameter, parameter_file
from nonpro.assessment.rule import Facts, Finding, rule
from nonpro.controls.entry import ControlEntry

CWC = "Chemical Weapons Convention"
SOURCE = parameter_file("cwc").source


def _scheduled(facts: Facts, schedule: str) -> list[tuple[int, ControlEntry]]:
    found = []
    for index, entries in entries_by_item(facts):
        cwc_entries = [e for e in entries if e.list_id == "cwc" and e.category == schedule]
        if cwc_entries:
            found.append((index, cwc_entries[0]))
    return found


def _not_party(facts: Facts, status: str) -> str:
    return f"{facts.transfer.destination} is not a State Party on {facts.transfer.date} ({status})"


def _to_non_party(
    facts: Facts, schedule: str, effect_without_certificate: Outcome, with_certificate: Outcome | None
) -> list[Finding]:
    items = _scheduled(facts, schedule)
    if not items:
        return []
    derived = destination_status(facts, "cwc")
    party = is_state_party(derived)
    evidence = status_evidence(facts, "cwc", derived)
    findings = []
    for index, entry in items:
        subject = f"items[{index}]"
        if party is None:
            findings.append(
                Finding(
                    Outcome.REFER,
                    subject,
                    "the registry is uncertain whether "
                    f"{facts.transfer.destination} is a State Party: {derived.detail}",
                    (entry_evidence(entry), evidence),
                )
            )
        elif not party:
            certified = facts.transfer.assurances.end_use_certificate
            effect = with_certificate if certified and with_certificate else effect_without_certificate
            state = _not_party(facts, derived.status)
            detail = state + (
                "; an end-use certificate is held"
                if certified and with_certificate
                else ""
                if with_certificate is None
                else "; no end-use certificate is held"
            )
            findings.append(Finding(effect, subject, detail, (entry_evidence(entry), evidence)))
    return findings


@rule(
    rule_id="cwc.schedule-1.transfer",
    question="cwc-schedule-1",
    instrument=CWC,
    provision=parameter("cwc", "schedule_1_transfers").provision,
    source=SOURCE,
    valid_from=date_parameter("cwc", "schedule_1_transfers"),
    scope=lambda facts: bool(_scheduled(facts, "1")),
)
def schedule_1_transfer(facts: Facts) -> list[Finding]:
    """Schedule 1 chemicals may go only to a State Party, and only for research, medical, pharmaceutical or
    protective purposes."""
    items = _scheduled(facts, "1")
    if not items:
        return []
    derived = destination_status(facts, "cwc")
    party = is_state_party(derived)
    evidence = status_evidence(facts, "cwc", derived)
    permitted = set(parameter("cwc", "permitted_schedule_1_purposes").value)
    category = facts.transfer.end_use.category if facts.transfer.end_use else None
    findings = []
    for index, entry in items:
        subject = f"items[{index}]"
        if party is None:
            effect, detail = (
                Outcome.REFER,
                f"the registry is uncertain about the destination: {derived.detail}",
            )
        elif not party:
            effect = Outcome.PROHIBITED
            detail = _not_party(facts, derived.status)
        elif category is None:
            effect, detail = (
                Outcome.REFER,
                "the destination is a State Party, but no end-use category is given",
            )
        elif category not in permitted:
            effect, detail = Outcome.PROHIBITED, f"the end use {category!r} is not one of {sorted(permitted)}"
        else:
            notice = parameter("cwc", "schedule_1_notification_days")
            retransfer = parameter("cwc", "schedule_1_no_retransfer")
            effect = Outcome.LICENCE_REQUIRED
            detail = (
                f"State Party destination, {category} purpose; both States notify the OPCW at least "
                f"{notice.value} days before ({notice.provision}); no retransfer to a third State "
                f"({retransfer.provision})"
            )
        findings.append(Finding(effect, subject, detail, (entry_evidence(entry), evidence)))
    return findings


@rule(
    rule_id="cwc.schedule-2.interim-certificate",
    question="cwc-schedule-2-non-party",
    instrument=CWC,
    provision=parameter("cwc", "schedule_2_interim_end_use_certificate").provision,
    source=SOURCE,
    valid_from=date_parameter("cwc", "schedule_2_interim_end_use_certificate"),
    valid_to=date_parameter("cwc", "schedule_2_non_party_ban") - timedelta(days=1),
    scope=lambda facts: bool(_scheduled(facts, "2")),
)
def schedule_2_interim(facts: Facts) -> list[Finding]:
    """In the three years after the Convention entered into force, Schedule 2 chemicals could go to a State
    not Party only against an end-use certificate."""
    return _to_non_party(facts, "2", Outcome.PROHIBITED, Outcome.LICENCE_REQUIRED)


@rule(
    rule_id="cwc.schedule-2.non-party-ban",
    question="cwc-schedule-2-non-party",
    instrument=CWC,
    provision=parameter("cwc", "schedule_2_non_party_ban").provision,
    source=SOURCE,
    valid_from=date_parameter("cwc", "schedule_2_non_party_ban"),
    scope=lambda facts: bool(_scheduled(facts, "2")),
)
def schedule_2_ban(facts: Facts) -> list[Finding]:
    """Schedule 2 chemicals are transferred only to States Parties."""
    return _to_non_party(facts, "2", Outcome.PROHIBITED, None)


@rule(
    rule_id="cwc.schedule-3.end-use-certificate",
    question="cwc-schedule-3-non-party",
    instrument=CWC,
    provision=parameter("cwc", "schedule_3_end_use_certificate").provision,
    source=SOURCE,
    valid_from=date_parameter("cwc", "schedule_3_end_use_certificate"),
    scope=lambda facts: bool(_scheduled(facts, "3")),
)
def schedule_3_certificate(facts: Facts) -> list[Finding]:
    """Schedule 3 chemicals go to a State not Party only against an end-use certificate from its competent
    authority."""
    return _to_non_party(facts, "3", Outcome.PROHIBITED, Outcome.LICENCE_REQUIRED)
