"""The immutable set of loaded control lists, indexed by id (any spelling), correspondence code and CAS."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterator, Sequence

from nonpro.controls.cas import parse_cas
from nonpro.controls.entry import ControlEntry, ControlList
from nonpro.controls.ids import EU_PREFIXES, ID_FORMS, US_PREFIXES, Segments, segments, split_query
from nonpro.controls.text_index import TextIndex
from nonpro.core.datasets import DatasetVersion
from nonpro.core.errors import InvalidInputError, NotFoundError


class ControlLists:
    """Every loaded list; look-ups by id, EU code, ECCN and CAS number are dictionary reads."""

    def __init__(self, lists: Sequence[ControlList], versions: Sequence[DatasetVersion]) -> None:
        self.lists = tuple(lists)
        self.versions = tuple(versions)
        self._lists = {lst.id: lst for lst in self.lists}
        self._entries = {e.id: e for lst in self.lists for e in lst.entries}
        self._children: dict[str, list[ControlEntry]] = defaultdict(list)
        self._by_code: dict[tuple[str, Segments], ControlEntry] = {}
        self._by_bare_code: dict[Segments, list[ControlEntry]] = defaultdict(list)
        self._by_eu: dict[Segments, list[ControlEntry]] = defaultdict(list)
        self._by_eccn: dict[Segments, list[ControlEntry]] = defaultdict(list)
        self._by_cas: dict[str, list[ControlEntry]] = defaultdict(list)
        self._referenced_by: dict[str, list[ControlEntry]] = defaultdict(list)
        for entry in self._entries.values():
            if entry.parent:
                self._children[entry.parent].append(entry)
            self._by_code[(entry.list_id, segments(entry.code))] = entry
            self._by_bare_code[segments(entry.code)].append(entry)
            for code in entry.eu:
                self._by_eu[segments(code)].append(entry)
            for code in entry.us_eccn:
                self._by_eccn[segments(code)].append(entry)
            for cas in entry.cas:
                self._by_cas[parse_cas(cas)].append(entry)
            for target in entry.corresponds_to:
                self._referenced_by[target].append(entry)
        self.text = TextIndex(list(self._entries.values()))

    def with_lists(self, lists: Sequence[ControlList], versions: Sequence[DatasetVersion]) -> ControlLists:
        """A new model holding these lists as well, e.g. a national list imported from its official file."""
        return ControlLists((*self.lists, *lists), (*self.versions, *versions))

    def __iter__(self) -> Iterator[ControlEntry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def control_list(self, list_id: str) -> ControlList:
        """One list by its id, e.g. `cwc`."""
        found = self._lists.get(list_id.strip().casefold())
        if found is None:
            raise NotFoundError(
                f"no control list is called {list_id!r}",
                where="list",
                hint=f"Loaded lists: {', '.join(sorted(self._lists))}",
            )
        return found

    def entry(self, entry_id: str) -> ControlEntry:
        """The one entry this id names, in any spelling; an ambiguous id is an error naming the choices."""
        found = self.find(entry_id)
        if len(found) > 1:
            raise InvalidInputError(
                f"{entry_id!r} names {len(found)} entries: {', '.join(e.id for e in found)}",
                where="id",
                expected="a list prefix to choose one, e.g. " + found[0].id,
            )
        return found[0]

    def find(self, entry_id: str) -> list[ControlEntry]:
        """Every entry an id names: by list and code, by EU code or ECCN, or by bare code across lists."""
        prefix, code = split_query(entry_id)
        if prefix in EU_PREFIXES:
            found = list(self._by_eu.get(code, ()))
        elif prefix in US_PREFIXES:
            found = list(self._by_eccn.get(code, ()))
        elif prefix is not None:
            if prefix not in self._lists:
                raise InvalidInputError(
                    f"{prefix!r} is not a loaded list",
                    where="id",
                    expected=f"one of {', '.join(sorted(self._lists))}, eu or us",
                )
            hit = self._by_code.get((prefix, code))
            found = [hit] if hit else []
        else:
            found = list(dict.fromkeys(self._by_eu.get(code, []) + self._by_bare_code.get(code, [])))
            found += [e for e in self._by_eccn.get(code, []) if e not in found]
        if not found:
            raise NotFoundError(
                f"no entry has the id {entry_id!r}", where="id", hint=self._suggestion(entry_id) + ID_FORMS
            )
        return sorted(found, key=lambda e: e.id)

    def by_cas(self, cas: str) -> list[ControlEntry]:
        """Entries listing this CAS number (check digit verified first)."""
        return list(self._by_cas.get(parse_cas(cas), ()))

    def get(self, entry_id: str) -> ControlEntry | None:
        """The entry with exactly this canonical id, or None."""
        return self._entries.get(entry_id)

    def children(self, entry: ControlEntry) -> list[ControlEntry]:
        """The entries directly below this one, in published order."""
        return list(self._children.get(entry.id, ()))

    def parents(self, entry: ControlEntry) -> list[ControlEntry]:
        """The entries above this one, nearest first."""
        chain: list[ControlEntry] = []
        current = entry
        while current.parent is not None:
            current = self._entries[current.parent]
            chain.append(current)
        return chain

    def siblings(self, entry: ControlEntry) -> list[ControlEntry]:
        """The other entries with the same parent (top-level entries of the list when it has none)."""
        if entry.parent is None:
            peers = [e for e in self._lists[entry.list_id].entries if e.parent is None]
        else:
            peers = self._children[entry.parent]
        return [e for e in peers if e.id != entry.id]

    def referenced_by(self, entry: ControlEntry) -> list[ControlEntry]:
        """Entries of other lists that declare a correspondence to this one."""
        return list(self._referenced_by.get(entry.id, ()))

    def _suggestion(self, text: str) -> str:
        close = difflib.get_close_matches(text.strip(), list(self._entries), n=3, cutoff=0.6)
        return f"Did you mean {', '.join(close)}? Ids look like " if close else "Ids look like "
