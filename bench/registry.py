"""Benchmark: loading the registry, answering its queries, and `nonpro state` end to end.

Baselines measured in the same run: the same load with PyYAML's pure-Python parser (what nonpro would cost
without libyaml), and a bare Python start-up for the command. Run: `python bench/registry.py`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import yaml

from nonpro.core import yaml_files
from nonpro.registry.queries.changes import changes_between
from nonpro.registry.queries.gaps import gaps
from nonpro.registry.queries.instrument_view import instrument_view
from nonpro.registry.queries.profile import state_profile
from nonpro.registry.queries.scorecard import scorecard
from nonpro.registry.registry_loader import load_registry
from nonpro.registry.state_loader import state_table
from timing import percentile, timed

DAY = date(2025, 12, 31)


def main() -> None:
    states = state_table()
    fast = timed(lambda: load_registry(states=states), 5)
    yaml_files.SafeLoader = yaml.SafeLoader
    slow = timed(lambda: load_registry(states=states), 2)
    yaml_files.SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    reg = load_registry(states=states)
    print(
        f"registry load ({len(reg.records)} records)  median {statistics.median(fast) * 1e3:7.1f} ms  "
        f"(goal <= 500 ms); pure-Python YAML baseline {statistics.median(slow) * 1e3:7.1f} ms, "
        f"ratio {statistics.median(slow) / statistics.median(fast):4.1f}x"
    )
    queries: dict[str, Callable[[], object]] = {
        "state profile (IR)": lambda: state_profile(reg, "IR", DAY),
        "instrument view (npt)": lambda: instrument_view(reg, "npt", DAY),
        "gaps (osce, iaea-ap)": lambda: gaps(reg, "osce", "iaea-ap", DAY),
        "scorecard (athens)": lambda: scorecard(reg, "osce-athens-2009", DAY),
        "changes 2020-2025 (all)": lambda: changes_between(reg, date(2020, 1, 1), DAY),
    }
    for name, query in queries.items():
        runs = timed(query, 50)
        print(
            f"{name:<26} p50 {statistics.median(runs) * 1e3:6.2f} ms  "
            f"p95 {percentile(runs, 95) * 1e3:6.2f} ms  (goal <= 10 ms)"
        )
    nonpro = str(Path(sys.executable).with_name("nonpro"))
    cli = timed(lambda: subprocess.run([nonpro, "state", "IR"], check=True, capture_output=True), 10)
    bare = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True, capture_output=True), 10)
    print(
        f"`nonpro state IR`           median {statistics.median(cli) * 1e3:6.0f} ms  "
        f"p95 {percentile(cli, 95) * 1e3:6.0f} ms  (goal <= 1000 ms); "
        f"bare python start {statistics.median(bare) * 1e3:5.0f} ms"
    )


if __name__ == "__main__":
    main()
