"""Classification: from an id, a CAS number or words to ranked candidate entries, each with its reason."""

from __future__ import annotations

from dataclasses import dataclass

from nonpro.controls.cas import parse_cas
from nonpro.controls.control_lists import ControlLists
from nonpro.controls.entry import ControlEntry
from nonpro.controls.ids import segments, split_query
from nonpro.core.errors import InvalidInputError

MAX_QUERY_LENGTH = 500


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry that may be the item, how strongly, and why."""

    entry: ControlEntry
    score: float
    why: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Classification:
    """The query as understood and its candidates, best first."""

    query: str
    candidates: tuple[Candidate, ...]


def classify_id(lists: ControlLists, text: str) -> Classification:
    """The entries an id names in any common spelling, with which code matched."""
    _prefix, code = split_query(text)
    found = lists.find(text)
    return Classification(text, tuple(Candidate(e, 1.0, (_id_reason(e, code),)) for e in found))


def _id_reason(entry: ControlEntry, code: tuple[str, ...]) -> str:
    if segments(entry.code) == code:
        return f"code {entry.code} of list {entry.list_id}"
    for eu in entry.eu:
        if segments(eu) == code:
            return f"EU Annex I code {eu}"
    for eccn in entry.us_eccn:
        if segments(eccn) == code:
            return f"US ECCN {eccn}"
    return f"id {entry.id}"


def classify_cas(lists: ControlLists, cas: str) -> Classification:
    """Entries listing this CAS number, in every loaded list; the check digit is verified first."""
    number = parse_cas(cas)
    found = lists.by_cas(number)
    return Classification(
        number,
        tuple(Candidate(e, 1.0, (f"lists CAS {number}" + _category(e),)) for e in found),
    )


def _category(entry: ControlEntry) -> str:
    return f" (schedule {entry.category})" if entry.list_id == "cwc" and entry.category else ""


def classify_text(lists: ControlLists, text: str, limit: int = 10) -> Classification:
    """Entries ranked by BM25 over titles and notes across all lists; `why` lists the words that matched."""
    query = text.strip()
    if not query or len(query) > MAX_QUERY_LENGTH:
        raise InvalidInputError(
            "the description is empty" if not query else f"the description has {len(query)} characters",
            where="text",
            expected=f"a description of the item in 1 to {MAX_QUERY_LENGTH} characters",
        )
    hits = lists.text.search(query, limit)
    return Classification(
        query,
        tuple(Candidate(h.entry, h.score, tuple(f"matched '{w}'" for w in h.matched)) for h in hits),
    )
