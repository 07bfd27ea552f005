"""What an importer hands over: every entry of one list file, with what identifies that publication."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nonpro.core.errors import InvalidInputError, Problem
from nonpro.screening.entry import Entry

MAX_PROBLEMS = 50


@dataclass(frozen=True, slots=True)
class ParsedList:
    """A whole list as read from its files: `checksum` is the SHA-256 over the files in the order read."""

    source: str
    published: date | None
    checksum: str
    entries: tuple[Entry, ...]

    def counts(self) -> dict[str, int]:
        """How many entries of each schema the list holds."""
        return dict(Counter(entry.schema.value for entry in self.entries))


def checksum(paths: Iterable[Path]) -> str:
    """The SHA-256 of the files' bytes, concatenated in order."""
    digest = hashlib.sha256()
    for path in paths:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


class ProblemLog:
    """Collects what is wrong with a list file so that one refusal reports every fault (up to 50)."""

    def __init__(self, path: Path, expected: str) -> None:
        self.path = path
        self.expected = expected
        self.problems: list[Problem] = []
        self.total = 0

    def add(self, where: str, what: str, expected: str = "") -> None:
        """Note one fault at `where` (a line or element number)."""
        self.total += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(f"{self.path.name} {where}", what, expected))

    def raise_if_any(self) -> None:
        """Refuse the file if anything was wrong with it."""
        if self.total:
            raise InvalidInputError(
                f"{self.total} problem(s) found; the list was not imported",
                where=str(self.path),
                expected=self.expected,
                problems=self.problems,
            )
