"""Fixtures for the control-lists tests: the shipped lists, and the real CCL file from the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from nonpro.controls.control_lists import ControlLists
from nonpro.controls.importers.ecfr_ccl import EcfrCclImporter
from nonpro.controls.importers.protocol import ImportedList
from nonpro.controls.loader import control_lists

CCL_FILE = Path("controls") / "us-ccl-supp1-2026-06.xml"


def shared_data() -> Path:
    """`shared/data` beside the repository (or beside the folder holding this worktree)."""
    for folder in Path(__file__).resolve().parents:
        candidate = folder.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    pytest.fail("shared/data not found beside the repository")


@pytest.fixture(scope="session")
def ccl_path() -> Path:
    """The real eCFR XML of the Commerce Control List, June 2026."""
    return shared_data() / CCL_FILE


@pytest.fixture(scope="session")
def imported_ccl(ccl_path: Path) -> ImportedList:
    """The CCL as imported once for the whole session."""
    return EcfrCclImporter().read(ccl_path, "2026-06")


@pytest.fixture(scope="session")
def shipped() -> ControlLists:
    """The lists shipped with nonpro."""
    return control_lists()


@pytest.fixture(scope="session")
def with_ccl(shipped: ControlLists, imported_ccl: ImportedList) -> ControlLists:
    """The shipped lists plus the imported CCL."""
    return shipped.with_lists([imported_ccl.control_list], [imported_ccl.version])
