"""Lazy pagers: next links (relative and absolute), pages, first_page, cursors."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from .helpers import BASE_URL, TOKEN, Server, json_reply, project_json


def page(names: list[str], next: str | None = None, **extra: Any) -> httpx.Response:
    items = [project_json(name=name) for name in names]
    return json_reply(200, {"items": items, "next": next, "prev": None, **extra})


THREE_PAGES = (
    page(["a", "b"], next="/projects?cursor=c2&limit=2"),
    page(["c", "d"], next="?cursor=c3&limit=2"),
    page(["e"]),
)


def test_iterates_all_items_following_relative_links(
    make_client: Callable[..., Any],
) -> None:
    server = Server(*THREE_PAGES)
    names = [p.name for p in make_client(server).projects.search(limit=2, q="x y")]
    assert names == ["a", "b", "c", "d", "e"]
    assert server.requests[0].url.params.multi_items() == [("limit", "2"), ("q", "x y")]
    assert [str(r.url) for r in server.requests[1:]] == [
        f"{BASE_URL}/projects?cursor=c2&limit=2",
        f"{BASE_URL}/projects?cursor=c3&limit=2",
    ]
    assert {r.headers["Authorization"] for r in server.requests} == {f"Bearer {TOKEN}"}


def test_follows_absolute_link_exactly(make_client: Callable[..., Any]) -> None:
    link = f"{BASE_URL}/projects/page?cursor=abc%2Bdef&limit=7"
    server = Server(page(["a"], next=link), page(["b"]))
    names = [p.name for p in make_client(server).projects.search()]
    assert names == ["a", "b"]
    assert str(server.requests[1].url) == link
    assert server.requests[1].url.raw_path == b"/projects/page?cursor=abc%2Bdef&limit=7"


def test_no_request_until_used(make_client: Callable[..., Any]) -> None:
    server = Server(*THREE_PAGES)
    pager = make_client(server).projects.search()
    assert server.requests == []
    assert isinstance(pager.first_page().items[0].name, str)
    assert len(server.requests) == 1


def test_first_page_and_next_cursor(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(*THREE_PAGES)
    client = make_client(server)
    first = client.projects.search(limit=2).first_page()
    assert isinstance(first, sdk.ResultsPage)
    assert [p.name for p in first.items] == ["a", "b"]
    assert first.next == "/projects?cursor=c2&limit=2"
    assert first.prev is None
    assert first.next_cursor == "c2"
    assert str(first.next_url) == f"{BASE_URL}/projects?cursor=c2&limit=2"
    resumed = client.projects.search(cursor=first.next_cursor, limit=2).first_page()
    assert server.last.url.params["cursor"] == "c2"
    assert resumed.next_cursor == "c3"


def test_last_page_has_no_cursor(make_client: Callable[..., Any]) -> None:
    last = make_client(Server(page(["z"]))).projects.search().first_page()
    assert last.next is None
    assert last.next_cursor is None
    assert last.next_url is None


def test_first_page_is_fetched_once(make_client: Callable[..., Any]) -> None:
    server = Server(*THREE_PAGES)
    pager = make_client(server).projects.search()
    pager.first_page()
    pager.first_page()
    assert len(list(pager)) == 5
    assert len(server.requests) == 3


def test_pages_yields_page_objects(make_client: Callable[..., Any]) -> None:
    server = Server(*THREE_PAGES)
    pages = list(make_client(server).projects.search().pages())
    assert [len(p.items) for p in pages] == [2, 2, 1]
    assert [p.next_cursor for p in pages] == ["c2", "c3", None]


def test_page_model_keeps_unknown_fields(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(page(["a"], total=41))
    first = make_client(server).projects.search().first_page()
    assert isinstance(first.model, sdk.PageOfProjects)
    assert first.model.model_extra == {"total": 41}


def test_union_items_parse_to_their_classes(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    items = [
        {"type": "http-senml", "deviceId": "imei:350266800610993", "id": None},
        {"type": "http-streamline", "deviceId": "deveui:ea8fa35e2cf3489f"},
        {"type": "http-quantum", "deviceId": "q:1", "entangled": True},
    ]
    server = Server(json_reply(200, {"items": items}))
    found = list(make_client(server).http_bindings.search(type="http-senml"))
    assert [type(b) for b in found] == [
        sdk.HttpSenmlBinding,
        sdk.HttpStreamlineBinding,
        sdk.UnknownHttpBinding,
    ]
    assert found[2].type == "http-quantum"
    assert found[2].model_extra == {"entangled": True}


def test_retries_apply_to_later_pages(
    make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    server = Server(THREE_PAGES[0], httpx.Response(503), THREE_PAGES[2])
    names = [p.name for p in make_client(server).projects.search()]
    assert names == ["a", "b", "e"]
    assert len(server.requests) == 3
    assert len(sleeps) == 1


def test_refuses_next_link_to_another_origin(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(page(["a"], next="https://evil.test/projects?cursor=x"))
    with pytest.raises(sdk.APIError, match="another origin"):
        list(make_client(server).projects.search())
    assert len(server.requests) == 1


def test_refuses_next_link_to_the_same_page(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(page(["a"], next="/projects?limit=1"))
    with pytest.raises(sdk.APIError, match="page 1 leads back to a page already"):
        list(make_client(server).projects.search(limit=1))
    assert len(server.requests) == 1


def test_detects_a_cycle_of_pages(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(
        page(["a"], next="/projects?cursor=B"),
        page(["b"], next="/projects?cursor=C"),
        page(["c"], next="/projects?cursor=B"),
    )
    seen: list[str] = []
    with pytest.raises(sdk.APIError, match=r"page 3 leads back .*'/projects\?cursor=B'"):
        seen.extend(p.name for p in make_client(server).projects.search())
    assert seen == ["a", "b", "c"]
    assert len(server.requests) == 3, "the repeated page is not requested again"


def test_iterating_twice_restarts_from_the_first_page(
    make_client: Callable[..., Any],
) -> None:
    server = Server(*THREE_PAGES, *THREE_PAGES[1:])
    pager = make_client(server).projects.search(limit=2)
    first = [p.name for p in pager]
    broken_off = next(iter(pager)).name
    second = [p.name for p in pager]
    assert first == second == ["a", "b", "c", "d", "e"] and broken_off == "a"
    cursors = [r.url.params.get("cursor") for r in server.requests]
    assert cursors == [None, "c2", "c3", "c2", "c3"], "the first page is kept"


async def test_awaiting_an_async_pager_gives_the_first_page(
    make_async_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(*THREE_PAGES, *THREE_PAGES[1:])
    pager = make_async_client(server).projects.search(limit=2)
    first = await pager
    assert isinstance(first, sdk.ResultsPage)
    assert [p.name for p in first.items] == ["a", "b"]
    assert (await pager) is first
    assert [p.name async for p in pager] == ["a", "b", "c", "d", "e"]
    assert [p.name async for p in pager] == ["a", "b", "c", "d", "e"]
    assert len(server.requests) == 5


async def test_async_pager_detects_cycles(
    make_async_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(page(["a"], next="?cursor=B"), page(["b"], next="?cursor=B"))
    with pytest.raises(sdk.APIError, match="page 2 leads back"):
        [p async for p in make_async_client(server).projects.search()]


def test_pager_repr_names_the_class_and_the_call(
    make_client: Callable[..., Any], make_async_client: Callable[..., Any]
) -> None:
    pager = make_client(Server(*THREE_PAGES)).projects.search(limit=2)
    assert repr(pager) == "<SyncPager of PageOfProjects from GET /projects>"
    apager = make_async_client(Server(*THREE_PAGES)).http_bindings.search()
    assert repr(apager) == "<AsyncPager of PageOfHttpBindings from GET /http/bindings>"


def test_error_on_a_later_page_raises(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(THREE_PAGES[0], httpx.Response(403))
    pager = make_client(server).projects.search()
    seen: list[str] = []
    with pytest.raises(sdk.PermissionDeniedError):
        seen.extend(p.name for p in pager)
    assert seen == ["a", "b"]


async def test_async_iterates_all_items(make_async_client: Callable[..., Any]) -> None:
    server = Server(*THREE_PAGES)
    pager = make_async_client(server).projects.search(limit=2)
    assert server.requests == []
    names = [p.name async for p in pager]
    assert names == ["a", "b", "c", "d", "e"]
    assert [r.url.params.get("cursor") for r in server.requests] == [None, "c2", "c3"]


async def test_async_pages_and_first_page(
    make_async_client: Callable[..., Any],
) -> None:
    server = Server(*THREE_PAGES)
    pager = make_async_client(server).projects.search()
    first = await pager.first_page()
    assert first.next_cursor == "c2"
    sizes = [len(p.items) async for p in pager.pages()]
    assert sizes == [2, 2, 1]
    assert len(server.requests) == 3


async def test_async_absolute_link(make_async_client: Callable[..., Any]) -> None:
    link = f"{BASE_URL}/elsewhere?cursor=q"
    server = Server(page(["a"], next=link), page(["b"]))
    names = [p.name async for p in make_async_client(server).projects.search()]
    assert names == ["a", "b"]
    assert str(server.last.url) == link


def test_header_parameters_go_with_every_page(make_client: Callable[..., Any]) -> None:
    server = Server(*THREE_PAGES)
    list(make_client(server).projects.search(client_tag="t-1"))
    assert [r.headers.get("X-Client-Tag") for r in server.requests] == ["t-1"] * 3
    list(make_client(server).projects.search())
    assert "X-Client-Tag" not in server.last.headers
