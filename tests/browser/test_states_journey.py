"""A person's first visit: Home, then States, a search, and one state's page, in a real browser."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, expect

pytestmark = pytest.mark.browser


def test_home_to_states_to_a_search_to_a_state(browser: Browser, live_server: str) -> None:
    page = browser.new_page()
    page.goto(live_server + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("nonpro")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="States").click()
    expect(page).to_have_url(live_server + "/states")
    expect(page.get_by_role("status")).to_have_text("249 of 249 states.")

    page.get_by_label("Name or code").fill("germ")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("status")).to_have_text("1 of 249 states matching “germ”.")

    page.get_by_role("link", name="Germany").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Germany")
    expect(page.get_by_text("Member of the United Nations since 18 September 1973")).to_be_visible()
    expect(page.get_by_text(re.compile(r"^Source: United Nations, Member States"))).to_be_visible()

    page.get_by_label("Status on").fill("1972-01-01")
    page.get_by_role("button", name="Show").click()
    row = page.get_by_role("row", name=re.compile("Fixture Treaty X"))
    expect(row).to_contain_text("signatory")
    page.close()


def test_an_unknown_state_shows_a_readable_error(browser: Browser, live_server: str) -> None:
    page = browser.new_page()
    response = page.goto(live_server + "/states/ZZZ")
    assert response is not None
    assert response.status == 404
    expect(page.get_by_role("alert")).to_contain_text("no state has the code 'ZZZ'")
    page.close()


def test_an_instrument_map_and_a_gaps_question(browser: Browser, live_server: str) -> None:
    page = browser.new_page()
    page.goto(live_server + "/instruments")
    page.get_by_role("link", name="Fixture Treaty X").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Fixture Treaty X")
    world = page.get_by_role("img", name=re.compile("World map of TX status"))
    expect(world).to_be_visible()
    expect(page.locator("svg path.st-withdrawn")).to_have_count(1)

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Gaps").click()
    page.get_by_label("Group").fill("DE,IN,KP,US")
    page.get_by_label("Instrument").select_option("treaty-x")
    page.get_by_label("On").fill("2025-01-01")
    page.get_by_role("button", name="Find gaps").click()
    expect(page.get_by_role("status")).to_have_text(
        "custom list: 2 of 4 not party in treaty-x on 2025-01-01."
    )
    expect(page.get_by_role("row", name=re.compile("North Korea"))).to_contain_text("withdrawn")
    page.close()
