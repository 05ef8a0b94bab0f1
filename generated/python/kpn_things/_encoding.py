"""Encode path, query, header and cookie parameters as the spec's ``style`` says.

Arrays are lists or tuples; objects are mappings or models (by wire name). The
encodings are those of the OpenAPI style table (RFC 6570 for path, form and simple).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from urllib.parse import quote
from uuid import UUID

from ._models import BaseModel, to_request_json
from ._types import NotGiven

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_DOT_SEGMENTS = {".": "%2E", "..": "%2E%2E"}
_PERCENT_TRIPLE = re.compile(r"(%[0-9A-Fa-f]{2})")
# allowReserved keeps these as they are; `#`, `&` and `+` would end the query, split
# it or read as a space, so they stay encoded.
_RESERVED_KEPT = ":/?[]@!$'()*,;="
_DELIMITERS = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "%7C"}

Members = list[tuple[str, str]]
_PLAIN = (str, int, float, UUID)  # sent as `str()` gives them when of exactly these types


@dataclass(frozen=True)
class Style:
    """How one parameter is serialized: the spec's ``style``, ``explode`` and
    ``allowReserved``; `json`: sent as JSON text (``content: application/json``)."""

    style: str
    explode: bool
    allow_reserved: bool = False
    json: bool = False


PATH_STYLE = Style("simple", explode=False)
QUERY_STYLE = Style("form", explode=True)
HEADER_STYLE = Style("simple", explode=False)
COOKIE_STYLE = Style("form", explode=True)


def format_value(value: object) -> str:
    """A parameter value as text: enums by value, booleans as ``true``/``false``,
    dates and datetimes in ISO 8601."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float, UUID)):
        return str(value)
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    raise TypeError(f"cannot send a {type(value).__name__} as a parameter value")


def _given(value: object) -> bool:
    return value is not None and not isinstance(value, NotGiven)


def _shape(value: object, style: Style) -> str | list[str] | Members | None:
    """`value` as text, as an array's items or as an object's members; None when it
    is absent (`NOT_GIVEN`, None, an empty array or object)."""
    if not _given(value):
        return None
    if style.json:
        return json.dumps(to_request_json(value), separators=(",", ":"))
    if type(value) in _PLAIN:
        return str(value)
    if isinstance(value, BaseModel):
        value = to_request_json(value)
    if isinstance(value, Mapping):
        members = [(str(k), format_value(v)) for k, v in value.items() if _given(v)]
        return members or None
    if isinstance(value, (list, tuple)):
        return [format_value(item) for item in value if _given(item)] or None
    return format_value(value)


def escape(text: str, allow_reserved: bool = False) -> str:
    """Percent-encode everything but unreserved characters; with `allow_reserved`,
    reserved characters and percent-encoded triples pass unchanged too."""
    if not allow_reserved:
        return quote(text, safe="")
    return "".join(
        part if _PERCENT_TRIPLE.fullmatch(part) else quote(part, safe=_RESERVED_KEPT)
        for part in _PERCENT_TRIPLE.split(text)
    )


def _flat(shaped: list[str] | Members) -> list[str]:
    """Items as they are; members as ``key, value, key, value ...``."""
    return [p for m in shaped for p in ((m,) if isinstance(m, str) else m)]


def _path_value(name: str, value: object, style: Style) -> str:
    """A path parameter in simple, label or matrix style (RFC 6570)."""
    shaped = _shape(value, style)
    if shaped is None:
        raise ValueError(f"missing path parameter {name!r}")
    if isinstance(shaped, str):
        text = escape(shaped)
        if style.style == "matrix":
            return f";{name}={text}" if text else f";{name}"
        return ("." if style.style == "label" else "") + text
    if not style.explode:
        joined = ",".join(escape(p) for p in _flat(shaped))
        return {"matrix": f";{name}={joined}", "label": f".{joined}"}.get(style.style, joined)
    if isinstance(shaped[0], str):
        named = style.style == "matrix"
        parts = [f"{name}={escape(p)}" if named else escape(p) for p in _flat(shaped)]
    else:
        parts = [f"{escape(k)}={escape(v)}" for k, v in _members(shaped)]
    separator = {"matrix": ";", "label": "."}.get(style.style)
    return "".join(separator + p for p in parts) if separator else ",".join(parts)


