"""The client-side search index: operations, types, fields, exception classes, scopes and guide
sections, as a script that sets a global.

Browsers refuse `fetch()` of a JSON file from file://, so the index is a `<script src>` that
assigns `window.SEARCH_INDEX`. Its JSON is escaped so that no spec text can end the script.
"""

from __future__ import annotations

import json
from typing import Any

from generator import ir
from generator.docs.markdown import plain_text, slug
from generator.docs.site import SiteMap
from generator.python.guides import Guide
from generator.python.method_docs import STATUS_ERRORS

GLOBAL_NAME = "SEARCH_INDEX"
_JS_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})
ERRORS_PAGE = "guides/errors.html#status-codes"
# Exceptions that no status selects, with what raises them.
_OTHER_EXCEPTIONS = {
    "APIError": "the base of every exception the SDK raises",
    "APIStatusError": "any error status; the base of the status errors (status_code, body, problem)",
    "APIConnectionError": "the server could not be reached",
    "APITimeoutError": "the server did not answer in time",
    "RequestValidationError": "an argument does not fit the spec; nothing was sent",
    "APIResponseValidationError": "a response does not fit the spec (strict_response_validation=True)",
}


GuideSections = list[tuple[Guide, tuple[tuple[str, str], ...]]]  # a guide and its (heading id, text) pairs


def search_entries(api: ir.Api, site: SiteMap, guides: GuideSections | None = None) -> list[dict[str, str]]:
    """One entry per operation, type, field, exception class, scope and guide section:
    kind, title, subtitle, keywords, text, url."""
    entries = []
    statuses: dict[str, set[str]] = {}  # status -> the operations that document it
    for resource in api.resources:
        for op in resource.operations:
            codes = [r.status for r in op.responses]
            for code in codes:
                statuses.setdefault("5xx" if code.startswith("5") else code, set()).add(op.operation_id)
            entries.append(_entry(
                "operation", f"{resource.py_name}.{op.py_name}", f"{op.method.upper()} {op.path}",
                f"{op.operation_id if op.operation_id_in_spec else ''} {op.summary or ''} {' '.join(codes)}", op.description or op.summary, site.operation_url(resource, op),
            ))  # fmt: skip
    for hook in api.webhooks:
        entries.append(_entry("webhook", hook.summary or hook.path, f"webhook {hook.path}", f"{hook.path} {hook.operation_id if hook.operation_id_in_spec else ''}", hook.description, site.webhook_url(hook)))
    for named in api.types:
        url = site.type_url(named.id)
        values = " ".join(str(v.value) for v in named.values) if isinstance(named, ir.Enum) else ""
        entries.append(_entry(named.kind, named.py_name, named.name if named.name != named.py_name else "", f"{named.name} {named.title or ''} {values}", named.description, url))
        for f in getattr(named, "fields", ()):
            entries.append(_entry("field", f"{named.py_name}.{f.py_name}", f.wire_name, f.wire_name, f.description, f"{url}#{site.field_anchor(f)}"))
    for status, exception in [*STATUS_ERRORS.items(), ("5xx", "InternalServerError")]:
        documented = len(statuses.get(status, ()))
        text = f"Raised when the server answers {status}" + (f"; {documented} operation{'s' if documented != 1 else ''} document it." if documented else ".")
        entries.append(_entry("exception", exception, f"status {status}", status, text, ERRORS_PAGE))
    for exception, text in _OTHER_EXCEPTIONS.items():
        entries.append(_entry("exception", exception, "", "", text, "guides/errors.html"))
    scopes: dict[str, int] = {}
    for op in api.operations:
        for scope in dict.fromkeys(s for r in op.security for use in r.schemes for s in use.scopes):
            scopes[scope] = scopes.get(scope, 0) + 1
    for scope, count in sorted(scopes.items()):
        entries.append(_entry("scope", scope, f"{count} operation{'s' if count != 1 else ''}", "scope", None, f"index.html#scope-{slug(scope)}"))
    for guide, headings in guides or []:
        url = f"guides/{guide.slug}.html"
        entries.append(_entry("guide", guide.title, "guide", guide.slug.replace("-", " "), guide.body[:200], url))
        for heading_id, text in headings:
            entries.append(_entry("guide", text, guide.title, "", None, f"{url}#{heading_id}"))
    return entries


def _entry(kind: str, title: str, subtitle: str, keywords: str, text: str | None, url: str) -> dict[str, str]:
    return {"k": kind, "t": title, "s": subtitle, "w": " ".join(keywords.split()), "d": plain_text(text), "u": url}


def search_index_js(entries: list[dict[str, str]]) -> str:
    """`window.SEARCH_INDEX = [...];` with `<`, `>`, `&` and line separators escaped."""
    return f"window.{GLOBAL_NAME} = {script_json(entries)};\n"


def script_json(data: Any) -> str:
    """JSON that is also safe inside a `<script>` element and a JavaScript source file."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_JS_ESCAPES)
