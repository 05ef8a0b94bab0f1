"""The client-side search index: operations, types and fields, as a script that sets a global.

Browsers refuse `fetch()` of a JSON file from file://, so the index is a `<script src>` that
assigns `window.SEARCH_INDEX`. Its JSON is escaped so that no spec text can end the script.
"""

from __future__ import annotations

import json
from typing import Any

from generator import ir
from generator.docs.markdown import plain_text
from generator.docs.site import SiteMap

GLOBAL_NAME = "SEARCH_INDEX"
_JS_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def search_entries(api: ir.Api, site: SiteMap) -> list[dict[str, str]]:
    """One entry per operation, type and field: kind, title, subtitle, keywords, text, url."""
    entries = []
    for resource in api.resources:
        for op in resource.operations:
            entries.append(_entry(
                "operation", f"{resource.py_name}.{op.py_name}", f"{op.method.upper()} {op.path}",
                f"{op.operation_id} {op.summary or ''}", op.description or op.summary, site.operation_url(resource, op),
            ))  # fmt: skip
    for named in api.types:
        url = site.type_url(named.id)
        values = " ".join(str(v.value) for v in named.values) if isinstance(named, ir.Enum) else ""
        entries.append(_entry(named.kind, named.py_name, named.name if named.name != named.py_name else "", f"{named.name} {named.title or ''} {values}", named.description, url))
        for f in getattr(named, "fields", ()):
            entries.append(_entry("field", f"{named.py_name}.{f.py_name}", f.wire_name, f.wire_name, f.description, f"{url}#{site.field_anchor(f)}"))
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
