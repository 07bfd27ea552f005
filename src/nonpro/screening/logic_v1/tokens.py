"""How alike two name tokens are, and in what way: exact, initial, fuzzy, phonetic or transposed."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from nonpro.screening.phonetic import metaphone, skeleton

INITIAL = 0.9
PHONETIC = 0.9
SKELETON = 0.85
TRANSPOSED = 0.85
PHONETIC_FLOOR = 0.6
KNEE = 0.8
BELOW_KNEE = 1.0


@lru_cache(maxsize=1 << 20)
def token_similarity(query: str, listed: str, abjad: bool = False) -> tuple[float, str]:
    """Similarity in [0, 1] of two normalised tokens, with the way they matched.

    Below 0.8 an edit-distance similarity falls twice as fast: names one letter apart are the same name
    misspelt far more often than names three letters apart are. Consonant skeletons count only when a
    name came from an abjad (`abjad`), where vowels are not written and the skeleton is all there is.
    """
    if query == listed:
        return 1.0, "exact"
    if len(query) == 1 or len(listed) == 1:
        return (INITIAL, "initial") if query[0] == listed[0] else (0.0, "different")
    similarity = Levenshtein.normalized_similarity(query, listed)
    how = "fuzzy"
    if PHONETIC_FLOOR <= similarity < PHONETIC and metaphone(query) and metaphone(query) == metaphone(listed):
        similarity, how = PHONETIC, "phonetic"
    elif abjad and similarity < SKELETON and len(key := skeleton(query)) >= 2 and key == skeleton(listed):
        similarity, how = SKELETON, "phonetic"
    elif similarity < TRANSPOSED and len(query) >= 4 and sorted(query) == sorted(listed):
        similarity, how = TRANSPOSED, "transposed"
    elif similarity < KNEE:
        similarity = max(0.0, similarity - BELOW_KNEE * (KNEE - similarity))
    return similarity, how
