"""The web pages, server-rendered: Home, States with search, one State, and readable errors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from nonpro.api.app import create_app
from nonpro.registry.registry_model import Registry
from nonpro.settings import load_settings


@pytest.fixture(scope="module")
def client(fixture_registry: Registry) -> Iterator[TestClient]:
    settings = load_settings({"NONPRO_DATABASE_URL": "sqlite:///:memory:"})
    with TestClient(create_app(settings, registry_data=fixture_registry)) as test_client:
        yield test_client


def test_home_links_every_pillar_and_fetches_nothing_from_elsewhere(client: TestClient) -> None:
    page = client.get("/").text
    assert '<a href="/states">States</a>' in page
    assert '<html lang="en">' in page
    assert "http://" not in page.replace("http://127.0.0.1", "")
    assert "https://" not in page
    assert "<script" not in page


def test_states_page_lists_all_and_searches_without_javascript(client: TestClient) -> None:
    assert "249 of 249 states" in client.get("/states").text
    page = client.get("/states", params={"q": "korea", "un": "member"}).text
    assert "2 of 249 states matching “korea”" in page
    assert '<a href="/states/KP">North Korea</a>' in page
    assert '<a href="/states/FR">' not in page


def test_state_page_shows_facts_with_their_sources(client: TestClient) -> None:
    page = client.get("/states/deu").text
    assert "<h1>Germany</h1>" in page
    assert "Member of the United Nations since 18 September 1973" in page
    assert "Source: United Nations, Member States (dates of admission)" in page
    assert "Europe › Western Europe" in page


def test_an_unknown_state_is_a_readable_404_page(client: TestClient) -> None:
    response = client.get("/states/QQ")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "no state has the code &#39;QQ&#39;" in response.text
    assert 'href="/"' in response.text


def test_static_stylesheet_is_served_locally(client: TestClient) -> None:
    response = client.get("/static/nonpro.css")
    assert response.status_code == 200
    assert "font" in response.text


def test_state_page_lists_status_in_each_instrument_on_a_date(client: TestClient) -> None:
    page = client.get("/states/KP", params={"as_of": "2003-01-10"}).text
    assert "On 2003-01-10 (events recorded up to 2025-12-31)." in page
    assert '<a href="/instruments/treaty-x">Fixture Treaty X</a>' in page
    assert '<span class="badge st-party">party</span>' in page
    later = client.get("/states/KP", params={"as_of": "2003-01-11"}).text
    assert '<span class="badge st-withdrawn">withdrawn</span>' in later


def test_a_bad_date_is_a_readable_error_page(client: TestClient) -> None:
    response = client.get("/states/KP", params={"as_of": "01/02/2003"})
    assert response.status_code == 422
    assert "expected YYYY-MM-DD" in response.text


def test_instrument_page_has_a_map_counts_and_exports(client: TestClient) -> None:
    page = client.get("/instruments/treaty-x", params={"as_of": "2025-01-01"}).text
    assert "<h1>Fixture Treaty X</h1>" in page
    assert "6 party" in page
    assert 'class="st-withdrawn"' in page  # KP coloured on the map
    assert "<title>North Korea: withdrawn</title>" in page
    assert 'href="/api/v1/instruments/treaty-x?as_of=2025-01-01&amp;format=csv"' in page


def test_gaps_page_answers_the_form(client: TestClient) -> None:
    page = client.get(
        "/gaps", params={"group": "regime-r", "instrument": "agreement-z", "as_of": "2025-01-01"}
    ).text
    assert "RR members: 1 of 2 not in force in agreement-z on 2025-01-01." in page
    assert '<a href="/states/US">United States</a>' in page


def test_scorecard_and_changes_pages(client: TestClient) -> None:
    card = client.get("/scorecards/commitment-c", params={"as_of": "2025-01-01"}).text
    assert "when it was adopted\n  (2009-12-02) and on 2025-01-01" in card
    assert '<th scope="row"><a href="/instruments/treaty-x">treaty-x</a></th><td>party</td><td>4</td>' in card
    changes = client.get("/changes", params={"from": "2020-01-01", "to": "2025-01-01"}).text
    assert "status changes from 2020-01-01 to 2025-01-01" in changes
    assert "deratification 2023-11-02" in changes
