"""The outcomes of an assessment, from least to most severe; the overall decision is the most severe."""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    """What the guidelines say about a transfer (or one aspect of it)."""

    NOT_CONTROLLED = "not_controlled"
    LICENCE_REQUIRED = "licence_required"
    REFER = "refer"
    PRESUMPTION_OF_DENIAL = "presumption_of_denial"
    PROHIBITED = "prohibited"

    @property
    def severity(self) -> int:
        """Rank: 0 for not_controlled up to 4 for prohibited (also the CLI's exit code)."""
        return list(Outcome).index(self)
