"""Spec descriptions (CommonMark with inline HTML) as safe HTML, and as plain text for search."""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
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


@functools.lru_cache(maxsize=8192)  # specs repeat their descriptions
def markdown_html(text: str | None) -> Markup:
    """Render `text` as CommonMark, keep only a small allow-list of tags, attributes and URLs."""
    if not text:
        return Markup("")
    return _sanitized(_MARKDOWN.render(text), ALLOWED_TAGS, ALLOWED_ATTRIBUTES)


def _sanitized(rendered: str, tags: frozenset[str], attributes: dict[str, set[str]]) -> Markup:
    """Rendered HTML with only `tags`, `attributes` and absolute http(s)/mailto links left."""
    cleaned = nh3.clean(
        rendered,
        tags=set(tags),
        attributes={tag: set(names) for tag, names in attributes.items()},
        url_schemes=set(URL_SCHEMES),
        attribute_filter=_keep_absolute_urls,
        link_rel="noopener noreferrer",
    )
    return Markup(cleaned.strip())  # sanitized by nh3 just above


_PAGE_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")  # pages of our own (guides, changelog): headings kept
_PAGE_ATTRIBUTES = {
    **ALLOWED_ATTRIBUTES, "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "code": {"class"},
    "div": {"class", "tabindex"}, "pre": {"tabindex"},
}  # fmt: skip


def _code_block(renderer: Any, tokens: list[Any], index: int, options: Any, env: Any) -> str:
    """A fenced block as the site's other code blocks: highlighted, with a copy button, scrollable by keyboard."""
    token = tokens[index]
    language = escapeHtml(token.info.split()[0]) if token.info.strip() else "text"
    return f'<div class="code-block"><pre tabindex="0"><code class="language-{language}">{escapeHtml(token.content)}</code></pre></div>\n'


_PAGE_MARKDOWN.add_render_rule("fence", _code_block)
_PAGE_MARKDOWN.add_render_rule("table_open", lambda *args: '<div class="table-wrap" tabindex="0"><table class="list-table">\n')
_PAGE_MARKDOWN.add_render_rule("table_close", lambda *args: "</table></div>\n")


@dataclass(frozen=True)
class PageHtml:
    html: Markup
    headings: tuple[tuple[str, str], ...]  # (id, text) of each heading, in order


def slug(text: str) -> str:
    """`Status codes` -> `status-codes`: a heading's id."""
    words = "".join(c.lower() if c.isalnum() else " " for c in text).split()
    return "-".join(words) or "section"


def page_html(text: str) -> PageHtml:
    """A whole Markdown page as safe HTML: `#` headings become `<h2>`, every heading gets an id."""
    tokens = _PAGE_MARKDOWN.parse(text)
    headings = []
    for opening, inline in zip(tokens, tokens[1:]):
        if opening.type == "heading_open":
            if opening.tag == "h1":
                opening.tag = "h2"
            heading_id = slug(inline.content)
            opening.attrSet("id", heading_id)
            headings.append((heading_id, inline.content))
    for closing in tokens:
        if closing.type == "heading_close" and closing.tag == "h1":
            closing.tag = "h2"
    rendered = _PAGE_MARKDOWN.renderer.render(tokens, _PAGE_MARKDOWN.options, {})
    page_tags = ALLOWED_TAGS | {"h2", "h3", "h4", "div", "table", "thead", "tbody", "tr", "th", "td"}
    return PageHtml(_sanitized(rendered, page_tags, _PAGE_ATTRIBUTES), tuple(headings))


@functools.lru_cache(maxsize=8192)
def plain_text(text: str | None) -> str:
    """The words of a description without any markup, whitespace collapsed."""
    if not text:
        return ""
    stripped = nh3.clean(_MARKDOWN.render(text), tags=set())
    return " ".join(html.unescape(stripped).split())
