"""List versions in the store (SQLite and PostgreSQL): atomic replacement, status, diff, decisions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from nonpro.core.errors import InvalidInputError
from nonpro.screening import list_store
from nonpro.screening.importers.national import read_national
from nonpro.screening.importers.ofac_csv import read_ofac_csv
from nonpro.screening.importers.parsed_list import ParsedList
from nonpro.screening.list_store import diff_versions, import_list, serving_versions
from nonpro.screening.query import party_query
from nonpro.screening.review import Verdict, decisions_for
from nonpro.screening.service import ListScreening
from nonpro.store.database import Database
from tests.screening.conftest import SANCTIONS, UN_XML

DENIALS = """id,name,type,dob,nationality,identifiers
N-1,Kamran Azadi,person,1971-05-03,Iran,passport:A123456:IR
N-2,Rostam Trading FZE,entity,,AE,
"""


def national(tmp_path: Path, body: str = DENIALS) -> ParsedList:
    path = tmp_path / "denials.csv"
    path.write_text(body, encoding="utf-8")
    return read_national(path, published=date(2024, 3, 5))


def test_an_import_becomes_the_serving_version(database: Database, un_list: ParsedList) -> None:
    version = import_list(database, un_list, [UN_XML], "officer.a")
    with database.transaction() as session:
        serving = serving_versions(session)
    assert [(v.id, v.source, v.published, v.entry_count) for v in serving] == [
        (version.id, "un", date(2026, 2, 27), 1003)
    ]
    assert serving[0].counts == {"person": 730, "entity": 273}
    assert serving[0].checksum == un_list.checksum


def test_a_failed_import_leaves_the_old_version_serving(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = import_list(database, national(tmp_path), [tmp_path / "denials.csv"], "officer.a")

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(list_store, "record_event", fail)
    changed = national(tmp_path, DENIALS.replace("Kamran Azadi", "Kamran Azadeh"))
    with pytest.raises(RuntimeError):
        import_list(database, changed, [tmp_path / "denials.csv"], "officer.a")
    with database.transaction() as session:
        assert [v.id for v in serving_versions(session)] == [first.id]
    assert ListScreening(database).screen(party_query("Kamran Azadi")).hits[0].hit.entry.entry_id == "N-1"


def test_a_malformed_file_never_reaches_the_store(database: Database, tmp_path: Path) -> None:
    import_list(database, national(tmp_path), [tmp_path / "denials.csv"], "officer.a")
    with pytest.raises(InvalidInputError):
        national(tmp_path, DENIALS.replace("person", "human"))
    with database.transaction() as session:
        assert [v.entry_count for v in serving_versions(session)] == [2]


def test_diff_of_two_consecutive_ofac_days(database: Database) -> None:
    days = [SANCTIONS / "ofac" / day / "sdn.csv" for day in ("2024-05-02", "2024-05-03")]
    old, new = (import_list(database, read_ofac_csv("ofac-sdn", day), [day], "officer.a") for day in days)
    with database.transaction() as session:
        diff = diff_versions(session, old.id, new.id)
    # The published files differ by eight deleted lines: Emperor Aviation and seven of its aircraft.
    assert diff.added == ()
    assert diff.changed == ()
    assert diff.removed[0] == ("38556", "EMPEROR AVIATION LTD")
    assert [name for _, name in diff.removed[1:]] == [
        "9H-AMN", "9H-ARK", "9H-EAA", "9H-MAO", "9H-SIS", "9H-SSK", "9H-TIO"
    ]  # fmt: skip


def test_diff_reports_changed_and_added_entries(database: Database, tmp_path: Path) -> None:
    old = import_list(database, national(tmp_path), [tmp_path / "d.csv"], "officer.a")
    body = DENIALS.replace("1971-05-03", "1971-05-04") + "N-3,Blue Star,vessel,,,imo:9187629\n"
    new = import_list(database, national(tmp_path, body), [tmp_path / "d.csv"], "officer.a")
    with database.transaction() as session:
        diff = diff_versions(session, old.id, new.id)
    assert (diff.added, diff.removed, diff.changed) == (
        (("N-3", "Blue Star"),),
        (),
        (("N-1", "Kamran Azadi"),),
    )


def test_a_false_positive_is_suppressed_until_the_entry_changes(database: Database, tmp_path: Path) -> None:
    import_list(database, national(tmp_path), [tmp_path / "d.csv"], "officer.a")
    query = party_query("Kamran Azadi", dob="1971")
    screening = ListScreening(database)
    assert screening.screen(query).hits[0].suppressed_by is None
    decision = screening.decide(
        query, "national:N-1", Verdict.FALSE_POSITIVE, "Different father's name", "officer.b"
    )
    assert (decision.decided_by, decision.reason) == ("officer.b", "Different father's name")
    again = screening.screen(query).hits[0]
    assert again.suppressed_by == decision
    assert screening.screen(party_query("Kamran Azadi", dob="1980")).hits == ()
    import_list(
        database, national(tmp_path, DENIALS.replace("A123456", "A123457")), [tmp_path / "d.csv"], "a"
    )
    assert ListScreening(database).screen(query).hits[0].suppressed_by is None


def test_a_later_decision_supersedes_an_earlier_one(database: Database, tmp_path: Path) -> None:
    import_list(database, national(tmp_path), [tmp_path / "d.csv"], "officer.a")
    query = party_query("Kamran Azadi")
    screening = ListScreening(database)
    screening.decide(query, "national:N-1", Verdict.FALSE_POSITIVE, "namesake", "officer.b")
    screening.decide(query, "national:N-1", Verdict.TRUE_MATCH, "passport matches after all", "officer.c")
    assert screening.screen(query).hits[0].suppressed_by is None
    with database.transaction() as session:
        assert [d.verdict for d in decisions_for(session, query)] == [
            Verdict.FALSE_POSITIVE,
            Verdict.TRUE_MATCH,
        ]


def test_decisions_need_a_reason(database: Database, tmp_path: Path) -> None:
    import_list(database, national(tmp_path), [tmp_path / "d.csv"], "officer.a")
    with pytest.raises(InvalidInputError):
        ListScreening(database).decide(
            party_query("Kamran Azadi"), "national:N-1", Verdict.TRUE_MATCH, " ", "b"
        )


@pytest.mark.parametrize("table", ["screening_decision", "screening_list_version", "screening_list_entry"])
def test_screening_records_cannot_be_edited_or_deleted(
    database: Database, tmp_path: Path, table: str
) -> None:
    import_list(database, national(tmp_path), [tmp_path / "d.csv"], "officer.a")
    ListScreening(database).decide(
        party_query("Kamran Azadi"), "national:N-1", Verdict.TRUE_MATCH, "yes", "b"
    )
    with pytest.raises(DBAPIError), database.transaction() as session:
        session.execute(text(f"DELETE FROM {table}"))
