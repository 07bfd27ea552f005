"""List versions in the database: import one atomically, say which serve, load their entries, diff two.

An import is one transaction: the version row, every entry and the audit event land together or not at
all, so a failed import leaves the previous version of that list serving. The version serving a source
is its newest committed one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from nonpro.core.errors import NotFoundError
from nonpro.screening.entry import Entry
from nonpro.screening.entry_codec import entry_from_json, entry_to_json, fingerprint
from nonpro.screening.importers.parsed_list import ParsedList
from nonpro.screening.models import ListEntry, ListVersion
from nonpro.store.audit import record_event
from nonpro.store.database import Database


@dataclass(frozen=True, slots=True)
class ListVersionInfo:
    """What is known about one imported list version."""

    id: int
    source: str
    published: date | None
    checksum: str
    entry_count: int
    counts: dict[str, Any]
    files: str
    imported_at: datetime
    imported_by: str

    @classmethod
    def of(cls, row: ListVersion) -> ListVersionInfo:
        """From its database row."""
        return cls(
            row.id,
            row.source,
            row.published,
            row.checksum,
            row.entry_count,
            dict(row.counts),
            row.files,
            row.imported_at,
            row.imported_by,
        )


@dataclass(frozen=True, slots=True)
class ListDiff:
    """What changed between two versions of a list: entry ids with their main names."""

    old: ListVersionInfo
    new: ListVersionInfo
    added: tuple[tuple[str, str], ...]
    removed: tuple[tuple[str, str], ...]
    changed: tuple[tuple[str, str], ...]


def import_list(database: Database, parsed: ParsedList, files: Sequence[Path], actor: str) -> ListVersionInfo:
    """Store a parsed list as the new serving version of its source, all or nothing."""
    with database.transaction() as session:
        version = ListVersion(
            source=parsed.source,
            published=parsed.published,
            checksum=parsed.checksum,
            entry_count=len(parsed.entries),
            counts=parsed.counts(),
            files=", ".join(path.name for path in files),
            imported_at=datetime.now(UTC),
            imported_by=actor,
        )
        session.add(version)
        session.flush()
        rows = []
        for entry in parsed.entries:
            data = entry_to_json(entry)
            rows.append(
                {
                    "version_id": version.id,
                    "entry_id": entry.entry_id,
                    "schema": entry.schema.value,
                    "primary_name": entry.primary_name,
                    "fingerprint": fingerprint(data),
                    "data": data,
                }
            )
        for start in range(0, len(rows), 5000):
            session.execute(insert(ListEntry), rows[start : start + 5000])
        record_event(
            session,
            actor=actor,
            action="screening.list.imported",
            subject=f"list:{parsed.source}",
            payload={"version": version.id, "checksum": parsed.checksum, "entries": len(rows)},
        )
        return ListVersionInfo.of(version)


def serving_versions(session: Session) -> list[ListVersionInfo]:
    """The newest version of every source, by source name."""
    newest = select(func.max(ListVersion.id)).group_by(ListVersion.source)
    rows = session.scalars(select(ListVersion).where(ListVersion.id.in_(newest)).order_by(ListVersion.source))
    return [ListVersionInfo.of(row) for row in rows]


def versions_of(session: Session, source: str) -> list[ListVersionInfo]:
    """Every version of one source, oldest first."""
    rows = session.scalars(select(ListVersion).where(ListVersion.source == source).order_by(ListVersion.id))
    return [ListVersionInfo.of(row) for row in rows]


def version_entries(session: Session, version_id: int) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """A version's entries by entry id: main name, fingerprint and JSON."""
    query = select(ListEntry.entry_id, ListEntry.primary_name, ListEntry.fingerprint, ListEntry.data).where(
        ListEntry.version_id == version_id
    )
    return {entry_id: (name, print_, data) for entry_id, name, print_, data in session.execute(query)}


def serving_entries(session: Session) -> tuple[list[Entry], dict[str, str], list[ListVersionInfo]]:
    """Every entry of every serving version, their fingerprints by `source:entry_id`, and the versions."""
    versions = serving_versions(session)
    entries: list[Entry] = []
    prints: dict[str, str] = {}
    for version in versions:
        for _, print_, data in version_entries(session, version.id).values():
            entry = entry_from_json(data)
            entries.append(entry)
            prints[entry.key] = print_
    return entries, prints, versions


def diff_versions(session: Session, old_id: int, new_id: int) -> ListDiff:
    """Entries added, removed and changed from version `old_id` to version `new_id` of the same list."""
    old, new = session.get(ListVersion, old_id), session.get(ListVersion, new_id)
    if old is None or new is None:
        missing = old_id if old is None else new_id
        raise NotFoundError(
            f"no list version {missing}", where="version", expected="an id from `nonpro lists status`"
        )
    if old.source != new.source:
        raise NotFoundError(
            f"versions {old_id} ({old.source}) and {new_id} ({new.source}) are of different lists",
            where="version",
            expected="two versions of the same list",
        )
    before, after = version_entries(session, old_id), version_entries(session, new_id)
    return ListDiff(
        ListVersionInfo.of(old),
        ListVersionInfo.of(new),
        added=tuple((key, after[key][0]) for key in sorted(after.keys() - before.keys())),
        removed=tuple((key, before[key][0]) for key in sorted(before.keys() - after.keys())),
        changed=tuple(
            (key, after[key][0])
            for key in sorted(after.keys() & before.keys())
            if after[key][1] != before[key][1]
        ),
    )
