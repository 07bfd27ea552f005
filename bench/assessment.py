"""Benchmark: assessing 10,000 generated transfers (1-5 items, 2-6 parties each) on this machine.

The transfers are drawn deterministically (seed 2009) from CWC-scheduled chemicals by CAS number, Australia
Group precursors, NSG Part 2 entries and unlisted goods, to destinations across the registry, with and
without end-use certificates and WMD knowledge. Baseline in the same run: validating the same transfers
without assessing them, to show what the rules cost. Every party is screened against the real UN
Consolidated List and OFAC SDN list, imported into a temporary SQLite database; about one party in twenty is
a listed name. The batch door is then timed on one and on two processes. Run: `python bench/assessment.py`.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from nonpro.assessment.batch import assess_lines
from nonpro.assessment.engine import assess
from nonpro.assessment.party_screening import screen_parties
from nonpro.assessment.rule import Facts
from nonpro.assessment.service import serving_screening
from nonpro.assessment.validation import validate_transfer
from nonpro.controls.loader import control_lists
from nonpro.core.errors import InvalidInputError
from nonpro.registry.registry_loader import registry
from nonpro.screening.importers.ofac_csv import read_ofac_csv
from nonpro.screening.importers.un_xml import read_un_xml
from nonpro.screening.list_store import import_list
from nonpro.screening.service import ListScreening
from nonpro.settings import load_settings
from nonpro.store import migrate
from nonpro.store.database import Database

COUNT = 10_000
FIRMS = [
    "Nordic Chemicals",
    "Delta Machine Tools",
    "Sunrise Trading",
    "Alpine Instruments",
    "Harbour Logistics",
    "Eastern Commercial Bank",
    "Meridian Shipping",
    "Precision Vacuum Systems",
]
ROLES = [
    "consignee",
    "end_user",
    "intermediate_consignee",
    "broker",
    "freight_forwarder",
    "carrier",
    "financial_institution",
]


SANCTIONS = Path(__file__).resolve().parents[2] / "shared" / "data" / "sanctions"


def screening_over_real_lists(folder: Path) -> tuple[ListScreening, list[str]]:
    """A screening over the UN and OFAC SDN lists in a fresh database, and some listed names to use."""
    database = Database.open(load_settings({"NONPRO_DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}"}))
    migrate.upgrade(database.engine)
    un = read_un_xml(SANCTIONS / "un" / "consolidated-2026-02-27.xml")
    sdn_folder = SANCTIONS / "ofac" / "2021-07-07"
    sdn = read_ofac_csv(
        "ofac-sdn", sdn_folder / "sdn.csv", sdn_folder / "alt.csv", sdn_folder / "add.csv", None
    )
    import_list(database, un, [], actor="bench")
    import_list(database, sdn, [], actor="bench")
    screening = serving_screening(database)
    assert screening is not None
    listed = [entry.primary_name for entry in screening.screener.index.entries][::50]
    return screening, listed


def transfers(listed: list[str], seed: int = 2009) -> list[dict[str, Any]]:
    """Deterministic, realistic transfers."""
    rng = random.Random(seed)
    lists, reg = control_lists(), registry()
    cas_numbers = sorted({cas for entry in lists for cas in entry.cas})
    entry_ids = [e.id for e in lists if e.list_id in {"nsg2", "cwc", "ag-cw"}]
    destinations = [s.alpha2 for s in reg.states if s.un_status.value == "member"]
    made = []
    for _ in range(COUNT):
        items: list[dict[str, Any]] = []
        for _ in range(rng.randint(1, 5)):
            pick = rng.random()
            if pick < 0.4:
                items.append({"description": "chemical", "cas": rng.choice(cas_numbers)})
            elif pick < 0.7:
                items.append({"description": "listed item", "control_entries": [rng.choice(entry_ids)]})
            else:
                items.append({"description": "unlisted goods"})
        parties = [
            {
                "role": rng.choice(ROLES),
                "name": rng.choice(listed)
                if rng.random() < 0.05
                else f"{rng.choice(FIRMS)} {rng.randint(1, 999)}",
                "country": rng.choice(destinations),
            }
            for _ in range(rng.randint(2, 6))
        ]
        made.append(
            {
                "date": f"{rng.randint(2010, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "kind": "export",
                "exporting_state": rng.choice(["DE", "FR", "NO", "JP", "US"]),
                "destination": rng.choice(destinations),
                "items": items,
                "parties": parties,
                "exporter_knowledge": {"aware_wmd": rng.random() < 0.05, "informed_wmd": rng.random() < 0.05},
                "assurances": {"end_use_certificate": rng.random() < 0.5},
                "end_use": {
                    "description": "stated use",
                    "category": rng.choice(["research", "industrial", "protective"]),
                },
            }
        )
    return made


def main() -> None:
    reg, lists = registry(), control_lists()
    with tempfile.TemporaryDirectory() as folder:
        screening, listed = screening_over_real_lists(Path(folder))
        run(transfers(listed), reg, lists, screening)


def run(raw: list[dict[str, Any]], reg: Any, lists: Any, screening: ListScreening) -> None:
    """Validate, screen and assess every transfer, printing the figures."""
    start = time.perf_counter()
    valid = [validate_transfer(t, reg.states, lists) for t in raw]
    validation_only = time.perf_counter() - start
    latencies = []
    outcomes: dict[str, int] = {}
    start = time.perf_counter()
    for transfer in valid:
        t0 = time.perf_counter()
        try:
            facts = Facts(transfer, reg, lists, screen_parties(transfer, screening))
            outcome = assess(facts, screening.describe()).decision.value
        except InvalidInputError:
            outcome = "refused: outside an encoded range"
        latencies.append(time.perf_counter() - t0)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    total = time.perf_counter() - start
    cuts = statistics.quantiles(latencies, n=100)
    print(f"{COUNT} transfers: outcomes {dict(sorted(outcomes.items()))}")
    print(
        f"assessment latency  p50 {cuts[49] * 1e3:6.2f} ms  p95 {cuts[94] * 1e3:6.2f} ms  (goal p95 <= 20 ms)"
    )
    print(f"throughput          {COUNT / total:8.0f} assessments/s on one core  (goal >= 500/s)")
    lines = [(number, json.dumps(transfer)) for number, transfer in enumerate(raw, start=1)]
    for workers in (1, 2):
        screening.forget()
        start = time.perf_counter()
        done = sum(1 for _ in assess_lines(lines, reg, lists, screening, workers))
        elapsed = time.perf_counter() - start
        print(
            f"batch door, {workers} process(es): {done / elapsed:8.0f} assessments/s "
            "(goal >= 500/s on this 2-core machine)"
        )
    print(
        f"baseline: validation alone {COUNT / validation_only:8.0f} transfers/s; "
        f"the rules cost {total / validation_only:4.1f}x the validation"
    )


if __name__ == "__main__":
    main()
