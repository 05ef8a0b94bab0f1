"""Every operation of the five APIs, called through the generated SDK (sync and async) against
Prism serving the normalized specs, in static and dynamic mode (25 operations x 15 rounds of
random data): each call succeeds, parses to the documented type without falling back to a
lenient parse, and Prism finds no violation in any request the SDK sent."""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pytest

from tests.support.prism import request_violations

pytestmark = pytest.mark.prism

SPECS = {"http_bindings": "http-bindings", "mqtt_bindings": "mqtt-bindings", "mqtt_downlinks": "mqtt-downlinks",
         "projects": "projects", "device_groups": "device-groups"}
DYNAMIC_ROUNDS = 15
ID = UUID("0c86079d-9bf4-41be-9f38-d6c877a27d8c")
DEVICE = "imei:350266800610993"
PASSWORD = "G6sdt9{4R8QmORTPt%zW.*:yr@}vRLzc"  # at least 24 characters, as the spec demands
SINCE = datetime(2025, 5, 1, tzinfo=timezone.utc)


def server_options(dynamic: bool) -> dict[str, Any]:
    """Static Prism answers request violations with errors; dynamic Prism would also answer its
    own random data's violations with 500s, so there the `sl-violations` header is the verdict."""
    return {"dynamic": dynamic, "errors": not dynamic}


class Exchanges:
    """Every response the SDK received, to check Prism's verdict on each request afterwards."""

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []

    def record(self, response: httpx.Response) -> None:
        self.responses.append(response)

    async def arecord(self, response: httpx.Response) -> None:
        self.responses.append(response)

    def assert_clean(self) -> None:
        assert self.responses, "no request reached Prism"
        problems = [(f"{r.request.method} {r.request.url}", request_violations(r)) for r in self.responses if request_violations(r)]
        assert not problems, problems


def calls(sdk: ModuleType) -> dict[str, list[tuple[str, Callable[[Any], Any], Any]]]:
    """Per resource: (method, how to call it on the resource, what it must return).

    The same calls serve both clients: a sync pager is asked for its first page, an async
    one is awaited (which gives its first page), an async call's coroutine is awaited.
    """
    page: Callable[[Any], Any] = lambda pager: pager.first_page() if isinstance(pager, sdk.SyncPager) else pager  # noqa: E731
    binding = (sdk.HttpSenmlBinding, sdk.HttpStreamlineBinding, sdk.UnknownHttpBinding)
    return {
        "http_bindings": [
            ("search", lambda r: page(r.search(type="http-senml", client_id=ID, device_id=DEVICE, created_since=SINCE, limit=5)), sdk.ResultsPage),
            ("create", lambda r: r.create(sdk.HttpSenmlBinding(device_id=DEVICE, shared_secret="s3cret")), binding),
            ("get", lambda r: r.get(ID), binding),
            ("set", lambda r: r.set(ID, {"type": "http-streamline", "deviceId": ID}), binding),
            ("delete", lambda r: r.delete(str(ID)), type(None)),
        ],
        "mqtt_bindings": [
            ("search", lambda r: page(r.search(username="urn:dev:IMEI:357292748642776:", modified_before=SINCE)), sdk.ResultsPage),
            ("create", lambda r: r.create(sdk.MqttBinding(device_id=DEVICE, password=PASSWORD)), sdk.MqttBinding),
            ("get", lambda r: r.get(ID), sdk.MqttBinding),
            ("set", lambda r: r.set(ID, {"deviceId": "deveui:ea8fa35e2cf3489f", "password": PASSWORD}), sdk.MqttBinding),
            ("delete", lambda r: r.delete(ID), type(None)),
        ],
        "mqtt_downlinks": [
            ("search", lambda r: page(r.search(status=sdk.DownlinkStatus.PENDING, device_id=DEVICE)), sdk.ResultsPage),
            ("create", lambda r: r.create(sdk.MqttDownlink(device_id=DEVICE, feedback_timeout=timedelta(hours=25),
                                                           message=sdk.MqttBinaryMessage(payload=b"\x01\x02", topic="downlink"))), sdk.MqttDownlink),
            ("get", lambda r: r.get(ID), sdk.MqttDownlink),
            ("cancel", lambda r: r.cancel(ID, forced=True), type(None)),
        ],
        "projects": [
            ("search", lambda r: page(r.search(q="explorer", client_id=ID, sort="createdAt,-name")), sdk.ResultsPage),
            ("get", lambda r: r.get(ID), sdk.Project),
            ("exists", lambda r: r.exists(ID), bool),
        ],
        "device_groups": [
            ("search", lambda r: page(r.search(limit=3)), sdk.ResultsPage),
            ("create", lambda r: r.create({"name": "Parking sensors", "projectId": str(ID)}), sdk.DeviceGroup),
            ("get", lambda r: r.get(ID), sdk.DeviceGroup),
            ("set", lambda r: r.set(ID, sdk.DeviceGroup(name="Renamed", project_id=ID, description="d")), sdk.DeviceGroup),
            ("delete", lambda r: r.delete(ID), type(None)),
            ("list_devices", lambda r: page(r.list_devices(ID, embed=["device", "deviceGroup"], created_before=SINCE)), sdk.ResultsPage),
            ("add_device", lambda r: r.add_device(ID, sdk.DeviceGroupDeviceLink(device_id=UUID(int=7))), sdk.DeviceGroupDeviceLink),
            ("remove_device", lambda r: r.remove_device(ID, "urn:dev:deveui:ea8fa35e2cf3489f:"), type(None)),
        ],
    }


