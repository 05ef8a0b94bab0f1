"""The docs site in headless Chromium: menu, search, tabs, phone layout, from disk and served.

Screenshots go to test-artifacts/ (docs-desktop.png, docs-phone.png, docs-dark.png).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.docs.sitetools import PHONE, Tab

pytestmark = pytest.mark.browser

CANCEL = "resources/mqtt_downlinks.html#op-cancel"


@pytest.fixture(params=["file", "http"])
def base_url(request: pytest.FixtureRequest, site: Path, serve: Callable[[Path], str]) -> str:
    """The site's root URL, opened from disk or from a loopback HTTP server."""
    return site.as_uri() if request.param == "file" else serve(site)


def test_menu_leads_to_an_operation(open_tab: Callable[..., Tab], base_url: str) -> None:
    tab = open_tab()
    page = tab.page
    page.goto(f"{base_url}/index.html")
    expect(page.locator("h1")).to_contain_text("API reference")
    page.locator("#sidebar").get_by_role("link", name="DELETE cancel").click()
    expect(page).to_have_url(f"{base_url}/{CANCEL}")
    section = page.locator("#op-cancel")
    expect(section).to_be_in_viewport()
    expect(section.locator("h2")).to_contain_text("Cancel a MQTT downlink")
    expect(section).to_contain_text("downlink.delete")
    if base_url.startswith("file:"):
        tab.screenshot("docs-desktop.png")


def test_search_finds_cancel_and_lands_on_it(open_tab: Callable[..., Tab], base_url: str) -> None:
    page = open_tab().page
    page.goto(f"{base_url}/models/Problem.html")
    page.locator("body").press("/")
    search = page.locator("#search-input")
    expect(search).to_be_focused()
    search.press_sequentially("cancel")
    first = page.locator("#search-results [role=option]").first
    expect(first).to_contain_text("mqtt_downlinks.cancel")
    expect(first).to_have_attribute("aria-selected", "true")
    expect(search).to_have_attribute("aria-expanded", "true")
    search.press("Enter")
    expect(page).to_have_url(f"{base_url}/{CANCEL}")
    expect(page.locator("#op-cancel")).to_be_in_viewport()


def test_search_keyboard_moves_through_results(open_tab: Callable[..., Tab], site: Path) -> None:
    page = open_tab().page
    page.goto(f"{site.as_uri()}/index.html")
    search = page.locator("#search-input")
    search.click()
    search.press_sequentially("feedback timeout")
    options = page.locator("#search-results [role=option]")
    expect(options.first).to_contain_text("MqttDownlink.feedback_timeout")
    search.press("ArrowDown")
    expect(options.nth(1)).to_have_attribute("aria-selected", "true")
    search.press("ArrowUp")
    expect(options.first).to_have_attribute("aria-selected", "true")
    search.press("Escape")
    expect(page.locator("#search-results")).to_be_hidden()
    search.press("ArrowDown")
    search.press("Enter")
    expect(page).to_have_url(f"{site.as_uri()}/models/MqttDownlink.html#field-feedback_timeout")
    expect(page.locator("#field-feedback_timeout")).to_be_in_viewport()


def test_search_ranks_names_above_descriptions(open_tab: Callable[..., Tab], site: Path) -> None:
    page = open_tab().page
    page.goto(f"{site.as_uri()}/index.html")
    options = page.locator("#search-results [role=option]")
    for query, first in (("device id", "DeviceId"), ("http binding", "HttpBinding"), ("exists", "projects.exists")):
        page.locator("#search-input").fill(query)
        expect(options.first.locator(".result-title")).to_have_text(first)


def test_search_says_when_nothing_matches(open_tab: Callable[..., Tab], site: Path) -> None:
    page = open_tab().page
    page.goto(f"{site.as_uri()}/index.html")
    page.locator("#search-input").fill("zzzz-no-such-thing")
    expect(page.locator("#search-results")).to_contain_text("No results")


def test_example_tabs(open_tab: Callable[..., Tab], site: Path) -> None:
    page = open_tab().page
    page.goto(f"{site.as_uri()}/{CANCEL}")
    section = page.locator("#op-cancel")
    python = section.locator('[data-example="python"][data-variant="sync"]')
    curl = section.locator('[data-example="curl"]')
    expect(python).to_be_visible()
    expect(curl).to_be_hidden()
    section.get_by_role("tab", name="curl").click()
    expect(curl).to_be_visible()
    expect(python).to_be_hidden()
    expect(curl).to_contain_text("curl -X DELETE")
    section.get_by_role("tab", name="curl").press("ArrowLeft")
    expect(section.locator('[data-variant="async"]')).to_be_visible()
    expect(section.get_by_role("tab", name="Python (async)")).to_be_focused()


def test_phone_layout_menu_and_search(open_tab: Callable[..., Tab], site: Path) -> None:
    tab = open_tab(viewport=PHONE, is_mobile=True, has_touch=True)
    page = tab.page
    page.goto(f"{site.as_uri()}/resources/mqtt_downlinks.html")  # the sidebar lists the operations of the page's resource
    sidebar = page.locator("#sidebar")
    menu = page.get_by_role("button", name="Menu")
    expect(sidebar).to_be_hidden()
    expect(menu).to_have_attribute("aria-expanded", "false")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "page scrolls sideways"
    menu.click()
    expect(sidebar).to_be_visible()
    expect(menu).to_have_attribute("aria-expanded", "true")
    tab.screenshot("docs-phone-menu.png")
    sidebar.get_by_role("link", name="DELETE cancel").click()
    expect(page).to_have_url(f"{site.as_uri()}/{CANCEL}")
    expect(sidebar).to_be_hidden()
    expect(page.locator("#op-cancel")).to_be_in_viewport()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "page scrolls sideways"
    tab.screenshot("docs-phone.png")
    search = page.locator("#search-input")
    search.tap()
    search.press_sequentially("exists")
    expect(page.locator("#search-results [role=option]").first).to_contain_text("projects.exists")
    page.locator("#search-results [role=option]").first.tap()
    expect(page).to_have_url(f"{site.as_uri()}/resources/projects.html#op-exists")


def test_dark_scheme(open_tab: Callable[..., Tab], site: Path) -> None:
    tab = open_tab(color_scheme="dark")
    page = tab.page
    page.goto(f"{site.as_uri()}/models/MqttDownlink.html")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    channels = [int(c) for c in background[background.index("(") + 1 : -1].split(",")[:3]]
    assert max(channels) < 60, background
    tab.screenshot("docs-dark.png")


def test_injected_text_stays_inert(open_tab: Callable[..., Tab], evil_site: Path) -> None:
    """No script in the spec runs on any page, and searching shows its text as text."""
    page = open_tab().page
    for html in sorted(evil_site.rglob("*.html")):
        page.goto(html.as_uri())
        assert page.evaluate("typeof window.__pwned") == "undefined", html
        assert page.locator("script:not([src])").count() == 0
        assert page.locator("iframe, img, svg, object, embed, style").count() == 0
    page.locator("#search-input").fill("script")
    first = page.locator("#search-results [role=option]").first
    expect(first).to_be_visible()
    assert page.locator("#search-results script, #search-results img").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
