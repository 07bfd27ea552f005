"""Benchmark: loading the state table, looking states up, and `nonpro state` end to end.

Baselines measured in the same run: pycountry's own `lookup` for a look-up, and a bare Python start-up for the
command. Run: `python bench/states.py`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

import pycountry

from nonpro.registry.state_loader import load_state_table
from timing import percentile, timed

CODES = ["DE", "deu", "IR", "prk", "US", "va", "PS", "BRA", "ZA", "in"] * 100


def main() -> None:
    load = timed(load_state_table, 20)
    table = load_state_table()
    ours = timed(lambda: [table.get(c) for c in CODES], 20)
    theirs = timed(lambda: [pycountry.countries.lookup(c) for c in CODES], 20)
    nonpro = str(Path(sys.executable).with_name("nonpro"))
    cli = timed(lambda: subprocess.run([nonpro, "state", "DE"], check=True, capture_output=True), 10)
    bare = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True, capture_output=True), 10)

    per_lookup = min(ours) / len(CODES)
    per_baseline = min(theirs) / len(CODES)
    print(f"state table load       median {statistics.median(load) * 1e3:8.1f} ms  (goal <= 500 ms)")
    print(
        f"look-up by code        {per_lookup * 1e6:8.2f} us  baseline pycountry.lookup "
        f"{per_baseline * 1e6:8.2f} us  ratio {per_baseline / per_lookup:6.1f}x faster"
    )
    print(
        f"`nonpro state DE`      median {statistics.median(cli) * 1e3:8.1f} ms"
        f"  p95 {percentile(cli, 95) * 1e3:6.1f} ms"
        f"  (goal <= 1000 ms); bare python start {statistics.median(bare) * 1e3:6.1f} ms"
        f"  ratio {statistics.median(cli) / statistics.median(bare):4.1f}x"
    )


if __name__ == "__main__":
    main()
