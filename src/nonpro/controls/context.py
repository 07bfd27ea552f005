"""An entry in its setting: where it sits in its list, what corresponds to it, and which guidelines apply."""

from __future__ import annotations

from dataclasses import dataclass

from nonpro.controls.control_lists import ControlLists
from nonpro.controls.entry import ControlEntry


@dataclass(frozen=True, slots=True)
class EntryContext:
    """Parents (nearest first), children, siblings, corresponding entries elsewhere, and guidelines."""

    entry: ControlEntry
    parents: tuple[ControlEntry, ...]
    children: tuple[ControlEntry, ...]
    siblings: tuple[ControlEntry, ...]
    corresponding: tuple[ControlEntry, ...]
    guidelines: tuple[str, ...]


def entry_context(lists: ControlLists, entry: ControlEntry) -> EntryContext:
    """Everything around one entry; correspondences run both ways and include any imported national list."""
    declared = [lists.get(target) for target in entry.corresponds_to]
    national = [lists.get(f"us-ccl:{code}") for code in entry.us_eccn]
    corresponding = [e for e in (*declared, *national, *lists.referenced_by(entry)) if e is not None]
    return EntryContext(
        entry=entry,
        parents=tuple(lists.parents(entry)),
        children=tuple(lists.children(entry)),
        siblings=tuple(lists.siblings(entry)),
        corresponding=tuple(dict.fromkeys(corresponding)),
        guidelines=lists.control_list(entry.list_id).guidelines,
    )
