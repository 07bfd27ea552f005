"""Errors of the safeguards ledger."""

from __future__ import annotations

from collections.abc import Sequence

from nonpro.core.errors import InvalidInputError, Problem


class LedgerRefusedError(InvalidInputError):
    """A submitted report was refused whole; `problems` names each faulty line and the reason."""

    title = "Report refused"

    def __init__(self, report: str, problems: Sequence[Problem]) -> None:
        count = len(problems)
        super().__init__(
            f"refused, nothing recorded: {count} problem{'s' if count != 1 else ''}; first: {problems[0]}",
            where=report,
            problems=problems,
        )
