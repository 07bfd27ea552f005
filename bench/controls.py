"""Benchmark the control lists: free-text classification, id and CAS look-ups, and the CCL import.

Run as `python bench/controls.py`. Each figure is printed with a baseline measured in the same run:
a linear scan over every entry for the look-ups and the search, a bare XML parse for the import.
Goals (issue 4): free text p95 <= 20 ms, id and CAS look-ups <= 1 ms, CCL import <= 5 s.
"""

from __future__ import annotations

import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path

from nonpro.controls.classify import classify_cas, classify_id, classify_text
from nonpro.controls.control_lists import ControlLists
from nonpro.controls.importers.ecfr_ccl import EcfrCclImporter
from nonpro.controls.loader import load_control_lists

CCL = Path("controls") / "us-ccl-supp1-2026-06.xml"
TEXT_QUERIES = (
    "frequency changer with 3-phase output at 800 Hz",
    "filament winding machine for composite rotors",
    "thiodiglycol",
    "isostatic press with chamber above 152 mm",
    "triethanolamine hydrochloride",
    "gas centrifuge rotor bellows maraging steel",
    "space launch vehicle",
    "corrosion resistant reaction vessel glass lined",
    "spacecraft payload",
    "sodium cyanide",
)
ID_QUERIES = ("nsg2:3.A.1", "3A225", "1C350.b.1", "1 C 350 b 1", "cwc:1.A.13", "us:9A004.y.1", "1c350 d 34")
CAS_QUERIES = ("107-44-8", "7719-12-2", "111-48-8", "10025-87-3", "7732-18-5", "143-33-9")


def shared_data() -> Path:
    """`shared/data` beside the repository (or beside the folder holding this worktree)."""
    for folder in Path(__file__).resolve().parents:
        candidate = folder.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    raise SystemExit("shared/data not found beside the repository")


def timings_ms(action: Callable[[str], object], queries: Sequence[str], rounds: int) -> list[float]:
    """Milliseconds per call, over `rounds` passes through the queries."""
    found: list[float] = []
    for _ in range(rounds):
        for query in queries:
            started = time.perf_counter()
            action(query)
            found.append((time.perf_counter() - started) * 1000)
    return found


def p95(values: list[float]) -> float:
    """The 95th percentile."""
    return statistics.quantiles(values, n=20)[-1]


def report(name: str, ours: list[float], baseline: list[float], goal_ms: float) -> None:
    """One line: our p95 and mean, the baseline's, the speed-up, and whether the goal is met."""
    ratio = p95(baseline) / p95(ours)
    verdict = "meets" if p95(ours) <= goal_ms else "MISSES"
    print(
        f"{name:<22} p95 {p95(ours):8.3f} ms  mean {statistics.mean(ours):8.3f} ms | baseline p95 "
        f"{p95(baseline):8.3f} ms | {ratio:7.1f}x faster | {verdict} goal {goal_ms:g} ms"
    )


def scan_text(lists: ControlLists, text: str) -> list[str]:
    """Baseline: count query words in every entry's title and notes, then sort."""
    words = [w for w in text.casefold().split() if len(w) > 2]
    scored = [(sum((e.title + e.notes).casefold().count(w) for w in words), e.id) for e in lists]
    return [i for s, i in sorted(scored, reverse=True)[:10] if s]


def scan_id(lists: ControlLists, text: str) -> list[str]:
    """Baseline: compare the folded query with every entry's folded code and correspondence codes."""
    key = "".join(ch for ch in text.split(":")[-1].casefold() if ch.isalnum())
    return [
        e.id
        for e in lists
        if any(
            "".join(c for c in code.casefold() if c.isalnum()) == key for code in (e.code, *e.eu, *e.us_eccn)
        )
    ]


def main() -> None:
    """Load, import, measure, print."""
    path = shared_data() / CCL
    started = time.perf_counter()
    shipped = load_control_lists()
    load_s = time.perf_counter() - started
    import_s = [0.0] * 3
    parse_s = [0.0] * 3
    for attempt in range(3):
        started = time.perf_counter()
        imported = EcfrCclImporter().read(path, "2026-06")
        import_s[attempt] = time.perf_counter() - started
        started = time.perf_counter()
        ET.parse(path)
        parse_s[attempt] = time.perf_counter() - started
    lists = shipped.with_lists([imported.control_list], [imported.version])
    print(f"shipped lists loaded in {load_s * 1000:.1f} ms; {len(lists)} entries with the CCL imported")
    best_import, best_parse = min(import_s), min(parse_s)
    verdict = "meets" if best_import <= 5 else "MISSES"
    print(
        f"{'CCL import':<22} best {best_import:8.3f} s | baseline (bare XML parse) {best_parse:.3f} s | "
        f"{best_import / best_parse:.1f}x the bare parse | {verdict} goal 5 s"
    )
    report(
        "free-text classify",
        timings_ms(lambda q: classify_text(lists, q), TEXT_QUERIES, 30),
        timings_ms(lambda q: scan_text(lists, q), TEXT_QUERIES, 3),
        20,
    )
    report(
        "id look-up",
        timings_ms(lambda q: classify_id(lists, q), ID_QUERIES, 300),
        timings_ms(lambda q: scan_id(lists, q), ID_QUERIES, 5),
        1,
    )
    report(
        "CAS look-up",
        timings_ms(lambda q: classify_cas(lists, q), CAS_QUERIES, 300),
        timings_ms(lambda q: [e.id for e in lists if q in e.cas], CAS_QUERIES, 5),
        1,
    )


if __name__ == "__main__":
    main()
