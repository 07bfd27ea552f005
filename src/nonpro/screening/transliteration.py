"""Any script to Latin letters, offline: anyascii's tables, with Chinese and Korean split into syllables.

anyascii writes 金正恩 as `JinZhengEn` and 김정은 as `GimJeongEun`; names in these scripts are written
syllable by syllable, so each ideograph or Hangul syllable becomes its own word (`jin zheng en`), which is
how Latin renderings split them (`Kim Jong Un`, `Xi Jin Ping`).
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


def is_non_latin(text: str) -> bool:
    """Whether `text` has letters from a script other than Latin (Cyrillic, Arabic, Hangul, Han...)."""
    return any(ord(char) > _LATIN_END and char.isalpha() for char in text)


@lru_cache(maxsize=65536)
def to_latin(text: str) -> str:
    """`text` in Latin letters: accents dropped, other scripts transliterated, syllabic scripts split."""
    parts: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if _syllabic(char):
            parts.append(f" {anyascii(char)} ")
        elif ord(char) < 128:
            parts.append(char)
        else:
            parts.append(anyascii(char))
    return "".join(parts)
