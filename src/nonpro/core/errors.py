"""The error hierarchy of nonpro.

Every error a user can cause says what was wrong, where, and what valid looks like. The doors (CLI, API,
web) map these classes to exit codes and HTTP statuses; the library never knows about either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input: where it is, what is wrong, and what valid looks like."""

    where: str
    what: str
    expected: str = ""

    def __str__(self) -> str:
        text = f"{self.where}: {self.what}" if self.where else self.what
        return f"{text} (expected {self.expected})" if self.expected else text


class NonproError(Exception):
    """Base of every error nonpro raises on purpose."""

    title = "nonpro error"

    def __init__(self, what: str, *, where: str = "", expected: str = "", hint: str = "") -> None:
        self.what = what
        self.where = where
        self.expected = expected
        self.hint = hint
        super().__init__(self.message)

    @property
    def summary(self) -> str:
        """What was wrong, where, and what valid looks like, without the hint."""
        text = f"{self.where}: {self.what}" if self.where else self.what
        return f"{text}; expected {self.expected}" if self.expected else text

    @property
    def message(self) -> str:
        """The error as one line for a terminal: the summary, then the hint."""
        return f"{self.summary}. {self.hint}" if self.hint else self.summary


class NotFoundError(NonproError):
    """Something asked for by its id does not exist."""

    title = "Not found"


class InvalidInputError(NonproError):
    """A user's input is malformed; `problems` lists every fault found, not just the first."""

    title = "Invalid input"

    def __init__(
        self,
        what: str,
        *,
        where: str = "",
        expected: str = "",
        hint: str = "",
        problems: Sequence[Problem] = (),
    ) -> None:
        self.problems = tuple(problems)
        super().__init__(what, where=where, expected=expected, hint=hint)


class ConfigurationError(NonproError):
    """A setting has a value nonpro cannot use; `where` names the environment variable."""

    title = "Bad configuration"


class DatabaseUnavailableError(NonproError):
    """The configured database cannot be reached or is not at the expected schema."""

    title = "Database unavailable"


class ReferenceDataError(NonproError):
    """A shipped reference-data file is broken; `where` names the file and key."""

    title = "Broken reference data"
