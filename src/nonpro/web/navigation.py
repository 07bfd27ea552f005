"""The pillars the web shell links to; each pillar adds its entry here when it lands."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pillar:
    """One area of nonpro as shown in the navigation and on the home page."""

    label: str
    href: str
    summary: str


PILLARS: tuple[Pillar, ...] = (
    Pillar("States", "/states", "Every state with its UN standing and region, each fact cited."),
    Pillar(
        "Screening", "/screening", "Screen a party against sanctions and denied-party lists, with reasons."
    ),
)
