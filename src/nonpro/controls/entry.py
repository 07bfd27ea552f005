"""A control list and its entries as loaded: immutable, with each entry's citation attached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nonpro.controls.list_file import ListSource
from nonpro.controls.parameters import Parameter


@dataclass(frozen=True, slots=True)
class ControlEntry:
    """One numbered entry of a control list; `id` is `<list>:<code>`, e.g. `nsg2:3.A.1`."""

    id: str
    list_id: str
    edition: str
    code: str
    parent: str | None
    title: str
    regime: str
    category: str | None
    cas: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    eu: tuple[str, ...]
    us_eccn: tuple[str, ...]
    corresponds_to: tuple[str, ...]
    notes: str
    decontrols: str
    source: ListSource
    reasons: tuple[str, ...] = ()
    """Reasons for control a national list gives (US CCL: NP, MT, CB, CW, NS, ...); empty for regime lists."""


@dataclass(frozen=True, slots=True)
class ControlList:
    """One list in one edition, with its entries in published order."""

    id: str
    edition: str
    title: str
    regime: str
    effective: date | None
    source: ListSource
    guidelines: tuple[str, ...]
    notes: str
    entries: tuple[ControlEntry, ...]
