"""What each item of a transfer is on the control lists: the entries named and those its CAS number finds."""

from __future__ import annotations

from nonpro.assessment.rule import Facts
from nonpro.controls.entry import ControlEntry


def item_entries(facts: Facts, index: int) -> list[ControlEntry]:
    """The entries of item `index`: those given by id, then those listing its CAS number, without repeats."""
    item = facts.transfer.items[index]
    found = [facts.controls.entry(entry_id) for entry_id in item.control_entries]
    if item.cas:
        found += [e for e in facts.controls.by_cas(item.cas) if e not in found]
    return found


def entries_by_item(facts: Facts) -> list[tuple[int, list[ControlEntry]]]:
    """Every item's index with its entries."""
    return [(i, item_entries(facts, i)) for i in range(len(facts.transfer.items))]


def entry_evidence(entry: ControlEntry) -> dict[str, str]:
    """A list entry as evidence: its id, title and the edition it comes from."""
    return {
        "kind": "control_list_entry",
        "id": entry.id,
        "title": entry.title,
        "list": f"{entry.list_id} {entry.edition}",
        "source": entry.source.cite(),
    }
