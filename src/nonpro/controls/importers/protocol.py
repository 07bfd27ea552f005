"""What every list importer provides, so that the EU Annex I (EUR-Lex) and UK lists can follow the CCL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from nonpro.controls.entry import ControlList
from nonpro.core.datasets import DatasetVersion
from nonpro.core.errors import Problem


@dataclass(frozen=True, slots=True)
class ImportedList:
    """A list read from an official file: the list, the version of the file, and what looked wrong in it.

    `warnings` are faults of the published file itself (e.g. a CAS number with a wrong check digit): they
    are kept and shown, never silently corrected.
    """

    control_list: ControlList
    version: DatasetVersion
    warnings: tuple[Problem, ...]


class ListImporter(Protocol):
    """Reads one official publication format into a ControlList whose ids are `<list_id>:<code>`."""

    list_id: str
    """The id the imported list gets, e.g. `us-ccl`."""

    def read(self, path: Path, edition: str) -> ImportedList:
        """Read the file at `path`, published as `edition`; a file it cannot read raises InvalidInputError."""
        ...
