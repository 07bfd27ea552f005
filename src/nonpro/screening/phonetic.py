"""Sound-alike keys for one name token: Metaphone, and a consonant skeleton for transliterated names.

The skeleton drops vowels and the semi-vowels `y` and `w` and merges consonants that romanisation systems
swap (g/k, d/t, b/p, j/ch, v/w), so Arabic `hsyn` (حسین, written without vowels) and Latin `Hussein`, or
Korean `Jeong` and `Jong`, share a key.
"""

from __future__ import annotations

from functools import lru_cache

import jellyfish

_DIGRAPHS = (("sh", "s"), ("ch", "j"), ("kh", "k"), ("gh", "k"), ("th", "t"), ("ph", "f"), ("dh", "d"))
_MERGE = str.maketrans({"g": "k", "q": "k", "c": "k", "d": "t", "b": "p", "j": "j", "z": "s", "v": ""})
_DROPPED = set("aeiouyw")


@lru_cache(maxsize=262144)
def metaphone(token: str) -> str:
    """The token's Metaphone key ("" for tokens without letters)."""
    return jellyfish.metaphone(token) if token.isalpha() else ""


@lru_cache(maxsize=262144)
def skeleton(token: str) -> str:
    """The token's consonant skeleton: vowels dropped, romanisation variants merged, doubles collapsed."""
    if not token.isalpha():
        return ""
    text = token
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    text = text.translate(_MERGE)
    out: list[str] = []
    for char in text:
        if char in _DROPPED or (out and out[-1] == char):
            continue
        out.append(char)
    return "".join(out)
