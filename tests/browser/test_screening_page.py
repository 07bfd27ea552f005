"""An officer screens a party in the browser and reads why it matched, in the listed name's own terms."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, expect

pytestmark = pytest.mark.browser


def test_a_listed_person_is_found_with_the_reasons(browser: Browser, screening_server: str) -> None:
    page = browser.new_page()
    page.goto(screening_server + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Screening").click()
    page.get_by_label("Name (any script)").fill("Ri Won-ho")
    page.get_by_label("Date of birth").fill("1964")
    page.get_by_role("button", name="Screen").click()
    expect(page.get_by_role("status")).to_contain_text("1 hit(s) at or above 0.8")
    expect(page.get_by_role("heading", name=re.compile("RI WON HO"))).to_be_visible()
    expect(
        page.get_by_text("The date of birth given is one the list records for this entry.")
    ).to_be_visible()
    page.close()


def test_a_name_made_of_punctuation_is_refused_with_the_reason(
    browser: Browser, screening_server: str
) -> None:
    page = browser.new_page()
    page.goto(screening_server + "/screening?name=%2A%2A%2A")
    expect(page.get_by_role("alert")).to_contain_text("the name has no letters or digits")
    page.close()
