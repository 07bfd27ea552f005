"""CAS Registry Numbers: parsing and the check digit that catches most typing mistakes."""

from __future__ import annotations

import re

from nonpro.core.errors import InvalidInputError

CAS_FORM = "a CAS Registry Number like 107-44-8: 2 to 7 digits, a hyphen, 2 digits, a hyphen, 1 check digit"
_CAS = re.compile(r"^(\d{2,7})-(\d{2})-(\d)$")


def check_digit(body: str) -> int:
    """The check digit of the digits before it: each digit times its position from the right, mod 10."""
    return sum(position * int(digit) for position, digit in enumerate(reversed(body), start=1)) % 10


def cas_problem(text: str) -> str | None:
    """What is wrong with a CAS number, or None when it is well formed and its check digit is right."""
    match = _CAS.match(text.strip())
    if match is None:
        return f"{text!r} is not in the form of a CAS number"
    expected = check_digit(match[1] + match[2])
    if expected != int(match[3]):
        return f"the check digit of {text.strip()} is {match[3]}, but the digits before it give {expected}"
    return None


def parse_cas(text: str) -> str:
    """A CAS number in canonical form (leading zeros dropped); malformed input says what was wrong."""
    problem = cas_problem(text)
    if problem is not None:
        raise InvalidInputError(problem, where="CAS number", expected=CAS_FORM)
    first, second, digit = text.strip().split("-")
    return f"{int(first)}-{second}-{digit}"
