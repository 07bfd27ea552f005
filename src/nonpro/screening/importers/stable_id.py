"""Ids for lists whose rows have none (BIS DPL, parts of the CSL), stable from one release to the next."""

from __future__ import annotations

import hashlib


def stable_id(*parts: str) -> str:
    """A 16-hex-digit id from the parts that identify a row (name, address, order date...)."""
    joined = "\x1f".join(" ".join(part.upper().split()) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]
