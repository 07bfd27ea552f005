"""Finding one row of a shipped table by its key, with an error that lists the valid keys."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from nonpro.core.errors import NotFoundError

RowT = TypeVar("RowT")


def row_by(rows: Sequence[RowT], field: str, value: str, what: str) -> RowT:
    """The row whose `field` equals `value`; otherwise NotFoundError naming `what` and the known values."""
    for row in rows:
        if getattr(row, field) == value:
            return row
    known = ", ".join(str(getattr(row, field)) for row in rows)
    raise NotFoundError(f"no {what} for {value!r}", where=field, expected=known)
