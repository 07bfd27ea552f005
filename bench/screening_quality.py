"""Screening quality on the labelled sets in ../shared/data/matching, beside the best open tools' figures.

Run: python bench/screening_quality.py

1. Name pairs (name-pairs.csv): precision, recall and F1 of algorithm v1's name comparison at the
   configured threshold. The weights of v1 were tuned looking only at half A of the pairs (split by a hash
   of the two names); half B was not looked at while tuning. Both halves and the whole are printed.
2. UN positives: each person of un-positives-untreated.csv / -treated.csv is screened (name, date of birth,
   nationality) against the UN list; a success is the person's entry among the top 5 hits above threshold.
   The person's entry is found independently of the matcher: the entry with a name spelt exactly as the
   untreated row (ignoring case and punctuation); rows whose entry cannot be found so are counted apart.
3. Negatives (negatives-global.csv): the share of people flagged (any hit above threshold) against UN +
   OFAC SDN + OFAC non-SDN, screening name, date of birth and nationality, and by name alone.
"""

from __future__ import annotations

import csv
import hashlib
import time
from pathlib import Path

from nonpro.core.errors import InvalidInputError
from nonpro.screening.entry import Entry
from nonpro.screening.importers.ofac_csv import read_ofac_csv
from nonpro.screening.importers.un_xml import read_un_xml
from nonpro.screening.logic_v1.names import compare_names
from nonpro.screening.name_form import name_form
from nonpro.screening.query import PartyQuery, party_query
from nonpro.screening.screener import THRESHOLD, Screener

REPO = Path(__file__).resolve().parent.parent
DATA = next(
    p for p in (REPO.parent / "shared" / "data", REPO.parent.parent / "shared" / "data") if p.exists()
)
MATCHING = DATA / "matching"
SANCTIONS = DATA / "sanctions"


def rows(name: str) -> list[dict[str, str]]:
    with (MATCHING / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def half(row: dict[str, str]) -> str:
    digest = hashlib.sha256(f"{row['name1']}|{row['name2']}".encode()).hexdigest()
    return "A" if int(digest, 16) % 2 == 0 else "B"


def name_pairs() -> None:
    print(f"1. name-pairs.csv at threshold {THRESHOLD} (v1 tuned on half A only)")
    print("   OpenSanctions logic-v2 (published, whole set, threshold 0.7): P 0.76  R 0.82  F1 0.79")
    pairs = rows("name-pairs.csv")
    for label, chosen in (
        ("half A (tuned on)", [r for r in pairs if half(r) == "A"]),
        ("half B (held out)", [r for r in pairs if half(r) == "B"]),
        ("whole set", pairs),
    ):
        tp = fp = fn = 0
        for row in chosen:
            entity = row["schema"] != "Person"
            score = compare_names(name_form(row["name1"]), name_form(row["name2"]), entity=entity).score
            predicted, truth = score >= THRESHOLD, row["is_match"] == "true"
            tp += predicted and truth
            fp += predicted and not truth
            fn += truth and not predicted
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures = f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"
        print(f"   v1 {label:<18} n={len(chosen):<4} {figures}  (goal F1 >= 0.85)")


def query_of(row: dict[str, str], *, facts: bool = True) -> PartyQuery:
    if not facts:
        return party_query(row["full_name"])
    countries = (row["nationality"],) if row["nationality"] else ()
    try:
        return party_query(row["full_name"], dob=row["date_of_birth"] or None, countries=countries)
    except InvalidInputError:  # an impossible date (month 13) in a treated row: screen without it
        return party_query(row["full_name"], countries=countries)


def un_positives(un: list[Entry]) -> None:
    screener = Screener(un)
    by_name: dict[str, set[str]] = {}
    for entry in un:
        for listed in entry.names:
            by_name.setdefault(name_form(listed.full).compact, set()).add(entry.key)
    untreated, treated = rows("un-positives-untreated.csv"), rows("un-positives-treated.csv")
    truth = [by_name.get(name_form(row["full_name"]).compact, set()) for row in untreated]
    resolved = sum(1 for keys in truth if keys)
    print(f"2. UN positives screened against the UN list ({len(un)} entries), top 5 above {THRESHOLD}")
    print(f"   {resolved} of {len(untreated)} rows resolve to an entry by exact name; recall is over those")
    for label, chosen, goal in (("untreated", untreated, 0.99), ("treated", treated, 0.95)):
        found = 0
        for row, keys in zip(chosen, truth, strict=True):
            if keys:
                hits = screener.screen(query_of(row), limit=5)
                found += any(hit.entry.key in keys for hit in hits)
        print(f"   {label:<9} recall {found / resolved:.3f}  ({found}/{resolved}; goal >= {goal})")


def negatives(entries: list[Entry]) -> None:
    screener = Screener(entries)
    people = rows("negatives-global.csv")
    print(f"3. negatives-global.csv ({len(people)} people) against UN + OFAC SDN + non-SDN")
    print(f"   ({len(entries)} entries)")
    print("   yente logic-v2 (published): about 10 % flagged")
    for label, facts in (("name, date of birth, nationality", True), ("name alone", False)):
        started = time.perf_counter()
        flagged = sum(1 for row in people if screener.screen(query_of(row, facts=facts), limit=1))
        elapsed = time.perf_counter() - started
        print(f"   v1 by {label:<33} {flagged / len(people):6.2%} flagged ({flagged}); {elapsed:.1f} s")
    print("   goal <= 2 %")


def main() -> None:
    un = list(read_un_xml(SANCTIONS / "un" / "consolidated-2026-02-27.xml").entries)
    sdn_dir, cons_dir = SANCTIONS / "ofac" / "2021-07-07", SANCTIONS / "ofac" / "consolidated-2025-12-19"
    sdn = read_ofac_csv("ofac-sdn", sdn_dir / "sdn.csv", sdn_dir / "alt.csv", sdn_dir / "add.csv").entries
    cons = read_ofac_csv(
        "ofac-consolidated", cons_dir / "cons_prim.csv", cons_dir / "cons_alt.csv", cons_dir / "cons_add.csv"
    ).entries
    name_pairs()
    un_positives(un)
    negatives([*un, *sdn, *cons])


if __name__ == "__main__":
    main()
