"""Screening speed on the real lists and on a synthetic million names, beside a brute-force baseline.

Run: python bench/screening_speed.py [--million N]

1. Index UN + OFAC SDN + OFAC non-SDN + BIS DPL; time single queries (p50/p95) on 2,000 queries drawn from
   the labelled sets (UN positives, treated, and negatives in many scripts), then batch throughput with
   one worker per core.
2. The brute-force baseline in the same run: rapidfuzz's token_sort_ratio of the query against every
   listed name (normalised the same way), cut-off 85, with its quality on the same labelled sets.
3. A deterministic synthetic index of 1,000,000 person names (seeded generator of syllable-built
   names): build time, peak memory of the process that builds and queries it (it is forked from the
   process holding the real lists, so its peak includes those pages), p50/p95 of 500 queries, and how
   often the queried name's own entry is among the hits.
Published for comparison: yente (OpenSanctions) logic-v2 serves about 4 queries per second per vCPU.
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import random
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import fuzz, process

from nonpro.core.errors import InvalidInputError
from nonpro.screening.entry import Entry, ListedName, Schema
from nonpro.screening.importers.bis_dpl import read_bis_dpl
from nonpro.screening.importers.ofac_csv import read_ofac_csv
from nonpro.screening.importers.un_xml import read_un_xml
from nonpro.screening.name_form import name_form
from nonpro.screening.query import PartyQuery, party_query
from nonpro.screening.screener import THRESHOLD, Screener

REPO = Path(__file__).resolve().parent.parent
DATA = next(
    p for p in (REPO.parent / "shared" / "data", REPO.parent.parent / "shared" / "data") if p.exists()
)
SANCTIONS = DATA / "sanctions"
MATCHING = DATA / "matching"
BRUTE_CUTOFF = 85
SEED = 20261128

_screener: Screener | None = None


def real_entries() -> list[Entry]:
    sdn, cons = SANCTIONS / "ofac" / "2021-07-07", SANCTIONS / "ofac" / "consolidated-2025-12-19"
    return [
        *read_un_xml(SANCTIONS / "un" / "consolidated-2026-02-27.xml").entries,
        *read_ofac_csv("ofac-sdn", sdn / "sdn.csv", sdn / "alt.csv", sdn / "add.csv").entries,
        *read_ofac_csv(
            "ofac-cons", cons / "cons_prim.csv", cons / "cons_alt.csv", cons / "cons_add.csv"
        ).entries,
        *read_bis_dpl(SANCTIONS / "bis" / "dpl-2022.txt").entries,
    ]


def labelled(name: str) -> list[dict[str, str]]:
    with (MATCHING / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def to_query(row: dict[str, str]) -> PartyQuery:
    countries = (row["nationality"],) if row["nationality"] else ()
    try:
        return party_query(row["full_name"], dob=row["date_of_birth"] or None, countries=countries)
    except InvalidInputError:  # an impossible date (month 13) in a treated row: screen without it
        return party_query(row["full_name"], countries=countries)


def percentiles(samples: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return ordered[len(ordered) // 2] * 1000, ordered[int(len(ordered) * 0.95)] * 1000


def timed(queries: Sequence[PartyQuery], run: Callable[[PartyQuery], object]) -> tuple[float, float]:
    samples = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        samples.append(time.perf_counter() - started)
    return percentiles(samples)


def _worker_screen(chunk: Sequence[PartyQuery]) -> float:
    """Screen a chunk; return the CPU seconds it took this worker."""
    assert _screener is not None
    started = time.process_time()
    for query in chunk:
        _screener.screen(query)
    return time.process_time() - started


def throughput(screener: Screener, queries: Sequence[PartyQuery], workers: int) -> tuple[float, float]:
    """Queries per second of wall-clock time, and per CPU-second times `workers` (what idle cores give)."""
    global _screener
    _screener = screener
    chunks = [queries[i :: workers * 8] for i in range(workers * 8)]
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        started = time.perf_counter()
        cpu = sum(pool.map(_worker_screen, chunks))
        elapsed = time.perf_counter() - started
    return len(queries) / elapsed, len(queries) / cpu * workers


class BruteForce:
    """The baseline: rapidfuzz token_sort_ratio of the query against every listed name."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.keys: list[str] = []
        self.choices: list[str] = []
        for entry in entries:
            for listed in entry.names:
                self.choices.append(" ".join(name_form(listed.full).tokens))
                self.keys.append(entry.key)

    def screen(self, query: PartyQuery) -> list[str]:
        text = " ".join(name_form(query.name).tokens)
        found = process.extract(
            text, self.choices, scorer=fuzz.token_sort_ratio, limit=5, score_cutoff=BRUTE_CUTOFF
        )
        return [self.keys[index] for _, _, index in found]


def quality(screen: Callable[[PartyQuery], list[str]], un_keys: dict[str, set[str]]) -> str:
    untreated, treated = labelled("un-positives-untreated.csv"), labelled("un-positives-treated.csv")
    truth = [un_keys.get(name_form(row["full_name"]).compact, set()) for row in untreated]
    recall = []
    for rows in (untreated, treated):
        pairs = [(row, keys) for row, keys in zip(rows, truth, strict=True) if keys]
        recall.append(sum(1 for row, keys in pairs if set(screen(to_query(row))) & keys) / len(pairs))
    negatives = labelled("negatives-global.csv")[::10]
    flagged = sum(1 for row in negatives if screen(to_query(row))) / len(negatives)
    return (
        f"recall untreated {recall[0]:.3f}, treated {recall[1]:.3f}; "
        f"negatives flagged {flagged:.2%} (every 10th row)"
    )


