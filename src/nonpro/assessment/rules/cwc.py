"""CWC transfer rules by schedule and by whether the destination is a State Party on the transfer date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from nonpro.assessment.destination import destination_status, is_state_party, status_evidence
from nonpro.assessment.items import entries_by_item, entry_evidence
from nonpro.assessment.outcome import Outcome
from nonpro.assessment.parameters import date_parameter, parameter, parameter_file
from nonpro.assessment.rule import Facts, Finding, rule
from nonpro.controls.entry import ControlEntry
from nonpro.registry.status import StatusOnDate

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


# Judges whether the destination may receive a scheduled chemical: (effect, detail), or None when the
# provision has nothing to say (a State Party destination for the rules on States not Party).
Judge = Callable[[Facts, bool, StatusOnDate], tuple[Outcome, str] | None]


def _each_item(facts: Facts, schedule: str, judge: Judge) -> list[Finding]:
    """Apply `judge` to the destination once and report it on every item of the schedule."""
    items = _scheduled(facts, schedule)
    if not items:
        return []
    derived = destination_status(facts, "cwc")
    party = is_state_party(derived)
    if party is None:
        verdict: tuple[Outcome, str] | None = (
            Outcome.REFER,
            f"the registry is uncertain whether {facts.transfer.destination} is a State Party: "
            f"{derived.detail}",
        )
    else:
        verdict = judge(facts, party, derived)
    if verdict is None:
        return []
    evidence = status_evidence(facts, "cwc", derived)
    effect, detail = verdict
    return [
        Finding(effect, f"items[{index}]", detail, (entry_evidence(entry), evidence))
        for index, entry in items
    ]


def _certificate_judge(with_certificate: Outcome | None) -> Judge:
    """To a State not Party: `with_certificate` when an end-use certificate is held (None: never allowed)."""

    def judge(facts: Facts, party: bool, derived: StatusOnDate) -> tuple[Outcome, str] | None:
        if party:
            return None
        state = _not_party(facts, derived.status)
        if with_certificate is None:
            return Outcome.PROHIBITED, state
        if facts.transfer.assurances.end_use_certificate:
            return with_certificate, f"{state}; an end-use certificate is held"
        return Outcome.PROHIBITED, f"{state}; no end-use certificate is held"

    return judge


def _schedule_1_judge(facts: Facts, party: bool, derived: StatusOnDate) -> tuple[Outcome, str]:
    if not party:
        return Outcome.PROHIBITED, _not_party(facts, derived.status)
    permitted = set(parameter("cwc", "permitted_schedule_1_purposes").value)
    category = facts.transfer.end_use.category if facts.transfer.end_use else None
    if category is None:
        return Outcome.REFER, "the destination is a State Party, but no end-use category is given"
    if category not in permitted:
        return Outcome.PROHIBITED, f"the end use {category!r} is not one of {sorted(permitted)}"
    notice = parameter("cwc", "schedule_1_notification_days")
    retransfer = parameter("cwc", "schedule_1_no_retransfer")
    return Outcome.LICENCE_REQUIRED, (
        f"State Party destination, {category} purpose; both States notify the OPCW at least "
        f"{notice.value} days before ({notice.provision}); no retransfer to a third State "
        f"({retransfer.provision})"
    )


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
    return _each_item(facts, "1", _schedule_1_judge)


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
    return _each_item(facts, "2", _certificate_judge(Outcome.LICENCE_REQUIRED))


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
    return _each_item(facts, "2", _certificate_judge(None))


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
    return _each_item(facts, "3", _certificate_judge(Outcome.LICENCE_REQUIRED))
