"""Pairwise name comparison for evaluation: `name1,name2` in, the same rows plus `score,match` out."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from nonpro.core.errors import InvalidInputError
from nonpro.screening.entry import Schema
from nonpro.screening.importers.party_kind import guess_schema
from nonpro.screening.logic_v1.names import compare_names
from nonpro.screening.name_form import name_form


def score_pairs(path: Path, threshold: float) -> Iterator[dict[str, str]]:
    """Each input row with `score` and `match` added. A `schema` column (Person, Company...) says whether
    the names are of people; without it, a name with a legal-form or organisation word makes an entity."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if not {"name1", "name2"} <= set(reader.fieldnames or ()):
            raise InvalidInputError(
                "the pairs file lacks name1 or name2",
                where=f"{path.name} line 1",
                expected="a header with name1,name2",
            )
        for row in reader:
            first, second = row["name1"] or "", row["name2"] or ""
            if row.get("schema"):
                entity = row["schema"].strip().lower() != "person"
            else:
                entity = Schema.ENTITY in (guess_schema(first), guess_schema(second))
            score = compare_names(name_form(first), name_form(second), entity=entity).score
            yield {**row, "score": f"{score:.4f}", "match": "true" if score >= threshold else "false"}
