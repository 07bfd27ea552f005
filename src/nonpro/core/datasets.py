"""Versions of the reference data a result was computed from, so that it can be reproduced."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True, order=True)
class DatasetVersion:
    """One reference dataset as loaded: its name, a human version, and a content digest."""

    name: str
    version: str
    sha256: str

    def as_dict(self) -> dict[str, str]:
        """The version as a plain mapping for JSON output."""
        return {"name": self.name, "version": self.version, "sha256": self.sha256}


def digest_files(paths: list[Path]) -> str:
    """A SHA-256 over the given files' names and bytes, in the order given."""
    hasher = hashlib.sha256()
    for path in paths:
        hasher.update(path.name.encode())
        hasher.update(path.read_bytes())
    return hasher.hexdigest()
