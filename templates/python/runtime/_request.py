"""What one API call sends: URL, query, headers, body, timeout and retries."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias, TypedDict

import httpx

from ._bodies import BodyFormat, EncodedBody, encode_body
from ._encoding import Style, cookie_pairs, expand_path, header_values, query_params
from ._types import NOT_GIVEN, NotGiven

RequestTimeout: TypeAlias = float | httpx.Timeout | None
"""Seconds, an `httpx.Timeout`, or None for no timeout."""


@dataclass(frozen=True)
class Call:
    """A request before auth: everything the caller decided about it."""

    method: str
    url: httpx.URL  # with the whole query, percent-encoded
    headers: Mapping[str, str] = field(default_factory=dict)
    cookies: tuple[str, ...] = ()  # ``name=value``, encoded
    security: tuple[tuple[str, ...], ...] | None = None  # None: the client's default
    extra_headers: Mapping[str, str] = field(default_factory=dict)
    body: EncodedBody | None = None
    timeout: RequestTimeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN

    def following(self, url: httpx.URL) -> Call:
        """The same call at a next link, which already holds its whole query."""
        return dataclasses.replace(self, url=url)


class CallArgs(TypedDict, total=False):
    """The keyword arguments of the clients' ``request``, ``request_exists`` and
    ``paginate``: what a resource method passes on."""

    path_params: Mapping[str, object]
    query: Mapping[str, object]
    headers: Mapping[str, object]
    cookies: Mapping[str, object]
    styles: Mapping[str, Mapping[str, Style]]
    security: Sequence[Sequence[str]]
    json: object
    body_type: Any
    content: object
    content_type: str | NotGiven
    body_formats: Mapping[str, BodyFormat]
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
    cookies: Mapping[str, object] | None = None,
    styles: Mapping[str, Mapping[str, Style]] | None = None,
    security: Sequence[Sequence[str]] | None = None,
    json: object = NOT_GIVEN,
    body_type: Any = None,
    content: object = NOT_GIVEN,
    content_type: str | NotGiven = NOT_GIVEN,
    body_formats: Mapping[str, BodyFormat] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, object] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: RequestTimeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Call:
    """The `Call` for a resource method's arguments and per-call options.

    `path` has ``{wireName}`` placeholders filled from `path_params`; `NOT_GIVEN`
    (and None) values in `query`, `headers` and `cookies` are left out; `styles`
    says, by location (``path``, ``query``, ``header``, ``cookie``) and wire name, how
    a parameter is serialized where it is not its location's default; `security`
    lists the alternatives of scheme names the call may use (default: the
    client's); `json` (a model, or a dict validated as `body_type`) is sent without
    unset and readOnly fields.
    Other bodies: `content` sent as `content_type` (default: the first of
    `body_formats`, each media type the method can send and how; see `_bodies`).
    `extra_query` replaces same-named query parameters, `extra_body` adds to (and
    replaces members of) an object body; `extra_headers` are applied last. A body
    that cannot be sent twice (an iterator) is not retried.
    """
    if isinstance(max_retries, int) and max_retries < 0:
        raise ValueError("max_retries must not be negative")
    styles = styles or {}
    extra_query = extra_query or {}
    query = {k: v for k, v in (query or {}).items() if k not in extra_query}
    pairs = query_params(query, styles.get("query")) + query_params(extra_query)
    url = str(base_url).rstrip("/") + expand_path(path, path_params or {}, styles.get("path"))
    if pairs:  # already encoded: the URL is parsed once, with its query
        url += "?" + "&".join(f"{name}={value}" for name, value in pairs)
    if body_formats is None:
        content, body_formats = json, {"application/json": BodyFormat("json", body_type)}
    body = encode_body(content, content_type, body_formats, extra_body)
    return Call(
        method,
        httpx.URL(url),
        headers=header_values(headers or {}, styles.get("header")),
        cookies=cookie_pairs(cookies or {}, styles.get("cookie")),
        security=None if security is None else tuple(map(tuple, security)),
        extra_headers=dict(extra_headers or {}),
        body=body,
        timeout=timeout,
        max_retries=0 if body is not None and not body.replayable else max_retries,
    )


def with_query(url: httpx.URL, pairs: Sequence[tuple[str, str]]) -> httpx.URL:
    """`url` with percent-encoded `pairs` added to its query, sent as they are; they
    replace same-named pairs already there (a next link that repeats an API key)."""
    if not pairs:
        return url
    names = {name for name, _ in pairs}
    kept = [
        part
        for part in url.query.decode("ascii").split("&")
        if part and part.partition("=")[0] not in names
    ]
    query = "&".join([*kept, *(f"{name}={value}" for name, value in pairs)])
    return url.copy_with(query=query.encode("ascii"))
