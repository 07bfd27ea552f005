"""The state loader refuses broken data with the file and key named; one broken fixture per rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from nonpro.core.errors import ReferenceDataError
from nonpro.registry.state_loader import load_state_table

FIXTURES = Path(__file__).parent / "fixtures" / "un_membership"


@pytest.mark.parametrize(
    ("fixture", "where", "what"),
    [
        ("admission_year_disagrees.yaml", "admissions.DE", "disagrees with country_converter's year 1973"),
        ("not_a_date.yaml", "admissions.FR", "valid date"),
        ("source_without_verification.yaml", "source.verified_on", "Field required"),
        ("broken_yaml.yaml", "broken_yaml.yaml:", "not valid YAML"),
        ("missing.yaml", "missing.yaml", "the file is missing"),
    ],
)
def test_broken_membership_data_is_refused_naming_file_and_key(fixture: str, where: str, what: str) -> None:
    with pytest.raises(ReferenceDataError) as caught:
        load_state_table(FIXTURES / fixture)
    assert where in caught.value.message
    assert what in caught.value.message
    assert str(FIXTURES) in caught.value.message