def expand_path(
    template: str,
    params: Mapping[str, object],
    styles: Mapping[str, Style] | None = None,
) -> str:
    """Fill ``{name}`` placeholders with percent-encoded values, in each one's style.

    Nothing in a value is left unencoded (``/`` becomes ``%2F``) and a value of ``.``
    or ``..`` is encoded too, so no value can change which path is requested.
    """

    def substitute(match: re.Match[str]) -> str:
        name = match[1]
        if name not in params:
            raise ValueError(f"missing path parameter {name!r}")
        text = _path_value(name, params[name], (styles or {}).get(name, PATH_STYLE))
        if not text:
            raise ValueError(f"path parameter {name!r} must not be empty")
        return text

    path = _PLACEHOLDER.sub(substitute, template)
    return "/".join(_DOT_SEGMENTS.get(part, part) for part in path.split("/"))


def _query_pairs(name: str, value: object, style: Style) -> list[tuple[str, str]]:
    shaped = _shape(value, style)
    if shaped is None:
        return []

    def esc(text: str) -> str:
        return escape(text, style.allow_reserved)

    key = escape(name)
    if isinstance(shaped, str):
        return [(key, esc(shaped))]
    objects = not isinstance(shaped[0], str)
    if style.style == "deepObject" and objects:
        return [(escape(f"{name}[{k}]"), esc(v)) for k, v in _members(shaped)]
    if style.style in ("form", "deepObject") and style.explode:
        if objects:
            return [(escape(k), esc(v)) for k, v in _members(shaped)]
        return [(key, esc(item)) for item in _flat(shaped)]
    delimiter = _DELIMITERS.get(style.style, ",")
    return [(key, delimiter.join(esc(p) for p in _flat(shaped)))]


def _members(shaped: list[str] | Members) -> Members:
    return [m for m in shaped if not isinstance(m, str)]


def query_params(
    query: Mapping[str, object], styles: Mapping[str, Style] | None = None
) -> tuple[tuple[str, str], ...]:
    """Query parameters as percent-encoded ``(name, value)`` pairs, each in its style
    (default: form, exploded); `NOT_GIVEN` and None are left out."""
    return tuple(
        pair
        for name, value in query.items()
        for pair in _query_pairs(name, value, (styles or {}).get(name, QUERY_STYLE))
    )


def _simple(shaped: str | list[str] | Members, style: Style) -> list[str]:
    """The parts of a simple-style value, comma-separated by the caller."""
    if isinstance(shaped, str):
        return [shaped]
    if style.explode:
        return [p if isinstance(p, str) else f"{p[0]}={p[1]}" for p in shaped]
    return _flat(shaped)


def header_values(
    headers: Mapping[str, object], styles: Mapping[str, Style] | None = None
) -> dict[str, str]:
    """Header parameters, simple style (an array or object comma-separated);
    `NOT_GIVEN` and None are left out."""
    values = {}
    for name, value in headers.items():
        style = (styles or {}).get(name, HEADER_STYLE)
        shaped = _shape(value, style)
        if shaped is not None:
            values[name] = ",".join(_simple(shaped, style))
    return values


def cookie_pairs(
    cookies: Mapping[str, object], styles: Mapping[str, Style] | None = None
) -> tuple[str, ...]:
    """Cookie parameters as ``name=value`` texts (form style, values percent-encoded;
    exploded arrays and objects give one pair per item or member)."""
    pairs: list[str] = []
    for name, value in cookies.items():
        style = (styles or {}).get(name, COOKIE_STYLE)
        shaped = _shape(value, style)
        if shaped is None:
            continue
        if isinstance(shaped, str):
            pairs.append(f"{name}={escape(shaped)}")
        elif style.explode and isinstance(shaped[0], str):
            pairs += [f"{name}={escape(item)}" for item in _flat(shaped)]
        elif style.explode:
            pairs += [f"{escape(k)}={escape(v)}" for k, v in _members(shaped)]
        else:
            pairs.append(f"{name}=" + ",".join(escape(p) for p in _flat(shaped)))
    return tuple(pairs)
