"""Official list files kept in `$NONPRO_DATA_DIR/controls/<list>/<edition>.xml`, served beside shipped lists.

A file is kept only after it has been read without error, so a kept file always loads; the latest edition
(by name, e.g. `2026-06`) of each list is the one served.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from nonpro.controls.control_lists import ControlLists
from nonpro.controls.importers.ecfr_ccl import EcfrCclImporter
from nonpro.controls.importers.protocol import ImportedList, ListImporter
from nonpro.core.errors import InvalidInputError

IMPORTERS: dict[str, ListImporter] = {"us-ccl": EcfrCclImporter()}
EDITION_FORM = "letters, digits, dots, hyphens or underscores, e.g. 2026-06"
_EDITION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")


def kept_folder(data_dir: Path, list_id: str) -> Path:
    """Where the official files of one list are kept."""
    return data_dir / "controls" / list_id


def import_list(list_id: str, path: Path, edition: str) -> ImportedList:
    """Read an official file with the importer registered for `list_id`."""
    importer = IMPORTERS.get(list_id)
    if importer is None:
        raise InvalidInputError(
            f"no importer for list {list_id!r}", where="list", expected=f"one of {', '.join(IMPORTERS)}"
        )
    if not _EDITION.match(edition):
        raise InvalidInputError(
            f"{edition!r} is not a usable edition name", where="edition", expected=EDITION_FORM
        )
    return importer.read(path, edition)


def keep(data_dir: Path, imported: ImportedList, path: Path) -> Path:
    """Copy a file that was read successfully into the data folder, replacing an earlier copy."""
    folder = kept_folder(data_dir, imported.control_list.id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{imported.control_list.edition}.xml"
    partial = target.with_suffix(".partial")
    shutil.copyfile(path, partial)
    partial.replace(target)
    return target


def with_kept_imports(data_dir: Path, shipped: ControlLists) -> ControlLists:
    """The shipped lists plus the latest kept edition of every importable list."""
    imported: list[ImportedList] = []
    for list_id, importer in IMPORTERS.items():
        files = sorted(kept_folder(data_dir, list_id).glob("*.xml"))
        if files:
            imported.append(importer.read(files[-1], files[-1].stem))
    if not imported:
        return shipped
    return shipped.with_lists([i.control_list for i in imported], [i.version for i in imported])
