"""What a spec implies without saying it: open sets of strings and paginated lists.

- A string whose description says "Known values include: A, B and C" (and has no `enum`) is an
  open set: the values are offered, unknown ones from a newer server are accepted.
- A GET whose 2xx JSON response is an object with an array of items is a page when the next
  page can be requested: a link or cursor to it in the response (`next`, `next_cursor`, ...),
  or an offset or page-number query parameter (`offset`+`limit`, `page`+`per_page`); the
  operation's method iterates over every item. Other methods only when the SDK config says so
  (`configure_pagination`): paging never changes a request's method or drops its body.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from generator import ir
from generator.config import did_you_mean
from generator.diagnostics import Reporter, join_pointer
from generator.ir.api import PagingStyle

PAGE_ITEM_FIELDS = ("items", "data", "results", "entries", "records", "values")
PAGE_NEXT_FIELDS = ("next", "nextLink", "next_link", "next_url", "nextUrl", "next_page_url", "nextPageUrl")
PAGE_CURSOR_FIELDS = ("next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next_token", "nextToken", "next_marker", "cursor")
PAGE_PREV_FIELDS = ("prev", "previous", "prevLink", "prev_url", "previous_page_url")
PAGE_TOTAL_FIELDS = ("total", "total_count", "totalCount", "total_results", "totalResults")
CURSOR_PARAMS = ("cursor", "after", "starting_after", "page_token", "pageToken", "next_token", "nextToken", "marker")
OFFSET_PARAMS = ("offset", "skip", "start")
LIMIT_PARAMS = ("limit", "per_page", "perPage", "page_size", "pageSize", "size")
PAGE_PARAMS = ("page", "page_number", "pageNumber")
URL_FORMATS = frozenset({"uri", "uri-reference", "iri", "iri-reference", "url"})
# The keys of a `pagination` entry of the SDK config that name response fields / query parameters.
FIELD_KEYS = ("items", "next", "prev", "total")
PARAM_KEYS = ("cursor_param", "offset_param", "limit_param", "page_param")
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


def detect_pagination(operation: ir.Operation, declarations: Mapping[str, ir.NamedType], any_method: bool = False) -> ir.Pagination | None:
    """The page shape of a GET (any method with `any_method`), or None when it is not one."""
    if operation.method != "get" and not any_method:
        return None
    page = _page_model(operation, declarations)
    if page is None:
        return None
    page_type, model = page
    fields = {f.wire_name: f for f in model.fields}
    items = _items_field(fields)
    if items is None or items.type.items is None:
        return None
    query = {p.wire_name: p for p in operation.parameters if p.location == "query"}
    shape = ir.Pagination(
        page=page_type,
        item=items.type.items,
        items_field=items.wire_name,
        prev_field=next((n for n in PAGE_PREV_FIELDS if n in fields), None),
    )
    return _next_shape(shape, fields, query) or _counted_shape(shape, fields, query)


def _page_model(operation: ir.Operation, declarations: Mapping[str, ir.NamedType]) -> tuple[ir.TypeRef, ir.Model] | None:
    """The first 2xx JSON response's type and the model it is, or None."""
    success = next((r for r in operation.responses if r.status.startswith("2")), None)
    media = next((c for c in success.contents if c.is_json), None) if success else None
    model = ir.model_of(media.type, declarations) if media and media.type else None
    return (media.type, model) if media and media.type and model else None


def _items_field(fields: dict[str, ir.Field]) -> ir.Field | None:
    return next((fields[n] for n in PAGE_ITEM_FIELDS if n in fields and fields[n].type.kind == "array"), None)


def _next_shape(shape: ir.Pagination, fields: dict[str, ir.Field], query: dict[str, ir.Parameter]) -> ir.Pagination | None:
    """A page that says where the next one is: a link (`format: uri`, or no cursor parameter
    to send it in), a cursor (a field named so, with a cursor parameter), or either."""
    strings = {name for name, f in fields.items() if f.type.kind == "string"}
    next_field = next((n for n in (*PAGE_NEXT_FIELDS, *PAGE_CURSOR_FIELDS) if n in strings), None)
    if next_field is None:
        return None
    cursor_param = next((c for c in CURSOR_PARAMS if c in query), None)
    style: PagingStyle
    if fields[next_field].type.format in URL_FORMATS or cursor_param is None:
        style = "link"
    else:
        style = "cursor" if next_field in PAGE_CURSOR_FIELDS else "link_or_cursor"
    if style == "link" and next_field in PAGE_CURSOR_FIELDS:
        return None  # a cursor with no parameter to send it in: the next page cannot be asked for
    return dataclasses.replace(shape, next_field=next_field, cursor_param=cursor_param, style=style)


def _counted_shape(shape: ir.Pagination, fields: dict[str, ir.Field], query: dict[str, ir.Parameter]) -> ir.Pagination | None:
    """A page requested by position: an integer offset or page-number query parameter."""
    integers = {name: p for name, p in query.items() if p.type.kind == "integer"}
    offset = next((n for n in OFFSET_PARAMS if n in integers), None)
    page = next((n for n in PAGE_PARAMS if n in integers), None)
    if offset is None and page is None:
        return None
    total = next((n for n in PAGE_TOTAL_FIELDS if n in fields and fields[n].type.kind == "integer"), None)
    limit = next((n for n in LIMIT_PARAMS if n in integers), None)
    if offset is not None:
        return dataclasses.replace(shape, style="offset", offset_param=offset, limit_param=limit, total_field=total)
    first_page = _first_page(integers[page]) if page is not None else 1
    return dataclasses.replace(shape, style="page", page_param=page, limit_param=limit, total_field=total, first_page=first_page)


