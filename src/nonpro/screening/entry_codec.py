"""An entry as JSON for the store, and back; the fingerprint of that JSON tells when an entry changed."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from nonpro.screening.entry import (
    Address,
    BirthDate,
    Entry,
    Identifier,
    ListedName,
    NameKind,
    NameQuality,
    Schema,
)


def entry_to_json(entry: Entry) -> dict[str, Any]:
    """The entry as plain JSON values."""
    return {
        "source": entry.source,
        "entry_id": entry.entry_id,
        "schema": entry.schema.value,
        "names": [[n.full, n.kind.value, n.quality.value, n.original_script] for n in entry.names],
        "birth_dates": [[b.value, b.from_year, b.to_year, b.approximate] for b in entry.birth_dates],
        "birth_places": list(entry.birth_places),
        "nationalities": list(entry.nationalities),
        "countries": list(entry.countries),
        "identifiers": [[i.kind, i.number, i.country, i.note] for i in entry.identifiers],
        "addresses": [[a.text, a.country] for a in entry.addresses],
        "programmes": list(entry.programmes),
        "listed_on": entry.listed_on.isoformat() if entry.listed_on else None,
        "reference": entry.reference,
        "remarks": entry.remarks,
        "extra": [list(pair) for pair in entry.extra],
    }


def entry_from_json(data: dict[str, Any]) -> Entry:
    """Rebuild an entry from `entry_to_json`'s output."""
    return Entry(
        source=data["source"],
        entry_id=data["entry_id"],
        schema=Schema(data["schema"]),
        names=tuple(ListedName(f, NameKind(k), NameQuality(q), o) for f, k, q, o in data["names"]),
        birth_dates=tuple(BirthDate(v, low, high, a) for v, low, high, a in data["birth_dates"]),
        birth_places=tuple(data["birth_places"]),
        nationalities=tuple(data["nationalities"]),
        countries=tuple(data["countries"]),
        identifiers=tuple(Identifier(k, n, c, note) for k, n, c, note in data["identifiers"]),
        addresses=tuple(Address(t, c) for t, c in data["addresses"]),
        programmes=tuple(data["programmes"]),
        listed_on=date.fromisoformat(data["listed_on"]) if data["listed_on"] else None,
        reference=data["reference"],
        remarks=data["remarks"],
        extra=tuple((k, v) for k, v in data["extra"]),
    )


def fingerprint(data: dict[str, Any]) -> str:
    """SHA-256 of the entry's JSON with sorted keys: equal fingerprints, equal entries."""
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
