"""``client.with_raw_response``: HTTP details plus exactly the plain result."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from .helpers import BASE_URL, BINDING_ID, PROJECT_ID, Server, json_reply, project_json


def test_get(make_client: Callable[..., Any], sdk: ModuleType) -> None:
    server = Server(json_reply(200, project_json(), **{"X-Request-Id": "r-1"}))
    client = make_client(server)
    response = client.with_raw_response.projects.get("p1")
    assert isinstance(response, sdk.APIResponse)
    assert response.status_code == 200
    assert response.headers["X-Request-Id"] == "r-1"
    assert response.http_request.url == httpx.URL(f"{BASE_URL}/projects/p1")
    assert response.http_response.json()["id"] == PROJECT_ID
    assert response.parse() == client.projects.get("p1")
    assert repr(response) == "<APIResponse [200] GET /projects/p1>"


def test_create_with_body(make_client: Callable[..., Any], sdk: ModuleType) -> None:
    reply = json_reply(201, project_json(), Location=f"/projects/{PROJECT_ID}")
    server = Server(reply)
    body = {**project_json(), "apiSecret": "pw"}
    response = make_client(server).with_raw_response.projects.create(body)
    assert response.status_code == 201
    assert response.headers["Location"] == f"/projects/{PROJECT_ID}"
    assert isinstance(response.parse(), sdk.Project)
    assert response.http_request.method == "POST"


def test_delete_and_exists(make_client: Callable[..., Any]) -> None:
    raw = make_client(Server(httpx.Response(202))).with_raw_response.projects
    deleted = raw.delete("p1")
    assert (deleted.status_code, deleted.parse()) == (202, None)
    found = raw.exists("p1")
    assert (found.status_code, found.parse()) == (202, True)
    missing = make_client(
        Server(httpx.Response(404))
    ).with_raw_response.projects.exists("p1")
    assert (missing.status_code, missing.parse()) == (404, False)


def test_union_result(make_client: Callable[..., Any], sdk: ModuleType) -> None:
    server = Server(
        json_reply(200, {"type": "http-senml", "deviceId": "imei:350266800610993"})
    )
    response = make_client(server).with_raw_response.http_bindings.get(BINDING_ID)
    assert isinstance(response.parse(), sdk.HttpSenmlBinding)


def test_resource_level_accessor(make_client: Callable[..., Any]) -> None:
    server = Server(json_reply(200, project_json()))
    response = make_client(server).projects.with_raw_response.get("p1")
    assert response.parse().name == "My first project"


def test_paginated_call_fetches_the_first_page_eagerly(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(
        json_reply(
            200, {"items": [project_json(name="a")], "next": "?cursor=c2"}, ETag="p1"
        ),
        json_reply(200, {"items": [project_json(name="b")]}),
    )
    response = make_client(server).with_raw_response.projects.search(limit=1)
    assert len(server.requests) == 1
    assert response.headers["ETag"] == "p1"
    assert response.http_request.url.params["limit"] == "1"
    pager = response.parse()
    assert isinstance(pager, sdk.SyncPager)
    assert pager.first_page().next_cursor == "c2"
    assert [p.name for p in pager] == ["a", "b"]
    assert len(server.requests) == 2


def test_errors_still_raise(make_client: Callable[..., Any], sdk: ModuleType) -> None:
    with pytest.raises(sdk.NotFoundError):
        make_client(Server(httpx.Response(404))).with_raw_response.projects.get("p1")


def test_response_after_retries_is_the_final_one(
    make_client: Callable[..., Any],
) -> None:
    server = Server(httpx.Response(503), json_reply(200, project_json()))
    response = make_client(server).with_raw_response.projects.get("p1")
    assert response.status_code == 200


def test_plain_calls_are_not_captured(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(200, project_json()))
    client = make_client(server)
    assert isinstance(client.projects.get("p1"), sdk.Project)
    assert sdk._response._captured.get() is None


def test_wrapping_a_function_that_sends_nothing(sdk: ModuleType) -> None:
    wrapped = sdk._response.to_raw_response_wrapper(lambda: 1)
    with pytest.raises(RuntimeError, match="sent no request"):
        wrapped()


async def test_async_get_create_delete_exists(
    make_async_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(200, project_json(), **{"X-Request-Id": "r-2"}))
    raw = make_async_client(server).with_raw_response.projects
    got = await raw.get("p1")
    assert (got.status_code, got.headers["X-Request-Id"]) == (200, "r-2")
    assert isinstance(got.parse(), sdk.Project)
    created = await raw.create({**project_json(), "apiSecret": "pw"})
    assert created.http_request.method == "POST"
    server.replies = [httpx.Response(204)]
    deleted = await raw.delete("p1")
    assert (deleted.status_code, deleted.parse()) == (204, None)
    assert (await raw.exists("p1")).parse() is True


async def test_async_paginated_call(
    make_async_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(
        json_reply(
            200, {"items": [project_json(name="a")], "next": "/projects?cursor=c2"}
        ),
        json_reply(200, {"items": [project_json(name="b")]}),
    )
    client = make_async_client(server)
    response = await client.with_raw_response.projects.search()
    assert len(server.requests) == 1
    pager = response.parse()
    assert isinstance(pager, sdk.AsyncPager)
    assert [p.name async for p in pager] == ["a", "b"]
    assert len(server.requests) == 2


def test_parse_is_lazy_so_an_unparseable_body_stays_reachable(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(httpx.Response(200, content=b"not json", headers={"X-Id": "7"}))
    client = make_client(server, strict_response_validation=True)
    response = client.with_raw_response.projects.get("p1")
    assert (response.status_code, response.headers["X-Id"]) == (200, "7")
    assert response.text == "not json" and response.content == b"not json"
    with pytest.raises(sdk.APIResponseValidationError, match="is not JSON"):
        response.parse()


def test_parse_builds_the_result_once(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(200, project_json(clientId="x")))
    response = make_client(server).with_raw_response.projects.get("p1")
    assert response.json()["clientId"] == "x"
    assert response.parse() is response.parse()
    assert response.parse().client_id == "x"


def test_a_raw_page_is_parsed_when_the_pager_is_used(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(200, {"items": 3}))
    response = make_client(server).with_raw_response.projects.search()
    pager = response.parse()
    assert len(server.requests) == 1
    with pytest.raises(sdk.APIResponseValidationError, match="not a page of results"):
        pager.first_page()
    assert len(server.requests) == 1, "the first page is not requested again"


async def test_async_parse_is_lazy(
    make_async_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(httpx.Response(200, content=b"[]"))
    client = make_async_client(server, strict_response_validation=True)
    response = await client.with_raw_response.projects.get("p1")
    assert response.json() == []
    with pytest.raises(sdk.APIResponseValidationError):
        response.parse()
