"""What one API call sends: URL, query, headers, JSON body, timeout and retries."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias, TypedDict

import httpx
import pydantic

from ._encoding import expand_path, header_values, query_params
from ._errors import RequestValidationError
from ._models import to_request_json
from ._types import NOT_GIVEN, NotGiven

RequestTimeout: TypeAlias = float | httpx.Timeout | None
"""Seconds, an `httpx.Timeout`, or None for no timeout."""


@dataclass(frozen=True)
class Call:
    """A request before auth: everything the caller decided about it."""

    method: str
    url: httpx.URL
    params: tuple[tuple[str, str], ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    extra_headers: Mapping[str, str] = field(default_factory=dict)
    body: object = NOT_GIVEN
    timeout: RequestTimeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN

    def following(self, url: httpx.URL) -> Call:
        """The same call at a next link, which already holds its whole query."""
        return dataclasses.replace(self, url=url, params=())


class CallArgs(TypedDict, total=False):
    """The keyword arguments of the clients' ``request``, ``request_exists`` and
    ``paginate``: what a resource method passes on."""

    path_params: Mapping[str, object]
    query: Mapping[str, object]
    headers: Mapping[str, object]
    json: object
    body_type: Any
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    timeout: RequestTimeout | NotGiven
    max_retries: int | NotGiven


def make_call(
    method: str,
    base_url: httpx.URL,
    path: str,
    *,
    path_params: Mapping[str, object] | None = None,
    query: Mapping[str, object] | None = None,
    headers: Mapping[str, object] | None = None,
    json: object = NOT_GIVEN,
    body_type: Any = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, object] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: RequestTimeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Call:
    """The `Call` for a resource method's arguments and per-call options.

    `path` has ``{wireName}`` placeholders filled from `path_params`; `NOT_GIVEN`
    (and None) values in `query` and `headers` are left out; `json` (a model, or a
    dict validated as `body_type`) is sent without unset and readOnly fields.
    `extra_query` replaces same-named query parameters, `extra_body` adds to (and
    replaces members of) the JSON object body; `extra_headers` are applied last.
    """
    if isinstance(max_retries, int) and max_retries < 0:
        raise ValueError("max_retries must not be negative")
    url = httpx.URL(str(base_url).rstrip("/") + expand_path(path, path_params or {}))
    params = query_params(query or {})
    if extra_query:
        params = tuple(p for p in params if p[0] not in extra_query)
        params += query_params(extra_query)
    return Call(
        method,
        url,
        params=params,
        headers=header_values(headers or {}),
        extra_headers=dict(extra_headers or {}),
        body=_body(json, body_type, extra_body),
        timeout=timeout,
        max_retries=max_retries,
    )


def _body(json: object, body_type: Any, extra_body: Mapping[str, object] | None) -> object:
    body: object = NOT_GIVEN
    if json is not None and not isinstance(json, NotGiven):
        try:
            body = to_request_json(json, body_type)
        except pydantic.ValidationError as exc:
            error = RequestValidationError.of(exc, json, where=("body",), show_input=False)
            raise error from None
    if not extra_body:
        return body
    if isinstance(body, NotGiven):
        return dict(extra_body)
    if isinstance(body, dict):
        return {**body, **extra_body}
    raise RequestValidationError(
        "Invalid request, nothing was sent: extra_body needs a JSON object body",
        errors=[],
    )
