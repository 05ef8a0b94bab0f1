"""A spec full of `<script>`, `onerror=`, `javascript:` and `{{ }}` renders to an inert site.

The fixture (fixtures/evil/openapi.json) puts such text in titles, descriptions, names, enum
values, examples, defaults, patterns, scopes and the server URL. The generated HTML may only
contain the site's own tags and attributes; every spec text must appear as text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.docs.htmltools import Page, pages

# Tags the templates write, plus those the Markdown sanitizer keeps.
SITE_TAGS = {
    "html", "head", "meta", "title", "link", "script", "body", "a", "header", "button", "span", "div",
    "input", "kbd", "ul", "li", "nav", "p", "details", "summary", "main", "footer", "h1", "h2", "h3", "h4", "aside",
    "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "dl", "dt", "dd", "section", "br", "wbr",
    "strong", "em", "b", "i", "ol", "blockquote",
}  # fmt: skip
OWN_SCRIPTS = {"search-index.js", "assets/site.js", "assets/search.js", "assets/theme.js"}
SAFE_URL_PREFIXES = ("https://", "http://", "mailto:", "data:,")


@pytest.fixture(scope="module")
def evil_pages(evil_site: Path) -> dict[str, Page]:
    return pages(evil_site)


def test_the_spec_really_is_hostile(evil_site: Path) -> None:
    spec = (Path(__file__).parent / "fixtures" / "evil" / "openapi.json").read_text()
    for needle in ("<script>", "onerror=", "javascript:", "{{ 7 * 7 }}", "</script><script>"):
        assert needle in spec


def test_only_the_sites_own_tags_and_no_event_handlers(evil_pages: dict[str, Page]) -> None:
    for name, page in evil_pages.items():
        for element in page.elements:
            assert element.tag in SITE_TAGS, f"{name}: unexpected <{element.tag}>"
            for attribute, value in element.attrs.items():
                assert not attribute.startswith("on"), f"{name}: <{element.tag} {attribute}={value!r}>"
                assert "javascript:" not in value.lower(), f"{name}: <{element.tag} {attribute}={value!r}>"
                assert "<" not in value, f"{name}: markup inside <{element.tag} {attribute}=...>"


def test_scripts_are_only_the_sites_own_files(evil_pages: dict[str, Page]) -> None:
    for name, page in evil_pages.items():
        depth = name.count("/")
        scripts = [e.attrs.get("src", "") for e in page.elements if e.tag == "script"]
        assert sorted(scripts) == sorted("../" * depth + s for s in OWN_SCRIPTS), name


def test_links_from_spec_text_are_safe(evil_pages: dict[str, Page]) -> None:
    for name, page in evil_pages.items():
        for link in page.links():
            assert link.startswith(SAFE_URL_PREFIXES) or "://" not in link and ":" not in link.split("#")[0], f"{name}: {link}"
    index = evil_pages["index.html"]
    assert "https://example.com/ok" in index.links()  # the allowed link survives, without its onclick


def test_spec_text_is_shown_as_text(evil_pages: dict[str, Page]) -> None:
    index = evil_pages["index.html"].text
    assert "{{ 7 * 7 }}" in index  # not evaluated by Jinja
    assert "49" not in index
    assert '<script>window.__pwned = "script"</script>' in evil_pages["resources/things.html"].text
    mode = evil_pages["models/Mode.html"].text
    assert '"javascript:window.__pwned=\\"js-url\\""' in mode  # an enum value, as JSON text


def test_examples_keep_hostile_values_as_data(evil_pages: dict[str, Page]) -> None:
    examples = evil_pages["resources/things.html"].examples
    kinds = sorted((e.attrs["data-example"], e.attrs.get("data-variant", "")) for e in examples)
    assert kinds == [("curl", ""), ("python", "async"), ("python", "sync")]
    for example in examples:
        if example.attrs["data-example"] == "python":
            compile(example.text, "example", "exec")  # the hostile strings are Python literals


def test_search_index_cannot_break_out(evil_site: Path) -> None:
    script = (evil_site / "search-index.js").read_text()
    assert script.startswith("window.SEARCH_INDEX = ") and script.endswith(";\n")
    assert "<" not in script and ">" not in script and "&" not in script
    entries = json.loads(script[len("window.SEARCH_INDEX = ") : -2])
    text = " ".join(value for entry in entries for value in entry.values())
    assert '<script>window.__pwned = "script"</script>' in text  # intact after the round trip
