"""Any script to Latin letters, offline: anyascii's tables, with Chinese and Korean split into syllables.

anyascii writes 习近平 as `XiJinPing` and 김정은 as `GimJeongEun`; names in these scripts are written
syllable by syllable, so each ideograph or Hangul syllable becomes its own word (`xi jin ping`), which is
how Latin renderings split them. Hangul syllables are then respelt the way the UN and OFAC lists write
Korean (DPRK) names, McCune-Reischauer without diacritics: `eo`/`eu` as `o`/`u`, initial g/b/d/l as
k/p/t/r, final g/b/d as k/p/t, so 김정은 reads `kim jong un` and 리원호 `ri won ho`. This is a matching
convention, not an official romanisation.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from anyascii import anyascii

_LATIN_END = 0x024F  # the end of Unicode's Latin Extended-B block


def _syllabic(char: str) -> bool:
    code = ord(char)
    return (
        0xAC00 <= code <= 0xD7A3  # Hangul syllables
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= code <= 0x4DBF  # CJK extension A
        or 0xF900 <= code <= 0xFAFF  # CJK compatibility ideographs
    )


def script_family(text: str) -> str:
    """`latin`, `abjad` (Arabic, Persian, Hebrew: vowels unwritten), `syllabic` (Han, Hangul) or `other`."""
    if not is_non_latin(text):
        return "latin"
    if any(_syllabic(char) for char in text):
        return "syllabic"
    if any("\u0590" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f" for char in text):
        return "abjad"
    return "other"


def is_non_latin(text: str) -> bool:
    """Whether `text` has letters from a script other than Latin (Cyrillic, Arabic, Hangul, Han...)."""
    return any(ord(char) > _LATIN_END and char.isalpha() for char in text)


_HANGUL_INITIAL = {"g": "k", "b": "p", "d": "t", "l": "r"}
_HANGUL_FINAL = {"g": "k", "b": "p", "d": "t"}


def _hangul(char: str) -> str:
    """One Hangul syllable as the lists write Korean names (see the module docstring)."""
    syllable = anyascii(char).lower().replace("eo", "o").replace("eu", "u")
    if syllable[0] in _HANGUL_INITIAL:
        syllable = _HANGUL_INITIAL[syllable[0]] + syllable[1:]
    if len(syllable) > 2 and syllable[-1] in _HANGUL_FINAL and not syllable.endswith("ng"):
        syllable = syllable[:-1] + _HANGUL_FINAL[syllable[-1]]
    return syllable


@lru_cache(maxsize=65536)
def to_latin(text: str) -> str:
    """`text` in Latin letters: accents dropped, other scripts transliterated, syllabic scripts split."""
    parts: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if 0xAC00 <= ord(char) <= 0xD7A3:
            parts.append(f" {_hangul(char)} ")
        elif _syllabic(char):
            parts.append(f" {anyascii(char)} ")
        elif ord(char) < 128:
            parts.append(char)
        else:
            parts.append(anyascii(char))
    return "".join(parts)
