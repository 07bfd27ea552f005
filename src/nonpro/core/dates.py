"""Parsing dates given by users, with errors that say what a date looks like."""

from __future__ import annotations

from datetime import date

from nonpro.core.errors import InvalidInputError


def parse_date(text: str, where: str) -> date:
    """An ISO 8601 calendar date (YYYY-MM-DD); anything else is an InvalidInputError naming `where`."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError(
            f"{text!r} is not a date", where=where, expected="YYYY-MM-DD, e.g. 2009-12-02"
        ) from None
