"""Client configuration: token, base URL, headers, timeouts, lifecycle."""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from .helpers import BASE_URL, TOKEN, Server, json_reply, project_json


def test_sends_bearer_token_user_agent_and_accept(
    make_client: Callable[..., Any],
) -> None:
    server = Server(json_reply(200, project_json()))
    make_client(server).projects.get("p1")
    headers = server.last.headers
    assert headers["Authorization"] == f"Bearer {TOKEN}"
    assert headers["User-Agent"] == "kpn-things-python/0.1.0"
    assert headers["Accept"] == "application/json, application/problem+json"
    assert str(server.last.url) == f"{BASE_URL}/projects/p1"


def test_token_callable_is_called_for_every_request(
    make_client: Callable[..., Any],
) -> None:
    tokens = iter(["first-token", "second-token"])
    server = Server(json_reply(200, project_json()))
    client = make_client(server, token=lambda: next(tokens))
    client.projects.get("p1")
    client.projects.get("p1")
    assert [r.headers["Authorization"] for r in server.requests] == [
        "Bearer first-token",
        "Bearer second-token",
    ]


def test_token_and_base_url_from_environment(
    sdk: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KPN_THINGS_TOKEN", "env-token")
    monkeypatch.setenv("KPN_THINGS_BASE_URL", "https://env.test/api")
    server = Server(httpx.Response(204))
    client = sdk.Things(http_client=httpx.Client(transport=httpx.MockTransport(server)))
    client.projects.delete("p1")
    assert server.last.headers["Authorization"] == "Bearer env-token"
    assert str(server.last.url) == "https://env.test/api/projects/p1"


def test_arguments_beat_environment(
    sdk: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KPN_THINGS_TOKEN", "env-token")
    monkeypatch.setenv("KPN_THINGS_BASE_URL", "https://env.test")
    client = sdk.Things(token="arg-token", base_url="https://arg.test/")
    assert str(client.base_url) == "https://arg.test/"
    assert client._credentials.value("token") == "arg-token"


def test_default_base_url(sdk: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KPN_THINGS_BASE_URL", raising=False)
    assert str(sdk.Things(token="t").base_url) == "https://api.kpnthings.com"


def test_missing_token_fails_at_construction(
    sdk: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KPN_THINGS_TOKEN", raising=False)
    with pytest.raises(sdk.APIError, match="KPN_THINGS_TOKEN"):
        sdk.Things()
    with pytest.raises(sdk.APIError, match="KPN_THINGS_TOKEN"):
        sdk.AsyncThings(token="")


@pytest.mark.parametrize("bad", ["", "has space", "line\nbreak", "t\u00e9"])
def test_invalid_token_from_callable_is_rejected_without_echo(
    make_client: Callable[..., Any], bad: str
) -> None:
    server = Server(httpx.Response(204))
    with pytest.raises(Exception) as caught:
        make_client(server, token=lambda: bad).projects.delete("p1")
    assert "visible ASCII" in str(caught.value)
    assert (bad or "\x00") not in str(caught.value)
    assert server.requests == []


def test_invalid_base_url(sdk: ModuleType) -> None:
    with pytest.raises(ValueError, match="absolute http"):
        sdk.Things(token="t", base_url="api.kpnthings.com")


def test_negative_max_retries(sdk: ModuleType) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        sdk.Things(token="t", max_retries=-1)


def test_repr_never_shows_token(
    sdk: ModuleType, make_client: Callable[..., Any]
) -> None:
    client = make_client(Server(httpx.Response(204)))
    texts = [repr(client), str(client), repr(sdk.AsyncThings(token=TOKEN))]
    assert all(TOKEN not in text for text in texts)
    assert repr(client) == f"Things(base_url='{BASE_URL}')"


def test_token_never_logged(
    make_client: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server = Server(httpx.Response(503), httpx.Response(204))
    make_client(server).projects.delete("p1")
    assert "Retrying DELETE /projects/p1" in caplog.text
    assert TOKEN not in caplog.text


def test_base_url_path_prefix_is_kept(make_client: Callable[..., Any]) -> None:
    server = Server(httpx.Response(204))
    make_client(server, base_url="https://h.test/api/v1/").projects.delete("p1")
    assert server.last.url.raw_path == b"/api/v1/projects/p1"


def test_default_headers_are_sent_but_cannot_replace_auth(
    make_client: Callable[..., Any],
) -> None:
    server = Server(httpx.Response(204))
    client = make_client(
        server,
        default_headers={"X-Trace": "abc", "authorization": "Basic x", "accept": "*/*"},
    )
    client.projects.delete("p1")
    assert server.last.headers["X-Trace"] == "abc"
    assert server.last.headers.get_list("Authorization") == [f"Bearer {TOKEN}"]
    assert server.last.headers.get_list("Accept") == ["*/*"]


def test_timeout_default_and_per_call_override(make_client: Callable[..., Any]) -> None:
    server = Server(json_reply(200, project_json()))
    client = make_client(server, timeout=12.5)
    client.projects.get("p1")
    assert server.last.extensions["timeout"]["read"] == 12.5
    client.projects.get("p1", timeout=httpx.Timeout(3.0, connect=1.0))
    assert server.last.extensions["timeout"] == {
        "connect": 1.0,
        "read": 3.0,
        "write": 3.0,
        "pool": 3.0,
    }


def test_default_timeout_is_30_seconds(make_client: Callable[..., Any]) -> None:
    server = Server(httpx.Response(204))
    make_client(server).projects.delete("p1")
    assert server.last.extensions["timeout"]["connect"] == 30.0


def test_close_leaves_a_user_supplied_http_client_open(sdk: ModuleType) -> None:
    http = httpx.Client()
    with sdk.Things(token="t", http_client=http) as client:
        assert isinstance(client, sdk.Things)
    assert not http.is_closed
    http.close()


def test_close_closes_its_own_http_client(sdk: ModuleType) -> None:
    with sdk.Things(token="t") as client:
        pass
    assert client._http.is_closed


async def test_async_client_lifecycle(sdk: ModuleType) -> None:
    async with sdk.AsyncThings(token="t") as client:
        assert isinstance(client, sdk.AsyncThings)
    assert client._http.is_closed
    http = httpx.AsyncClient()
    async with sdk.AsyncThings(token="t", http_client=http):
        pass
    assert not http.is_closed
    await http.aclose()


async def test_async_request_and_token_callable(
    make_async_client: Callable[..., Any],
) -> None:
    tokens = iter(["a1", "a2"])
    server = Server(json_reply(200, project_json()))
    client = make_async_client(server, token=lambda: next(tokens))
    project = await client.projects.get("p1")
    assert project.name == "My first project"
    assert await client.projects.exists("p1") is True
    assert [r.headers["Authorization"] for r in server.requests] == [
        "Bearer a1",
        "Bearer a2",
    ]
    assert [r.method for r in server.requests] == ["GET", "HEAD"]


def test_resources_are_cached_per_client(make_client: Callable[..., Any]) -> None:
    client = make_client(Server(httpx.Response(204)))
    assert client.projects is client.projects
    assert client.with_raw_response.projects is client.projects.with_raw_response
