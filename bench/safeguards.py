"""Benchmarks of the safeguards pillar, each against a naive baseline measured in the same run.

1. Closing a balance over a ledger of 1,000,000 ICR lines (goal: <= 2 s), aggregated in the database,
   against the same balance summed line by line in Python.
2. Monte Carlo detection probability of Page's test on SITMUF with 100,000 sequences of 52 weekly balances
   of the simulated plant (goal: <= 5 s), vectorised, against a per-sequence Python loop (timed on a
   subset and scaled, since running it whole would take minutes).

Run: python bench/safeguards.py [--lines N] [--sequences N] [--url postgresql://...]
"""

from __future__ import annotations

import argparse
import math
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import insert, select

from nonpro.safeguards.codes import MaterialType, change_codes
from nonpro.safeguards.ledger.closing import close_balances
from nonpro.safeguards.ledger.inventory import ICR
from nonpro.safeguards.ledger.pil import submit_pil
from nonpro.safeguards.ledger.registry import (
    method_of,
    register_batch,
    register_facility,
    register_mba,
    register_method,
)
from nonpro.safeguards.ledger.submissions import PilLineIn, PilSubmission
from nonpro.safeguards.models import IcrLine, MeasurementMethodRecord, PilLine, Report
from nonpro.safeguards.simulation.plant import simulate_plant
from nonpro.safeguards.statistics.covariance import muf_covariance
from nonpro.safeguards.statistics.detection import detection_probability, protracted_diversion
from nonpro.safeguards.statistics.measurement import Method
from nonpro.safeguards.statistics.propagation import signed_sum_variance
from nonpro.safeguards.statistics.sequence_tests import PageOnSitmuf
from nonpro.safeguards.statistics.thresholds import page_threshold
from nonpro.settings import load_settings
from nonpro.store import migrate
from nonpro.store.database import Database

START = date(2025, 1, 1)
END = date(2025, 12, 31)
LINES_PER_REPORT = 10_000
STOCK_G = 2 * 10**9  # opening inventory: large enough that the random walk of changes stays above zero
METHODS = {
    "SCALE": Method("scale", random=0.001, systematic=0.0005),
    "NDA": Method("waste NDA", random=0.05, systematic=0.02),
}


def build_ledger(database: Database, lines: int) -> None:
    """One MBA with an opening and a closing PIL and `lines` ICR lines in between, inserted in bulk."""
    with database.transaction() as session:
        register_facility(session, "BENCH", "benchmark facility")
        mba_id = register_mba(session, "BENCH", "BM01", "benchmark MBA").id
        register_mba(session, "BENCH", "BM02", "benchmark counterpart MBA")
        method_ids = {
            code: register_method(session, code, m, "benchmark values").id for code, m in METHODS.items()
        }
        batch_ids = [register_batch(session, f"L{i}", MaterialType.ENRICHED_URANIUM).id for i in range(100)]
        register_batch(session, "STOCK", MaterialType.ENRICHED_URANIUM)
        opening = PilSubmission(
            mba="BM01",
            number=1,
            inventory_date=START.isoformat(),
            lines=[PilLineIn(line=1, batch="STOCK", material="EU", element_g=STOCK_G, method="SCALE")],
        )
        submit_pil(session, opening, actor="bench", today=END)
    codes = change_codes().codes
    rng = random.Random(1)
    choices = [("RF", "SCALE"), ("SD", "SCALE"), ("LD", "NDA"), ("GA", "NDA")]
    net = 0
    with database.engine.begin() as connection:
        for report_number in range(1, math.ceil(lines / LINES_PER_REPORT) + 1):
            report_id = connection.execute(
                insert(Report).returning(Report.id),
                {
                    "mba_id": mba_id,
                    "kind": ICR,
                    "number": report_number,
                    "report_date": END,
                    "recorded_at": datetime.now(UTC),
                    "actor": "bench",
                },
            ).scalar_one()
            rows = []
            for n in range(1, min(LINES_PER_REPORT, lines - (report_number - 1) * LINES_PER_REPORT) + 1):
                code, method = rng.choice(choices)
                grams = rng.randint(1_000, 500_000)
                direction = codes[code].direction
                net += direction * grams
                rows.append(
                    {
                        "report_id": report_id,
                        "line_number": n,
                        "mba_id": mba_id,
                        "change_date": START + timedelta(days=rng.randint(1, 363)),
                        "code": code,
                        "direction": direction,
                        "batch_id": rng.choice(batch_ids),
                        "material": "EU",
                        "element_g": grams,
                        "isotope_g": grams // 25,
                        "method_id": method_ids[method],
                        "counterpart": "BM02" if code == "SD" else ("ZZ" if code in ("RF", "SF") else None),
                        "corrects_id": None,
                    }
                )
            connection.execute(insert(IcrLine), rows)
    closing = PilSubmission(
        mba="BM01",
        number=2,
        inventory_date=END.isoformat(),
        lines=[
            PilLineIn(line=1, batch="STOCK", material="EU", element_g=STOCK_G + net - 5_000, method="SCALE")
        ],
    )
    with database.transaction() as session:
        submit_pil(session, closing, actor="bench", today=END)
    if database.engine.dialect.name == "postgresql":
        # What autovacuum does for a live database after a bulk load: statistics and the visibility map.
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE sg_icr_line")


