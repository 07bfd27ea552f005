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
    Pillar(
        "States", "/states", "Every state with its UN standing, region and status in each instrument, cited."
    ),
    Pillar(
        "Instruments", "/instruments", "Treaties, safeguards agreements, regimes and commitments, with maps."
    ),
    Pillar("Gaps", "/gaps", "Which states of a group have not joined an instrument, on any date."),
    Pillar("Changes", "/changes", "What changed in the registry between two dates."),
    Pillar("Controls", "/controls", "Control lists as trees, and classification by words, CAS number or id."),
    Pillar(
        "Screening", "/screening", "Screen a party against sanctions and denied-party lists, with reasons."
    ),
    Pillar("Assess", "/assess", "A proposed transfer against the encoded guidelines, every reason cited."),
    Pillar(
        "Safeguards",
        "/safeguards",
        "Nuclear material accountancy: ledgers, material balances, MUF against its uncertainty, Page's test.",
    ),
)
