"""The site as a demanding reader meets it in Chromium: no serious accessibility violation (axe-core),
no sideways scrolling at 390, 768 and 1440 px, the examples beside the text on wide screens,
typo-tolerant search, the Content-Security-Policy in force without console errors, a theme
toggle that remembers. Screenshots of every page kind go to test-artifacts/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.docs.sitetools import REPO_ROOT, Tab

pytestmark = pytest.mark.browser

AXE = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGE_KINDS = {
    "overview": "index.html",
    "resource": "resources/mqtt_downlinks.html",
    "model": "models/MqttDownlink.html",
    "models": "models/index.html",
    "guide": "guides/errors.html",
    "changelog": "changelog.html",
}
WIDTHS = {"phone": 390, "tablet": 768, "wide": 1440}


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_no_serious_accessibility_violations(open_tab: Callable[..., Tab], site: Path, serve: Callable[[Path], str], kind: str) -> None:
    tab = open_tab(bypass_csp=True)  # axe is injected by the test, not part of the site
    page = tab.page
    page.goto(f"{serve(site)}/{PAGE_KINDS[kind]}")  # served: axe reads the stylesheets, which file:// forbids
    page.evaluate(AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
        ".map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))"
    )
    assert violations == []


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_no_sideways_scrolling(open_tab: Callable[..., Tab], site: Path, kind: str) -> None:
    tab = open_tab()
    page = tab.page
    page.goto(f"{site.as_uri()}/{PAGE_KINDS[kind]}")
    for name, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"the page scrolls sideways at {width} px"
        if name != "tablet":
            for scheme in ("light", "dark"):
                page.emulate_media(color_scheme=scheme)
                tab.screenshot(f"site-{kind}-{width}-{scheme}.png")


def test_examples_sit_beside_the_text_on_wide_screens_and_below_on_phones(open_tab: Callable[..., Tab], site: Path) -> None:
    placement = "() => { const t = document.querySelector('#op-cancel .op-text').getBoundingClientRect();" \
        " const e = document.querySelector('#op-cancel .op-examples').getBoundingClientRect();" \
        " return {beside: e.left >= t.right - 1 && e.top < t.bottom, below: e.top >= t.bottom - 1}; }"
    wide = open_tab(viewport={"width": 1440, "height": 900}).page
    wide.goto(f"{site.as_uri()}/resources/mqtt_downlinks.html#op-cancel")
    assert wide.evaluate(placement)["beside"]
    phone = open_tab(viewport={"width": 390, "height": 844}).page
    phone.goto(f"{site.as_uri()}/resources/mqtt_downlinks.html#op-cancel")
    assert phone.evaluate(placement)["below"]


def test_search_forgives_typos_and_shows_many_results(open_tab: Callable[..., Tab], site: Path) -> None:
    page = open_tab().page
    page.goto(f"{site.as_uri()}/index.html")
    search = page.locator("#search-input")
    search.press_sequentially("cancl")
    results = page.locator("#search-results [role=option]")
    expect(results.first).to_contain_text("mqtt_downlinks.cancel")
    search.fill("")
    search.press_sequentially("binding")
    expect(results.nth(5)).to_be_visible()  # more than three, each with a snippet
    assert all(text.strip() for text in results.locator(".result-text").all_text_contents()[:5])
    search.fill("")
    search.press_sequentially("ConflictErr")
    expect(results.first).to_contain_text("ConflictError")
    search.press("Enter")
    expect(page).to_have_url(f"{site.as_uri()}/guides/errors.html#status-codes")


def test_content_security_policy_is_in_force(open_tab: Callable[..., Tab], site: Path, serve: Callable[[Path], str]) -> None:
    """Every page kind loads its own scripts and styles under the policy: no console errors (the
    fixture fails on any), search and tabs work; an injected inline script is refused."""
    tab = open_tab()
    page = tab.page
    for base in (site.as_uri(), serve(site)):
        for path in PAGE_KINDS.values():
            page.goto(f"{base}/{path}")
            policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content") or ""
            assert "script-src 'self'" in policy and "style-src 'self'" in policy and "default-src 'none'" in policy
            assert page.evaluate("document.documentElement.classList.contains('js')"), "the site's own script ran"
    page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.head.appendChild(s); }")
    assert page.evaluate("typeof window.__inline") == "undefined"
    tab.errors.clear()  # the refusal of that inline script is the one expected console error


def test_theme_toggle_is_remembered(open_tab: Callable[..., Tab], site: Path) -> None:
    page = open_tab(color_scheme="light").page
    page.goto(f"{site.as_uri()}/models/MqttDownlink.html")
    toggle = page.locator(".theme-button")
    expect(toggle).to_have_text("Theme: system")
    toggle.click()
    toggle.click()
    expect(toggle).to_have_text("Theme: dark")
    page.goto(f"{site.as_uri()}/resources/projects.html")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert max(int(c) for c in background[background.index("(") + 1 : -1].split(",")[:3]) < 60, background
    page.locator(".theme-button").click()
    expect(page.locator(".theme-button")).to_have_text("Theme: system")


def test_print_style_shows_every_example(open_tab: Callable[..., Tab], site: Path) -> None:
    page = open_tab().page
    page.goto(f"{site.as_uri()}/resources/mqtt_downlinks.html")
    page.emulate_media(media="print")
    assert page.locator("#sidebar").is_hidden()
    assert page.locator("#op-cancel [data-variant=async]").is_visible()  # a hidden tab prints too
