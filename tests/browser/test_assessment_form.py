"""An officer enters a transfer in the form and reads the decision and its cited reasons, in a browser."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, expect

pytestmark = pytest.mark.browser


def test_a_schedule_2_chemical_to_a_state_not_party_is_prohibited(
    browser: Browser, shipped_server: str
) -> None:
    page = browser.new_page()
    page.goto(shipped_server + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Assess").click()
    page.get_by_label("Date").fill("2026-03-01")
    page.get_by_label("Exporting state").select_option("DE")
    page.get_by_label("Destination").select_option("EG")
    page.get_by_label("Item 1 description").fill("Thiodiglycol")
    page.get_by_label("Item 1 CAS number").fill("111-48-8")
    page.get_by_label("Party 1 role").select_option("end_user")
    page.get_by_label("Party 1 name").fill("Example Chemicals")
    page.get_by_role("button", name="Assess").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Decision: prohibited")
    row = page.get_by_role("row", name=re.compile("Part VII, paragraph 31"))
    expect(row).to_contain_text("Schedule 2 chemicals are transferred only to States Parties.")
    expect(row).to_contain_text("EG in cwc: not_party")
    page.close()


def test_a_mistyped_cas_number_comes_back_with_the_problem(browser: Browser, shipped_server: str) -> None:
    page = browser.new_page()
    page.goto(shipped_server + "/assess")
    page.get_by_label("Date").fill("2026-03-01")
    page.get_by_label("Exporting state").select_option("DE")
    page.get_by_label("Destination").select_option("FR")
    page.get_by_label("Item 1 description").fill("Thiodiglycol")
    page.get_by_label("Item 1 CAS number").fill("111-48-9")
    page.get_by_role("button", name="Assess").click()
    expect(page.get_by_role("alert")).to_contain_text("items[0].cas")
    expect(page.get_by_role("alert")).to_contain_text("the check digit of 111-48-9 is 9")
    expect(page.get_by_label("Item 1 CAS number")).to_have_value("111-48-9")
    page.close()


def test_a_party_is_screened_as_its_name_is_typed(browser: Browser, screening_server: str) -> None:
    page = browser.new_page()
    page.goto(screening_server + "/assess")
    page.get_by_label("Party 1 name").fill("Korea Mining Development Trading")
    status = page.get_by_label("Party 1 screening")
    expect(status).to_contain_text("possible match: KOREA MINING DEVELOPMENT TRADING CORPORATION")
    page.get_by_label("Party 2 name").fill("Nordic Office Furniture")
    expect(page.get_by_label("Party 2 screening")).to_have_text("no hit on the serving lists")
    page.close()
