"""Record in the store which reference-data versions this installation serves, appending on each change."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nonpro.core.datasets import DatasetVersion
from nonpro.store.audit import record_event
from nonpro.store.models import ReferenceDatasetRecord


def installed_versions(session: Session) -> dict[str, ReferenceDatasetRecord]:
    """The latest recorded version of each dataset, by name."""
    latest: dict[str, ReferenceDatasetRecord] = {}
    for row in session.scalars(select(ReferenceDatasetRecord).order_by(ReferenceDatasetRecord.id)):
        latest[row.name] = row
    return latest


def record_versions(session: Session, versions: Iterable[DatasetVersion], actor: str) -> list[DatasetVersion]:
    """Append a record (and an audit event) for each dataset whose version differs from the last recorded."""
    latest = installed_versions(session)
    changed = [v for v in versions if v.name not in latest or latest[v.name].sha256 != v.sha256]
    now = datetime.now(UTC)
    for version in changed:
        session.add(
            ReferenceDatasetRecord(
                name=version.name, version=version.version, sha256=version.sha256, recorded_at=now
            )
        )
        record_event(
            session,
            actor=actor,
            action="reference_data.installed",
            subject=f"dataset:{version.name}",
            payload=version.as_dict(),
        )
    return changed
