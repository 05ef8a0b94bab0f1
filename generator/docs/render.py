"""Render the static documentation site from the IR: `render_site(api, config)`.

Pages: `index.html`, `resources/<resource>.html` (a section per operation, `#op-<method>`),
`models/<Type>.html` (fields at `#field-<name>`), `search-index.js` and `assets/`. All links
are relative, so the site works from disk and served. Templates autoescape every spec text;
only `md()` output (sanitized Markdown) is markup.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import jinja2
import sdkgen_templates
from markupsafe import Markup, escape

from generator import ir
from generator.config import Config
from generator.docs.markdown import markdown_html, page_html, plain_text, slug
from generator.docs.python_ops import python_methods
from generator.docs.python_types import annotation_html
from generator.docs.search import search_entries, search_index_js
from generator.docs.site import SiteMap
from generator.ir.examples import example_value
from generator.python.format import Formatter
from generator.python.guides import render_guides
from generator.python.method_docs import exception_for
from generator.python.models import ModelsBuilder
from generator.python.render import default_base_url
from generator.python.security import client_security
from generator.python.snippets import (
    EXAMPLE_LINE_LENGTH,
    Snippets,
    server_url,
    success_media,
    success_type,
)
from generator.python.templates import environment
from generator.python.type_names import TypeNamer

TEMPLATES = Path(next(iter(sdkgen_templates.__path__))) / "docs"  # templates/docs, installed as package data
ASSETS = ("search.js", "site.js", "style.css", "theme.js")
PAGE_ROOT = "../"  # the way back to the site root from resources/ and models/ pages


def render_site(api: ir.Api, config: Config, template_cache: Path | None = None) -> dict[str, bytes]:
    """Every file of the site (UTF-8), keyed by its POSIX path below the site root (compiled
    templates are kept in `template_cache`, if given). Pages are encoded as they are made: as
    text, one non-ASCII character would make a whole page take two bytes a character."""
    with Formatter(line_length=EXAMPLE_LINE_LENGTH) as formatter:
        return _render_site(api, config, Snippets(api, config, formatter), template_cache)


def _render_site(api: ir.Api, config: Config, snippets: Snippets, template_cache: Path | None) -> dict[str, bytes]:
    config = config.named_after(d.title for d in api.documents)
    site = SiteMap(api)
    buildable = site.request_types()
    constructible = [named for named in api.types if named.id in buildable and not isinstance(named, (ir.Enum, ir.Alias))]
    snippets.prefetch(((resource, op) for resource in api.resources for op in resource.operations), constructible)
    env = _environment(template_cache)
    changelog = config.changelog_text()
    guides = render_guides(api, config, default_base_url(api), template_cache)
    guide_pages = [page_html(guide.body) for guide in guides]
    pages = {named.py_name: site.type_url(named.id) for named in api.types}
    namer = TypeNamer(api)
    fields = ModelsBuilder(api).field_annotations()  # as the SDK declares them
    shared = dict(
        has_changelog=changelog is not None,
        guides=[{"title": g.title, "url": f"guides/{g.slug}.html"} for g in guides],
        documents={d.file: d for d in api.documents},
        python=python_methods(api, pages.get, PAGE_ROOT),
        exception_for=exception_for,
        py_type=lambda named, f: annotation_html(fields.get((named.py_name, f.wire_name)) or namer.annotation(f.type), pages.get, PAGE_ROOT),
        api=api, config=config, site=site, usages=site.usages(), server=server_url(api),
        scopes=operation_scopes, schemes={s.id: s for s in api.security_schemes}, success_type=success_type,
    )  # fmt: skip

    def page(template: str, path: str, **context: Any) -> bytes:
        return env.get_template(template).render(shared, root="../" * path.count("/"), path=path, **context).encode("utf-8")

    files: dict[str, bytes] = {
        "index.html": page(
            "index.html", "index.html", quickstart=snippets.quickstart(), scope_index=_scope_index(api),
            credentials=client_security(api, config.env_prefix).credentials,
        ),
    }
    for resource in api.resources:
        path = site.resource_url(resource)
        examples = {op.operation_id: snippets.operation(resource, op) for op in resource.operations}
        responses = {op.operation_id: _response_example(op, api) for op in resource.operations}
        files[path] = page("resource.html", path, resource=resource, examples=examples, response_examples=responses)
    constructible_ids = {named.id for named in constructible}
    for named in api.types:
        path = site.type_url(named.id)
        ref = ir.TypeRef(kind="ref", ref=named.id)
        example = json.dumps(example_value(ref, api, response=True), indent=2, ensure_ascii=False)
        construct = snippets.model(named) if named.id in constructible_ids else None
        files[path] = page("type.html", path, named=named, example=example, construct=construct)
    files["models/index.html"] = page("models.html", "models/index.html")
    if api.webhooks:
        files["webhooks.html"] = page("webhooks.html", "webhooks.html")
    if changelog is not None:
        files["changelog.html"] = page("changelog.html", "changelog.html", changelog=page_html(changelog.removeprefix("# Changelog\n")).html)
    for guide, html in zip(guides, guide_pages):
        files[f"guides/{guide.slug}.html"] = page("guide.html", f"guides/{guide.slug}.html", guide=guide, body=html.html)
    files["search-index.js"] = search_index_js(search_entries(api, site, [(g, p.headings) for g, p in zip(guides, guide_pages)])).encode("utf-8")
    for name in ASSETS:
        files[f"assets/{name}"] = (TEMPLATES / "assets" / name).read_bytes()
    return files


@functools.cache
def _environment(template_cache: Path | None) -> jinja2.Environment:
    env = environment(TEMPLATES, "site", template_cache, autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.globals.update(md=markdown_html, plain=plain_text, slug=slug, constraints=constraint_items, path_parts=path_parts, json=_json)
    env.filters["breakable"] = breakable
    return env


def breakable(name: str) -> Markup:
    """`DeviceGroupDeviceLink` with `<wbr>` between words, so long names wrap well on phones."""
    return Markup("<wbr>").join(escape(part) for part in re.split(r"(?<=[a-z0-9])(?=[A-Z])|(?<=_)", name))


def _json(value: Any) -> str:
    """JSON for display (escaped by the template like any text)."""
    return json.dumps(value, ensure_ascii=False)


def constraint_items(c: ir.Constraints) -> list[tuple[str, str]]:
    """Validation keywords as (label, text) pairs: ("length", "1–255"), ("pattern", "^a$")."""
    items = []
    for label, low, high in (("length", c.min_length, c.max_length), ("items", c.min_items, c.max_items), ("properties", c.min_properties, c.max_properties)):
        if low is not None or high is not None:
            items.append((label, _range(low, high)))
    bounds = [f"≥ {_number(c.minimum)}" if c.minimum is not None else "", f"> {_number(c.exclusive_minimum)}" if c.exclusive_minimum is not None else ""]
    bounds += [f"≤ {_number(c.maximum)}" if c.maximum is not None else "", f"< {_number(c.exclusive_maximum)}" if c.exclusive_maximum is not None else ""]
    if any(bounds):
        items.append(("value", ", ".join(b for b in bounds if b)))
    if c.multiple_of is not None:
        items.append(("multiple of", _number(c.multiple_of)))
    if c.unique_items:
        items.append(("items", "unique"))
    if c.pattern is not None:
        items.append(("pattern", c.pattern))
    return items


def _range(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return str(low) if low == high else f"{low}–{high}"
    return f"≥ {low}" if low is not None else f"≤ {high}"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def path_parts(path: str) -> list[tuple[str, bool]]:
    """`/a/{id}` -> [("/a/", False), ("{id}", True)]: path parameters marked for styling."""
    return [(part, part.startswith("{")) for part in re.split(r"(\{[^}]*\})", path) if part]


def operation_scopes(op: ir.Operation) -> list[str]:
    """Every scope named by the operation's security requirements, in order."""
    return list(dict.fromkeys(scope for req in op.security for use in req.schemes for scope in use.scopes))


def _scope_index(api: ir.Api) -> list[tuple[str, list[tuple[ir.Resource, ir.Operation]]]]:
    """Each scope with the operations that require it, sorted by scope."""
    index: dict[str, list[tuple[ir.Resource, ir.Operation]]] = {}
    for resource in api.resources:
        for op in resource.operations:
            for scope in operation_scopes(op):
                index.setdefault(scope, []).append((resource, op))
    return sorted(index.items())


def _response_example(op: ir.Operation, api: ir.Api) -> str | None:
    """The JSON a successful call returns, pretty-printed (None without a JSON body)."""
    media = success_media(op)
    if media is None or media.type is None or not media.is_json:
        return None
    return json.dumps(example_value(media.type, api, response=True), indent=2, ensure_ascii=False)
