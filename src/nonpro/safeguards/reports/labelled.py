"""The labelled layout: `LABEL: value` lines, `ENTRY: n` opening an indented entry, `END` closing a report.

Example (an ICR with one line):

    REPORT: ICR
    MBA: XA01
    NUMBER: 1
    DATE: 2026-02-28
    ENTRY: 1
      DATE: 2026-02-10
      CODE: RF
    END

Blank lines and lines starting with `#` are ignored. Labels are upper case letters, digits and hyphens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from nonpro.core.errors import InvalidInputError, Problem

_LABEL = re.compile(r"^(?P<indent>\s*)(?P<label>[A-Z][A-Z0-9-]*):\s?(?P<value>.*)$")


@dataclass
class Record:
    """Fields of a report header or of one entry, each with the text line it came from."""

    fields: dict[str, tuple[str, int]] = field(default_factory=dict)
    line: int = 0

    def take(self, label: str, problems: list[Problem], where: str, required: bool = True) -> str | None:
        """The value of `label`, removed from the record; a missing required label is a problem."""
        found = self.fields.pop(label, None)
        if found is None:
            if required:
                problems.append(Problem(f"{where}:{self.line}", f"{label} is missing"))
            return None
        return found[0]

    def leftovers(self, problems: list[Problem], where: str) -> None:
        """Any label not taken is unknown for this kind of record."""
        for label, (_, line) in self.fields.items():
            problems.append(Problem(f"{where}:{line}", f"unknown label {label!r} here"))


@dataclass
class LabelledReport:
    """One report: its header record and its entries, in order."""

    header: Record
    entries: list[Record]


Fields = Sequence[tuple[str, str]]


def write(header: Fields, entries: Sequence[tuple[int, Fields]]) -> str:
    """One report as labelled text, each entry under its number; empty values are left out."""
    lines = [f"{label}: {value}" for label, value in header if value != ""]
    for number, entry in entries:
        lines.append(f"ENTRY: {number}")
        lines += [f"  {label}: {value}" for label, value in entry if value != ""]
    lines.append("END")
    return "\n".join(lines) + "\n"


def read(text: str, where: str) -> list[LabelledReport]:
    """Every report in `text`; a malformed line or an unterminated report raises with file and line."""
    problems: list[Problem] = []
    reports: list[LabelledReport] = []
    current: LabelledReport | None = None
    record: Record | None = None
    for number, raw in _meaningful(text):
        if raw.strip() == "END":
            if current is None:
                problems.append(Problem(f"{where}:{number}", "END without a report"))
            else:
                reports.append(current)
            current = record = None
            continue
        match = _LABEL.match(raw)
        if match is None:
            problems.append(Problem(f"{where}:{number}", f"not a LABEL: value line: {raw.strip()!r}"))
            continue
        label, value = match["label"], match["value"].strip()
        if current is None:
            current = LabelledReport(Record(line=number), [])
            record = current.header
        if label == "ENTRY":
            record = Record(line=number)
            record.fields["ENTRY"] = (value, number)
            current.entries.append(record)
            continue
        assert record is not None
        if label in record.fields:
            problems.append(Problem(f"{where}:{number}", f"{label} given twice"))
        record.fields[label] = (value, number)
    if current is not None:
        problems.append(Problem(f"{where}:{current.header.line}", "report not closed by END"))
    if problems:
        raise InvalidInputError(f"{where} is not a valid report file", where=where, problems=problems)
    return reports


def _meaningful(text: str) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.strip() and not raw.lstrip().startswith("#"):
            yield number, raw
