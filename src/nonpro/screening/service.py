"""Screening against the lists serving in the database, with earlier decisions applied to the hits."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from nonpro.core.errors import NotFoundError
from nonpro.screening.hit import Hit
from nonpro.screening.list_store import ListVersionInfo, serving_entries, serving_versions
from nonpro.screening.logic_v1 import ALGORITHM
from nonpro.screening.query import PartyQuery
from nonpro.screening.review import (
    Decision,
    Verdict,
    confirmed_entries,
    record_decision,
    suppressed_entries,
)
from nonpro.screening.screener import THRESHOLD, Screener
from nonpro.store.database import Database

MEMORY_OF_QUERIES = 100_000


@dataclass(frozen=True, slots=True)
class ScreenedHit:
    """A hit, and the false-positive decision that suppresses it, if any."""

    hit: Hit
    suppressed_by: Decision | None


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    """Everything one screening produced, with the list versions and algorithm it used."""

    query: PartyQuery
    hits: tuple[ScreenedHit, ...]
    versions: tuple[ListVersionInfo, ...]
    algorithm: str
    threshold: float


class ListScreening:
    """The serving lists, loaded once from the database into an in-memory screener."""

    def __init__(self, database: Database) -> None:
        self.database = database
        with database.transaction() as session:
            entries, self.fingerprints, versions = serving_entries(session)
        if not entries:
            raise NotFoundError(
                "no list has been imported", where="lists", hint="Import one: nonpro lists import un FILE"
            )
        self.versions = tuple(versions)
        self.screener = Screener(entries)
        # The lists of this object never change, so a party's hits do not either: batches repeat parties
        # (the same carriers, forwarders and banks), and are answered from memory the second time.
        self._hits: dict[tuple[PartyQuery, float, int], list[Hit]] = {}

    def forget(self) -> None:
        """Drop the remembered hits (benchmarks use it to measure cold screening)."""
        self._hits.clear()

    def _hits_of(self, query: PartyQuery, threshold: float, limit: int) -> list[Hit]:
        key = (query, threshold, limit)
        hits = self._hits.get(key)
        if hits is None:
            if len(self._hits) >= MEMORY_OF_QUERIES:
                self._hits.clear()
            hits = self._hits[key] = self.screener.screen(query, limit=limit, threshold=threshold)
        return hits

    def screen(self, query: PartyQuery, *, threshold: float = THRESHOLD, limit: int = 10) -> ScreeningResult:
        """Screen one party; a hit decided a false positive (entry unchanged since) comes back suppressed."""
        hits = self._hits_of(query, threshold, limit)
        suppressed: dict[str, Decision] = {}
        if hits:
            with self.database.transaction() as session:
                suppressed = suppressed_entries(session, query, self.fingerprints)
        screened = tuple(ScreenedHit(hit, suppressed.get(hit.entry.key)) for hit in hits)
        return ScreeningResult(query, screened, self.versions, ALGORITHM, threshold)

    def confirmed(self, query: PartyQuery) -> dict[str, Decision]:
        """Entries an officer has confirmed as true matches of this party."""
        with self.database.transaction() as session:
            return confirmed_entries(session, query)

    def describe(self) -> str:
        """The lists and algorithm a result depends on, in one line for a stored decision."""
        lists = "; ".join(
            f"{v.source} #{v.id} ({v.published or 'undated'}, {v.checksum[:12]})" for v in self.versions
        )
        return f"screening {ALGORITHM} over {lists}"

    def decide(
        self, query: PartyQuery, entry_key: str, verdict: Verdict, reason: str, actor: str
    ) -> Decision:
        """Record an officer's decision on the hit of `query` against the serving entry `source:entry_id`."""
        if entry_key not in self.fingerprints:
            raise NotFoundError(
                f"no serving entry {entry_key!r}",
                where="entry",
                expected="source:entry_id of a hit, e.g. un:6908555",
            )
        source, _, entry_id = entry_key.partition(":")
        score = next(
            (hit.score for hit in self.screener.score_candidates(query) if hit.entry.key == entry_key), None
        )
        with self.database.transaction() as session:
            return record_decision(
                session,
                query=query,
                source=source,
                entry_id=entry_id,
                entry_fingerprint=self.fingerprints[entry_key],
                verdict=verdict,
                reason=reason,
                actor=actor,
                score=score,
                algorithm=ALGORITHM,
            )


class ServingScreening:
    """The screening over the lists serving now, for a long-running server: rebuilt after an import."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._current: ListScreening | None = None
        self._lock = threading.Lock()

    def get(self) -> ListScreening:
        """The screening for the serving versions, loading them again if an import changed them."""
        with self.database.transaction() as session:
            serving = tuple(version.id for version in serving_versions(session))
        with self._lock:
            if self._current is None or tuple(v.id for v in self._current.versions) != serving:
                self._current = ListScreening(self.database)
            return self._current
