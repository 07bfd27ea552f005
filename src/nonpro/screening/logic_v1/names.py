"""Compare two normalised names by aligning their tokens, whatever their order.

Each query token is paired with at most one listed token, best pairs first. Tokens left over on both
sides are disagreements and count in full; tokens left over on one side only (a middle name, a
patronymic, a word a company name adds) count for less. Adjacent tokens are joined first when that
makes a pair (`Patr ushev`, `JanDaniel`).
"""

from __future__ import annotations

from dataclasses import dataclass

from nonpro.screening.logic_v1.tokens import token_similarity
from nonpro.screening.name_form import NameForm

PAIR_FLOOR = 0.6
EXTRA_PERSON = 0.25
EXTRA_ENTITY = 0.6
JOIN_FLOOR = 0.85


@dataclass(frozen=True, slots=True)
class TokenPair:
    """One query token matched to one listed token."""

    query: str
    listed: str
    similarity: float
    how: str


@dataclass(frozen=True, slots=True)
class NameMatch:
    """How well two names match: the score, the token pairs, and the tokens left unmatched."""

    score: float
    pairs: tuple[TokenPair, ...]
    unmatched_query: tuple[str, ...]
    unmatched_listed: tuple[str, ...]

    @property
    def how(self) -> str:
        """The weakest way any pair matched: exact, initial, abbreviation, transposed, phonetic or fuzzy."""
        order = ("fuzzy", "phonetic", "transposed", "abbreviation", "initial", "exact")
        kinds = {pair.how for pair in self.pairs}
        return next((kind for kind in order if kind in kinds), "none")


def _joined(tokens: list[str], weights: list[float], other: set[str]) -> tuple[list[str], list[float]]:
    """Join adjacent tokens whose concatenation is a token of the other name."""
    index = 0
    while index < len(tokens) - 1:
        pair = tokens[index] + tokens[index + 1]
        if pair in other and tokens[index] not in other and tokens[index + 1] not in other:
            tokens[index : index + 2] = [pair]
            weights[index : index + 2] = [1.0]
        index += 1
    return tokens, weights


def _acronyms(tokens: list[str], weights: list[float], other: list[str]) -> set[str]:
    """Replace runs of tokens whose initials spell a token of the other name (`United States` -> `us`)."""
    found: set[str] = set()
    for short in other:
        size = len(short)
        if not 2 <= size <= 5 or short in tokens:
            continue
        for start in range(len(tokens) - size + 1):
            run = tokens[start : start + size]
            if "".join(token[0] for token in run) == short and not set(run) & set(other):
                tokens[start : start + size] = [short]
                weights[start : start + size] = [1.0]
                found.add(short)
                break
    return found


def compare_names(query: NameForm, listed: NameForm, *, entity: bool = False) -> NameMatch:
    """Score how well a listed name matches a query name, token by token, in [0, 1]."""
    if not query.tokens or not listed.tokens:
        return NameMatch(0.0, (), query.tokens, listed.tokens)
    if query.compact == listed.compact:
        whole = TokenPair(query.compact, listed.compact, 1.0, "exact")
        return NameMatch(1.0, (whole,), (), ())
    q_tokens, q_weights = _joined(list(query.tokens), list(query.weights), set(listed.tokens))
    l_tokens, l_weights = _joined(list(listed.tokens), list(listed.weights), set(q_tokens))
    acronyms = set()
    if entity:
        acronyms = _acronyms(l_tokens, l_weights, q_tokens) | _acronyms(q_tokens, q_weights, l_tokens)
    abjad = "abjad" in (query.script, listed.script)
    candidates = []
    for i, q in enumerate(q_tokens):
        for j, t in enumerate(l_tokens):
            similarity, how = token_similarity(q, t, abjad)
            if similarity >= PAIR_FLOOR:
                candidates.append((similarity, i, j, how))
    candidates.sort(reverse=True)
    used_q: set[int] = set()
    used_l: set[int] = set()
    pairs: list[TokenPair] = []
    matched = total = 0.0
    strong = False
    for similarity, i, j, how in candidates:
        if i in used_q or j in used_l:
            continue
        used_q.add(i)
        used_l.add(j)
        weight = (q_weights[i] + l_weights[j]) / 2
        matched += weight * similarity
        total += weight
        strong = strong or (weight == 1.0 and similarity >= JOIN_FLOOR)
        how = "abbreviation" if q_tokens[i] in acronyms else how
        pairs.append(TokenPair(q_tokens[i], l_tokens[j], similarity, how))
    left_q = sorted((q_weights[i] for i in range(len(q_tokens)) if i not in used_q), reverse=True)
    left_l = sorted((l_weights[j] for j in range(len(l_tokens)) if j not in used_l), reverse=True)
    conflicts = min(len(left_q), len(left_l))
    # Han and Hangul names are split into syllables: a syllable left over is a whole part of the name.
    syllabic = "syllabic" in (query.script, listed.script)
    extra = 1.0 if syllabic else EXTRA_ENTITY if entity else EXTRA_PERSON
    total += sum(left_q[:conflicts]) + sum(left_l[:conflicts])
    total += extra * (sum(left_q[conflicts:]) + sum(left_l[conflicts:]))
    score = matched / total if total and strong else 0.0
    return NameMatch(
        round(score, 4),
        tuple(pairs),
        tuple(q_tokens[i] for i in range(len(q_tokens)) if i not in used_q),
        tuple(l_tokens[j] for j in range(len(l_tokens)) if j not in used_l),
    )
