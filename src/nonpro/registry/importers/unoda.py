"""The UN Office for Disarmament Affairs treaty database: its treaty actions, read into registry events.

The UNODA data portal (treaties.unoda.org, backed by a GraphQL API) publishes each treaty's actions as
records of date, action type (Signatory, Ratification, Accession, Succession, Acceptance, Approval,
Withdrawal), state and depositary. nonpro reads the API's JSON answer or a CSV export with the columns
`date,state,action,depositary`, and maps them to events; see docs/registry.md for the refresh procedure.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from nonpro.core.errors import InvalidInputError, Problem
from nonpro.registry.state_table import StateTable, fold
from nonpro.registry.status_event import EventType

ACTION_TYPES = {
    "signatory": EventType.SIGNATURE,
    "signature": EventType.SIGNATURE,
    "ratification": EventType.RATIFICATION,
    "accession": EventType.ACCESSION,
    "succession": EventType.SUCCESSION,
    "acceptance": EventType.ACCEPTANCE,
    "approval": EventType.APPROVAL,
    # UNODA dates a withdrawal by its notification; the date it took effect comes from the depositary record.
    "withdrawal": EventType.WITHDRAWAL_NOTICE,
}

# UN names that ISO 3166-1 spells differently (ISO's short, official and common names are tried first).
UN_NAME_CODES = {
    "bolivia (plurinational state of)": "BO",
    "democratic people's republic of korea": "KP",
    "republic of korea": "KR",
    "iran (islamic republic of)": "IR",
    "lao people's democratic republic": "LA",
    "micronesia (federated states of)": "FM",
    "republic of moldova": "MD",
    "state of palestine": "PS",
    "holy see": "VA",
    "united kingdom of great britain and northern ireland": "GB",
    "united republic of tanzania": "TZ",
    "venezuela (bolivarian republic of)": "VE",
    "democratic republic of the congo": "CD",
    "congo": "CG",
    "cote d'ivoire": "CI",
    "turkiye": "TR",
    "turkey": "TR",
    "netherlands (kingdom of the)": "NL",
    "cabo verde": "CV",
    "swaziland": "SZ",
    "eswatini": "SZ",
    "czech republic": "CZ",
    "north macedonia": "MK",
    "the former yugoslav republic of macedonia": "MK",
    "russian federation": "RU",
    "syrian arab republic": "SY",
    "viet nam": "VN",
    "brunei darussalam": "BN",
}


@dataclass(frozen=True, slots=True)
class TreatyAction:
    """One UNODA record: a state's action on a treaty on a date, with the depositary that received it."""

    line: int
    date: date
    state_name: str
    state: str
    action: EventType
    depositary: str


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The raw records with their line (CSV) or position (JSON) numbers."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".json":
        try:
            body = json.loads(text)
            actions = body["data"]["treaty_"]["data"]["actions_"] if isinstance(body, dict) else body
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InvalidInputError(
                f"not a UNODA treaty answer ({exc})",
                where=str(path),
                expected="the JSON of data.treaty_.data.actions_, or a list of actions",
            ) from None
        for index, action in enumerate(actions, start=1):
            yield (
                index,
                {
                    "date": action.get("date"),
                    "action": action.get("action_type_"),
                    "state": (action.get("state") or {}).get("name"),
                    "depositary": (action.get("depositary") or {}).get("short_name") or "",
                },
            )
        return
    reader = csv.DictReader(text.splitlines())
    missing = {"date", "state", "action"} - set(reader.fieldnames or [])
    if missing:
        raise InvalidInputError(
            f"missing columns {sorted(missing)}",
            where=f"{path}:1",
            expected="a header with date,state,action,depositary",
        )
    for row in reader:
        yield reader.line_num, dict(row)


def _code(name: str, states: StateTable) -> str | None:
    key = fold(unicodedata.normalize("NFC", name.strip()))
    if key in UN_NAME_CODES:
        return UN_NAME_CODES[key]
    for state in states:
        if key in {fold(state.name), fold(state.iso_name), fold(state.official_name or "")}:
            return state.alpha2
    return None


def read_actions(path: Path, states: StateTable) -> list[TreatyAction]:
    """Every action in the file; all faulty records are reported together, with their line numbers."""
    actions: list[TreatyAction] = []
    problems: list[Problem] = []
    for line, raw in _records(path):
        where = f"{path.name}:{line}"
        day_text = str(raw.get("date") or "").split(" ")[0]
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            problems.append(Problem(where, f"date {raw.get('date')!r} is not a date", "YYYY-MM-DD"))
            continue
        kind = ACTION_TYPES.get(str(raw.get("action") or "").strip().lower())
        if kind is None:
            problems.append(
                Problem(
                    where,
                    f"unknown action {raw.get('action')!r}",
                    ", ".join(a.capitalize() for a in ACTION_TYPES),
                )
            )
            continue
        name = str(raw.get("state") or "")
        code = _code(name, states)
        if code is None:
            problems.append(
                Problem(
                    where,
                    f"no ISO 3166-1 state is called {name!r}",
                    "a UN or ISO name; add it to UN_NAME_CODES if it is a new UN spelling",
                )
            )
            continue
        actions.append(TreatyAction(line, day, name, code, kind, str(raw.get("depositary") or "").strip()))
    if problems:
        raise InvalidInputError(f"{len(problems)} records cannot be read", where=str(path), problems=problems)
    return sorted(actions, key=lambda a: (a.state, a.date))
