"""Retries: which failures, how many, backoff with jitter, Retry-After."""

from __future__ import annotations

import time
from collections.abc import Callable
from email.utils import formatdate
from types import ModuleType
from typing import Any

import httpx
import pytest

from .helpers import Server, json_reply, project_json

OK_PROJECT = json_reply(200, project_json())
NEW_PROJECT = {
    "clientId": "b7b953c9-b137-4d28-8d29-d266c720bc78",
    "name": "n",
    "definition": {"type": "CUSTOM"},
    "apiSecret": "x",
}


def test_get_retried_on_503_then_succeeds(
    make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    server = Server(httpx.Response(503), OK_PROJECT)
    assert make_client(server).projects.get("p1").name == "My first project"
    assert len(server.requests) == 2
    assert len(sleeps) == 1
    assert 0.375 <= sleeps[0] <= 0.5


def test_backoff_grows_exponentially_then_gives_up(
    make_client: Callable[..., Any], sleeps: list[float], sdk: ModuleType
) -> None:
    server = Server(httpx.Response(500))
    with pytest.raises(sdk.InternalServerError):
        make_client(server, max_retries=5).projects.get("p1")
    assert len(server.requests) == 6
    bounds = [(0.375, 0.5), (0.75, 1.0), (1.5, 2.0), (3.0, 4.0), (6.0, 8.0)]
    assert len(sleeps) == len(bounds)
    for slept, (low, high) in zip(sleeps, bounds, strict=True):
        assert low <= slept <= high


def test_backoff_is_capped(
    make_client: Callable[..., Any], sleeps: list[float], sdk: ModuleType
) -> None:
    with pytest.raises(sdk.InternalServerError):
        make_client(Server(httpx.Response(500)), max_retries=8).projects.get("p1")
    assert max(sleeps) <= 8.0
    assert min(sleeps[-3:]) >= 6.0


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
@pytest.mark.parametrize("method", ["get", "delete", "exists"])
def test_idempotent_methods_retry_these_statuses(
    make_client: Callable[..., Any], status: int, method: str
) -> None:
    server = Server(httpx.Response(status), httpx.Response(200, json=project_json()))
    getattr(make_client(server).projects, method)("p1")
    assert len(server.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(
    make_client: Callable[..., Any], sdk: ModuleType, status: int
) -> None:
    server = Server(httpx.Response(status), OK_PROJECT)
    with pytest.raises(sdk.APIStatusError):
        make_client(server).projects.get("p1")
    assert len(server.requests) == 1


@pytest.mark.parametrize("status", [500, 502, 503, 408])
def test_post_is_not_retried_when_the_server_may_have_acted(
    make_client: Callable[..., Any], sleeps: list[float], sdk: ModuleType, status: int
) -> None:
    server = Server(httpx.Response(status), OK_PROJECT)
    with pytest.raises(sdk.APIStatusError):
        make_client(server).projects.create(NEW_PROJECT)
    assert len(server.requests) == 1
    assert sleeps == []


def test_post_is_not_retried_after_a_read_timeout(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(httpx.ReadTimeout("slow"), OK_PROJECT)
    with pytest.raises(sdk.APITimeoutError):
        make_client(server).projects.create(NEW_PROJECT)
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(429),
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("no route"),
        httpx.PoolTimeout("pool full"),
    ],
)
def test_post_is_retried_when_the_server_cannot_have_acted(
    make_client: Callable[..., Any], failure: Any
) -> None:
    server = Server(failure, json_reply(201, project_json()))
    assert make_client(server).projects.create(NEW_PROJECT).name == "My first project"
    assert [r.method for r in server.requests] == ["POST", "POST"]
    assert server.requests[0].content == server.requests[1].content


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("slow"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("eof"),
    ],
)
def test_get_is_retried_on_transport_errors(
    make_client: Callable[..., Any], failure: Exception
) -> None:
    server = Server(failure, OK_PROJECT)
    assert make_client(server).projects.get("p1").name == "My first project"
    assert len(server.requests) == 2


def test_timeout_after_retries_raises_timeout_error(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(httpx.ReadTimeout("slow"))
    with pytest.raises(sdk.APITimeoutError):
        make_client(server, max_retries=2).projects.get("p1")
    assert len(server.requests) == 3


def test_max_retries_zero_disables_retries(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(httpx.Response(503), OK_PROJECT)
    with pytest.raises(sdk.InternalServerError):
        make_client(server, max_retries=0).projects.get("p1")
    assert len(server.requests) == 1


@pytest.mark.parametrize(("header", "expected"), [("7", 7.0), ("0", 0.0), ("1.5", 1.5)])
def test_retry_after_seconds_is_honoured(
    make_client: Callable[..., Any], sleeps: list[float], header: str, expected: float
) -> None:
    server = Server(httpx.Response(429, headers={"Retry-After": header}), OK_PROJECT)
    make_client(server).projects.get("p1")
    assert sleeps == [expected]


def test_retry_after_http_date_is_honoured(
    make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    header = formatdate(time.time() + 30, usegmt=True)
    server = Server(httpx.Response(503, headers={"Retry-After": header}), OK_PROJECT)
    make_client(server).projects.get("p1")
    assert 28.0 <= sleeps[0] <= 30.0


def test_retry_after_in_the_past_means_now(
    make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    header = "Wed, 21 Oct 2015 07:28:00 GMT"
    server = Server(httpx.Response(503, headers={"Retry-After": header}), OK_PROJECT)
    make_client(server).projects.get("p1")
    assert sleeps == [0.0]


def test_unparseable_retry_after_falls_back_to_backoff(
    make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    server = Server(httpx.Response(503, headers={"Retry-After": "soon"}), OK_PROJECT)
    make_client(server).projects.get("p1")
    assert 0.375 <= sleeps[0] <= 0.5


def test_too_long_retry_after_is_not_waited_for(
    make_client: Callable[..., Any], sleeps: list[float], sdk: ModuleType
) -> None:
    server = Server(httpx.Response(429, headers={"Retry-After": "3600"}), OK_PROJECT)
    with pytest.raises(sdk.RateLimitError) as caught:
        make_client(server).projects.get("p1")
    assert caught.value.response.headers["Retry-After"] == "3600"
    assert sleeps == []
    assert len(server.requests) == 1


async def test_async_retries(
    make_async_client: Callable[..., Any], sleeps: list[float], sdk: ModuleType
) -> None:
    server = Server(httpx.ConnectError("refused"), httpx.Response(502), OK_PROJECT)
    project = await make_async_client(server).projects.get("p1")
    assert project.name == "My first project"
    assert len(sleeps) == 2
    server = Server(httpx.Response(500), OK_PROJECT)
    with pytest.raises(sdk.InternalServerError):
        await make_async_client(server).projects.create(NEW_PROJECT)
    assert len(server.requests) == 1


def test_sleep_really_sleeps_by_default(
    sdk: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []
    monkeypatch.setattr("time.sleep", slept.append)
    server = Server(httpx.Response(503), OK_PROJECT)
    client = sdk.Things(
        token="t", http_client=httpx.Client(transport=httpx.MockTransport(server))
    )
    client.projects.get("p1")
    assert len(slept) == 1
