"""The web pages, server-rendered: Home, States with search, one State, and readable errors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from nonpro.api.app import create_app
from nonpro.settings import load_settings


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(load_settings({"NONPRO_DATABASE_URL": "sqlite:///:memory:"}))) as test_client:
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
    page = client.get("/states/ch").text
    assert "<h1>Switzerland</h1>" in page
    assert "Member of the United Nations since 10 September 2002" in page
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
