"""The candidate index: every listed name under its tokens, Metaphone keys, skeletons and one-letter typos.

Built once in memory from all loaded entries. A token of four letters or more is also filed under itself
and under each form with one letter deleted (as in SymSpell), so a name with one letter wrong, missing or
added shares a key with the listed name. A query looks up the keys of its own tokens, weighs each
key by how rare it is (inverse document frequency), and hands the best-scoring few names to the scorer,
so the cost of a query grows with how common its words are, not with the size of the lists.
"""

from __future__ import annotations

import math
import threading
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator

import numpy as np
import numpy.typing as npt

from nonpro.screening.entry import Entry, ListedName
from nonpro.screening.name_form import NameForm, name_form
from nonpro.screening.phonetic import metaphone, skeleton

KEY_WEIGHTS = {"t": 1.0, "m": 0.6, "s": 0.4, "d": 0.3}
TYPO_MIN_LENGTH = 4
MAX_POSTINGS = 100_000


def name_keys(form: NameForm) -> Iterator[tuple[str, float]]:
    """Every index key of a name, with the weight of its token (particles and initials weigh less)."""
    for token, weight in zip(form.tokens, form.weights, strict=True):
        yield f"t:{token}", weight
        if len(token) > 1 and (key := metaphone(token)):
            yield f"m:{key}", weight
        if len(token) > 1 and (key := skeleton(token)):
            yield f"s:{key}", weight
        if len(token) >= TYPO_MIN_LENGTH:
            for variant in {token, *(token[:i] + token[i + 1 :] for i in range(len(token)))}:
                yield f"d:{variant}", weight
    for first, second in zip(form.tokens, form.tokens[1:], strict=False):
        yield f"t:{first}{second}", 1.0


class NameIndex:
    """All names of all entries, with an inverted index from keys to names."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = []
        self.names: list[tuple[ListedName, NameForm]] = []
        owners: list[int] = []
        postings: dict[str, array[int]] = defaultdict(lambda: array("i"))
        for entry in entries:
            self.entries.append(entry)
            for listed in entry.names:
                form = name_form(listed.full)
                if not form.tokens:
                    continue
                number = len(self.names)
                self.names.append((listed, form))
                owners.append(len(self.entries) - 1)
                for key in {key for key, _ in name_keys(form)}:
                    postings[key].append(number)
        self.owner: npt.NDArray[np.int32] = np.asarray(owners, dtype=np.int32)
        self.postings = {key: np.frombuffer(ids, dtype=np.int32) for key, ids in postings.items()}
        # One scratch array of scores, reused by every query (allocating one per query costs more than
        # the lookup at a million names); the lock keeps threads of a web server from sharing it at once.
        self._scores = np.zeros(len(self.names), dtype=np.float32)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.names)

    def candidates(self, form: NameForm, limit: int) -> list[int]:
        """The `limit` names sharing the rarest, most weighty keys with `form`, best first."""
        found = [
            (key, weight, ids)
            for key, weight in name_keys(form)
            if (ids := self.postings.get(key)) is not None
        ]
        common = [item for item in found if len(item[2]) > MAX_POSTINGS]
        usable = [item for item in found if len(item[2]) <= MAX_POSTINGS] or sorted(
            common, key=lambda x: len(x[2])
        )[:1]
        with self._lock:
            return self._rank(usable, limit)

    def _rank(self, found: list[tuple[str, float, npt.NDArray[np.int32]]], limit: int) -> list[int]:
        total = max(1, len(self.names))
        touched: list[npt.NDArray[np.int32]] = []
        for key, weight, ids in found:
            rarity = math.log(1 + total / len(ids))
            self._scores[ids] += weight * rarity * KEY_WEIGHTS[key[0]]
            touched.append(ids)
        if not touched:
            return []
        ids = np.unique(np.concatenate(touched))
        scores = self._scores[ids]
        self._scores[ids] = 0.0
        if len(ids) > limit:
            top = np.argpartition(-scores, limit)[:limit]
            ids, scores = ids[top], scores[top]
        order = np.argsort(-scores, kind="stable")
        return [int(number) for number in ids[order]]
