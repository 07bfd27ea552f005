"""Merging UNODA actions into a status file: the imported source's events are replaced, all others kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import yaml

from nonpro.core.errors import InvalidInputError
from nonpro.core.sources import Source
from nonpro.core.yaml_files import load_yaml_model
from nonpro.registry.importers.unoda import TreatyAction
from nonpro.registry.status_file import EventEntry, StateEntry, StatusFile


@dataclass
class MergeReport:
    """What the merge changed, state by state."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    still_uncertain: list[str] = field(default_factory=list)
    after_as_of: list[str] = field(default_factory=list)


def _earliest(actions: list[TreatyAction]) -> list[TreatyAction]:
    """The earliest action of each kind: a treaty with several depositaries counts the first deposit."""
    first: dict[str, TreatyAction] = {}
    for action in actions:
        if action.action.value not in first or action.date < first[action.action.value].date:
            first[action.action.value] = action
    return sorted(first.values(), key=lambda a: a.date)


def merge_actions(
    status: StatusFile,
    actions: list[TreatyAction],
    source_key: str,
    source: Source,
) -> tuple[StatusFile, MergeReport]:
    """The status file with each imported state's `source_key` events replaced by the imported ones."""
    report = MergeReport()
    states = dict(status.states)
    by_state: dict[str, list[TreatyAction]] = {}
    for action in actions:
        if action.date > status.as_of:
            report.after_as_of.append(f"{action.state} {action.action.value} {action.date}")
            continue
        by_state.setdefault(action.state, []).append(action)
    for code, own in sorted(by_state.items()):
        imported = [
            EventEntry(type=a.action, date=a.date, source=source_key, depositary=a.depositary or None)
            for a in _earliest(own)
        ]
        before = states.get(code)
        kept = [e for e in before.events if e.source != source_key] if before else []
        events = sorted([*kept, *imported], key=lambda e: e.date)
        uncertain = before.uncertain if before else None
        entry = StateEntry(events=events, note=before.note if before else None, uncertain=uncertain)
        if uncertain:
            report.still_uncertain.append(code)
        if before is None:
            report.added.append(code)
        elif before.events == events:
            report.unchanged.append(code)
        else:
            report.changed.append(code)
        states[code] = entry
    merged = StatusFile(
        instrument=status.instrument,
        as_of=status.as_of,
        sources={**status.sources, source_key: source},
        states=dict(sorted(states.items())),
    )
    return merged, report


def write_status_file(path: Path, status: StatusFile) -> None:
    """Write a status file atomically (a temporary file renamed over the old one)."""
    data = status.model_dump(mode="json", exclude_none=True, exclude_defaults=False)
    today = datetime.now(UTC).date()
    text = f"# Status of {status.instrument} by state; merged from UNODA records on {today}.\n"
    text += yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)
    temporary = path.with_suffix(".yaml.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def load_status_file(path: Path) -> StatusFile:
    """The status file at `path`; a missing file is an input error naming it."""
    if not path.is_file():
        raise InvalidInputError(
            "no status file here", where=str(path), expected="an existing data/status/<id>.yaml"
        )
    return load_yaml_model(path, StatusFile)
