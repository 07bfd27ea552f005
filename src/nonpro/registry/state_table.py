"""The immutable table of states, looked up by any ISO 3166-1 code and searched by name."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterator, Sequence

from nonpro.core.datasets import DatasetVersion
from nonpro.core.errors import InvalidInputError, NotFoundError
from nonpro.registry.state import State, UnStatus

CODE_FORMS = "an ISO 3166-1 alpha-2 code (e.g. DE) or alpha-3 code (e.g. DEU)"


def fold(text: str) -> str:
    """Lower-case and strip accents, so that 'cote d'ivoire' finds 'Côte d'Ivoire'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class StateTable:
    """Every ISO 3166-1 country, sorted by name, with O(1) look-up by alpha-2 or alpha-3 code."""

    def __init__(self, states: Sequence[State], versions: Sequence[DatasetVersion]) -> None:
        self._states = tuple(sorted(states, key=lambda s: fold(s.name)))
        self._by_code = {s.alpha2: s for s in self._states} | {s.alpha3: s for s in self._states}
        self.versions = tuple(versions)

    def __iter__(self) -> Iterator[State]:
        return iter(self._states)

    def __len__(self) -> int:
        return len(self._states)

    def find(self, code: str) -> State | None:
        """The state with exactly this upper-case alpha-2 or alpha-3 code, or None."""
        return self._by_code.get(code)

    def get(self, code: str) -> State:
        """The state with this alpha-2 or alpha-3 code, in any letter case."""
        key = code.strip().upper()
        if not (key.isascii() and key.isalpha() and len(key) in (2, 3)):
            raise InvalidInputError(f"{code!r} is not a state code", where="state code", expected=CODE_FORMS)
        state = self._by_code.get(key)
        if state is None:
            raise NotFoundError(
                f"no state has the code {key!r}",
                where="state code",
                hint=self._suggestion(key) + "List valid codes with `nonpro states` or GET /api/v1/states",
            )
        return state

    def search(self, text: str = "", un_status: UnStatus | None = None) -> list[State]:
        """States whose name or code contains `text` (accents and case ignored), optionally by UN standing."""
        needle = fold(text.strip())
        return [
            s
            for s in self._states
            if (un_status is None or s.un_status is un_status)
            and (
                not needle
                or needle in fold(s.name)
                or needle in fold(s.iso_name)
                or needle in fold(s.official_name or "")
                or needle.upper() in (s.alpha2, s.alpha3)
            )
        ]

    def _suggestion(self, key: str) -> str:
        close = difflib.get_close_matches(key, list(self._by_code), n=3, cutoff=0.5)
        return f"Did you mean {', '.join(close)}? " if close else ""
