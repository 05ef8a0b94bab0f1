"""The link walker: every internal href, src and #anchor on every page resolves."""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.docs.htmltools import Page, pages

EXTERNAL = ("http://", "https://", "mailto:")


@pytest.fixture(scope="module")
def site_pages(site: Path) -> dict[str, Page]:
    return pages(site)


def test_every_internal_link_and_anchor_resolves(site: Path, site_pages: dict[str, Page]) -> None:
    broken = []
    checked = 0
    for name, page in site_pages.items():
        for link in page.links():
            if link.startswith(EXTERNAL) or link.startswith("data:"):
                continue
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc and not parts.path.startswith("/"), f"{name}: not a relative link: {link}"
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), unquote(parts.path))) if parts.path else name
            checked += 1
            if not (site / target).is_file():
                broken.append(f"{name}: {link} (no file {target})")
            elif parts.fragment and unquote(parts.fragment) not in site_pages[target].ids:
                broken.append(f"{name}: {link} (no id {parts.fragment!r} in {target})")
    assert broken == []
    assert checked > 1000


def test_ids_are_unique_on_every_page(site_pages: dict[str, Page]) -> None:
    for name, page in site_pages.items():
        ids = page.ids
        assert len(ids) == len(set(ids)), f"{name}: duplicate ids {sorted({i for i in ids if ids.count(i) > 1})}"


def test_only_links_out_are_from_the_specs(site_pages: dict[str, Page]) -> None:
    external = {link for page in site_pages.values() for link in page.links() if link.startswith(EXTERNAL)}
    assert external == {"https://mqtt.org/mqtt-specification/"}


def test_every_operation_and_model_is_linked_from_the_menu(site: Path, site_pages: dict[str, Page]) -> None:
    """Every page is linked from the overview, models from the list of models the menu leads to."""
    menu = {link for link in site_pages["index.html"].links()}
    models = {link.removeprefix("../") for link in site_pages["models/index.html"].links() if link.startswith("../models/")}
    assert "models/index.html" in menu
    pages_linked = {link.split("#")[0] for link in menu | models}
    for name in site_pages:
        if name != "index.html":
            assert name in pages_linked, f"{name} is not in the menu"
    operations = [f"{name}#{i}" for name, page in site_pages.items() if name.startswith("resources/") for i in page.ids if i.startswith("op-") and "-" not in i[3:]]
    assert len(operations) == 25
    assert set(operations) <= menu
