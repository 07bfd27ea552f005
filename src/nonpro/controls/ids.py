"""Entry ids in any common spelling: `0B001.b.1`, `0 B 001 b 1`, `nsg2:3.A.1`, `NSG2 3A1` are all understood.

An id is reduced to its segments — runs of letters and runs of digits, letters folded to lower case and
leading zeros dropped — so that punctuation, spacing and zero padding do not matter.
"""

from __future__ import annotations

import re

from nonpro.core.errors import InvalidInputError

ID_FORMS = (
    "a list id and code like nsg2:3.A.1 or cwc:1.A.1, an EU Annex I code like 0B001.b.1, "
    "or a US ECCN like 1C350 (spaces, dots and letter case do not matter)"
)
EU_PREFIXES = frozenset({"eu", "annexi", "eu-annex-i"})
US_PREFIXES = frozenset({"us", "eccn", "us-eccn", "ccl"})
_SEGMENT = re.compile(r"[a-z]+|\d+")
_ALLOWED = re.compile(r"^[A-Za-z0-9 .\-:()/_]+$")

Segments = tuple[str, ...]


def segments(code: str) -> Segments:
    """The code's letter and digit runs, lower-cased, with leading zeros dropped from numbers."""
    return tuple(s if s.isalpha() else str(int(s)) for s in _SEGMENT.findall(code.casefold()))


def split_query(text: str) -> tuple[str | None, Segments]:
    """A query's list prefix (before `:`, if any) and the segments of its code; malformed text is refused."""
    stripped = text.strip()
    if not stripped or not _ALLOWED.match(stripped) or not any(ch.isdigit() for ch in stripped):
        raise InvalidInputError(f"{text!r} is not an entry id", where="id", expected=ID_FORMS)
    prefix, colon, rest = stripped.partition(":")
    if not colon:
        return None, segments(stripped)
    code = segments(rest)
    if not code:
        raise InvalidInputError(f"{text!r} has no code after the colon", where="id", expected=ID_FORMS)
    return prefix.strip().casefold(), code
