"""Error responses and transport failures map to the exception hierarchy."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from .helpers import TOKEN, Server, json_reply, problem_reply

STATUS_CLASSES = [
    (400, "BadRequestError"),
    (401, "AuthenticationError"),
    (403, "PermissionDeniedError"),
    (404, "NotFoundError"),
    (409, "ConflictError"),
    (422, "UnprocessableEntityError"),
    (429, "RateLimitError"),
    (500, "InternalServerError"),
    (502, "InternalServerError"),
    (503, "InternalServerError"),
    (418, "APIStatusError"),
    (301, "APIStatusError"),
    (599, "InternalServerError"),
]


@pytest.mark.parametrize(("status", "name"), STATUS_CLASSES)
def test_status_maps_to_exception_class(
    make_client: Callable[..., Any], sdk: ModuleType, status: int, name: str
) -> None:
    server = Server(json_reply(status, {"oops": True}))
    with pytest.raises(sdk.APIStatusError) as caught:
        make_client(server, max_retries=0).projects.get("p1")
    error = caught.value
    assert type(error) is getattr(sdk, name)
    assert isinstance(error, sdk.APIError)
    assert error.status_code == status
    assert error.response.status_code == status
    assert error.response.json() == {"oops": True}
    assert error.request.url.path == "/projects/p1"
    assert error.problem is None
    status_text = f"{status} {httpx.codes.get_reason_phrase(status)}".rstrip()
    assert str(error) == f"{status_text} for GET /projects/p1"


def test_problem_json_is_parsed(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    body = {
        "type": "/problems/cancel",
        "title": "Cannot cancel",
        "status": 409,
        "detail": "Downlink is DONE",
        "instance": "/mqtt/downlinks/d1#cancel",
        "retryable": False,
    }
    server = Server(problem_reply(409, body))
    with pytest.raises(sdk.ConflictError) as caught:
        make_client(server).projects.delete("d1")
    problem = caught.value.problem
    assert isinstance(problem, sdk.ProblemDetails)
    assert (problem.type, problem.title, problem.status) == (
        "/problems/cancel",
        "Cannot cancel",
        409,
    )
    assert (problem.detail, problem.instance) == (
        "Downlink is DONE",
        "/mqtt/downlinks/d1#cancel",
    )
    assert problem.model_extra == {"retryable": False}
    assert str(caught.value) == (
        "409 Conflict for DELETE /projects/d1: Cannot cancel: Downlink is DONE"
    )


def test_problem_defaults_and_charset(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    reply = httpx.Response(
        400,
        content=b'{"title": "Bad"}',
        headers={"Content-Type": "application/problem+json; charset=utf-8"},
    )
    with pytest.raises(sdk.BadRequestError) as caught:
        make_client(Server(reply)).projects.get("p1")
    assert caught.value.problem.type == "about:blank"
    assert caught.value.problem.detail is None
    assert str(caught.value).endswith("GET /projects/p1: Bad")


@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(
            400,
            content=b"not json",
            headers={"Content-Type": "application/problem+json"},
        ),
        httpx.Response(
            400, content=b"[1, 2]", headers={"Content-Type": "application/problem+json"}
        ),
        httpx.Response(
            400,
            content=b'{"status": "bad"}',
            headers={"Content-Type": "application/problem+json"},
        ),
        httpx.Response(400, json={"title": "plain json is not a problem"}),
        httpx.Response(400, content=b""),
    ],
)
def test_unparseable_problem_gives_none(
    make_client: Callable[..., Any], sdk: ModuleType, reply: httpx.Response
) -> None:
    with pytest.raises(sdk.BadRequestError) as caught:
        make_client(Server(reply)).projects.get("p1")
    assert caught.value.problem is None


def test_token_echoed_by_server_is_redacted(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    body = {"title": "Invalid token", "detail": f"token {TOKEN} expired"}
    with pytest.raises(sdk.AuthenticationError) as caught:
        make_client(Server(problem_reply(401, body))).projects.get("p1")
    assert TOKEN not in str(caught.value)
    assert "token [redacted] expired" in str(caught.value)


def test_path_in_message_is_the_encoded_path(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    with pytest.raises(sdk.NotFoundError, match=r"GET /projects/a%2Fb$"):
        make_client(Server(httpx.Response(404))).projects.get("a/b")


def test_connection_error(make_client: Callable[..., Any], sdk: ModuleType) -> None:
    server = Server(httpx.ConnectError("[Errno 111] Connection refused"))
    with pytest.raises(sdk.APIConnectionError) as caught:
        make_client(server, max_retries=0).projects.get("p1")
    assert type(caught.value) is sdk.APIConnectionError
    assert str(caught.value) == (
        "Connection error for GET /projects/p1: "
        "ConnectError('[Errno 111] Connection refused')"
    )
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.request.url.path == "/projects/p1"


def test_timeout_error(make_client: Callable[..., Any], sdk: ModuleType) -> None:
    server = Server(httpx.ReadTimeout("timed out"))
    with pytest.raises(sdk.APITimeoutError) as caught:
        make_client(server, max_retries=0).projects.get("p1")
    assert isinstance(caught.value, sdk.APIConnectionError)
    assert str(caught.value) == "Request timed out: GET /projects/p1"


def test_other_transport_errors_are_connection_errors(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(httpx.RemoteProtocolError("peer closed connection"))
    with pytest.raises(sdk.APIConnectionError, match="RemoteProtocolError"):
        make_client(server, max_retries=0).projects.get("p1")


async def test_async_errors(
    make_async_client: Callable[..., Any], sdk: ModuleType
) -> None:
    body = {"title": "Cannot cancel", "detail": "Downlink is DONE"}
    client = make_async_client(Server(problem_reply(409, body)))
    with pytest.raises(sdk.ConflictError) as caught:
        await client.projects.delete("d1")
    assert caught.value.problem.detail == "Downlink is DONE"
    client = make_async_client(Server(httpx.ConnectTimeout("slow")), max_retries=0)
    with pytest.raises(sdk.APITimeoutError):
        await client.projects.get("p1")


def test_exists_maps_404_to_false_and_raises_others(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    assert make_client(Server(httpx.Response(204))).projects.exists("p1") is True
    assert make_client(Server(httpx.Response(200))).projects.exists("p1") is True
    assert make_client(Server(httpx.Response(404))).projects.exists("p1") is False
    with pytest.raises(sdk.PermissionDeniedError):
        make_client(Server(httpx.Response(403))).projects.exists("p1")


@pytest.mark.parametrize(
    ("reply", "body", "suffix"),
    [
        (json_reply(400, {"message": "bad"}), {"message": "bad"}, ": bad"),
        (json_reply(422, {"error": "no such field", "code": 7}), {"error": "no such field", "code": 7}, ": no such field"),
        (json_reply(400, [1, 2]), [1, 2], ""),
        (httpx.Response(502, content=b"<html>Bad gateway</html>"), "<html>Bad gateway</html>", ""),
        (httpx.Response(400, content=b""), None, ""),
        (problem_reply(409, {"title": "Conflict", "extra": 1}), {"title": "Conflict", "extra": 1}, ": Conflict"),
    ],
)
def test_every_error_body_is_kept(
    make_client: Callable[..., Any],
    sdk: ModuleType,
    reply: httpx.Response,
    body: object,
    suffix: str,
) -> None:
    with pytest.raises(sdk.APIStatusError) as caught:
        make_client(Server(reply), max_retries=0).projects.get("p1")
    assert caught.value.body == body
    assert str(caught.value).endswith("GET /projects/p1" + suffix)


def test_a_plain_json_error_is_not_a_problem_but_keeps_its_body(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    with pytest.raises(sdk.BadRequestError) as caught:
        make_client(Server(json_reply(400, {"message": "bad"}))).projects.get("p1")
    assert caught.value.problem is None
    assert caught.value.body == {"message": "bad"}


def test_token_in_a_plain_error_message_is_redacted(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    reply = json_reply(401, {"message": f"token {TOKEN} is not valid"})
    with pytest.raises(sdk.AuthenticationError) as caught:
        make_client(Server(reply)).projects.get("p1")
    assert TOKEN not in str(caught.value)
