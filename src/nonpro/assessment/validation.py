"""Reading a transfer from YAML or JSON: every problem found at once, each with its path in the input."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from nonpro.assessment.transfer import Transfer
from nonpro.controls.cas import CAS_FORM, cas_problem
from nonpro.controls.control_lists import ControlLists
from nonpro.core.errors import InvalidInputError, NonproError, Problem
from nonpro.core.yaml_files import SafeLoader
from nonpro.registry.state_table import StateTable

STATE_FORM = "an ISO 3166-1 alpha-2 code such as DE (or alpha-3 such as DEU)"


def path_of(location: Sequence[int | str]) -> str:
    """A pydantic location as a path a person reads: ('items', 1, 'cas') -> items[1].cas."""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def read_transfer_file(path: Path) -> Any:
    """The raw content of a YAML or JSON transfer file."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
    except FileNotFoundError:
        raise InvalidInputError("no such file", where=str(path), expected="a YAML or JSON transfer") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise InvalidInputError(
            f"not valid YAML or JSON ({getattr(exc, 'problem', exc)})", where=where
        ) from None


def _state_problems(raw: Mapping[str, Any], states: StateTable) -> tuple[list[Problem], dict[str, str]]:
    codes: dict[str, Any] = {
        "exporting_state": raw.get("exporting_state"),
        "destination": raw.get("destination"),
    }
    route = raw.get("route")
    if isinstance(route, list):
        codes |= {f"route[{i}]": code for i, code in enumerate(route)}
    parties = raw.get("parties")
    if isinstance(parties, list):
        codes |= {
            f"parties[{i}].country": p.get("country")
            for i, p in enumerate(parties)
            if isinstance(p, Mapping) and p.get("country") is not None
        }
    problems, canonical = [], {}
    for where, code in codes.items():
        if not isinstance(code, str):
            continue  # missing or mistyped: the schema check reports it
        state = states.find(code.strip().upper())
        if state is None:
            problems.append(Problem(where, f"{code!r} is not a known state", STATE_FORM))
        else:
            canonical[where] = state.alpha2
    return problems, canonical


def _item_problems(
    raw: Mapping[str, Any], controls: ControlLists
) -> tuple[list[Problem], dict[int, list[str]]]:
    problems: list[Problem] = []
    ids: dict[int, list[str]] = {}
    items = raw.get("items")
    for i, item in enumerate(items if isinstance(items, list) else []):
        if not isinstance(item, Mapping):
            continue
        entries = item.get("control_entries") or []
        ids[i] = []
        for j, entry_id in enumerate(entries if isinstance(entries, list) else []):
            try:
                ids[i].append(controls.entry(str(entry_id)).id)
            except NonproError as error:
                what = f"{error.what}. {error.hint}".strip(". ") if error.hint else error.what
                problems.append(Problem(f"items[{i}].control_entries[{j}]", what, error.expected))
        cas = item.get("cas")
        if isinstance(cas, str) and (fault := cas_problem(cas)):
            problems.append(Problem(f"items[{i}].cas", fault, CAS_FORM))
    return problems, ids


def validate_transfer(raw: Any, states: StateTable, controls: ControlLists) -> Transfer:
    """A valid transfer with canonical codes and entry ids, or an error listing every problem at once."""
    if not isinstance(raw, Mapping):
        raise InvalidInputError(
            "a transfer must be a mapping of fields",
            where="(top level)",
            expected="date, kind, exporting_state, destination, items, ... (docs/assessment.md)",
        )
    problems: list[Problem] = []
    transfer: Transfer | None = None
    try:
        transfer = Transfer.model_validate(raw)
    except ValidationError as exc:
        problems += [Problem(path_of(e["loc"]) or "(top level)", e["msg"]) for e in exc.errors()]
    state_problems, canonical = _state_problems(raw, states)
    item_problems, entry_ids = _item_problems(raw, controls)
    problems += state_problems + item_problems
    if problems or transfer is None:
        raise InvalidInputError(
            f"{len(problems)} problems in the transfer; nothing was assessed", problems=problems
        )
    return transfer.model_copy(
        update={
            "exporting_state": canonical["exporting_state"],
            "destination": canonical["destination"],
            "route": [canonical[f"route[{i}]"] for i in range(len(transfer.route))],
            "items": [
                item.model_copy(update={"control_entries": entry_ids.get(i, [])})
                for i, item in enumerate(transfer.items)
            ],
            "parties": [
                p.model_copy(update={"country": canonical.get(f"parties[{i}].country")})
                for i, p in enumerate(transfer.parties)
            ],
        }
    )
