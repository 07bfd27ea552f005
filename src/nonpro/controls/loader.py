"""Load every list folder into the immutable ControlLists model, or refuse: loading never half-succeeds.

Rules checked, each naming the file and key and what valid looks like: the files match their schema; the
folder names match `list` and `edition`; one edition per list; codes are unique in a list; a parent is
defined before its children; CAS numbers are well formed with a correct check digit; parameter names are
unique within an entry; cross-list correspondences name existing entries.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TypeVar

from nonpro.controls.cas import CAS_FORM, cas_problem
from nonpro.controls.control_lists import ControlLists
from nonpro.controls.entry import ControlEntry, ControlList
from nonpro.controls.errors import ControlListDataError
from nonpro.controls.list_file import EntryFile, EntryRecord, ListHeader
from nonpro.core.datasets import DatasetVersion, digest_files
from nonpro.core.errors import Problem, ReferenceDataError
from nonpro.core.yaml_files import load_yaml_model

DATA_DIR = Path(__file__).parent / "data"
HEADER_FILE = "list.yaml"
ModelT = TypeVar("ModelT", ListHeader, EntryFile)


def load_control_lists(data_dir: Path = DATA_DIR) -> ControlLists:
    """Read and check every `<list>/<edition>/` folder; any fault anywhere raises ControlListDataError."""
    problems: list[Problem] = []
    lists: list[ControlList] = []
    versions: list[DatasetVersion] = []
    seen_lists: dict[str, Path] = {}
    for folder in sorted(p for p in data_dir.glob("*/*") if p.is_dir()):
        loaded = _load_folder(folder, problems)
        if loaded is None:
            continue
        if loaded.id in seen_lists:
            problems.append(
                Problem(
                    str(folder),
                    f"a second edition of list {loaded.id!r} (the first is in {seen_lists[loaded.id]})",
                    "one edition per list in the data folder; move the older one out",
                )
            )
            continue
        seen_lists[loaded.id] = folder
        lists.append(loaded)
        files = sorted(folder.glob("*.yaml"))
        versions.append(DatasetVersion(f"controls:{loaded.id}", loaded.edition, digest_files(files)))
    if not lists and not problems:
        problems.append(Problem(str(data_dir), "no list folders found", "<list>/<edition>/list.yaml"))
    entry_ids = {e.id for lst in lists for e in lst.entries}
    problems.extend(_dangling_correspondences(lists, entry_ids, data_dir))
    if problems:
        raise ControlListDataError(problems)
    return ControlLists(lists, versions)


def _load_folder(folder: Path, problems: list[Problem]) -> ControlList | None:
    header = _read(folder / HEADER_FILE, ListHeader, problems)
    if header is None:
        return None
    before = len(problems)
    expected_place = f"{header.list_id}/{header.edition}"
    if f"{folder.parent.name}/{folder.name}" != expected_place:
        problems.append(
            Problem(
                f"{folder / HEADER_FILE}: list",
                f"the folder is {folder.parent.name}/{folder.name} but the file says {expected_place}",
                "the folder named <list>/<edition> as in list.yaml",
            )
        )
    records: list[tuple[Path, int, EntryRecord]] = []
    for path in sorted(folder.glob("*.yaml")):
        if path.name == HEADER_FILE:
            continue
        entry_file = _read(path, EntryFile, problems)
        if entry_file is not None:
            records.extend((path, index, record) for index, record in enumerate(entry_file.entries))
    if not records:
        problems.append(
            Problem(str(folder), "the list has no entry files", "one or more *.yaml with entries:")
        )
    entries = _entries(header, records, problems)
    if len(problems) > before:
        return None
    return ControlList(
        id=header.list_id,
        edition=header.edition,
        title=header.title,
        regime=header.regime,
        effective=header.effective,
        source=header.source,
        guidelines=tuple(header.guidelines),
        notes=header.notes,
        entries=tuple(entries),
    )


def _read(path: Path, model: type[ModelT], problems: list[Problem]) -> ModelT | None:
    try:
        return load_yaml_model(path, model)
    except ReferenceDataError as error:
        problems.append(Problem(error.where, error.what, error.expected or f"a valid {model.__name__}"))
        return None


def _entries(
    header: ListHeader, records: list[tuple[Path, int, EntryRecord]], problems: list[Problem]
) -> list[ControlEntry]:
    defined: dict[str, str] = {}
    entries: list[ControlEntry] = []
    for path, index, record in records:
        where = f"{path}: entries.{index}"
        if record.code in defined:
            problems.append(
                Problem(
                    f"{where}.code",
                    f"code {record.code!r} is already used at {defined[record.code]}",
                    "each code once per list",
                )
            )
            continue
        if record.parent is not None and record.parent not in defined:
            problems.append(
                Problem(
                    f"{where}.parent",
                    f"parent {record.parent!r} is not defined before this entry",
                    "the code of an entry of the same list that comes earlier",
                )
            )
        for position, cas in enumerate(record.cas):
            problem = cas_problem(cas)
            if problem is not None:
                problems.append(Problem(f"{where}.cas.{position}", problem, CAS_FORM))
        names = [p.name for p in record.parameters]
        for name in sorted({n for n in names if names.count(n) > 1}):
            problems.append(
                Problem(f"{where}.parameters", f"parameter {name!r} appears twice", "unique names per entry")
            )
        defined[record.code] = where
        entries.append(_entry(header, record))
    return entries


def _entry(header: ListHeader, record: EntryRecord) -> ControlEntry:
    return ControlEntry(
        id=f"{header.list_id}:{record.code}",
        list_id=header.list_id,
        edition=header.edition,
        code=record.code,
        parent=f"{header.list_id}:{record.parent}" if record.parent else None,
        title=record.title,
        regime=header.regime,
        category=record.category,
        cas=tuple(record.cas),
        parameters=tuple(record.parameters),
        eu=tuple(record.eu),
        us_eccn=tuple(record.us_eccn),
        corresponds_to=tuple(record.corresponds_to),
        notes=record.notes,
        decontrols=record.decontrols,
        source=header.source,
    )


def _dangling_correspondences(lists: list[ControlList], ids: set[str], data_dir: Path) -> list[Problem]:
    return [
        Problem(
            f"{data_dir / lst.id / lst.edition}: {entry.code}.corresponds_to",
            f"{target!r} is not an entry of any loaded list",
            "the id of an existing entry, e.g. nsg1:1.1",
        )
        for lst in lists
        for entry in lst.entries
        for target in entry.corresponds_to
        if target not in ids
    ]


@cache
def control_lists() -> ControlLists:
    """The process-wide control lists, loaded once on first use."""
    return load_control_lists()
