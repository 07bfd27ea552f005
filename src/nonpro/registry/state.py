"""A state as nonpro knows it: its ISO 3166-1 codes, its standing at the United Nations, its M49 region."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from nonpro.core.sources import Source


class UnStatus(StrEnum):
    """A country's standing at the United Nations."""

    MEMBER = "member"
    OBSERVER = "observer"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class M49Area:
    """Where the UN Statistics Division's M49 standard places a country."""

    region: str | None
    subregion: str | None
    intermediate_region: str | None


@dataclass(frozen=True, slots=True)
class State:
    """One ISO 3166-1 country with its UN standing; `sources` cites each group of facts by name.

    `name` is the common short name where ISO gives one ("Iran"), else the ISO short name.
    """

    alpha2: str
    alpha3: str
    numeric: str
    name: str
    iso_name: str
    official_name: str | None
    un_status: UnStatus
    un_since: date | None
    un_admission_year: int | None
    m49: M49Area
    sources: dict[str, Source]

    @property
    def is_un_member(self) -> bool:
        """Whether the state is one of the UN Member States."""
        return self.un_status is UnStatus.MEMBER
