"""What the SDK sends: arguments checked first, unset left out, per-call and per-client options."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pytest

from .helpers import (
    BASE_URL,
    BINDING_ID,
    CLIENT_ID,
    TOKEN,
    Server,
    json_reply,
    project_json,
)

DEVICE = "imei:350266800610993"


def new_project(sdk: ModuleType, **fields: Any) -> Any:
    fields = {"api_secret": "pw", "name": "n", **fields}
    return sdk.Project(client_id=CLIENT_ID, definition={"type": "CUSTOM"}, **fields)


def empty_page() -> httpx.Response:
    return json_reply(200, {"items": []})


def test_not_given_arguments_are_not_sent(make_client: Callable[..., Any], sdk: ModuleType) -> None:
    server = Server(empty_page())
    list(make_client(server).projects.search(limit=sdk.NOT_GIVEN, q="x", client_tag=sdk.NOT_GIVEN))
    assert dict(server.last.url.params) == {"q": "x"}
    assert "X-Client-Tag" not in server.last.headers
    assert repr(sdk.NOT_GIVEN) == "NOT_GIVEN" and not sdk.NOT_GIVEN


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"client_id": "bogus id"}, "client_id='bogus id': Input should be a valid UUID"),
        ({"limit": "ten"}, "limit='ten': Input should be a valid integer"),
        ({"embed": ["device", "bogus"]}, "embed[1]='bogus': Input should be 'device' or 'deviceGroup'"),
        ({"archived": "perhaps"}, "archived='perhaps': Input should be a valid boolean"),
        ({"created_before": "yesterday"}, "created_before='yesterday': Input should be a valid datetime"),
    ],
)
def test_query_arguments_are_checked_before_sending(
    make_client: Callable[..., Any], sdk: ModuleType, arguments: dict[str, Any], message: str
) -> None:
    server = Server(empty_page())
    with pytest.raises(sdk.RequestValidationError) as caught:
        make_client(server).projects.search(**arguments)
    assert message in str(caught.value)
    assert str(caught.value).startswith("Invalid request, nothing was sent: ")
    assert server.requests == []
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, sdk.APIError)


def test_checked_arguments_are_sent_in_their_wire_form(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(empty_page())
    list(
        make_client(server).projects.search(
            client_id=CLIENT_ID.upper(),
            limit=5.0,
            archived="yes",
            type="NEW_TYPE",
            created_before=datetime(2025, 1, 2, 3, 4, tzinfo=timezone.utc),
            embed=("device",),
        )
    )
    assert server.last.url.params.multi_items() == [
        ("limit", "5"),
        ("type", "NEW_TYPE"),
        ("archived", "true"),
        ("clientId", CLIENT_ID),
        ("createdBefore", "2025-01-02T03:04:00+00:00"),
        ("embed", "device"),
    ]


@pytest.mark.parametrize("device_id", ["bogus id", DEVICE + "\n", "imei:1"])
def test_a_device_id_query_argument_is_checked(
    make_client: Callable[..., Any], sdk: ModuleType, device_id: str
) -> None:
    server = Server(empty_page())
    with pytest.raises(sdk.RequestValidationError) as caught:
        make_client(server).http_bindings.search(device_id=device_id)
    assert f"device_id={device_id!r}: must have one of these formats: <uuid>, imei:<15-16 digits>" in str(caught.value)
    assert server.requests == []


def test_a_uuid_is_accepted_wherever_a_uuid_string_is(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(empty_page(), httpx.Response(204), httpx.Response(204))
    client = make_client(server)
    list(client.http_bindings.search(device_id=UUID(BINDING_ID)))
    assert server.last.url.params["deviceId"] == BINDING_ID
    client.http_bindings.delete(UUID(BINDING_ID))
    client.http_bindings.delete(BINDING_ID.upper())
    assert [r.url.path for r in server.requests[1:]] == [f"/http/bindings/{BINDING_ID}"] * 2
    assert sdk.HttpSenmlBinding(device_id=UUID(BINDING_ID)).device_id == BINDING_ID


def test_path_arguments_are_checked(make_client: Callable[..., Any], sdk: ModuleType) -> None:
    server = Server(httpx.Response(204))
    with pytest.raises(sdk.RequestValidationError, match="binding_id='b1': Input should be a valid UUID"):
        make_client(server).http_bindings.delete("b1")
    with pytest.raises(sdk.RequestValidationError, match="binding_id=None"):
        make_client(server).http_bindings.delete(None)
    assert server.requests == []


async def test_async_methods_check_arguments_when_awaited(
    make_async_client: Callable[..., Any], sdk: ModuleType
) -> None:
    client = make_async_client(Server(httpx.Response(204)))
    pending = client.http_bindings.delete("b1")
    with pytest.raises(sdk.RequestValidationError):
        await pending
    with pytest.raises(sdk.RequestValidationError):
        client.http_bindings.search(limit="x")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": ""}, "body.name: must have at least 1 characters"),
        ({"name": "x" * 256}, "body.name: must have at most 255 characters"),
        ({"tags": ["a", "b", "a"]}, "body.tags: must not contain an item twice"),
        ({"tags": ["a", "b", "c", "d"]}, "body.tags: must have at most 3 items"),
        ({"definition": {"type": 3}}, "body.definition.type: Input should be"),
    ],
)
def test_body_constraints_are_checked(
    make_client: Callable[..., Any], sdk: ModuleType, fields: dict[str, Any], message: str
) -> None:
    server = Server(json_reply(201, project_json()))
    body = {"clientId": CLIENT_ID, "name": "n", "definition": {"type": "CUSTOM"}, "apiSecret": "secret-value"}
    with pytest.raises(sdk.RequestValidationError) as caught:
        make_client(server).projects.create({**body, **fields})
    assert message in str(caught.value)
    assert "secret-value" not in str(caught.value), "body values are never shown"
    assert server.requests == []


def test_constraints_are_checked_when_a_model_is_built(sdk: ModuleType) -> None:
    with pytest.raises(ValueError, match="at least 1 characters"):
        new_project(sdk, name="")


def test_extra_headers_query_and_body(make_client: Callable[..., Any]) -> None:
    server = Server(json_reply(201, project_json()))
    make_client(server).projects.create(
        {"clientId": CLIENT_ID, "name": "n", "definition": {"type": "CUSTOM"}, "apiSecret": "pw"},
        extra_headers={"X-Trace": "t-1", "Authorization": "Bearer other"},
        extra_query={"dryRun": True},
        extra_body={"name": "replaced", "labels": ["x"]},
    )
    request = server.last
    assert request.headers["X-Trace"] == "t-1"
    assert request.headers.get_list("Authorization") == ["Bearer other"]
    assert dict(request.url.params) == {"dryRun": "true"}
    assert json.loads(request.content) == {
        "clientId": CLIENT_ID,
        "name": "replaced",
        "definition": {"type": "CUSTOM"},
        "apiSecret": "pw",
        "labels": ["x"],
    }


def test_extra_query_replaces_a_parameter_and_applies_to_the_first_page_only(
    make_client: Callable[..., Any],
) -> None:
    server = Server(json_reply(200, {"items": [], "next": "/projects?cursor=2"}), empty_page())
    pages = list(
        make_client(server).projects.search(limit=5, extra_query={"limit": 9, "x": "y"}, extra_headers={"X-A": "1"}).pages()
    )
    assert len(pages) == 2
    assert server.requests[0].url.params.multi_items() == [("limit", "9"), ("x", "y")]
    assert str(server.requests[1].url) == f"{BASE_URL}/projects?cursor=2"
    assert [r.headers["X-A"] for r in server.requests] == ["1", "1"]


def test_timeout_not_given_none_and_a_number(make_client: Callable[..., Any]) -> None:
    server = Server(json_reply(200, project_json()))
    client = make_client(server, timeout=12.5)
    client.projects.get("p1")
    assert server.last.extensions["timeout"]["read"] == 12.5
    client.projects.get("p1", timeout=None)
    assert server.last.extensions["timeout"] == {"connect": None, "read": None, "write": None, "pool": None}
    client.projects.get("p1", timeout=2)
    assert server.last.extensions["timeout"]["read"] == 2


def test_max_retries_per_call(make_client: Callable[..., Any], sdk: ModuleType, sleeps: list[float]) -> None:
    server = Server(httpx.Response(503))
    with pytest.raises(sdk.InternalServerError):
        make_client(server, max_retries=0).projects.get("p1", max_retries=3)
    assert len(server.requests) == 4 and len(sleeps) == 3
    with pytest.raises(ValueError, match="max_retries"):
        make_client(server).projects.get("p1", max_retries=-1)


def test_with_options_shares_the_connection_pool(sdk: ModuleType) -> None:
    server = Server(json_reply(200, project_json()))
    http = httpx.Client(transport=httpx.MockTransport(server))
    client = sdk.Things(token=TOKEN, base_url=BASE_URL, http_client=http, default_headers={"X-A": "1"})
    copy = client.with_options(timeout=None, max_retries=0, default_headers={"X-B": "2"})
    assert copy._http is client._http and copy is not client
    assert (copy.timeout, copy.max_retries, client.timeout) == (None, 0, 30.0)
    copy.projects.get("p1")
    assert server.last.headers["X-A"] == "1" and server.last.headers["X-B"] == "2"
    assert copy.projects is not client.projects and copy.projects._client is copy
    copy.close()
    assert not http.is_closed


def test_with_options_of_a_client_that_owns_its_pool(sdk: ModuleType) -> None:
    client = sdk.Things(token=TOKEN)
    copy = client.with_options(token="other", base_url="https://other.test")
    assert copy._credentials.value("token") == "other" and str(copy.base_url) == "https://other.test"
    copy.close()
    assert not client._http.is_closed
    client.close()
    assert copy._http.is_closed


async def test_async_with_options(sdk: ModuleType) -> None:
    async with sdk.AsyncThings(token=TOKEN) as client:
        copy = client.with_options(max_retries=5)
        assert copy._http is client._http and copy.max_retries == 5
        await copy.aclose()
        assert not client._http.is_closed


@pytest.mark.parametrize(
    ("bounds", "good", "bad", "message"),
    [
        ({"ge": 1, "lt": 10}, [1, 9.5], [0, 10], "must be at least 1|must be less than 10"),
        ({"gt": 0, "le": 1}, [0.5, 1], [0, 1.01], "must be greater than 0|must be at most 1"),
        ({"multiple_of": 0.1}, [0.3, 2], [0.25], "must be a multiple of 0.1"),
        ({"min_length": 2, "max_length": 3}, ["ab", ["a", "b", "c"]], ["a", "abcd", []], "must have at"),
        ({"unique_items": True}, [[1, 2], [{"a": 1}, {"a": 2}]], [[1, 1], [{"a": 1}, {"a": 1}]], "twice"),
    ],
)
def test_constrained_checks_requests_only(
    sdk: ModuleType, bounds: dict[str, Any], good: list[Any], bad: list[Any], message: str
) -> None:
    from typing import Annotated

    import pydantic

    adapter = pydantic.TypeAdapter(Annotated[Any, sdk._constraints.constrained(**bounds)])
    assert [adapter.validate_python(v) for v in good] == good
    for value in bad:
        with pytest.raises(pydantic.ValidationError, match=message):
            adapter.validate_python(value)
        lenient = sdk._context.response_context(strict=False)
        assert adapter.validate_python(value, context=lenient) == value