def naive_close(database: Database) -> tuple[int, float]:
    """MUF and sigma-MUF with every line fetched and summed in Python, one measurement at a time."""
    with database.transaction() as session:
        methods = {m.id: method_of(m) for m in session.scalars(select(MeasurementMethodRecord))}
        terms: list[tuple[float, float, Method]] = []
        muf = 0
        for element, method_id in session.execute(
            select(PilLine.element_g, PilLine.method_id)
            .join(Report)
            .where(Report.number == 1, Report.kind == "PIL")
        ):
            muf += element
            terms.append((1.0, float(element), methods[method_id or 0]))
        query = select(IcrLine.direction, IcrLine.element_g, IcrLine.method_id, IcrLine.change_date)
        for direction, element, method_id, day in session.execute(query):
            if START < day <= END:
                muf += direction * element
                terms.append((float(direction), float(element), methods[method_id or 0]))
        for element, method_id in session.execute(
            select(PilLine.element_g, PilLine.method_id)
            .join(Report)
            .where(Report.number == 2, Report.kind == "PIL")
        ):
            muf -= element
            terms.append((-1.0, float(element), methods[method_id or 0]))
        return muf, signed_sum_variance(terms).sigma


def bench_closing(lines: int, url: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = url or f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        database = Database.open(load_settings({"NONPRO_DATABASE_URL": url, "NONPRO_DATA_DIR": folder}))
        print(f"database: {database.engine.dialect.name}")
        migrate.upgrade(database.engine)
        started = time.perf_counter()
        build_ledger(database, lines)
        print(
            f"ledger of {lines:,} ICR lines built in {time.perf_counter() - started:.1f} s (not timed below)"
        )
        started = time.perf_counter()
        with database.transaction() as session:
            [(_, [balance])] = close_balances(session, "BM01", actor="bench")
        fast = time.perf_counter() - started
        started = time.perf_counter()
        naive_muf, naive_sigma = naive_close(database)
        slow = time.perf_counter() - started
        database.close()
    muf = balance.value("MF").element_g
    assert muf == naive_muf, (muf, naive_muf)
    assert math.isclose(balance.sigma_muf_g, naive_sigma, rel_tol=1e-9), (balance.sigma_muf_g, naive_sigma)
    print(f"close balance over {lines:,} lines (SQL aggregation): {fast:.2f} s  [goal <= 2 s]")
    print(f"  naive baseline (every line summed in Python):  {slow:.2f} s")
    print(f"  ratio naive / aggregated: {slow / fast:.1f}x")
    print(f"  MUF {muf} g, sigma-MUF {balance.sigma_muf_g:.0f} g (both ways agree)")


def naive_detection(factor: np.ndarray, diversion: np.ndarray, k: float, h: float, sequences: int) -> float:
    """The same Monte Carlo one sequence at a time in plain Python: draw, correlate, transform, test."""
    rng = random.Random(5)
    n = len(diversion)
    rows = factor.tolist()
    alarms = 0
    for _ in range(sequences):
        z = [rng.gauss(0.0, 1.0) for _ in range(n)]
        muf = [diversion[i] + sum(rows[i][j] * z[j] for j in range(i + 1)) for i in range(n)]
        y: list[float] = []
        for i in range(n):
            y.append((muf[i] - sum(rows[i][j] * y[j] for j in range(i))) / rows[i][i])
        statistic = 0.0
        for value in y:
            statistic = max(0.0, statistic + value - k)
            if statistic > h:
                alarms += 1
                break
    return alarms / sequences


def bench_detection(sequences: int) -> None:
    plant = simulate_plant(1)
    covariance = muf_covariance(plant.initial_inventory, plant.periods)
    diversion = protracted_diversion(200.0, 52)
    k = 0.5
    started = time.perf_counter()
    h = page_threshold(k, 0.05, 52)
    calibration = time.perf_counter() - started
    test = PageOnSitmuf(k=k, h=h)
    started = time.perf_counter()
    probability = detection_probability(covariance, diversion, test, sequences=sequences)
    fast = time.perf_counter() - started
    subset = max(1, sequences // 50)
    factor = np.linalg.cholesky(covariance)
    started = time.perf_counter()
    naive_probability = naive_detection(factor, diversion, k, h, subset)
    slow = (time.perf_counter() - started) * sequences / subset
    print(f"threshold h = {h:.3f} (false alarm 0.05 in 52 weeks, 200,000 sequences): {calibration:.2f} s")
    print(f"detection probability, {sequences:,} sequences x 52 balances (vectorised): {fast:.2f} s")
    print("  [goal <= 5 s]")
    print(f"  P(detect 200 kg U taken evenly over the year) = {probability:.3f}")
    print(f"  naive loop on {subset:,} sequences: P = {naive_probability:.3f}")
    print(f"  naive baseline (plain Python per sequence, scaled to {sequences:,}): {slow:.1f} s")
    print(f"  ratio naive / vectorised: {slow / fast:.0f}x")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--sequences", type=int, default=100_000)
    parser.add_argument(
        "--url", help="an empty database to build the ledger in (default: a temporary SQLite file)"
    )
    arguments = parser.parse_args()
    bench_closing(arguments.lines, arguments.url)
    bench_detection(arguments.sequences)


if __name__ == "__main__":
    main()