def check(result: Any, expected: Any, sdk: ModuleType) -> None:
    assert isinstance(result, expected), (type(result), expected)
    if isinstance(result, sdk.ResultsPage):
        assert isinstance(result.items, list)


def test_every_operation_is_covered(sdk: ModuleType) -> None:
    covered = {(resource, name) for resource, entries in calls(sdk).items() for name, _, _ in entries}
    client = sdk.Things(token="t")
    offered = {(resource, m) for resource in SPECS for m in dir(getattr(client, resource)) if not m.startswith("_") and m != "with_raw_response"}
    assert covered == offered and len(covered) == 25


def failure(resource: str, name: str, spec: str, dynamic: bool, exc: BaseException, server: Any) -> AssertionError:
    mode = "dynamic" if dynamic else "static"
    return AssertionError(f"{resource}.{name} against {spec} ({mode}): {exc!r}\n{server.output(40)}")


@pytest.mark.parametrize("dynamic", [False, True], ids=["static", "dynamic"])
def test_sync_client_against_prism(
    sdk: ModuleType, prism: Any, normalized_spec: Callable[[str], Path], dynamic: bool, caplog: pytest.LogCaptureFixture
) -> None:
    """Every operation, DYNAMIC_ROUNDS times in dynamic mode: no failure and no lenient parse."""
    servers = prism.start_many([(normalized_spec(spec), server_options(dynamic)) for spec in SPECS.values()])
    exchanges = Exchanges()
    rounds = DYNAMIC_ROUNDS if dynamic else 1
    for (resource, spec), server in zip(SPECS.items(), servers):
        http = httpx.Client(event_hooks={"response": [exchanges.record]})
        with sdk.Things(token="test-token", base_url=server.base_url, http_client=http) as client:
            for name, call, expected in calls(sdk)[resource]:
                for _ in range(rounds):
                    try:
                        check(call(getattr(client, resource)), expected, sdk)
                    except Exception as exc:
                        raise failure(resource, name, spec, dynamic, exc, server) from exc
    exchanges.assert_clean()
    assert len(exchanges.responses) == 25 * rounds
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize("dynamic", [False, True], ids=["static", "dynamic"])
async def test_async_client_against_prism(
    sdk: ModuleType, prism: Any, normalized_spec: Callable[[str], Path], dynamic: bool, caplog: pytest.LogCaptureFixture
) -> None:
    """The same calls through `AsyncThings`, the rounds of one resource run concurrently."""
    servers = prism.start_many([(normalized_spec(spec), server_options(dynamic)) for spec in SPECS.values()])
    exchanges = Exchanges()
    rounds = DYNAMIC_ROUNDS if dynamic else 1
    for (resource, spec), server in zip(SPECS.items(), servers):
        http = httpx.AsyncClient(event_hooks={"response": [exchanges.arecord]})
        async with sdk.AsyncThings(token="test-token", base_url=server.base_url, http_client=http) as client:
            for name, call, expected in calls(sdk)[resource]:

                async def once(call: Callable[[Any], Any] = call) -> Any:
                    result = call(getattr(client, resource))
                    return await result if inspect.isawaitable(result) else result

                outcomes = await asyncio.gather(*(once() for _ in range(rounds)), return_exceptions=True)
                for outcome in outcomes:
                    if isinstance(outcome, BaseException):
                        raise failure(resource, name, spec, dynamic, outcome, server) from outcome
                    check(outcome, expected, sdk)
    exchanges.assert_clean()
    assert len(exchanges.responses) == 25 * rounds
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
