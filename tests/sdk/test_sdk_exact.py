"""The generated kpn_things SDK, forgiving on what the server sends and exact on what it sends
(issue 9), call by call against httpx.MockTransport."""

from __future__ import annotations

import inspect
import json
import logging
import pydoc
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pydantic
import pytest

from tests.sdk.test_sdk_behaviour import BINDING_ID, Recorder, make_async_client, make_client, senml

DEVICE = "imei:350266800610993"
GROUP = {"id": str(UUID(int=1)), "name": "g", "projectId": str(UUID(int=2))}


def downlink(**overrides: Any) -> dict[str, Any]:
    body = {"id": str(UUID(int=9)), "deviceId": DEVICE, "feedbackTimeout": "PT25H", "message": {"type": "text", "payload": "x", "topic": "t"}}
    return {**body, **overrides}


# -- exact on what the SDK sends ---------------------------------------------------------------


def test_an_optional_field_set_to_none_is_not_sent_as_null(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(201, json=GROUP))
    make_client(sdk, recorder).device_groups.create(sdk.DeviceGroup(name="g", project_id=UUID(int=2), description=None))
    assert recorder.bodies == [{"name": "g", "projectId": str(UUID(int=2))}]


def test_a_fetched_model_sent_back_has_no_nulls_for_write_only_fields(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(200, json=senml(sharedSecret=None, createdBy=None)))
    client = make_client(sdk, recorder)
    fetched = client.http_bindings.get(BINDING_ID)
    assert fetched.shared_secret is None
    client.http_bindings.set(BINDING_ID, fetched)
    assert recorder.bodies[1] == {"type": "http-senml", "deviceId": DEVICE}


@pytest.mark.parametrize("device_id", ["bogus id", DEVICE + "\n", "imei:35026680061099", " " + DEVICE])
def test_a_device_id_that_does_not_fit_is_never_sent(sdk: ModuleType, device_id: str) -> None:
    recorder = Recorder(httpx.Response(200, json={"items": []}))
    client = make_client(sdk, recorder)
    with pytest.raises(sdk.RequestValidationError) as caught:
        client.http_bindings.search(device_id=device_id)
    assert "device_id=" in str(caught.value) and "imei:<15-16 digits> (any case)" in str(caught.value)
    with pytest.raises(sdk.RequestValidationError, match=r"body\.deviceId: must have one of these formats"):
        client.device_groups.add_device(UUID(int=1), {"deviceId": device_id})
    with pytest.raises(pydantic.ValidationError):
        sdk.MqttBinding(device_id=device_id)
    assert recorder.requests == []


def test_a_device_id_error_names_the_formats_in_words(sdk: ModuleType) -> None:
    with pytest.raises(pydantic.ValidationError) as caught:
        sdk.DeviceGroupDeviceLink(device_id="bogus id")
    assert caught.value.errors()[0]["msg"] == (
        "must have one of these formats: <uuid>, imei:<15-16 digits> (any case), deveui:<16 hex digits> (any case), "
        "dvnuuid:<uuid> (any case), urn:dev:imei:<15-16 digits>[:] (any case), urn:dev:deveui:<16 hex digits>[:] (any case), "
        "urn:dev:dvnuuid:<uuid>[:] (any case)"
    )


def test_a_uuid_is_accepted_wherever_a_uuid_string_is(sdk: ModuleType) -> None:
    device = UUID("478a82d4-128f-47a6-aa61-2eac3f2a23ad")
    recorder = Recorder(httpx.Response(200, json={"items": []}), httpx.Response(204), httpx.Response(200, json={"deviceId": str(device)}))
    client = make_client(sdk, recorder)
    list(client.http_bindings.search(device_id=device, client_id=str(UUID(int=3))))
    client.device_groups.remove_device(str(UUID(int=1)), device)
    client.device_groups.add_device(UUID(int=1), sdk.DeviceGroupDeviceLink(device_id=device))
    first, second, third = recorder.requests
    assert dict(first.url.params) == {"deviceId": str(device), "clientId": str(UUID(int=3))}
    assert second.url.path == f"/device-groups/{UUID(int=1)}/devices/{device}"
    assert json.loads(third.content) == {"deviceId": str(device)}


