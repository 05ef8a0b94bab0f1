"""Spec descriptions as safe HTML (generator/docs_markdown.py)."""

from __future__ import annotations

import pytest

from generator.docs.markdown import markdown_html, plain_text
from generator.docs.search import script_json


def test_commonmark_and_the_allowed_inline_html() -> None:
    html = str(markdown_html('Use **bold**, `code` and <a href="https://mqtt.org/" title="MQTT">the spec</a>. <code>true</code>'))
    assert html == (
        '<p>Use <strong>bold</strong>, <code>code</code> and '
        '<a href="https://mqtt.org/" title="MQTT" rel="noopener noreferrer">the spec</a>. <code>true</code></p>'
    )


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">x</a>',
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        "[x](javascript:alert(1))",
        '<a href="https://ok.example/" onclick="alert(1)">x</a>',
        '<svg onload="alert(1)"></svg>',
        '<iframe src="https://evil.example/"></iframe>',
        "<style>body { display: none }</style>",
        '<div style="position:fixed">x</div>',
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    ],
)
def test_nothing_active_survives(text: str) -> None:
    html = str(markdown_html(text)).lower()
    for bad in ("<script", "onerror", "onclick", "onload", "<img", "<svg", "<iframe", "<style", "style=", "src=", 'href="javascript', 'href="data'):
        assert bad not in html, (text, html)  # "javascript:" may remain as visible text, never as a link


def test_relative_links_are_dropped() -> None:
    assert str(markdown_html('<a href="/elsewhere">x</a> [y](other.html)')) == '<p><a rel="noopener noreferrer">x</a> <a rel="noopener noreferrer">y</a></p>'


def test_mailto_stays() -> None:
    assert 'href="mailto:iot@example.com"' in str(markdown_html("<mailto:iot@example.com>"))


def test_headings_do_not_break_the_page_outline() -> None:
    assert str(markdown_html("# Title\n\nBody")) == "<p><strong>Title</strong></p>\n<p>Body</p>"


def test_template_syntax_is_plain_text() -> None:
    assert str(markdown_html("{{ 7 * 7 }} {% if x %}")) == "<p>{{ 7 * 7 }} {% if x %}</p>"


def test_plain_text() -> None:
    assert plain_text('A <a href="https://x.example/">link</a>,\n**bold** &amp; <script>alert(1)</script>') == "A link, bold &"
    assert plain_text(None) == ""


def test_script_json_cannot_close_a_script() -> None:
    assert script_json({"x": "</script><!--\u2028&"}) == '{"x":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}'
