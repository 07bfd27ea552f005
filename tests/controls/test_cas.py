"""CAS numbers: the check digit is verified, and malformed input says what was wrong."""

from __future__ import annotations

import pytest

from nonpro.controls.cas import cas_problem, check_digit, parse_cas
from nonpro.core.errors import InvalidInputError


@pytest.mark.parametrize(("body", "digit"), [("10744", 8), ("773218", 5), ("778434", 1)])
def test_check_digit_of_known_numbers(body: str, digit: int) -> None:
    assert check_digit(body) == digit


def test_a_wrong_check_digit_is_explained() -> None:
    assert cas_problem("107-44-7") == "the check digit of 107-44-7 is 7, but the digits before it give 8"


@pytest.mark.parametrize("text", ["107448", "107-4-8", "abc-44-8", "12345678-44-8", ""])
def test_malformed_numbers_are_refused_with_the_expected_form(text: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_cas(text)
    assert "CAS Registry Number like 107-44-8" in caught.value.expected


def test_leading_zeros_and_spaces_are_tolerated() -> None:
    assert parse_cas(" 0107-44-8 ") == "107-44-8"
