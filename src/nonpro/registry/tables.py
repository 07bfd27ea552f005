"""Registry answers as flat tables, for CSV export by every door."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from nonpro.registry.registry_public import (
    ChangesPublic,
    GapsPublic,
    InstrumentViewPublic,
    ScorecardPublic,
    StateProfilePublic,
)

Table = tuple[list[str], list[list[str]]]


def _text(value: object) -> str:
    return "" if value is None else str(value)


def profile_table(profile: StateProfilePublic) -> Table:
    """One row per instrument."""
    header = ["instrument", "name", "status", "since", "detail", "sources"]
    rows = [
        [
            r.id,
            r.name,
            r.status.value,
            _text(r.since),
            r.detail,
            "; ".join(sorted({e.source.cite() for e in r.events})),
        ]
        for r in profile.instruments
    ]
    return header, rows


def instrument_table(view: InstrumentViewPublic) -> Table:
    """One row per state."""
    header = ["alpha2", "alpha3", "name", "status", "since", "detail"]
    rows = [[r.alpha2, r.alpha3, r.name, r.status.value, _text(r.since), r.detail] for r in view.states]
    return header, rows


def gaps_table(found: GapsPublic) -> Table:
    """One row per state not in the wanted status."""
    header = ["alpha2", "alpha3", "name", "status", "since", "detail"]
    rows = [[r.alpha2, r.alpha3, r.name, r.status.value, _text(r.since), r.detail] for r in found.gaps]
    return header, rows


def changes_table(found: ChangesPublic) -> Table:
    """One row per changed status."""
    header = ["alpha2", "name", "instrument", "before", "after", "events"]
    rows = [
        [
            c.alpha2,
            c.name,
            c.instrument,
            c.before.value,
            c.after.value,
            "; ".join(f"{e.type} {e.date}" for e in c.events),
        ]
        for c in found.changes
    ]
    return header, rows


def scorecard_table(card: ScorecardPublic) -> Table:
    """One row per subscribing state, two columns (then, now) per called-for instrument."""
    header = ["alpha2", "name"] + [f"{i} {when}" for i in card.calls_for for when in (card.then, card.now)]
    rows = [
        [r.alpha2, r.name] + [s.value for item in r.items for s in (item.then, item.now)] for r in card.states
    ]
    return header, rows


def to_csv(table: Table) -> str:
    """The table as CSV text with a header row."""
    header, rows = table
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def column_widths(rows: Sequence[Sequence[str]]) -> list[int]:
    """The width of each column, for aligned text output."""
    return [max(len(row[i]) for row in rows) for i in range(len(rows[0]))] if rows else []
