"""What a spec implies without saying it: open sets of strings and paginated lists.

- A string whose description says "Known values include: A, B and C" (and has no `enum`) is an
  open set: the values are offered, unknown ones from a newer server are accepted.
- A 2xx JSON response that is an object with an array of items and a link to the next page
  is a page; the operation's method iterates over every item.
"""

from __future__ import annotations

import re

from generator import ir

PAGE_ITEM_FIELDS = ("items", "data", "results", "entries", "records")
PAGE_NEXT_FIELDS = ("next", "nextLink", "next_url", "next_page_url")
PAGE_PREV_FIELDS = ("prev", "previous", "prevLink", "prev_url", "previous_page_url")
CURSOR_PARAMS = ("cursor", "after", "starting_after", "page_token", "pageToken")
_KNOWN_VALUES = re.compile(r"Known values (?:include|are)\s*:?\s*(.+)", re.IGNORECASE | re.DOTALL)
_KNOWN_VALUE_TOKEN = re.compile(r"[A-Za-z0-9_.:+-]+")


def known_values(description: str | None) -> tuple[str, ...]:
    """Values listed as "Known values include: A, B and C" in a description, or ()."""
    match = _KNOWN_VALUES.search(description or "")
    if not match:
        return ()
    text = re.split(r"\.\s|\.$|\n", match.group(1).strip())[0]
    tokens = [t.strip().strip("`'\"") for t in re.split(r",|\band\b|\bor\b", text)]
    tokens = [t for t in tokens if t]
    if not tokens or not all(_KNOWN_VALUE_TOKEN.fullmatch(t) for t in tokens):
        return ()
    return tuple(dict.fromkeys(tokens))


def detect_pagination(operation: ir.Operation, declarations: dict[str, ir.NamedType]) -> ir.Pagination | None:
    """A 2xx JSON response that is a page: an array of items plus a link to the next page."""
    success = next((r for r in operation.responses if r.status.startswith("2")), None)
    media = next((c for c in success.contents if c.is_json), None) if success else None
    model = _model_of(media.type, declarations) if media and media.type else None
    if model is None:
        return None
    fields = {f.wire_name: f for f in model.fields}
    items = next((fields[n] for n in PAGE_ITEM_FIELDS if n in fields and fields[n].type.kind == "array"), None)
    next_field = next((n for n in PAGE_NEXT_FIELDS if n in fields and fields[n].type.kind == "string"), None)
    if items is None or next_field is None or items.type.items is None:
        return None
    prev_field = next((n for n in PAGE_PREV_FIELDS if n in fields), None)
    query = {p.wire_name for p in operation.parameters if p.location == "query"}
    return ir.Pagination(
        page=media.type,  # type: ignore[union-attr]
        item=items.type.items,
        items_field=items.wire_name,
        next_field=next_field,
        prev_field=prev_field,
        cursor_param=next((c for c in CURSOR_PARAMS if c in query), None),
    )

def _model_of(type_ref: ir.TypeRef, declarations: dict[str, ir.NamedType]) -> ir.Model | None:
    seen = set()
    while type_ref.kind == "ref" and type_ref.ref not in seen:
        seen.add(type_ref.ref)
        declared = declarations.get(type_ref.ref or "")
        if isinstance(declared, ir.Model):
            return declared
        if not isinstance(declared, ir.Alias):
            return None
        type_ref = declared.target
    return None