def _first_page(parameter: ir.Parameter) -> int:
    """The number of the first page: the parameter's default, else its minimum, else 1."""
    for value in (parameter.default if parameter.has_default else None, parameter.type.constraints.minimum):
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value == int(value):
            return int(value)
    return 1


# -- the SDK config's `pagination` --------------------------------------------------------------


def configure_pagination(api: ir.Api, settings: Mapping[str, Any], config_file: str, reporter: Reporter) -> ir.Api:
    """`api` with the config's `pagination` entries applied, by operationId: `false` (never
    paged), `true` (paged as detected, whatever the method) or a mapping naming the shape.
    Entries that cannot apply are errors located in the config."""
    if not settings:
        return api
    declarations = {named.id: named for named in api.types}
    ids = sorted({op.operation_id for op in api.operations})
    for key in sorted(settings):
        if key not in ids:
            reporter.error(config_file, join_pointer("/pagination", key), f"no operation has the operationId {key!r}{did_you_mean(key, ids)}")

    def configured(op: ir.Operation) -> ir.Operation:
        if op.operation_id not in settings:
            return op
        at = _ConfigPlace(config_file, join_pointer("/pagination", op.operation_id), reporter, f"operation {op.method.upper()} {op.path}")
        return dataclasses.replace(op, pagination=_configured_shape(op, settings[op.operation_id], declarations, at))

    resources = tuple(dataclasses.replace(r, operations=tuple(configured(op) for op in r.operations)) for r in api.resources)
    return dataclasses.replace(api, resources=resources)


@dataclasses.dataclass(frozen=True)
class _ConfigPlace:
    """Where in the config one `pagination` entry is, for its errors."""

    file: str
    pointer: str
    reporter: Reporter
    subject: str

    def error(self, message: str, *keys: str) -> None:
        self.reporter.error(self.file, join_pointer(self.pointer, *keys), f"{self.subject}: {message}")


def _configured_shape(op: ir.Operation, setting: Any, declarations: Mapping[str, ir.NamedType], at: _ConfigPlace) -> ir.Pagination | None:
    """The pagination one config entry gives an operation (None: not paged, or an error)."""
    if setting is False:
        return None
    if setting is True:
        detected = detect_pagination(op, declarations, any_method=True)
        if detected is None:
            at.error("no page shape found in its response; name it (items, and next, offset_param or page_param)")
        return dataclasses.replace(detected, configured=True) if detected else None
    page = _page_model(op, declarations)
    if page is None:
        at.error("its 2xx response is not a JSON object, so it cannot be read as pages")
        return None
    page_type, model = page
    fields = {f.wire_name: f for f in model.fields}
    query = {p.wire_name: p for p in op.parameters if p.location == "query"}
    if not _names_exist(setting, fields, query, model, at):
        return None
    items = fields[setting["items"]] if "items" in setting else _items_field(fields)
    if items is None or items.type.kind != "array" or items.type.items is None:
        if "items" in setting:
            at.error(f"its response field {setting['items']!r} is not an array", "items")
        else:
            at.error(f"no field of its response ({model.name}) is known to hold the items; name it as items")
        return None
    ways = [key for key in ("next", "offset_param", "page_param") if key in setting]
    if len(ways) != 1:
        at.error(f"name exactly one of next, offset_param and page_param (the way to the next page), not {', '.join(ways) or 'none'}")
        return None
    if "cursor_param" in setting and "next" not in setting:
        at.error("cursor_param goes with next (the field whose value it sends)", "cursor_param")
        return None
    style: PagingStyle = "offset" if "offset_param" in setting else "page" if "page_param" in setting else "cursor" if "cursor_param" in setting else "link"
    page_param = setting.get("page_param")
    first_page = setting.get("first_page", _first_page(query[page_param]) if page_param else 1)
    return ir.Pagination(
        page=page_type,
        item=items.type.items,
        items_field=items.wire_name,
        next_field=setting.get("next"),
        prev_field=setting.get("prev"),
        cursor_param=setting.get("cursor_param"),
        style=style,
        offset_param=setting.get("offset_param"),
        limit_param=setting.get("limit_param"),
        page_param=page_param,
        first_page=first_page,
        total_field=setting.get("total"),
        configured=True,
    )


def _names_exist(setting: Mapping[str, Any], fields: dict[str, ir.Field], query: dict[str, ir.Parameter], model: ir.Model, at: _ConfigPlace) -> bool:
    """Every field and query parameter the entry names is in the response / the operation."""
    ok = True
    for key in FIELD_KEYS:
        if key in setting and setting[key] not in fields:
            at.error(f"its response ({model.name}) has no field {setting[key]!r}{did_you_mean(setting[key], fields)}", key)
            ok = False
    for key in PARAM_KEYS:
        if key in setting and setting[key] not in query:
            at.error(f"it has no query parameter {setting[key]!r}{did_you_mean(setting[key], query)}", key)
            ok = False
    return ok
