"""Batch screening files: parties in (`id,name,type,dob,country`), hits out, bad rows reported not fatal."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nonpro.core.errors import InvalidInputError, NonproError, Problem
from nonpro.screening.query import PartyQuery, party_query
from nonpro.screening.service import ScreeningResult

PARTY_COLUMNS = ("id", "name", "type", "dob", "country")
HIT_COLUMNS = ("id", "name", "list", "entry_id", "listed_name", "score", "suppressed", "explanation")


@dataclass(frozen=True, slots=True)
class PartyRow:
    """One row of a parties file: its id (or line number) and either a query or what is wrong with it."""

    line: int
    party_id: str
    query: PartyQuery | None
    problem: Problem | None


def read_parties(path: Path) -> Iterator[PartyRow]:
    """The rows of a parties CSV; a row that cannot be screened carries its problem instead of a query."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = reader.fieldnames or []
        if "name" not in columns or set(columns) - set(PARTY_COLUMNS):
            raise InvalidInputError(
                f"header {','.join(columns)!r} is not usable",
                where=f"{path.name} line 1",
                expected=",".join(PARTY_COLUMNS) + " (only name required)",
            )
        for row in reader:
            line = reader.line_num
            party_id = (row.get("id") or "").strip() or str(line)
            if None in row:
                yield PartyRow(
                    line, party_id, None, Problem(f"line {line}", "more fields than the header has")
                )
                continue
            try:
                query = party_query(
                    row.get("name") or "",
                    schema=row.get("type") or None,
                    dob=row.get("dob") or None,
                    countries=tuple(part for part in (row.get("country") or "").split("|") if part.strip()),
                )
            except NonproError as error:
                yield PartyRow(line, party_id, None, Problem(f"line {line}", error.message))
                continue
            yield PartyRow(line, party_id, query, None)


def hit_rows(party_id: str, result: ScreeningResult) -> Iterator[dict[str, str]]:
    """One output row per hit of one party."""
    for screened in result.hits:
        hit = screened.hit
        yield {
            "id": party_id,
            "name": result.query.name,
            "list": hit.entry.source,
            "entry_id": hit.entry.entry_id,
            "listed_name": hit.listed_name.full,
            "score": f"{hit.score:.4f}",
            "suppressed": f"false positive #{screened.suppressed_by.id}" if screened.suppressed_by else "",
            "explanation": hit.summary(),
        }
