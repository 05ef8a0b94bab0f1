"""Spec descriptions (CommonMark with inline HTML) as safe HTML, and as plain text for search."""

from __future__ import annotations

import html
import re

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

ALLOWED_TAGS = frozenset({
    "a", "p", "br", "code", "pre", "em", "strong", "b", "i", "ul", "ol", "li", "blockquote",
})  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
_ABSOLUTE_URL = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
# Raw HTML is parsed here and then filtered by nh3; linkify is off (no surprise links).
_MARKDOWN = MarkdownIt("commonmark", {"html": True})
# Headings inside a description must not break the page outline: render them as bold paragraphs.
_MARKDOWN.add_render_rule("heading_open", lambda *args: "<p><strong>")
_MARKDOWN.add_render_rule("heading_close", lambda *args: "</strong></p>\n")


def _keep_absolute_urls(tag: str, attribute: str, value: str) -> str | None:
    """Drop relative links: they would point into this site, where they do not exist."""
    if attribute == "href" and not _ABSOLUTE_URL.match(value.strip()):
        return None
    return value


def markdown_html(text: str | None) -> Markup:
    """Render `text` as CommonMark, keep only a small allow-list of tags, attributes and URLs."""
    if not text:
        return Markup("")
    cleaned = nh3.clean(
        _MARKDOWN.render(text),
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        attribute_filter=_keep_absolute_urls,
        link_rel="noopener noreferrer",
    )
    return Markup(cleaned.strip())  # sanitized by nh3 just above


_PAGE_MARKDOWN = MarkdownIt("commonmark", {"html": False})  # a page of our own (the changelog): headings kept


def page_html(text: str) -> Markup:
    """A whole Markdown page (the changelog) as safe HTML; its headings start at `<h2>`."""
    rendered = _PAGE_MARKDOWN.render(text)
    cleaned = nh3.clean(
        rendered.replace("<h1>", "<h2>").replace("</h1>", "</h2>"),
        tags=set(ALLOWED_TAGS) | {"h2", "h3", "h4"},
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        attribute_filter=_keep_absolute_urls,
        link_rel="noopener noreferrer",
    )
    return Markup(cleaned.strip())  # sanitized by nh3 just above


def plain_text(text: str | None) -> str:
    """The words of a description without any markup, whitespace collapsed."""
    if not text:
        return ""
    stripped = nh3.clean(_MARKDOWN.render(text), tags=set())
    return " ".join(html.unescape(stripped).split())
