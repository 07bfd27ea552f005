"""Benchmark: assessing 10,000 generated transfers (1-5 items, 2-6 parties each) on this machine.

The transfers are drawn deterministically (seed 2009) from CWC-scheduled chemicals by CAS number, Australia
Group precursors, NSG Part 2 entries and unlisted goods, to destinations across the registry, with and
without end-use certificates and WMD knowledge. Baseline in the same run: validating the same transfers
without assessing them, to show what the rules cost. Party screening is not yet connected to the
assessment, so its cost is not included. Run: `python bench/assessment.py`.
"""

from __future__ import annotations

import random
import statistics
import time
from typing import Any

from nonpro.assessment.engine import assess
from nonpro.assessment.rule import Facts
from nonpro.assessment.validation import validate_transfer
from nonpro.controls.loader import control_lists
from nonpro.core.errors import InvalidInputError
from nonpro.registry.registry_loader import registry

COUNT = 10_000
ROLES = [
    "consignee",
    "end_user",
    "intermediate_consignee",
    "broker",
    "freight_forwarder",
    "carrier",
    "financial_institution",
]


def transfers(seed: int = 2009) -> list[dict[str, Any]]:
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
                "name": f"Company {rng.randint(1, 99999)}",
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
    raw = transfers()
    start = time.perf_counter()
    valid = [validate_transfer(t, reg.states, lists) for t in raw]
    validation_only = time.perf_counter() - start
    latencies = []
    outcomes: dict[str, int] = {}
    start = time.perf_counter()
    for transfer in valid:
        t0 = time.perf_counter()
        try:
            outcome = assess(Facts(transfer, reg, lists), "not connected").decision.value
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
    print(
        f"baseline: validation alone {COUNT / validation_only:8.0f} transfers/s; "
        f"the rules cost {total / validation_only:4.1f}x the validation"
    )


if __name__ == "__main__":
    main()