@pytest.mark.parametrize("text", ["PT", "-PT1S", "P1DT", "PT1,5S", "P1M"])
def test_duration_syntax_is_checked_before_sending(sdk: ModuleType, text: str) -> None:
    recorder = Recorder(httpx.Response(201, json=downlink()))
    body = {"deviceId": DEVICE, "feedbackTimeout": text, "message": {"type": "text", "payload": "x", "topic": "t"}}
    with pytest.raises(sdk.RequestValidationError, match=r"body\.feedbackTimeout: "):
        make_client(sdk, recorder).mqtt_downlinks.create(body)
    with pytest.raises(sdk.RequestValidationError, match="negative duration"):
        make_client(sdk, recorder).mqtt_downlinks.create({**body, "feedbackTimeout": timedelta(seconds=-1)})
    assert recorder.requests == []


def test_lengths_and_closed_enums_are_checked_before_sending(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(201, json=GROUP))
    client = make_client(sdk, recorder)
    with pytest.raises(sdk.RequestValidationError, match=r"body\.name: must have at least 1 characters"):
        client.device_groups.create({"name": "", "projectId": str(UUID(int=2))})
    with pytest.raises(sdk.RequestValidationError, match=r"body\.description: must have at most 255 characters"):
        client.device_groups.create({"name": "g", "projectId": str(UUID(int=2)), "description": "x" * 256})
    with pytest.raises(sdk.RequestValidationError, match=r"embed\[0\]='devices': Input should be 'device' or 'deviceGroup'"):
        client.device_groups.list_devices(UUID(int=1), embed=["devices"])
    with pytest.raises(sdk.RequestValidationError, match=r"q='': must have at least 1 characters"):
        client.projects.search(q="")
    with pytest.raises(sdk.RequestValidationError, match=r"body\.password: must have at least 24 characters"):
        client.mqtt_bindings.create({"deviceId": DEVICE, "password": "short"})
    assert recorder.requests == []


def test_an_unknown_variant_is_not_a_request_body(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(200, json={"type": "http-quantum", "deviceId": DEVICE}))
    client = make_client(sdk, recorder)
    unknown = client.http_bindings.get(BINDING_ID)
    assert type(unknown) is sdk.UnknownHttpBinding and issubclass(sdk.UnknownHttpBinding, sdk._models.UnknownVariant)
    with pytest.raises(sdk.RequestValidationError, match="UnknownHttpBinding is a kind this SDK version does not know"):
        client.http_bindings.set(BINDING_ID, unknown)
    with pytest.raises(sdk.RequestValidationError, match="UnknownMqttMessage"):
        client.mqtt_downlinks.create(downlink(message={"type": "video"}))
    assert len(recorder.requests) == 1


def test_a_required_body_is_a_required_parameter(sdk: ModuleType) -> None:
    client = sdk.Things(token="t")
    assert inspect.signature(client.device_groups.create).parameters["body"].default is inspect.Parameter.empty
    assert inspect.signature(client.http_bindings.set).parameters["body"].default is inspect.Parameter.empty
    assert inspect.signature(client.mqtt_downlinks.create).parameters["body"].default is sdk.NOT_GIVEN, "optional in the spec"
    recorder = Recorder(httpx.Response(201, json=downlink()))
    make_client(sdk, recorder).mqtt_downlinks.create()
    assert recorder.requests[0].content == b""


# -- forgiving on what the server sends --------------------------------------------------------


