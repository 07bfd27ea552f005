"""Settings: defaults, normalisation, and one clear message naming the variable for every bad value."""

from __future__ import annotations

from pathlib import Path

import pytest

from nonpro.core.errors import ConfigurationError
from nonpro.settings import load_settings


def test_defaults_put_the_embedded_database_under_var() -> None:
    settings = load_settings({})
    assert settings.data_dir == Path("var")
    assert settings.database_url == "sqlite:///var/nonpro.sqlite3"
    assert (settings.host, settings.port, settings.log_level) == ("127.0.0.1", 8000, "INFO")
    assert settings.is_sqlite


def test_data_dir_moves_the_default_database() -> None:
    assert load_settings({"NONPRO_DATA_DIR": "/srv/np"}).database_url == "sqlite:////srv/np/nonpro.sqlite3"


@pytest.mark.parametrize("url", ["postgresql://u:p@db:5432/np", "postgres://u@db/np"])
def test_postgresql_urls_use_psycopg_3(url: str) -> None:
    settings = load_settings({"NONPRO_DATABASE_URL": url})
    assert settings.database_url.startswith("postgresql+psycopg://")
    assert not settings.is_sqlite


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("mysql://u@h/db", "scheme 'mysql' is not supported"),
        ("nonsense", "it has no scheme"),
        ("postgresql://u@/np", "needs a host and a database name"),
        ("postgresql://u@db:port/np", "port is not a number"),
        ("sqlite://", "names no database file"),
    ],
)
def test_a_malformed_database_url_names_the_setting_and_the_valid_forms(url: str, reason: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        load_settings({"NONPRO_DATABASE_URL": url})
    message = caught.value.message
    assert message.startswith("NONPRO_DATABASE_URL: ")
    assert reason in message
    assert "postgresql://user:password@host:5432/database" in message


def test_a_password_is_not_echoed_in_the_error() -> None:
    with pytest.raises(ConfigurationError) as caught:
        load_settings({"NONPRO_DATABASE_URL": "postgresql://u:s3cret@db/"})
    assert "s3cret" not in caught.value.message


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("NONPRO_PORT", "eighty", "whole number 1-65535"),
        ("NONPRO_PORT", "70000", "whole number 1-65535"),
        ("NONPRO_LOG_LEVEL", "loud", "DEBUG, INFO, WARNING, ERROR"),
    ],
)
def test_other_bad_values_name_their_variable(variable: str, value: str, expected: str) -> None:
    with pytest.raises(ConfigurationError, match=f"^{variable}: .*{expected}"):
        load_settings({variable: value})
