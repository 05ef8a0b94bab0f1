"""Read generated HTML with the standard library: tags, ids, links and code examples."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]


@dataclass
class Example:
    """A `<code data-example=...>` block: its attributes and its text."""

    attrs: dict[str, str]
    text: str


@dataclass
class Page:
    path: Path
    elements: list[Element] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    text: str = ""

    @property
    def ids(self) -> list[str]:
        return [e.attrs["id"] for e in self.elements if "id" in e.attrs]

    def links(self) -> list[str]:
        """Every href and src on the page."""
        return [e.attrs[name] for e in self.elements for name in ("href", "src") if name in e.attrs]


class _Parser(HTMLParser):
    def __init__(self, page: Page):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.example: Example | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.page.elements.append(Element(tag, values))
        if tag == "code" and "data-example" in values:
            self.example = Example(values, "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "code" and self.example is not None:
            self.page.examples.append(self.example)
            self.example = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.example is not None:
            self.example.text += data


def parse(path: Path) -> Page:
    page = Page(path)
    parser = _Parser(page)
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    page.text = html.unescape("".join(parser.text))
    return page


def pages(site: Path) -> dict[str, Page]:
    """Every HTML page of a site, keyed by its path relative to the site root."""
    return {path.relative_to(site).as_posix(): parse(path) for path in sorted(site.rglob("*.html"))}
