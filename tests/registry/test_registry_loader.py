"""The registry loader: valid files load; each broken fixture is refused, naming its file and key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nonpro.core.errors import ReferenceDataError
from nonpro.registry.registry_loader import load_registry
from nonpro.registry.registry_model import Registry
from nonpro.registry.state_table import StateTable

FIXTURES = Path(__file__).parent / "fixtures" / "registry"


def test_the_valid_fixtures_load_into_an_immutable_registry(fixture_registry: Registry) -> None:
    expected = {"treaty-x", "treaty-y", "treaty-c", "agreement-z", "regime-r", "commitment-c"}
    assert set(fixture_registry.instruments) == expected
    assert len(fixture_registry.records) == 9 + 8 + 8 + 8 + 3 + 4
    assert fixture_registry.versions[-1].name == "registry"
    with pytest.raises(TypeError):
        fixture_registry.instruments["x"] = fixture_registry.instruments["treaty-x"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("case", "where", "what"),
    [
        ("unknown_source", "treaty-x.yaml: states.DE.events[0].source", "unknown source 'wikipedia'"),
        ("source_not_verified", "regime-r.yaml: sources.web.verified_on", "Field required"),
        ("ratified_before_signed", "treaty-y.yaml: states.DE", "ratification 1996-09-24 precedes signature"),
        (
            "in_force_before_signed",
            "agreement-z.yaml: states.VA",
            "entry into force 1972-06-01 precedes signature",
        ),
        (
            "withdrawal_without_joining",
            "treaty-x.yaml: states.KP",
            "withdrawal on 2003-01-11 without an earlier",
        ),
        ("unknown_state", "regime-r.yaml: states.UK", "'UK' is not an ISO 3166-1 alpha-2 code"),
        ("unknown_instrument", "treaty-q.yaml: instrument", "no instrument file for 'treaty-q'"),
        ("wrong_event_type", "regime-r.yaml: states.DE.events[0].type", "'ratification' does not fit"),
        ("event_after_as_of", "regime-r.yaml: states.DE", "event dated 2026-01-01 is after the file's as_of"),
        ("incomplete", "agreement-z.yaml: states", "UN member or observer states are missing: FR, IN, KP"),
        ("no_action_without_source", "treaty-y.yaml: states.IN.source", "must name the record that shows no"),
        ("id_differs_from_file", "regime-r.yaml: id", "id 'regime-s' differs from the file name"),
        ("unknown_called_instrument", "commitment-c.yaml: calls_for", "unknown instrument 'treaty-w'"),
    ],
)
def test_each_broken_fixture_is_refused_naming_file_and_key(
    case: str, where: str, what: str, tmp_path: Path, few_states: StateTable
) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "valid", data)
    shutil.copytree(FIXTURES / "broken" / case, data, dirs_exist_ok=True)
    with pytest.raises(ReferenceDataError) as caught:
        load_registry(data, few_states)
    assert where in caught.value.message
    assert what in caught.value.message


def test_every_broken_fixture_is_tested() -> None:
    tested = {
        "unknown_source",
        "source_not_verified",
        "ratified_before_signed",
        "in_force_before_signed",
        "withdrawal_without_joining",
        "unknown_state",
        "unknown_instrument",
        "wrong_event_type",
        "event_after_as_of",
        "incomplete",
        "no_action_without_source",
        "id_differs_from_file",
        "unknown_called_instrument",
    }
    assert {p.name for p in (FIXTURES / "broken").iterdir()} == tested
