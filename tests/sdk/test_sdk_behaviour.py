"""The generated SDK against httpx MockTransport: what users rely on, call by call."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from types import ModuleType
from typing import Any, Callable
from uuid import UUID

import httpx
import pydantic
import pytest

TOKEN = "secret-token-value"
BINDING_ID = "224ecc46-291d-482b-993f-c8b508adb0da"
Handler = Callable[[httpx.Request], httpx.Response]


def make_client(sdk: ModuleType, handler: Handler, **options: Any) -> Any:
    transport = httpx.MockTransport(handler)
    return sdk.Things(token=options.pop("token", TOKEN), base_url="https://api.test", http_client=httpx.Client(transport=transport), **options)


def make_async_client(sdk: ModuleType, handler: Handler, **options: Any) -> Any:
    transport = httpx.MockTransport(handler)
    return sdk.AsyncThings(token=TOKEN, base_url="https://api.test", http_client=httpx.AsyncClient(transport=transport), **options)


def senml(**extra: Any) -> dict[str, Any]:
    return {"id": BINDING_ID, "type": "http-senml", "deviceId": "imei:350266800610993", "createdAt": "2025-09-01T23:00:00Z", **extra}


def project(n: int, name: str = "p") -> dict[str, Any]:
    return {"id": str(UUID(int=n)), "clientId": str(UUID(int=100)), "name": name, "definition": {"type": "FREEMIUM"}}


class Recorder:
    """A handler that answers from a list and remembers every request."""

    def __init__(self, *responses: httpx.Response):
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]

    @property
    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


def test_create_sends_wire_names_and_never_read_only_or_unset_fields(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(201, json=senml()))
    client = make_client(sdk, recorder)
    binding = sdk.HttpSenmlBinding(device_id="imei:350266800610993", shared_secret="s3cret", id=UUID(BINDING_ID))
    created = client.http_bindings.create(binding)
    assert recorder.bodies == [{"type": "http-senml", "deviceId": "imei:350266800610993", "sharedSecret": "s3cret"}]
    request = recorder.requests[0]
    assert (request.method, request.url.path) == ("POST", "/http/bindings")
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert isinstance(created, sdk.HttpSenmlBinding)
    assert created.id == UUID(BINDING_ID) and created.created_at == datetime(2025, 9, 1, 23, tzinfo=timezone.utc)
    assert created.shared_secret is None, "writeOnly fields may be missing from responses"


def test_a_dict_body_is_validated_into_the_union_variant(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(201, json=senml()))
    make_client(sdk, recorder).http_bindings.create({"type": "http-streamline", "deviceId": "imei:350266800610993"})
    assert recorder.bodies == [{"type": "http-streamline", "deviceId": "imei:350266800610993"}]
    with pytest.raises(sdk.RequestValidationError, match="body.deviceId: must have one of these formats"):
        make_client(sdk, recorder).http_bindings.create({"type": "http-senml", "deviceId": "not a device id"})
    assert len(recorder.requests) == 1


def test_union_parses_to_the_variant_named_by_type_and_unknown_types_to_a_fallback(sdk: ModuleType) -> None:
    recorder = Recorder(
        httpx.Response(200, json=senml()),
        httpx.Response(200, json={"id": BINDING_ID, "type": "http-streamline", "deviceId": "imei:350266800610993"}),
        httpx.Response(200, json={"id": BINDING_ID, "type": "http-quantum", "deviceId": "imei:350266800610993", "qubits": 7}),
    )
    client = make_client(sdk, recorder)
    assert type(client.http_bindings.get(BINDING_ID)) is sdk.HttpSenmlBinding
    assert type(client.http_bindings.get(BINDING_ID)) is sdk.HttpStreamlineBinding
    unknown = client.http_bindings.get(UUID(BINDING_ID))
    assert type(unknown) is sdk.UnknownHttpBinding
    assert unknown.type == "http-quantum" and unknown.model_extra == {"qubits": 7}
    assert sdk.models.HttpSenmlBinding is sdk.HttpSenmlBinding, "models import from kpn_things.models too"


def test_network_adapter_and_mqtt_message_unions(sdk: ModuleType) -> None:
    adapter = pydantic.TypeAdapter(sdk.NetworkAdapter).validate_python({"type": "lora", "devEui": "EA8FA35E2CF3489F", "urn": "urn:dev:DEVEUI:EA8FA35E2CF3489F:"})
    assert type(adapter) is sdk.LoraNetworkAdapter and adapter.dev_eui == "EA8FA35E2CF3489F"
    message = pydantic.TypeAdapter(sdk.MqttMessage).validate_python({"type": "binary", "payload": "SGVsbG8=", "topic": "t"})
    assert type(message) is sdk.MqttBinaryMessage and message.payload == b"Hello"


def test_required_read_only_field_is_required_in_responses_only(sdk: ModuleType) -> None:
    project = {"clientId": str(UUID(int=1)), "name": "p", "definition": {"type": "FREEMIUM"}}
    recorder = Recorder(httpx.Response(200, json=project))
    with pytest.raises(sdk.APIResponseValidationError, match=r"\$: Field required in a response: id"):
        make_client(sdk, recorder, strict_response_validation=True).projects.get(UUID(int=5))
    assert make_client(sdk, recorder).projects.get(UUID(int=5)).name == "p", "leniently: kept"
    built = sdk.Project(client_id=UUID(int=1), name="p", definition=sdk.ProjectDefinition(type="FREEMIUM"))  # no id in a request
    assert built.id is None


def test_unknown_fields_and_open_enum_values_from_a_newer_server(sdk: ModuleType) -> None:
    downlink = {
        "id": str(UUID(int=9)), "deviceId": "imei:350266800610993", "feedbackTimeout": "PT25H", "status": "TELEPORTED",
        "message": {"type": "text", "payload": "hi", "topic": "downlink", "qos": "EXACTLY_TWICE"}, "priority": "high",
    }
    client = make_client(sdk, Recorder(httpx.Response(200, json=downlink)))
    result = client.mqtt_downlinks.get(UUID(int=9))
    assert result.status == "TELEPORTED" and not result.status.is_known
    assert result.message.qos == "EXACTLY_TWICE"
    assert result.model_extra == {"priority": "high"}
    assert result.feedback_timeout == timedelta(hours=25)
    assert sdk.DownlinkStatus("PENDING") is sdk.DownlinkStatus.PENDING and sdk.DownlinkStatus.PENDING.is_known


def test_duration_is_exact_on_the_wire(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(201, json={"deviceId": "imei:350266800610993", "feedbackTimeout": "PT25H", "message": {"type": "text", "payload": "x", "topic": "t"}}))
    client = make_client(sdk, recorder)
    client.mqtt_downlinks.create(sdk.MqttDownlink(device_id="imei:350266800610993", feedback_timeout=timedelta(hours=25),
                                                  message=sdk.MqttTextMessage(payload="x", topic="t")))
    assert recorder.bodies[0]["feedbackTimeout"] == "PT25H"
    assert recorder.bodies[0]["message"] == {"type": "text", "payload": "x", "topic": "t"}


def test_binary_payload_is_base64_on_the_wire(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(201, json={"deviceId": "imei:350266800610993", "feedbackTimeout": "PT10M", "message": {"type": "binary", "payload": "AAEC", "topic": "t"}}))
    result = make_client(sdk, recorder).mqtt_downlinks.create(
        {"deviceId": "imei:350266800610993", "feedbackTimeout": "PT10M", "message": {"type": "binary", "payload": b"\x00\x01\x02", "topic": "t"}}
    )
    assert recorder.bodies[0]["message"]["payload"] == "AAEC"
    assert result.message.payload == b"\x00\x01\x02"


@pytest.mark.parametrize("device_id", ["imei:350266800610993", "IMEI:350266800610993", "deveui:ea8fa35e2cf3489f", "DevEUI:EA8FA35E2CF3489F",
                                       "dvnuuid:ed8b73ac-f48f-4457-8ccc-9926cf28979f", "urn:dev:imei:350266800610993:", "URN:DEV:DEVEUI:EA8FA35E2CF3489F",
                                       "urn:dev:dvnuuid:ed8b73ac-f48f-4457-8ccc-9926cf28979f", "478a82d4-128f-47a6-aa61-2eac3f2a23ad"])
def test_device_id_accepts_its_seven_formats_in_any_case(sdk: ModuleType, device_id: str) -> None:
    assert sdk.MqttBinding(device_id=device_id).device_id == device_id


@pytest.mark.parametrize("device_id", ["imei:123", "deveui:xyz", "urn:dev:imei:abc", "hello", ""])
def test_device_id_rejects_other_strings(sdk: ModuleType, device_id: str) -> None:
    with pytest.raises(pydantic.ValidationError, match="must have one of these formats: <uuid>, imei:<15-16 digits>"):
        sdk.MqttBinding(device_id=device_id)


def test_query_parameters_are_encoded(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(200, json={"items": []}))
    client = make_client(sdk, recorder)
    list(client.device_groups.list_devices(UUID(int=1), embed=["device", sdk.ListDevicesInDeviceGroupEmbedItem.DEVICE_GROUP],
                                          created_since=datetime(2025, 5, 1, tzinfo=timezone.utc), limit=5))
    list(client.mqtt_downlinks.search(status=sdk.DownlinkStatus.PENDING, device_id="imei:350266800610993"))
    list(client.http_bindings.search(client_id=UUID(int=7), type="http-senml"))
    first, second, third = recorder.requests
    assert first.url.params.get_list("embed") == ["device", "deviceGroup"]
    assert first.url.params["createdSince"] == "2025-05-01T00:00:00+00:00"
    assert first.url.params["limit"] == "5"
    assert "cursor" not in first.url.params, "unset parameters are not sent"
    assert dict(second.url.params) == {"status": "PENDING", "deviceId": "imei:350266800610993"}
    assert dict(third.url.params) == {"clientId": str(UUID(int=7)), "type": "http-senml"}


def test_cancel_sends_forced_and_returns_none(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(202))
    assert make_client(sdk, recorder).mqtt_downlinks.cancel(UUID(int=3), forced=True) is None
    request = recorder.requests[0]
    assert (request.method, request.url.path, request.url.params["forced"]) == ("DELETE", f"/mqtt/downlinks/{UUID(int=3)}", "true")


def test_cancel_conflict_raises_with_the_problem(sdk: ModuleType) -> None:
    problem = {"type": "/conflict", "title": "Cannot cancel", "status": 409, "detail": "Downlink is DONE"}
    client = make_client(sdk, Recorder(httpx.Response(409, json=problem, headers={"content-type": "application/problem+json"})))
    with pytest.raises(sdk.ConflictError) as caught:
        client.mqtt_downlinks.cancel(UUID(int=3))
    error = caught.value
    assert error.status_code == 409 and error.problem.detail == "Downlink is DONE" and error.problem.title == "Cannot cancel"
    assert isinstance(error, sdk.APIStatusError) and isinstance(error, sdk.APIError)
    assert TOKEN not in str(error) and TOKEN not in repr(error)


@pytest.mark.parametrize(("status", "name"), [(400, "BadRequestError"), (401, "AuthenticationError"), (403, "PermissionDeniedError"),
                                              (404, "NotFoundError"), (409, "ConflictError"), (422, "UnprocessableEntityError"),
                                              (429, "RateLimitError"), (500, "InternalServerError"), (503, "InternalServerError")])
def test_every_error_status_has_its_class(sdk: ModuleType, status: int, name: str) -> None:
    client = make_client(sdk, Recorder(httpx.Response(status, json={"title": "x"})), max_retries=0)
    with pytest.raises(getattr(sdk, name)) as caught:
        client.projects.get(UUID(int=1))
    assert caught.value.status_code == status


def test_exists_is_true_for_204_and_false_for_404(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(204), httpx.Response(404))
    client = make_client(sdk, recorder)
    assert client.projects.exists(UUID(int=1)) is True
    assert client.projects.exists(UUID(int=2)) is False
    assert [r.method for r in recorder.requests] == ["HEAD", "HEAD"]


@pytest.mark.parametrize("evil", ["../../x", "a/b", "..", "a b", "ü?#", "imei:350266800610993/../x"])
def test_path_parameters_that_do_not_fit_are_never_sent(sdk: ModuleType, evil: str) -> None:
    recorder = Recorder(httpx.Response(204))
    client = make_client(sdk, recorder)
    with pytest.raises(sdk.RequestValidationError, match="device_group_id="):
        client.device_groups.remove_device(evil, "imei:350266800610993")
    with pytest.raises(sdk.RequestValidationError, match="device_id="):
        client.device_groups.remove_device(UUID(int=1), evil)
    assert recorder.requests == []


def test_path_parameters_are_encoded(sdk: ModuleType) -> None:
    recorder = Recorder(httpx.Response(204))
    make_client(sdk, recorder).device_groups.remove_device(UUID(int=1), "URN:DEV:IMEI:350266800610993:")
    assert recorder.requests[0].url.raw_path.decode() == f"/device-groups/{UUID(int=1)}/devices/URN%3ADEV%3AIMEI%3A350266800610993%3A"


def test_pagination_follows_next_links_lazily(sdk: ModuleType) -> None:
    pages = {
        "/projects": {"items": [project(1, "a")], "next": "https://api.test/projects?cursor=c2"},
        "c2": {"items": [project(2, "b"), project(3, "c")], "next": "/projects?cursor=c3"},
        "c3": {"items": [project(4, "d")]},
    }
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=pages[request.url.params.get("cursor", "/projects")])

    client = make_client(sdk, handler)
    pager = client.projects.search(limit=2)
    assert requests == [], "nothing is requested before iteration"
    assert [p.name for p in pager] == ["a", "b", "c", "d"]
    assert [r.url.params.get("cursor") for r in requests] == [None, "c2", "c3"]
    assert requests[0].url.params["limit"] == "2"
    first = client.projects.search().first_page()
    assert [p.name for p in first.items] == ["a"] and first.next_cursor == "c2"
    resumed = client.projects.search(cursor=first.next_cursor).first_page()
    assert [p.name for p in resumed.items] == ["b", "c"]


async def test_async_pagination_and_calls(sdk: ModuleType) -> None:
    group = {"projectId": str(UUID(int=5))}
    pages = [{"items": [{"name": "g1", **group}], "next": "/device-groups?cursor=2"}, {"items": [{"name": "g2", **group}]}]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "HEAD":
            return httpx.Response(204)
        return httpx.Response(200, json=pages[1 if request.url.params.get("cursor") else 0])

    async with make_async_client(sdk, handler) as client:
        assert [g.name async for g in client.device_groups.search()] == ["g1", "g2"]
        assert await client.projects.exists(UUID(int=1)) is True
        raw = await client.with_raw_response.projects.exists(UUID(int=1))
        assert raw.status_code == 204 and raw.parse() is True


def test_raw_response_gives_headers_and_the_parsed_result(sdk: ModuleType) -> None:
    client = make_client(sdk, Recorder(httpx.Response(200, json=project(1), headers={"x-request-id": "abc"})))
    raw = client.with_raw_response.projects.get(UUID(int=1))
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "abc"
    assert isinstance(raw.parse(), sdk.Project) and raw.parse().name == "p"
    for resource in ("http_bindings", "mqtt_bindings", "mqtt_downlinks", "projects", "device_groups"):
        wrapped = getattr(client.with_raw_response, resource)
        plain = getattr(client, resource)
        methods = [m for m in dir(plain) if not m.startswith("_") and m != "with_raw_response"]
        assert methods and all(callable(getattr(wrapped, m)) for m in methods)


def test_retries_honour_retry_after_for_get_but_not_post(sdk: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    recorder = Recorder(httpx.Response(503, headers={"retry-after": "2"}), httpx.Response(200, json=project(1)))
    client = make_client(sdk, recorder)
    monkeypatch.setattr(client, "_sleep", slept.append)
    assert client.projects.get(UUID(int=1)).name == "p"
    assert len(recorder.requests) == 2 and slept == [2.0]
    post = Recorder(httpx.Response(500, json={}))
    client = make_client(sdk, post)
    monkeypatch.setattr(client, "_sleep", slept.append)
    with pytest.raises(sdk.InternalServerError):
        client.device_groups.create({"name": "g", "projectId": str(UUID(int=5))})
    assert len(post.requests) == 1, "a POST that reached the server is not retried"


def test_timeouts_become_api_timeout_errors(sdk: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    client = make_client(sdk, handler, max_retries=1)
    monkeypatch.setattr(client, "_sleep", lambda seconds: None)
    with pytest.raises(sdk.APITimeoutError):
        client.projects.get(UUID(int=1), timeout=0.5)
    assert issubclass(sdk.APITimeoutError, sdk.APIConnectionError)


def test_token_callable_is_called_per_request_and_never_shown(sdk: ModuleType) -> None:
    tokens = iter(["first-token", "second-token"])
    recorder = Recorder(httpx.Response(204))
    client = make_client(sdk, recorder, token=lambda: next(tokens))
    client.projects.exists(UUID(int=1))
    client.projects.exists(UUID(int=1))
    assert [r.headers["authorization"] for r in recorder.requests] == ["Bearer first-token", "Bearer second-token"]
    plain = make_client(sdk, recorder)
    assert TOKEN not in repr(plain)


def test_environment_gives_token_and_base_url(sdk: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KPN_THINGS_TOKEN", "env-token")
    monkeypatch.setenv("KPN_THINGS_BASE_URL", "https://env.test")
    recorder = Recorder(httpx.Response(204))
    client = sdk.Things(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    client.projects.exists(UUID(int=1))
    assert recorder.requests[0].headers["authorization"] == "Bearer env-token"
    assert recorder.requests[0].url.host == "env.test"
    monkeypatch.delenv("KPN_THINGS_BASE_URL")
    default = sdk.Things(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    default.projects.exists(UUID(int=1))
    assert str(recorder.requests[1].url).startswith("https://api.kpnthings.com/projects/")
