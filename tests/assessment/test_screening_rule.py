"""Screening in the assessment: a UN-listed DPRK consignee is referred, then prohibited or cleared."""

from __future__ import annotations

from nonpro.assessment.outcome import Outcome
from nonpro.assessment.service import assess_raw, serving_screening
from nonpro.controls.loader import control_lists
from nonpro.registry.registry_loader import registry
from nonpro.screening.importers.un_xml import read_un_xml
from nonpro.screening.list_store import import_list
from nonpro.screening.query import party_query
from nonpro.screening.review import Verdict
from nonpro.store.database import Database
from tests.conftest import SHARED_DATA

UN_XML = SHARED_DATA / "sanctions" / "un" / "consolidated-2026-02-27.xml"
KOMID = "KOREA MINING DEVELOPMENT TRADING CORPORATION"
TRANSFER = {
    "date": "2026-03-01",
    "kind": "export",
    "exporting_state": "DE",
    "destination": "CN",
    "items": [{"description": "Office chairs"}],
    "parties": [
        {"role": "consignee", "name": "Korea Mining Development Trading Corp.", "country": "KP"},
        {"role": "carrier", "name": "Hapag-Lloyd AG", "country": "DE"},
    ],
}


def screening_rule_reasons(database: Database) -> list[tuple[str, Outcome]]:
    screening = serving_screening(database)
    assert screening is not None
    _, decision = assess_raw(TRANSFER, registry(), control_lists(), screening)
    assert decision.versions.screening.startswith("screening v1 over un #")
    return [(r.subject, r.effect) for r in decision.reasons if r.rule == "screening.listed-party"]


def test_without_lists_every_party_is_referred_as_unscreened(database: Database) -> None:
    assert serving_screening(database) is None
    _, decision = assess_raw(TRANSFER, registry(), control_lists(), None)
    assert decision.decision is Outcome.REFER
    unscreened = [r for r in decision.reasons if r.rule == "screening.listed-party"]
    assert [r.detail for r in unscreened] == ["the party could not be screened: no list is loaded"] * 2


def test_a_listed_dprk_consignee_is_referred_then_prohibited_once_confirmed(database: Database) -> None:
    import_list(database, read_un_xml(UN_XML), [UN_XML], actor="test")
    assert screening_rule_reasons(database) == [("parties[0]", Outcome.REFER)]
    screening = serving_screening(database)
    assert screening is not None
    query = party_query(TRANSFER["parties"][0]["name"], countries=("KP",))  # type: ignore[index]
    hit = screening.screen(query).hits[0].hit
    assert hit.entry.reference == "KPe.001"
    assert hit.listed_name.full == KOMID
    screening.decide(
        query, hit.entry.key, Verdict.TRUE_MATCH, "same company: address and name agree", "officer"
    )
    assert screening_rule_reasons(database) == [("parties[0]", Outcome.PROHIBITED)]
    _, decision = assess_raw(TRANSFER, registry(), control_lists(), serving_screening(database))
    assert decision.decision is Outcome.PROHIBITED
    reason = next(r for r in decision.reasons if r.rule == "screening.listed-party")
    evidence = reason.evidence[0]
    assert (evidence["entry"], evidence["reference"], evidence["programmes"]) == (
        hit.entry.key,
        "KPe.001",
        ["DPRK"],
    )


def test_a_false_positive_decision_clears_the_party(database: Database) -> None:
    import_list(database, read_un_xml(UN_XML), [UN_XML], actor="test")
    screening = serving_screening(database)
    assert screening is not None
    query = party_query(TRANSFER["parties"][0]["name"], countries=("KP",))  # type: ignore[index]
    hit = screening.screen(query).hits[0].hit
    screening.decide(query, hit.entry.key, Verdict.FALSE_POSITIVE, "a different firm", "officer")
    assert screening_rule_reasons(database) == []
