"""Responses that do not fit their schema: kept (default) or refused (strict), never lost."""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pydantic
import pytest

from .helpers import BINDING_ID, PROJECT_ID, Server, json_reply, project_json

DEVICE = "imei:350266800610993"


def downlink(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": PROJECT_ID,
        "message": {"type": "binary", "payload": "SGk=", "topic": "down"},
        "deviceId": DEVICE,
        "feedbackTimeout": "PT10M",
    }
    body.update(overrides)
    return body


def test_wrong_types_keep_what_fits_and_log_one_warning(
    make_client: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    body = project_json(clientId="not-a-uuid", createdAt="yesterday", newField=[1])
    body["definition"]["maxDevices"] = "many"
    caplog.set_level(logging.WARNING)
    project = make_client(Server(json_reply(200, body))).projects.get("p1")
    assert project.id == UUID(PROJECT_ID), "fields that fit are typed"
    assert project.client_id == "not-a-uuid", "the rest is kept as received"
    assert project.created_at == "yesterday"
    assert project.definition.max_devices == "many"
    assert project.definition.type == "FREEMIUM" and project.definition.type.is_known
    assert project.model_extra == {"newField": [1]}
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert record.getMessage().startswith(
        "The response of GET /projects/p1 does not fit Project; kept as received"
    )
    for path in ("$.clientId", "$.createdAt", "$.definition.maxDevices"):
        assert path in record.getMessage()


def test_strict_mode_raises_with_the_response_body_and_errors(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    body = project_json(clientId="not-a-uuid")
    client = make_client(Server(json_reply(200, body)), strict_response_validation=True)
    with pytest.raises(sdk.APIResponseValidationError) as caught:
        client.projects.get("p1")
    error = caught.value
    assert isinstance(error, sdk.APIError) and not isinstance(error, pydantic.ValidationError)
    assert error.body == body
    assert error.response.status_code == 200 == error.status_code
    assert error.request.url.path == "/projects/p1"
    assert [e["loc"] for e in error.errors] == [("clientId",)]
    assert str(error).startswith(
        "The response of GET /projects/p1 does not fit Project: $.clientId: Input should"
    )
    assert isinstance(error.__cause__, type(None)) and error.__suppress_context__


def test_with_options_turns_strict_mode_on_for_a_copy(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(200, project_json(clientId="x")))
    client = make_client(server)
    assert client.projects.get("p1").client_id == "x"
    strict = client.with_options(strict_response_validation=True)
    with pytest.raises(sdk.APIResponseValidationError):
        strict.projects.get("p1")


def test_one_bad_item_never_loses_a_page(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    items = [
        {"type": "http-senml", "deviceId": DEVICE, "id": BINDING_ID},
        {"type": "http-senml", "deviceId": DEVICE, "id": "bad-id"},
        {"deviceId": DEVICE},
        {"type": "http-streamline", "deviceId": 5, "createdAt": "yesterday"},
    ]
    server = Server(json_reply(200, {"items": items, "next": None, "total": 4}))
    page = make_client(server).http_bindings.search().first_page()
    first, second, third, fourth = page.items
    assert (type(first), first.id) == (sdk.HttpSenmlBinding, UUID(BINDING_ID))
    assert (type(second), second.id) == (sdk.HttpSenmlBinding, "bad-id")
    assert type(third) is sdk.UnknownHttpBinding and third.device_id == DEVICE
    assert type(fourth) is sdk.HttpStreamlineBinding
    assert (fourth.device_id, fourth.created_at) == (5, "yesterday")
    assert page.model.model_extra == {"total": 4}


def test_bad_base64_and_a_missing_tag_deep_inside(
    sdk: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    bodies = [
        downlink(message={"payload": "SGk=", "topic": "t"}),
        downlink(message={"type": "binary", "payload": "zsn_5/aAb", "topic": "t"}),
        downlink(message={"type": "binary", "payload": "hqH", "topic": "t"}),
    ]
    caplog.set_level(logging.WARNING)
    first, second, third = (
        sdk._parsing.parse_response(
            sdk.MqttDownlink, httpx.Response(200, json=body, request=_get()), strict=False
        )
        for body in bodies
    )
    assert type(first.message) is sdk.UnknownMqttMessage
    assert first.message.model_extra == {"payload": "SGk=", "topic": "t"}
    assert type(second.message) is sdk.MqttBinaryMessage
    assert second.message.payload == "zsn_5/aAb"
    assert third.message.payload == b"\x86\xa1", "unpadded base64 is fine"
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert "$.message: 'type' is missing" in messages[0]
    assert "$.message.payload: invalid base64 text" in messages[1]


def _get() -> httpx.Request:
    return httpx.Request("GET", "https://api.test/x")


BAD_BODIES = [
    b"<html>oops</html>",
    b"",
    b"[1, 2]",
    b'"a string"',
    b"null",
    b'{"items": 5}',
]


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("content", BAD_BODIES)
def test_no_pydantic_error_escapes(
    make_client: Callable[..., Any], sdk: ModuleType, content: bytes, strict: bool
) -> None:
    reply = httpx.Response(200, content=content, headers={"Content-Type": "application/json"})
    client = make_client(Server(reply), strict_response_validation=strict)
    calls = [lambda: list(client.projects.search())]
    if strict or content != b'{"items": 5}':  # an object: leniently, a Project
        calls.append(lambda: client.projects.get("p1"))
    for call in calls:
        with pytest.raises(sdk.APIResponseValidationError) as caught:
            call()
        assert caught.value.response.content == content
        assert caught.value.body is not None or content == b"null"


def test_a_lenient_object_with_missing_fields_reads_them_as_none(
    make_client: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    project = make_client(Server(json_reply(200, {"items": 5}))).projects.get("p1")
    assert (project.name, project.client_id, project.definition) == (None, None, None)
    assert project.model_fields_set == set()
    assert "$.clientId: Field required" in caplog.text


def test_a_body_that_is_not_json_is_kept_as_text(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    reply = httpx.Response(200, content=b"<html>oops</html>")
    with pytest.raises(sdk.APIResponseValidationError, match="is not JSON") as caught:
        make_client(Server(reply)).projects.get("p1")
    assert caught.value.body == "<html>oops</html>"


def test_strict_mode_checks_patterns_and_lengths_of_responses(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    body = project_json(name="")
    assert make_client(Server(json_reply(200, body))).projects.get("p1").name == ""
    strict = make_client(Server(json_reply(200, body)), strict_response_validation=True)
    with pytest.raises(sdk.APIResponseValidationError, match=r"\$\.name: must have at least 1"):
        strict.projects.get("p1")


async def test_async_client_is_lenient_and_strict_alike(
    make_async_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(200, project_json(clientId="x")))
    assert (await make_async_client(server).projects.get("p1")).client_id == "x"
    strict = make_async_client(server, strict_response_validation=True)
    with pytest.raises(sdk.APIResponseValidationError):
        await strict.projects.get("p1")
