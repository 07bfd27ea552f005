"""`nonpro db`: upgrade records reference data; bad settings and unreachable databases are one line."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from nonpro.cli.main import app
from nonpro.settings import Settings
from nonpro.store.audit import events_about
from nonpro.store.database import Database
from nonpro.store.migrate import head_revision
from nonpro.store.reference_versions import installed_versions

runner = CliRunner()


def test_upgrade_migrates_and_records_the_reference_data_once(settings: Settings, database_url: str) -> None:
    env = {"NONPRO_DATABASE_URL": database_url}
    first = runner.invoke(app, ["db", "upgrade"], env=env)
    assert first.exit_code == 0, first.output
    assert f"database at revision {head_revision()}" in first.stdout
    assert runner.invoke(app, ["db", "upgrade"], env=env).exit_code == 0
    database = Database.open(settings)
    with database.transaction() as session:
        installed = set(installed_versions(session))
        assert {"iso-3166-1", "un-membership", "registry", "controls:cwc", "controls:ag-cw"} <= installed
        assert len(events_about(session, action="reference_data.installed")) == len(installed)
    database.close()
    current = runner.invoke(app, ["db", "current"], env=env)
    assert f"database at {head_revision()}; code expects {head_revision()}" in current.stdout


def test_downgrade_to_base_then_upgrade_again(database_url: str) -> None:
    env = {"NONPRO_DATABASE_URL": database_url}
    assert runner.invoke(app, ["db", "upgrade"], env=env).exit_code == 0
    down = runner.invoke(app, ["db", "downgrade", "base"], env=env)
    assert down.exit_code == 0
    assert "database at revision None" in down.stdout
    assert runner.invoke(app, ["db", "upgrade"], env=env).exit_code == 0


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("oracle://x@y/z", "NONPRO_DATABASE_URL: 'oracle://x@y/z' is not a usable database URL"),
        ("postgresql://nobody@127.0.0.1:9/none", "NONPRO_DATABASE_URL: cannot reach the database"),
    ],
)
def test_a_bad_or_unreachable_database_stops_with_one_line_naming_the_setting(
    url: str, fragment: str
) -> None:
    result = runner.invoke(app, ["db", "upgrade"], env={"NONPRO_DATABASE_URL": url})
    assert result.exit_code == 3
    assert result.stderr.startswith(f"error: {fragment}")
    assert len(result.stderr.strip().splitlines()) == 1
