"""Score one entry against a query: its best-matching name, then the secondary facts, then identifiers."""

from __future__ import annotations

from collections.abc import Iterable

from nonpro.screening.entry import Entry, ListedName, NameQuality, Schema
from nonpro.screening.hit import FactEvidence, Hit
from nonpro.screening.logic_v1 import ALGORITHM
from nonpro.screening.logic_v1.features import FEATURES, identifier_matches, weak_alias
from nonpro.screening.logic_v1.names import NameMatch, compare_names
from nonpro.screening.name_form import NameForm
from nonpro.screening.query import PartyQuery


def _how(match: NameMatch, query: NameForm, listed: NameForm) -> str:
    if query.non_latin != listed.non_latin:
        return "transliterated"
    if match.how == "exact" and not match.unmatched_query and not match.unmatched_listed:
        return "exact"
    return "phonetic" if match.how == "phonetic" else "fuzzy"


MAX_BONUS = sum(weight for _, weight in FEATURES if weight > 0)
WEAK_ALIAS = dict(FEATURES)[weak_alias]


def score_entry(
    query: PartyQuery,
    query_form: NameForm,
    entry: Entry,
    names: Iterable[tuple[ListedName, NameForm]],
    floor: float = 0.0,
) -> Hit | None:
    """The hit for `entry`, judged on the given names of it, or None when it cannot reach `floor`."""
    entity = (query.schema or entry.schema) is not Schema.PERSON
    best: tuple[float, NameMatch, ListedName, NameForm] | None = None
    for listed, form in names:
        match = compare_names(query_form, form, entity=entity)
        rank = match.score + (WEAK_ALIAS if listed.quality is NameQuality.WEAK else 0.0)
        if best is None or rank > best[0]:
            best = (rank, match, listed, form)
    if best is None:
        return None
    rank, match, listed, form = best
    decisive = identifier_matches(query, entry, listed)
    if rank + MAX_BONUS < floor and not decisive:
        return None
    facts = [
        FactEvidence(feature.__name__, (feature.__doc__ or "").strip(), weight)
        for feature, weight in FEATURES
        if feature(query, entry, listed)
    ]
    how = _how(match, query_form, form)
    score = min(1.0, max(0.0, match.score + sum(fact.effect for fact in facts))) if match.score else 0.0
    if decisive:
        facts.insert(0, FactEvidence("identifier_matches", (identifier_matches.__doc__ or "").strip(), 1.0))
        score, how = 1.0, "identifier"
    if score == 0.0:
        return None
    return Hit(
        entry, round(score, 4), match.score, query.name, listed, how, match.pairs, tuple(facts), ALGORITHM
    )