def real_lists() -> None:
    started = time.perf_counter()
    entries = real_entries()
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    screener = Screener(entries)
    built = time.perf_counter() - started
    print(f"1. real lists: {len(entries)} entries, {len(screener.index)} names")
    print(f"   read {loaded:.2f} s, indexed {built:.2f} s")
    rows = labelled("un-positives-untreated.csv") + labelled("un-positives-treated.csv")
    negatives = labelled("negatives-global.csv")
    random.Random(SEED).shuffle(negatives)
    rows += negatives[: 2000 - len(rows)]
    queries = [to_query(row) for row in rows]
    p50, p95 = timed(queries, screener.screen)
    print(f"   v1 single query p50 {p50:.2f} ms, p95 {p95:.2f} ms (goal p95 <= 5 ms), first run, cold caches")
    workers = len(os.sched_getaffinity(0))
    batch = [to_query(row) for row in negatives[2000:12000]]
    load = os.getloadavg()[0]
    rate, capacity = throughput(screener, batch, workers)
    print(
        f"   v1 batch of {len(batch)} other queries (not seen before), {workers} worker(s), load {load:.1f}:"
    )
    print(f"   {rate:.0f} queries/s wall-clock; {capacity:.0f} queries/s from CPU time")
    print("   (goal >= 1000 queries/s on 2 cores; CPU time shows what the cores give when not shared)")
    un_keys: dict[str, set[str]] = {}
    for entry in entries:
        if entry.source == "un":
            for listed in entry.names:
                un_keys.setdefault(name_form(listed.full).compact, set()).add(entry.key)
    un_only = Screener([entry for entry in entries if entry.source == "un"])
    print(
        f"   v1 quality vs UN list at {THRESHOLD}: "
        + quality(lambda q: [h.entry.key for h in un_only.screen(q, limit=5)], un_keys)
    )
    brute = BruteForce(entries)
    brute_p50, brute_p95 = timed(queries[:300], brute.screen)
    print(f"2. brute force: rapidfuzz token_sort_ratio against all {len(brute.choices)} names")
    print(f"   (normalised as v1 normalises them), cut-off {BRUTE_CUTOFF}")
    print(f"   single query p50 {brute_p50:.2f} ms, p95 {brute_p95:.2f} ms (300 queries)")
    print(f"   v1 is {brute_p50 / p50:.1f}x faster at p50")
    brute_un = BruteForce([entry for entry in entries if entry.source == "un"])
    print("   brute-force quality vs UN list: " + quality(brute_un.screen, un_keys))
    print("   yente logic-v2 (published): about 4 queries/s per vCPU")


SYLLABLES = str.split(
    "ka ri mo na sa lo vi de ta ha ne ro mi ja ku el an ar in or us ba zo fe go li ma du pe si "
    "te vo ya ze ni hu ra to be ke la me no pa qi re su ti un wa xa yo zu ab ed il om ul"
)


def synthetic_names(count: int) -> list[str]:
    """`count` person names, the same on every run: given names and surnames built from syllables."""
    rng = random.Random(SEED)
    given = ["".join(rng.choices(SYLLABLES, k=rng.randint(2, 3))).capitalize() for _ in range(20_000)]
    family = ["".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))).capitalize() for _ in range(200_000)]
    names = []
    for _ in range(count):
        middle = f" {rng.choice(given)}" if rng.random() < 0.3 else ""
        names.append(f"{rng.choice(given)}{middle} {rng.choice(family)}")
    return names


def million(count: int, report: multiprocessing.Queue[str]) -> None:
    names = synthetic_names(count)
    started = time.perf_counter()
    entries = (
        Entry("synthetic", str(number), Schema.PERSON, (ListedName(name),))
        for number, name in enumerate(names)
    )
    screener = Screener(entries)
    built = time.perf_counter() - started
    rng = random.Random(SEED + 1)
    exact = rng.sample(range(count), 250)
    typo = rng.sample(range(count), 250)
    queries = [party_query(names[number]) for number in exact]
    queries += [party_query(names[number][:-1] + "x") for number in typo]
    p50, p95 = timed(queries, screener.screen)
    expected = [str(number) for number in exact + typo]
    found = sum(
        1
        for query, key in zip(queries, expected, strict=True)
        if key in {h.entry.entry_id for h in screener.screen(query)}
    )
    brute = BruteForce(screener.index.entries[:count])
    brute_p50, _ = timed(queries[:10], brute.screen)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    report.put(
        f"3. synthetic index of {count} names: built in {built:.1f} s\n"
        f"   peak memory {peak:.2f} GB (goal <= 4 GB)\n"
        f"   v1 p50 {p50:.2f} ms, p95 {p95:.2f} ms over 500 queries, half with a typo (goal p95 <= 50 ms)\n"
        f"   the queried name's own entry among the hits for {found} of 500 queries\n"
        f"   brute force over the same {count} names: p50 {brute_p50:.0f} ms (10 queries)"
    )


def main() -> None:
    count = int(sys.argv[sys.argv.index("--million") + 1]) if "--million" in sys.argv else 1_000_000
    real_lists()
    context = multiprocessing.get_context("fork")
    report: multiprocessing.Queue[str] = context.Queue()
    child = context.Process(target=million, args=(count, report))
    child.start()
    print(report.get())
    child.join()


if __name__ == "__main__":
    main()
