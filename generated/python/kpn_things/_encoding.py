"""Encode path and query parameters the way the API expects them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from enum import Enum
from urllib.parse import quote
from uuid import UUID

from ._types import NotGiven

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_DOT_SEGMENTS = {".": "%2E", "..": "%2E%2E"}


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
    raise TypeError(f"cannot send a {type(value).__name__} as a URL parameter")


def expand_path(template: str, params: Mapping[str, object]) -> str:
    """Fill ``{name}`` placeholders with percent-encoded values.

    Nothing is left unencoded (``/`` becomes ``%2F``) and a value of ``.`` or ``..``
    is encoded too, so no value can change which path is requested.
    """

    def substitute(match: re.Match[str]) -> str:
        name = match[1]
        if name not in params:
            raise ValueError(f"missing path parameter {name!r}")
        text = format_value(params[name])
        if not text:
            raise ValueError(f"path parameter {name!r} must not be empty")
        return quote(text, safe="")

    path = _PLACEHOLDER.sub(substitute, template)
    return "/".join(_DOT_SEGMENTS.get(part, part) for part in path.split("/"))


def _values(value: object) -> list[str]:
    values = value if isinstance(value, (list, tuple)) else [value]
    return [format_value(v) for v in values if v is not None and not isinstance(v, NotGiven)]


def query_params(query: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """Form-style, exploded query parameters; `NOT_GIVEN` and None are left out."""
    return tuple((name, text) for name, value in query.items() for text in _values(value))


def header_values(headers: Mapping[str, object]) -> dict[str, str]:
    """Header parameters, simple style (a list is comma-separated); `NOT_GIVEN` and
    None are left out."""
    return {name: ",".join(texts) for name, value in headers.items() if (texts := _values(value))}
