"""A name reduced to comparable tokens: Latin letters, lower case, no punctuation, no legal-form words.

The word lists below are conventions of name matching, not facts from a legal source: legal-form words
(LLC, Ltd, OOO, GmbH...) say what kind of company a name belongs to, not which one; honorifics say
nothing about who a person is; particles (al, bin, de, van...) carry little weight of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nonpro.screening.transliteration import script_family, to_latin


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LEGAL_FORMS = _words(
    "llc ltd limited inc incorporated corp corporation co company cos gmbh ag aktiengesellschaft kg ohg "
    "sa sas sarl srl spa bv nv plc llp lp oy ab as asa aps pte pvt pty sdn bhd tbk fze fzco fzc fz est "
    "ooo oao zao pao ojsc cjsc jsc pjsc ao tov pp ip dooel doo kft zrt sp zoo "
    "joint stock open closed public private liability"
)
_LONG_FORMS = tuple(form for form in LEGAL_FORMS if len(form) > 5)
HONORIFICS = _words("mr mrs ms miss dr prof sir shaikh sheikh shaykh sayed sayyid mullah maulana hajji")
PARTICLES = _words("al el ul bin ben ibn bint abu abd de la le da di del der van von the of and y")
_DIGIT_LOOKALIKES = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g"})
_NUMBER_WORDS = {
    word: value
    for value, words in {
        1: "one",
        2: "two",
        3: "three",
        4: "four",
        5: "five",
        6: "six",
        7: "seven",
        8: "eight",
        9: "nine",
        10: "ten",
        20: "twenty",
        30: "thirty",
        40: "forty fourty",
        50: "fifty",
        60: "sixty",
        70: "seventy",
        80: "eighty",
        90: "ninety",
    }.items()
    for word in words.split()
}
_SPLIT = re.compile(r"[^a-z0-9]+")
_INITIAL_DOT = re.compile(r"\b([a-z])\.")
_POLISH_LIMITED = re.compile(r"\bsp\.? ?z ?o\.? ?o\b\.?")  # spolka z ograniczona odpowiedzialnoscia
PARTICLE_WEIGHT = 0.3


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name ready to compare: its tokens with their weights, and what normalisation took away."""

    original: str
    tokens: tuple[str, ...]
    weights: tuple[float, ...]
    dropped: tuple[str, ...]
    script: str

    @property
    def non_latin(self) -> bool:
        """Whether the name was written in a script other than Latin."""
        return self.script != "latin"

    @property
    def compact(self) -> str:
        """The tokens run together, for names split or joined differently (`JanDaniel`, `Patr ushev`)."""
        return "".join(self.tokens)


def _numbers(tokens: list[str]) -> list[str]:
    """Number words as digits, tens and units joined: `forty four` and `forty 4` become `44`."""
    out: list[str] = []
    for token in tokens:
        value = _NUMBER_WORDS.get(token)
        text = str(value) if value is not None else token
        if out and text.isdigit() and len(text) == 1 and out[-1].isdigit() and out[-1].endswith("0"):
            out[-1] = str(int(out[-1]) + int(text))
            continue
        out.append(text)
    return out


def _arabic_article(token: str) -> tuple[str, ...]:
    """Split the article al- (ال, which anyascii renders as a bare `l`) off a transliterated Arabic word."""
    if len(token) > 3 and token[0] == "l" and token[1] not in "aeiouyw":
        return "al", token[1:]
    return (token,)


def _legal_form(token: str) -> bool:
    """A legal-form word, or the start of a long one cut off by a fixed-width field (`COMPAN`)."""
    return token in LEGAL_FORMS or (len(token) >= 5 and any(form.startswith(token) for form in _LONG_FORMS))


@lru_cache(maxsize=131072)
def name_form(name: str) -> NameForm:
    """Normalise a name: transliterate, lower-case, split, drop legal forms and titles, weigh particles."""
    latin = to_latin(name).lower().replace("'", "").replace("\u2019", "")
    latin = _INITIAL_DOT.sub(r"\1", _POLISH_LIMITED.sub(" ", latin))
    raw = [token for token in _SPLIT.split(latin) if token]
    raw = [
        token.translate(_DIGIT_LOOKALIKES) if token[0].isalpha() and not token.isalpha() else token
        for token in raw
    ]
    script = script_family(name)
    if script == "abjad":
        raw = [part for token in raw for part in _arabic_article(token)]
    in_latin = script == "latin"
    kept = [token for token in raw if not _legal_form(token) and not (in_latin and token in HONORIFICS)]
    if not kept:
        kept = raw
    tokens = _numbers(kept)
    dropped = tuple(token for token in raw if token not in kept)
    weights = tuple(PARTICLE_WEIGHT if token in PARTICLES or len(token) == 1 else 1.0 for token in tokens)
    return NameForm(name, tuple(tokens), weights, dropped, script)