@pytest.mark.parametrize(("text", "payload"), [("hqH", b"\x86\xa1"), ("zsn_5_aA", b"\xce\xc9\xff\xe7\xf6\x80"), ("zsn_5/aAb", "zsn_5/aAb")])
def test_base64_without_padding_or_url_safe_parses(sdk: ModuleType, text: str, payload: Any, caplog: pytest.LogCaptureFixture) -> None:
    body = downlink(message={"type": "binary", "payload": text, "topic": "t"})
    result = make_client(sdk, Recorder(httpx.Response(200, json=body))).mqtt_downlinks.get(UUID(int=9))
    assert type(result) is sdk.MqttDownlink and result.message.payload == payload
    assert result.feedback_timeout == timedelta(hours=25)
    assert ("$.message.payload: invalid base64 text" in caplog.text) is isinstance(payload, str)


def test_a_page_with_bad_items_keeps_every_item(sdk: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    items = [senml(), {"deviceId": DEVICE, "id": BINDING_ID}, senml(id="nope", deviceId=42)]
    page = make_client(sdk, Recorder(httpx.Response(200, json={"items": items}))).http_bindings.search().first_page()
    assert [type(i).__name__ for i in page.items] == ["HttpSenmlBinding", "UnknownHttpBinding", "HttpSenmlBinding"]
    assert (page.items[2].id, page.items[2].device_id) == ("nope", 42)
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "GET /http/bindings does not fit PageOfHttpBindings" in warning.getMessage()
    assert "$.items[1]: 'type' is missing" in warning.getMessage()
    assert "$.items[2].id: Input should be a valid UUID" in warning.getMessage()


def test_strict_mode_raises_a_typed_error(sdk: ModuleType) -> None:
    body = downlink(message={"type": "binary", "payload": "zsn_5/aAb", "topic": "t"})
    client = make_client(sdk, Recorder(httpx.Response(200, json=body)), strict_response_validation=True)
    with pytest.raises(sdk.APIResponseValidationError) as caught:
        client.mqtt_downlinks.get(UUID(int=9))
    assert caught.value.body == body and caught.value.errors[0]["loc"][:2] == ("message", "binary")
    assert isinstance(caught.value, sdk.APIError) and not isinstance(caught.value, pydantic.ValidationError)


def test_a_plain_json_error_body_is_kept(sdk: ModuleType) -> None:
    client = make_client(sdk, Recorder(httpx.Response(400, json={"message": "bad"})))
    with pytest.raises(sdk.BadRequestError) as caught:
        client.device_groups.create({"name": "g", "projectId": str(UUID(int=2))})
    assert caught.value.problem is None and caught.value.body == {"message": "bad"}
    assert str(caught.value) == "400 Bad Request for POST /device-groups: bad"


def test_a_raw_response_is_parsed_only_when_asked(sdk: ModuleType) -> None:
    client = make_client(sdk, Recorder(httpx.Response(200, text="<html>maintenance</html>")))
    raw = client.with_raw_response.device_groups.get(UUID(int=1))
    assert raw.status_code == 200 and raw.text == "<html>maintenance</html>"
    with pytest.raises(sdk.APIResponseValidationError, match="is not JSON") as caught:
        raw.parse()
    assert caught.value.body == "<html>maintenance</html>"


# -- ergonomics -------------------------------------------------------------------------------


def test_per_call_options_and_with_options(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(201, json=GROUP))
    client = make_client(sdk, recorder).with_options(default_headers={"X-Tenant": "t1"}, timeout=5)
    client.device_groups.create(
        {"name": "g", "projectId": str(UUID(int=2))}, extra_headers={"X-Trace": "1"}, extra_query={"dry": "yes"},
        extra_body={"labels": ["a"]}, timeout=None, max_retries=0,
    )
    request = recorder.requests[0]
    assert (request.headers["X-Tenant"], request.headers["X-Trace"], request.url.params["dry"]) == ("t1", "1", "yes")
    assert json.loads(request.content)["labels"] == ["a"]
    assert request.extensions["timeout"]["read"] is None


async def test_an_async_pager_is_awaitable(sdk: ModuleType) -> None:
    pages = [{"items": [GROUP], "next": "/device-groups?cursor=2"}, {"items": [GROUP]}]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[1 if request.url.params.get("cursor") else 0])

    async with make_async_client(sdk, handler) as client:
        first = await client.device_groups.search(limit=1)
        assert isinstance(first, sdk.ResultsPage) and first.next_cursor == "2"
        pager = client.device_groups.search()
        assert [g.name async for g in pager] == ["g", "g"] == [g.name async for g in pager]
        assert repr(pager) == "<AsyncPager of PageOfDeviceGroups from GET /device-groups>"


