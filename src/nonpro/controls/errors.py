"""Errors of the control-lists pillar."""

from __future__ import annotations

from collections.abc import Sequence

from nonpro.core.errors import Problem, ReferenceDataError


class ControlListDataError(ReferenceDataError):
    """Shipped list files are inconsistent; `problems` names every fault by file and key."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0]
        more = f" (and {len(self.problems) - 1} more problems)" if len(self.problems) > 1 else ""
        super().__init__(first.what + more, where=first.where, expected=first.expected)
