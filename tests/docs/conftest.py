"""Fixtures for the docs site: sites rendered into temporary folders, a loopback server, Chromium.

The sites are rendered straight from the pipeline (`load_api` + `render_site`), so these tests
do not depend on `generated/` being fresh. Chromium is the system one (`/usr/bin/chromium`,
Debian package `chromium`); a browser is never downloaded.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.docs.sitetools import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    FIXTURES,
    REPO_ROOT,
    Tab,
    render_to,
)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of the five KPN Things specs (specs/sdk.yaml)."""
    return render_to(REPO_ROOT / "specs" / "sdk.yaml", tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def evil_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of a spec whose texts try to inject markup, script and template code."""
    return render_to(FIXTURES / "evil" / "sdk.yaml", tmp_path_factory.mktemp("evil-site"))


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """`serve(folder)` -> base URL of a static HTTP server for it on 127.0.0.1 (stopped at the end)."""
    servers: list[ThreadingHTTPServer] = []

    def start(folder: Path) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium per test module: Playwright's sync API holds an event loop while it
    runs, which would stop later asyncio tests from starting theirs."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install the Debian package `chromium` (never downloaded by the tests)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_tab(browser: Any) -> Iterator[Callable[..., Tab]]:
    """`open_tab(viewport=DESKTOP, color_scheme="light")` -> a Tab; asserts no errors at the end."""
    contexts = []
    tabs: list[Tab] = []

    def open_(viewport: dict[str, int] = DESKTOP, color_scheme: str = "light", **options: Any) -> Tab:
        context = browser.new_context(viewport=viewport, color_scheme=color_scheme, **options)
        contexts.append(context)
        tab = Tab(context.new_page())
        tab.page.on("console", lambda message: tab.errors.append(f"console {message.type}: {message.text}") if message.type in ("error", "warning") else None)
        tab.page.on("pageerror", lambda error: tab.errors.append(f"page error: {error}"))
        tab.page.on("dialog", lambda dialog: (tab.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        tabs.append(tab)
        return tab

    yield open_
    for context in contexts:
        context.close()
    assert [error for tab in tabs for error in tab.errors] == []
