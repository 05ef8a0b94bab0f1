"""Path and query parameters, checked on the URL that reaches the transport."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pytest

from .helpers import Server

UNSAFE_PATHS = [
    ("../../x", b"/projects/..%2F..%2Fx"),
    ("a/b", b"/projects/a%2Fb"),
    ("..", b"/projects/%2E%2E"),
    (".", b"/projects/%2E"),
    ("...", b"/projects/..."),
    ("with space", b"/projects/with%20space"),
    ("caf\u00e9 \u20ac", b"/projects/caf%C3%A9%20%E2%82%AC"),
    ("q?x=1#frag", b"/projects/q%3Fx%3D1%23frag"),
    ("100%", b"/projects/100%25"),
    ("urn:dev:imei:350266800610993", b"/projects/urn%3Adev%3Aimei%3A350266800610993"),
    ("a+b&c", b"/projects/a%2Bb%26c"),
]


@pytest.mark.parametrize(("value", "raw_path"), UNSAFE_PATHS)
def test_path_values_cannot_change_the_path(
    make_client: Callable[..., Any], value: str, raw_path: bytes
) -> None:
    server = Server(httpx.Response(204))
    make_client(server).projects.delete(value)
    assert server.last.url.raw_path == raw_path


def test_path_value_stays_one_segment_under_a_prefix(
    make_client: Callable[..., Any],
) -> None:
    server = Server(httpx.Response(204))
    make_client(server, base_url="https://h.test/api").projects.delete("../..")
    assert server.last.url.raw_path == b"/api/projects/..%2F.."


def test_uuid_path_value(make_client: Callable[..., Any]) -> None:
    server = Server(httpx.Response(204))
    make_client(server).projects.delete(UUID(int=7))
    assert server.last.url.path == "/projects/00000000-0000-0000-0000-000000000007"


def test_empty_path_value_is_rejected(make_client: Callable[..., Any]) -> None:
    server = Server(httpx.Response(204))
    with pytest.raises(ValueError, match="'projectId' must not be empty"):
        make_client(server).projects.delete("")
    assert server.requests == []


def test_query_encoding(make_client: Callable[..., Any], sdk: ModuleType) -> None:
    server = Server(httpx.Response(200, json={"items": []}))
    pager = make_client(server).projects.search(
        limit=5,
        q="a&b=c +d",
        type=sdk.ProjectType.CUSTOM,
        archived=False,
        client_id=UUID(int=1),
        created_before=datetime(
            2025, 5, 1, 12, 30, tzinfo=timezone(timedelta(hours=2))
        ),
        embed=["device", "deviceGroup"],
    )
    list(pager)
    params = server.last.url.params
    assert params.multi_items() == [
        ("limit", "5"),
        ("q", "a&b=c +d"),
        ("type", "CUSTOM"),
        ("archived", "false"),
        ("clientId", "00000000-0000-0000-0000-000000000001"),
        ("createdBefore", "2025-05-01T12:30:00+02:00"),
        ("embed", "device"),
        ("embed", "deviceGroup"),
    ]
    assert b"embed=device&embed=deviceGroup" in server.last.url.query
    assert b"createdBefore=2025-05-01T12%3A30%3A00%2B02%3A00" in server.last.url.query


def test_none_values_are_left_out(make_client: Callable[..., Any]) -> None:
    server = Server(httpx.Response(200, json={"items": []}))
    list(make_client(server).projects.search())
    assert server.last.url.query == b""


def test_true_and_unknown_enum_values(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(httpx.Response(200, json={"items": []}))
    list(
        make_client(server).projects.search(
            archived=True, type=sdk.ProjectType("NEWER")
        )
    )
    assert server.last.url.params.multi_items() == [
        ("type", "NEWER"),
        ("archived", "true"),
    ]


def test_unsupported_query_value_type(sdk: ModuleType) -> None:
    encoding = sdk._encoding
    with pytest.raises(TypeError, match="cannot send a dict"):
        encoding.query_params({"filter": {"a": {"nested": 1}}})  # objects: one level
    assert encoding.format_value(date(2025, 1, 2)) == "2025-01-02"
    assert encoding.format_value(1.5) == "1.5"


def test_header_values(sdk: ModuleType) -> None:
    values = sdk._encoding.header_values(
        {"X-Ids": [1, 2], "X-Flag": True, "X-None": None, "X-Empty": []}
    )
    assert values == {"X-Ids": "1,2", "X-Flag": "true"}
