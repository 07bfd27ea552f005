"""Recognise a country in published text ("Iran (Islamic Republic of)", "kp", "Korea, North") as alpha-2.

The patterns are country_converter's own regular expressions, read from its data file without importing the
package (which pulls in pandas); list files name countries in too many ways for an exact lookup.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from functools import cache, lru_cache
from pathlib import Path

from nonpro.core.errors import ReferenceDataError


@cache
def _patterns() -> tuple[dict[str, str], tuple[tuple[re.Pattern[str], str], ...]]:
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise ReferenceDataError("the country_converter package is not installed", where="dependencies")
    path = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
    codes: dict[str, str] = {}
    patterns: list[tuple[re.Pattern[str], str]] = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            alpha2 = row["ISO2"].split("|")[0].strip("^$")
            if len(alpha2) != 2:
                continue
            codes[alpha2] = alpha2
            codes[row["ISO3"].split("|")[0].strip("^$")] = alpha2
            patterns.append((re.compile(row["regex"], re.IGNORECASE), alpha2))
    return codes, tuple(patterns)


@lru_cache(maxsize=8192)
def country_code(text: str) -> str:
    """The ISO 3166-1 alpha-2 code named by `text`, or "" when no single country is recognised."""
    cleaned = text.strip().strip(".")
    if not cleaned:
        return ""
    codes, patterns = _patterns()
    if len(cleaned) in (2, 3) and cleaned.isalpha():
        return codes.get(cleaned.upper(), "")
    found = {code for pattern, code in patterns if pattern.search(cleaned)}
    return found.pop() if len(found) == 1 else ""
