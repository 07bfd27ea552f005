"""The control-list pages: browse a list as a tree, search, and see an entry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nonpro.api.app import create_app
from nonpro.settings import load_settings


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder: Path = tmp_path_factory.mktemp("web")
    settings = load_settings({"NONPRO_DATA_DIR": str(folder)})
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_the_pages_browse_search_and_show(client: TestClient) -> None:
    home = client.get("/controls", params={"q": "thiodiglycol"})
    assert home.status_code == 200
    assert 'href="/controls/entries/cwc:2.B.13"' in home.text
    tree = client.get("/controls/lists/cwc")
    assert 'href="/controls/entries/cwc:1.A.13"' in tree.text
    entry = client.get("/controls/entries/nsg2:3.A.1")
    assert "operating frequency: &gt;= 600 Hz" in entry.text
    assert client.get("/controls/entries/nope:1").status_code == 422


def test_the_entry_page_checks_an_item_against_the_thresholds(client: TestClient) -> None:
    page = client.get("/controls/entries/nsg2:3.A.1", params={"frequency_hz": "800", "power_va": "50"})
    assert "Verdict: undetermined" in page.text
    assert "frequency_control_percent &lt; 0.2 %: not given" in page.text
    bad = client.get("/controls/entries/nsg2:3.A.1", params={"frequency_hz": "fast"})
    assert bad.status_code == 422
