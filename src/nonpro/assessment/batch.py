"""Assessing many transfers at once, on every core: a bad line is reported, the others are assessed.

Workers are forked after the reference data and the screening index are loaded, so each starts with them in
memory (shared copy-on-write) and only the transfers travel between processes. Results keep input order.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from nonpro.assessment.decision import DecisionPublic
from nonpro.assessment.service import assess_raw
from nonpro.assessment.transfer import Transfer
from nonpro.controls.control_lists import ControlLists
from nonpro.core.errors import NonproError
from nonpro.registry.registry_model import Registry
from nonpro.screening.service import ListScreening

CHUNK = 64


@dataclass(frozen=True, slots=True)
class BatchResult:
    """One input line: its decision, or the error that stopped it."""

    line: int
    transfer: Transfer | None
    decision: DecisionPublic | None
    error: str | None


@dataclass(frozen=True)
class _Context:
    registry: Registry
    controls: ControlLists
    screening: ListScreening | None


_CONTEXT: _Context | None = None


def _start_worker() -> None:
    # A forked worker must not reuse the parent's database connections.
    if _CONTEXT is not None and _CONTEXT.screening is not None:
        _CONTEXT.screening.database.engine.dispose(close=False)


def _assess_line(item: tuple[int, str]) -> BatchResult:
    line, text = item
    assert _CONTEXT is not None
    try:
        raw: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        return BatchResult(line, None, None, f"line {line}: not JSON ({exc.msg} at column {exc.colno})")
    try:
        transfer, decision = assess_raw(raw, _CONTEXT.registry, _CONTEXT.controls, _CONTEXT.screening)
    except NonproError as error:
        problems = "; ".join(str(p) for p in getattr(error, "problems", ()))
        detail = f" ({problems})" if problems else ""
        return BatchResult(line, None, None, f"line {line}: {error.message}{detail}")
    return BatchResult(line, transfer, decision, None)


def assess_lines(
    lines: list[tuple[int, str]],
    registry: Registry,
    controls: ControlLists,
    screening: ListScreening | None,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[BatchResult]:
    """Assess JSON lines `(line number, text)` on `workers` processes (default: all cores), in input order."""
    global _CONTEXT
    _CONTEXT = _Context(registry, controls, screening)
    count = workers or os.cpu_count() or 1
    if count == 1 or len(lines) < CHUNK:
        for item in lines:
            result = _assess_line(item)
            if progress:
                progress(1)
            yield result
        return
    with multiprocessing.get_context("fork").Pool(count, initializer=_start_worker) as pool:
        for result in pool.imap(_assess_line, lines, chunksize=CHUNK):
            if progress:
                progress(1)
            yield result
