"""Screening every party of a transfer before the rules run, so that rules read the results as facts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nonpro.assessment.transfer import Party, PartyRole, Transfer
from nonpro.screening.list_sources import SOURCES
from nonpro.screening.query import party_query
from nonpro.screening.service import ListScreening, ScreenedHit

SCHEMA_OF_ROLE = {PartyRole.VESSEL: "vessel"}


@dataclass(frozen=True, slots=True)
class PartyScreening:
    """One party's hits and the entries an officer has confirmed as true matches of it."""

    party: Party
    hits: tuple[ScreenedHit, ...]
    confirmed: frozenset[str]


def screen_parties(transfer: Transfer, screening: ListScreening) -> dict[int, PartyScreening]:
    """Each party's screening, by its index in the transfer."""
    results = {}
    for index, party in enumerate(transfer.parties):
        query = party_query(
            party.name,
            schema=SCHEMA_OF_ROLE.get(party.role),
            dob=party.date_of_birth.isoformat() if party.date_of_birth else None,
            countries=(party.country,) if party.country else (),
            identifiers=tuple(party.identifiers),
        )
        result = screening.screen(query)
        confirmed = frozenset(screening.confirmed(query)) if result.hits else frozenset()
        results[index] = PartyScreening(party, result.hits, confirmed)
    return results


def hit_evidence(index: int, screened: ScreenedHit) -> dict[str, Any]:
    """A screening hit as evidence: which party matched which entry, how, with what score."""
    hit = screened.hit
    source = SOURCES.get(hit.entry.source)
    return {
        "kind": "screening_hit",
        "party": f"parties[{index}]",
        "list": source.title if source else hit.entry.source,
        "entry": hit.entry.key,
        "reference": hit.entry.reference,
        "programmes": list(hit.entry.programmes),
        "listed_name": hit.listed_name.full,
        "score": round(hit.score, 3),
        "how": hit.how,
        "explanation": hit.summary(),
        "algorithm": hit.algorithm,
        "suppressed_as_false_positive": screened.suppressed_by is not None,
    }
