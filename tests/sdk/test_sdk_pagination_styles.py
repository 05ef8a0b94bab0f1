"""Pagination in the styles real APIs use (issue 10), through a generated SDK and MockTransport:
a cursor in `next_cursor`, `next` links, offset/limit with a total, page numbers; a POST search
that stays a POST with its body; the SDK config switching pagination on and off."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from tests.support.small_sdk import imported, mock_http, write_sdk

BASE = "https://api.test"
ITEM = {"type": "object", "properties": {"id": {"type": "integer"}}}
QUERY = {"type": "object", "properties": {"q": {"type": "string"}}}


def page_of(**fields: Any) -> dict[str, Any]:
    """A response schema: an object with `items`-like and other fields."""
    return {"type": "object", "properties": fields}


def ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def query(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema}


ITEMS = {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
INTEGER = {"type": "integer"}
STRING = {"type": "string"}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shop", "version": "1"},
    "servers": [{"url": BASE}],
    "components": {
        "schemas": {"Item": ITEM, "Query": QUERY},
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    },
    "security": [{"bearer": []}],
    "paths": {
        "/events": {"get": {"operationId": "listEvents", "tags": ["shop"], "parameters": [query("after", STRING)], "responses": ok(page_of(data=ITEMS, next_cursor=STRING))}},
        "/albums": {"get": {"operationId": "listAlbums", "tags": ["shop"], "responses": ok(page_of(items=ITEMS, next={"type": "string", "format": "uri"}))}},
        "/things": {"get": {"operationId": "listThings", "tags": ["shop"], "parameters": [query("cursor", STRING)], "responses": ok(page_of(items=ITEMS, next=STRING))}},
        "/records": {
            "get": {
                "operationId": "listRecords", "tags": ["shop"],
                "parameters": [query("offset", INTEGER), query("limit", INTEGER), query("q", STRING)],
                "responses": ok(page_of(results=ITEMS, total=INTEGER)),
            }
        },
        "/photos": {
            "get": {
                "operationId": "listPhotos", "tags": ["shop"],
                "parameters": [query("page", {"type": "integer", "minimum": 0}), query("per_page", INTEGER)],
                "responses": ok(page_of(entries=ITEMS)),
            }
        },
        "/search": {
            "post": {
                "operationId": "search", "tags": ["shop"],
                "parameters": [query("after", STRING)],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Query"}}}},
                "responses": ok(page_of(data=ITEMS, next_cursor=STRING)),
            }
        },
    },
}  # fmt: skip


class Server:
    """Answers requests with the given JSON bodies in turn, and keeps the requests."""

    def __init__(self, *bodies: dict[str, Any]) -> None:
        self.bodies: Iterator[dict[str, Any]] = iter(bodies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=next(self.bodies))

    @property
    def urls(self) -> list[str]:
        return [str(r.url) for r in self.requests]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = write_sdk(SPEC, tmp_path_factory.mktemp("pages"), package="shop_pages")
    with imported(root, "shop_pages") as module:
        yield module


def client_of(module: ModuleType, server: Server) -> Any:
    return module.Shop(token="t", base_url=BASE, http_client=mock_http(server))


def ids(items: Any) -> list[int]:
    return [item.id for item in items]


def test_a_next_cursor_is_sent_as_the_cursor_parameter_even_with_a_slash_in_it(shop: ModuleType) -> None:
    server = Server({"data": [{"id": 1}], "next_cursor": "b/2=="}, {"data": [{"id": 2}], "next_cursor": None})
    pager = client_of(shop, server).shop.list_events()
    assert ids(pager) == [1, 2]
    assert server.urls == [f"{BASE}/events", f"{BASE}/events?after=b%2F2%3D%3D"]
    first = pager.first_page()
    assert (first.next, first.next_cursor, str(first.next_url)) == ("b/2==", "b/2==", f"{BASE}/events?after=b%2F2%3D%3D")


def test_a_cursor_replaces_the_one_the_caller_passed(shop: ModuleType) -> None:
    server = Server({"data": [{"id": 1}], "next_cursor": "c2"}, {"data": []})
    assert ids(client_of(shop, server).shop.list_events(after="c1")) == [1]
    assert [r.url.params.get_list("after") for r in server.requests] == [["c1"], ["c2"]]


def test_a_next_link_with_format_uri_is_followed_as_it_is(shop: ModuleType) -> None:
    server = Server({"items": [{"id": 1}], "next": "/albums?token=x%2By"}, {"items": [{"id": 2}]})
    assert ids(client_of(shop, server).shop.list_albums()) == [1, 2]
    assert server.urls == [f"{BASE}/albums", f"{BASE}/albums?token=x%2By"]


def test_a_plain_next_string_is_a_link_when_it_looks_like_one_and_a_cursor_otherwise(shop: ModuleType) -> None:
    server = Server({"items": [{"id": 1}], "next": "abc"}, {"items": [{"id": 2}], "next": "/things?cursor=def&x=1"}, {"items": [{"id": 3}]})
    assert ids(client_of(shop, server).shop.list_things()) == [1, 2, 3]
    assert server.urls == [f"{BASE}/things", f"{BASE}/things?cursor=abc", f"{BASE}/things?cursor=def&x=1"]


def test_offset_and_limit_advance_by_the_items_received_until_the_total(shop: ModuleType) -> None:
    server = Server({"results": [{"id": 1}, {"id": 2}], "total": 5}, {"results": [{"id": 3}, {"id": 4}], "total": 5}, {"results": [{"id": 5}], "total": 5})
    assert ids(client_of(shop, server).shop.list_records(limit=2, q="a b")) == [1, 2, 3, 4, 5]
    assert server.urls == [
        f"{BASE}/records?limit=2&q=a%20b",
        f"{BASE}/records?limit=2&q=a%20b&offset=2",
        f"{BASE}/records?limit=2&q=a%20b&offset=4",
    ]


def test_offset_without_a_total_stops_at_an_empty_page(shop: ModuleType) -> None:
    server = Server({"results": [{"id": 1}]}, {"results": []})
    assert ids(client_of(shop, server).shop.list_records(offset=10)) == [1]
    assert server.urls == [f"{BASE}/records?offset=10", f"{BASE}/records?offset=11"]


def test_page_numbers_count_up_from_the_minimum_and_stop_at_a_short_page(shop: ModuleType) -> None:
    server = Server({"entries": [{"id": 1}, {"id": 2}]}, {"entries": [{"id": 3}]})
    assert ids(client_of(shop, server).shop.list_photos(per_page=2)) == [1, 2, 3]
    assert server.urls == [f"{BASE}/photos?per_page=2", f"{BASE}/photos?per_page=2&page=1"]


def test_a_post_search_is_not_paginated_and_keeps_its_method_and_body(shop: ModuleType) -> None:
    server = Server({"data": [{"id": 1}], "next_cursor": "n"})
    page = client_of(shop, server).shop.search({"q": "red"}, after="a")
    assert ids(page.data) == [1] and page.next_cursor == "n"
    (request,) = server.requests
    assert (request.method, str(request.url), json.loads(request.content)) == ("POST", f"{BASE}/search?after=a", {"q": "red"})


# -- the SDK config: pagination on and off, per operation --------------------------------------------


def generate_with(tmp_path: Path, pagination: dict[str, Any]) -> tuple[int, str, Path]:
    """`sdkgen generate --config` over SPEC with this `pagination`; exit code, output, out folder."""
    (tmp_path / "shop.json").write_text(json.dumps(SPEC), encoding="utf-8")
    config = {"package": "shop_paged", "client": "Shop", "documents": [{"file": "shop.json"}], "pagination": pagination}
    (tmp_path / "sdk.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["generate", "--config", str(tmp_path / "sdk.yaml"), "--out", str(out)])
    assert "Traceback" not in result.output
    return result.exit_code, result.output, out


@pytest.fixture(scope="module")
def configured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    pagination = {"search": {"items": "data", "next": "next_cursor", "cursor_param": "after"}, "listAlbums": False}
    code, output, out = generate_with(tmp_path_factory.mktemp("configured"), pagination)
    assert code == 0, output
    with imported(out / "python", "shop_paged") as module:
        yield module


def test_config_pages_a_post_search_keeping_method_and_body_on_every_page(configured: ModuleType) -> None:
    server = Server({"data": [{"id": 1}], "next_cursor": "n2"}, {"data": [{"id": 2}]})
    assert ids(client_of(configured, server).shop.search({"q": "red"})) == [1, 2]
    assert [(r.method, str(r.url), json.loads(r.content)) for r in server.requests] == [
        ("POST", f"{BASE}/search", {"q": "red"}),
        ("POST", f"{BASE}/search?after=n2", {"q": "red"}),
    ]


def test_config_switches_detected_pagination_off(configured: ModuleType) -> None:
    server = Server({"items": [{"id": 1}], "next": "/albums?p=2"})
    page = client_of(configured, server).shop.list_albums()
    assert ids(page.items) == [1] and page.next == "/albums?p=2"
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("pagination", "message"),
    [
        ({"serch": False}, "/pagination/serch: no operation has the operationId 'serch'; did you mean 'search'?"),
        ({"search": {"items": "dat", "next": "next_cursor"}}, "/pagination/search/items: operation POST /search: its response (SearchResponse) has no field 'dat'; did you mean 'data'?"),
        ({"search": {"next": "next_cursor", "cursor_param": "before"}}, "/pagination/search/cursor_param: operation POST /search: it has no query parameter 'before'"),
        ({"search": {"items": "data"}}, "/pagination/search: operation POST /search: name exactly one of next, offset_param and page_param"),
        ({"search": "yes"}, "/pagination/search: 'yes' is not of type 'boolean', 'object'"),
        ({"search": {"itemz": "data"}}, "/pagination/search/itemz: unknown key 'itemz'; did you mean 'items'?"),
    ],
)
def test_config_mistakes_are_located_errors(tmp_path: Path, pagination: dict[str, Any], message: str) -> None:
    code, output, _ = generate_with(tmp_path, pagination)
    pointer, text = message.split(": ", 1)
    assert code == 2
    assert f"sdk.yaml#{pointer}" in output and text in output, output


def test_config_true_pages_a_post_as_detected(tmp_path: Path) -> None:
    code, output, out = generate_with(tmp_path, {"search": True})
    assert code == 0, output
    with imported(out / "python", "shop_paged") as module:
        server = Server({"data": [{"id": 1}], "next_cursor": "z"}, {"data": []})
        assert ids(client_of(module, server).shop.search({"q": "x"}, after="a")) == [1]
        assert [(r.method, str(r.url)) for r in server.requests] == [("POST", f"{BASE}/search?after=a"), ("POST", f"{BASE}/search?after=z")]


def async_ids(module: ModuleType, server: Server, call: Callable[[Any], Any]) -> list[int]:
    import asyncio

    async def run() -> list[int]:
        transport = httpx.MockTransport(server)
        async with httpx.AsyncClient(transport=transport) as http:
            client = module.AsyncShop(token="t", base_url=BASE, http_client=http)
            return [item.id async for item in call(client)]

    return asyncio.run(run())


def test_async_pagers_send_cursors_too(shop: ModuleType) -> None:
    server = Server({"data": [{"id": 1}], "next_cursor": "k"}, {"data": [{"id": 2}]})
    assert async_ids(shop, server, lambda client: client.shop.list_events()) == [1, 2]
    assert server.urls == [f"{BASE}/events", f"{BASE}/events?after=k"]


def test_the_pagination_guide_says_how_the_first_paged_method_advances(shop: ModuleType, tmp_path: Path) -> None:
    readme = (Path(shop.__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "it\nsends each page's `next_cursor` as the `after` query parameter of the next request." in readme
    assert "client.shop.list_events()" in readme
    links = {**SPEC, "paths": {"/albums": SPEC["paths"]["/albums"]}}
    root = write_sdk(links, tmp_path, package="shop_links")
    assert "follows the `next` links page by page (only to the same server)." in (root / "README.md").read_text(encoding="utf-8")
