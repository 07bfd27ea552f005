"""A year of weekly balances of an LEU fuel fabrication plant, with an optional diversion.

Every number here is an illustrative assumption of the simulation (throughput, inventory, uncertainties),
chosen to look like a small plant; none is reference data. The same seed gives the same plant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.codes import MaterialType
from nonpro.safeguards.ledger.submissions import IcrLineIn, IcrSubmission, PilLineIn, PilSubmission
from nonpro.safeguards.statistics.covariance import PeriodFlows
from nonpro.safeguards.statistics.measurement import Method

FACILITY, MBA, REACTOR_MBA = "SIMFAB", "SIMF", "SIMR"
SUPPLIER_STATE = "ZZ"  # ISO 3166 user-assigned code: deliberately no real State.
ENRICHMENT = 0.04
START = date(2025, 1, 5)
WEEKS = 52
ASSUMED = "illustrative assumption of nonpro's simulated plant, not a reference value"

METHODS = {
    "CYLINDER": Method("UF6 cylinder weighing and sampling", random=0.0005, systematic=0.0005),
    "ASSEMBLY": Method("fuel assembly weighing and pellet analysis", random=0.001, systematic=0.0005),
    "BULK": Method("bulk inventory weighing and sampling", random=0.002, systematic=0.001),
    "WASTE": Method("waste drum NDA", random=0.10, systematic=0.05),
    "RECEIPT": Method("reactor's receipt weighing of assemblies", random=0.002, systematic=0.001),
}
INVENTORY_ITEMS = ("POWDER", "PELLETS", "RODS")
# Key measurement points of the process MBA: flows by inventory change code, one inventory point.
FLOW_KMPS = {
    "RF": ("1", "UF6 cylinder receipts"),
    "SD": ("2", "fuel assembly shipments"),
    "LD": ("3", "waste"),
}
INVENTORY_KMP = ("A", "powder, pellet and rod stores")


@dataclass(frozen=True, slots=True)
class Diversion:
    """`kg_per_week` of uranium taken undeclared from the inventory in weeks `start`..`start + weeks - 1`."""

    kg_per_week: float
    start: int
    weeks: int

    def in_week(self, week: int) -> float:
        """Kilograms taken in `week` (1-based)."""
        return self.kg_per_week if self.start <= week < self.start + self.weeks else 0.0


@dataclass
class SimulatedPlant:
    """The plant's reports (one PIL and one ICR per week after the opening PIL) and their statistics."""

    seed: int
    diversion: Diversion | None
    batches: list[tuple[str, MaterialType]] = field(default_factory=list)
    reports: list[IcrSubmission | PilSubmission] = field(default_factory=list)
    initial_inventory: list[tuple[float, Method]] = field(default_factory=list)
    periods: list[PeriodFlows] = field(default_factory=list)
    true_loss_kg: list[float] = field(default_factory=list)


