"""Free-text search over entry titles and notes: Okapi BM25, with the matching words kept as the reason."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from nonpro.controls.entry import ControlEntry

K1 = 1.2
B = 0.75
TITLE_WEIGHT = 2
_WORD = re.compile(r"\d{2,7}-\d{2}-\d|[a-z0-9]+")
_STOPWORDS = frozenset(
    {"a", "an", "and", "any", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is"}
    | {"it", "its", "of", "on", "or", "other", "than", "that", "the", "their", "them", "these", "this"}
    | {"those", "to", "used", "use", "with", "which"}
)


def normalise_word(word: str) -> str:
    """A word folded to a simple stem: plural `s` and `es` endings dropped from longer words."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """The searchable words of a text."""
    return [normalise_word(w) for w in _WORD.findall(text.casefold()) if len(w) > 1 and w not in _STOPWORDS]


@dataclass(frozen=True, slots=True)
class TextHit:
    """An entry found by words, its BM25 score, and the query words it matched."""

    entry: ControlEntry
    score: float
    matched: tuple[str, ...]


class TextIndex:
    """An inverted index over entries' titles (weighted), notes, codes and CAS numbers."""

    def __init__(self, entries: Sequence[ControlEntry]) -> None:
        self._entries = tuple(entries)
        self._postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        lengths: list[int] = []
        for position, entry in enumerate(self._entries):
            words = tokens(entry.title) * TITLE_WEIGHT + tokens(entry.notes)
            words += list(entry.cas)
            lengths.append(len(words))
            for word, count in Counter(words).items():
                self._postings[word].append((position, count))
        self._lengths = lengths
        self._average = sum(lengths) / len(lengths) if lengths else 0.0

    def search(self, text: str, limit: int = 10) -> list[TextHit]:
        """The best-scoring entries for `text`, best first, at most `limit`."""
        scores: dict[int, float] = defaultdict(float)
        matched: dict[int, list[str]] = defaultdict(list)
        total = len(self._entries)
        for word in dict.fromkeys(tokens(text)):
            postings = self._postings.get(word)
            if not postings:
                continue
            idf = math.log(1 + (total - len(postings) + 0.5) / (len(postings) + 0.5))
            for position, count in postings:
                norm = K1 * (1 - B + B * self._lengths[position] / self._average)
                scores[position] += idf * count * (K1 + 1) / (count + norm)
                matched[position].append(word)
        best = sorted(scores, key=lambda p: (-scores[p], self._entries[p].id))[:limit]
        return [TextHit(self._entries[p], round(scores[p], 3), tuple(matched[p])) for p in best]
