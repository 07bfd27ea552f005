"""The safeguards pages: the MBA list, and an MBA with its MBR, charts and transfers, all server-rendered."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree

import pytest
from fastapi.testclient import TestClient

from nonpro.api.app import create_app
from nonpro.safeguards.ledger.closing import close_balances
from nonpro.safeguards.simulation.loading import load_plant
from nonpro.safeguards.simulation.plant import MBA, Diversion, simulate_plant
from nonpro.settings import Settings
from nonpro.store.database import Database


@pytest.fixture
def client(settings: Settings, database: Database) -> Iterator[TestClient]:
    with TestClient(create_app(settings, database)) as client:
        yield client


def test_an_empty_ledger_explains_how_to_start(client: TestClient) -> None:
    page = client.get("/safeguards")
    assert page.status_code == 200
    assert "No material balance area is registered yet" in page.text
    assert 'href="/safeguards" aria-current="page"' in page.text


def test_an_mba_page_shows_its_mbr_and_both_charts(client: TestClient, database: Database) -> None:
    with database.transaction() as session:
        load_plant(session, simulate_plant(5, Diversion(kg_per_week=30.0, start=20, weeks=8)), actor="test")
        close_balances(session, MBA, actor="test")
    listing = client.get("/safeguards").text
    assert '<a href="/safeguards/mbas/SIMF">SIMF</a>' in listing
    page = client.get("/safeguards/mbas/SIMF").text
    assert "Material balance report 52" in page
    assert "first alarm in period" in page
    assert "<script" not in page
    charts = [chunk.split("</svg>")[0] + "</svg>" for chunk in page.split("<svg")[1:]]
    assert len(charts) == 2
    for chart in charts:
        svg = ElementTree.fromstring("<svg" + chart)  # well-formed XML
        assert svg.find("{http://www.w3.org/2000/svg}title") is not None
    assert "threshold" in charts[1]
    assert "The first 100 are shown" in page
    first = client.get("/safeguards/mbas/SIMF", params={"mbr": 1}).text
    assert "Material balance report 1" in first


def test_an_unknown_mba_is_a_404_page(client: TestClient) -> None:
    page = client.get("/safeguards/mbas/NOPE")
    assert page.status_code == 404
    assert "no MBA" in page.text