def simulate_plant(seed: int, diversion: Diversion | None = None) -> SimulatedPlant:
    """Fifty-two weekly balances: UF6 received from abroad, assemblies shipped to the reactor MBA (which
    weighs them on receipt), measured discards, and a physical inventory every week; measurements carry
    random and systematic errors."""
    if diversion is not None and not (1 <= diversion.start <= WEEKS and diversion.weeks >= 1):
        raise InvalidInputError(
            f"diversion from week {diversion.start} for {diversion.weeks} weeks",
            where="diversion",
            expected=f"a start week 1 to {WEEKS} and at least one week",
        )
    rng = np.random.default_rng(seed)
    bias = {code: rng.normal(0.0, method.systematic) for code, method in METHODS.items() if code != "RECEIPT"}
    reactor = np.random.default_rng([seed, 1])  # the reactor's own stream leaves the plant's draws unchanged
    bias["RECEIPT"] = reactor.normal(0.0, METHODS["RECEIPT"].systematic)
    plant = SimulatedPlant(seed=seed, diversion=diversion)

    def measured(true_kg: float, code: str, source: np.random.Generator = rng) -> int:
        """Grams measured by method `code`: the true value with a random error and the year's bias."""
        error = source.normal(0.0, METHODS[code].random) + bias[code]
        return round(true_kg * (1.0 + error) * 1000)

    inventory = {"POWDER": 9_000.0, "PELLETS": 7_000.0, "RODS": 4_000.0}
    plant.batches += [(name, MaterialType.ENRICHED_URANIUM) for name in INVENTORY_ITEMS]
    opening = _pil(1, START, {k: measured(v, "BULK") for k, v in inventory.items()})
    plant.reports.append(opening)
    plant.initial_inventory = [(line.element_g / 1000, METHODS["BULK"]) for line in opening.lines]
    for week in range(1, WEEKS + 1):
        end = START + timedelta(weeks=week)
        lines: list[IcrLineIn] = []
        increases: list[tuple[float, Method]] = []
        decreases: list[tuple[float, Method]] = []
        for i in range(4):
            true = rng.normal(1_500.0, 20.0)
            grams = measured(true, "CYLINDER")
            name = f"C{week:02d}-{i + 1}"
            plant.batches.append((name, MaterialType.ENRICHED_URANIUM))
            lines.append(
                _line(
                    len(lines) + 1, end - timedelta(days=5 - i), "RF", name, grams, "CYLINDER", SUPPLIER_STATE
                )
            )
            increases.append((grams / 1000, METHODS["CYLINDER"]))
            inventory["POWDER"] += true
        shipped = int(rng.integers(11, 15))
        receipts: list[IcrLineIn] = []
        for i in range(shipped):
            true = rng.normal(460.0, 2.0)
            grams = measured(true, "ASSEMBLY")
            name = f"A{week:02d}-{i + 1:02d}"
            plant.batches.append((name, MaterialType.ENRICHED_URANIUM))
            lines.append(
                _line(len(lines) + 1, end - timedelta(days=1), "SD", name, grams, "ASSEMBLY", REACTOR_MBA)
            )
            decreases.append((grams / 1000, METHODS["ASSEMBLY"]))
            inventory["RODS"] -= true
            received = measured(true, "RECEIPT", reactor)
            receipts.append(_line(i + 1, end + timedelta(days=1), "RD", name, received, "RECEIPT", MBA))
        waste = abs(rng.normal(12.0, 3.0))
        name = f"W{week:02d}"
        plant.batches.append((name, MaterialType.ENRICHED_URANIUM))
        grams = measured(waste, "WASTE")
        lines.append(_line(len(lines) + 1, end - timedelta(days=2), "LD", name, grams, "WASTE", None))
        decreases.append((grams / 1000, METHODS["WASTE"]))
        inventory["POWDER"] -= waste
        _move_through_process(inventory, rng)
        taken = diversion.in_week(week) if diversion is not None else 0.0
        inventory["PELLETS"] -= taken
        plant.true_loss_kg.append(taken)
        plant.reports.append(IcrSubmission(mba=MBA, number=week, report_date=end.isoformat(), lines=lines))
        pil = _pil(week + 1, end, {k: measured(v, "BULK") for k, v in inventory.items()})
        plant.reports.append(pil)
        ending = [(line.element_g / 1000, METHODS["BULK"]) for line in pil.lines]
        plant.periods.append(PeriodFlows(increases=increases, decreases=decreases, ending_inventory=ending))
        arrival = (end + timedelta(days=1)).isoformat()
        plant.reports.append(IcrSubmission(mba=REACTOR_MBA, number=week, report_date=arrival, lines=receipts))
    return plant


def _move_through_process(inventory: dict[str, float], rng: np.random.Generator) -> None:
    """Powder becomes pellets and pellets become rods, keeping each stock near its working level."""
    to_pellets = max(0.0, inventory["POWDER"] - rng.normal(9_000.0, 150.0))
    inventory["POWDER"] -= to_pellets
    inventory["PELLETS"] += to_pellets
    to_rods = max(0.0, inventory["PELLETS"] - rng.normal(7_000.0, 150.0))
    inventory["PELLETS"] -= to_rods
    inventory["RODS"] += to_rods


def _line(
    number: int, day: date, code: str, batch: str, grams: int, method: str, counterpart: str | None
) -> IcrLineIn:
    return IcrLineIn(
        line=number,
        date=day.isoformat(),
        code=code,
        batch=batch,
        material=MaterialType.ENRICHED_URANIUM.value,
        element_g=grams,
        isotope_g=round(grams * ENRICHMENT),
        method=method,
        kmp=FLOW_KMPS[code][0] if code in FLOW_KMPS else None,
        counterpart=counterpart,
    )


def _pil(number: int, day: date, grams: dict[str, int]) -> PilSubmission:
    lines = [
        PilLineIn(
            line=i,
            batch=name,
            material=MaterialType.ENRICHED_URANIUM.value,
            element_g=value,
            isotope_g=round(value * ENRICHMENT),
            method="BULK",
            kmp=INVENTORY_KMP[0],
        )
        for i, (name, value) in enumerate(grams.items(), start=1)
    ]
    return PilSubmission(mba=MBA, number=number, inventory_date=day.isoformat(), lines=lines)