def test_a_pager_stops_at_a_cycle(sdk: ModuleType) -> None:
    pages = {"": {"items": [GROUP], "next": "?cursor=b"}, "b": {"items": [GROUP], "next": "?cursor=a"}, "a": {"items": [GROUP], "next": "?cursor=b"}}
    client = make_client(sdk, lambda r: httpx.Response(200, json=pages[r.url.params.get("cursor", "")]))
    with pytest.raises(sdk.APIError, match="page 3 leads back to a page already fetched"):
        list(client.device_groups.search())


def test_open_sets_take_plain_strings_and_unused_enums_are_not_exported(sdk: ModuleType) -> None:
    assert sdk.ProjectDefinition(type="CUSTOM").type is sdk.ProjectDefinitionType.CUSTOM
    assert not sdk.ProjectDefinition(type="BRAND_NEW").type.is_known
    assert not hasattr(sdk, "HttpBindingType") and not hasattr(sdk.models, "NetworkAdapterType")
    assert "HttpBindingType" not in sdk.__all__


def test_help_and_signature_show_attribute_names(sdk: ModuleType) -> None:
    signature = inspect.signature(sdk.HttpSenmlBinding)
    assert list(signature.parameters) == ["id", "type", "device_id", "created_at", "created_by", "modified_at", "modified_by", "shared_secret"]
    text = pydoc.render_doc(sdk.HttpSenmlBinding, renderer=pydoc.plaintext)
    assert "HttpSenmlBinding(*, id: " in text and "deviceId" not in text.split("Attributes:")[0]
    assert "shared_secret: The shared secret that the device will use" in text
    binding = sdk.HttpSenmlBinding(device_id=DEVICE, shared_secret="hunter2")
    assert str(binding).startswith("HttpSenmlBinding(") and "hunter2" not in str(binding)
    assert repr(sdk.Things(token="t").http_bindings.search()) == "<SyncPager of PageOfHttpBindings from GET /http/bindings>"


def test_docstrings_name_the_exceptions(sdk: ModuleType) -> None:
    client = sdk.Things(token="t")
    cancel = client.mqtt_downlinks.cancel.__doc__ or ""
    assert "ConflictError: 409, MQTT downlink status does not permit cancellation." in cancel
    assert "NotFoundError: 404" in cancel and "RequestValidationError:" in cancel and "APIConnectionError:" in cancel
    get = client.device_groups.get.__doc__ or ""
    assert "NotFoundError: 404" in get and "APIResponseValidationError:" in get
    assert "NotFoundError" not in (client.projects.exists.__doc__ or ""), "exists answers False on 404"


def test_the_readme_error_table_has_every_exception_the_sdk_raises(sdk: ModuleType, sdk_root: Path) -> None:
    readme = (sdk_root / "README.md").read_text()
    section = readme.split("## Errors", 1)[1].split("\n## ", 1)[0]
    words = set("".join(c if c.isalnum() or c == "_" else " " for c in section).split())
    raised = {name for name in sdk.__all__ if isinstance(getattr(sdk, name), type) and issubclass(getattr(sdk, name), sdk.APIError)}
    assert len(raised) == 14 and raised <= words, raised - words
