"""Screen parties against loaded lists: candidates from the index, then scoring by algorithm v1."""

from __future__ import annotations

from collections.abc import Iterable

from nonpro.screening.entry import Entry
from nonpro.screening.hit import Hit
from nonpro.screening.logic_v1.features import plain_number
from nonpro.screening.logic_v1.scoring import score_entry
from nonpro.screening.name_form import name_form
from nonpro.screening.name_index import NameIndex
from nonpro.screening.query import PartyQuery

THRESHOLD = 0.8
CANDIDATE_NAMES = 30


class Screener:
    """An in-memory index over entries; `screen` returns the hits at or above the threshold, best first."""

    def __init__(self, entries: Iterable[Entry], threshold: float = THRESHOLD) -> None:
        self.index = NameIndex(entries)
        self.threshold = threshold
        # Names of each entry, for the entries an identifier finds whatever their names.
        self.entry_names: dict[int, list[int]] = {}
        for number, owner in enumerate(self.index.owner.tolist()):
            self.entry_names.setdefault(owner, []).append(number)
        self.by_identifier: dict[str, list[int]] = {}
        for position, entry in enumerate(self.index.entries):
            for identifier in entry.identifiers:
                self.by_identifier.setdefault(plain_number(identifier.number), []).append(position)

    def screen(self, query: PartyQuery, *, limit: int = 10, threshold: float | None = None) -> list[Hit]:
        """The entries matching `query` with a score of at least `threshold`, best first, at most `limit`."""
        floor = self.threshold if threshold is None else threshold
        return [hit for hit in self.score_candidates(query, floor) if hit.score >= floor][:limit]

    def score_candidates(self, query: PartyQuery, floor: float = 0.0) -> list[Hit]:
        """The candidates the index proposes that can reach `floor`, scored, best first."""
        form = name_form(query.name)
        owners: dict[int, list[int]] = {}
        for identifier in query.identifiers:
            for owner in self.by_identifier.get(plain_number(identifier.number), []):
                owners[owner] = self.entry_names[owner]
        for number in self.index.candidates(form, CANDIDATE_NAMES):
            owners.setdefault(int(self.index.owner[number]), []).append(number)
        hits = []
        for owner, numbers in owners.items():
            names = (self.index.names[number] for number in dict.fromkeys(numbers))
            hit = score_entry(query, form, self.index.entries[owner], names, floor)
            if hit is not None:
                hits.append(hit)
        hits.sort(key=lambda hit: (-hit.score, hit.entry.key))
        return hits
