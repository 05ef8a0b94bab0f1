"""Every operation of the five APIs, called through the generated SDK (sync and async) against
Prism serving the normalized specs, in static and dynamic mode: each call succeeds, parses to the
documented type, and Prism finds no violation in any request the SDK sent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pydantic
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
    """Per resource: (method, how to call it on the resource, what it must return)."""
    page = lambda resource: resource.search().first_page()  # noqa: E731
    return {
        "http_bindings": [
            ("search", lambda r: r.search(type="http-senml", client_id=ID, device_id=DEVICE, created_since=SINCE, limit=5).first_page(), list),
            ("create", lambda r: r.create(sdk.HttpSenmlBinding(device_id=DEVICE, shared_secret="s3cret")), (sdk.HttpSenmlBinding, sdk.HttpStreamlineBinding)),
            ("get", lambda r: r.get(ID), (sdk.HttpSenmlBinding, sdk.HttpStreamlineBinding)),
            ("set", lambda r: r.set(ID, sdk.HttpStreamlineBinding(device_id=DEVICE)), (sdk.HttpSenmlBinding, sdk.HttpStreamlineBinding)),
            ("delete", lambda r: r.delete(ID), type(None)),
        ],
        "mqtt_bindings": [
            ("search", lambda r: r.search(username="urn:dev:IMEI:357292748642776:", modified_before=SINCE).first_page(), list),
            ("create", lambda r: r.create(sdk.MqttBinding(device_id=DEVICE, password=PASSWORD)), sdk.MqttBinding),
            ("get", lambda r: r.get(ID), sdk.MqttBinding),
            ("set", lambda r: r.set(ID, {"deviceId": "deveui:ea8fa35e2cf3489f", "password": PASSWORD}), sdk.MqttBinding),
            ("delete", lambda r: r.delete(ID), type(None)),
        ],
        "mqtt_downlinks": [
            ("search", lambda r: r.search(status=sdk.DownlinkStatus.PENDING, device_id=DEVICE).first_page(), list),
            ("create", lambda r: r.create(sdk.MqttDownlink(device_id=DEVICE, feedback_timeout=timedelta(hours=25),
                                                           message=sdk.MqttTextMessage(payload="on", topic="downlink"))), sdk.MqttDownlink),
            ("get", lambda r: r.get(ID), sdk.MqttDownlink),
            ("cancel", lambda r: r.cancel(ID, forced=True), type(None)),
        ],
        "projects": [
            ("search", lambda r: r.search(q="explorer", client_id=ID, sort="createdAt,-name").first_page(), list),
            ("get", lambda r: r.get(ID), sdk.Project),
            ("exists", lambda r: r.exists(ID), bool),
        ],
        "device_groups": [
            ("search", page, list),
            ("create", lambda r: r.create(sdk.DeviceGroup(name="Parking sensors", project_id=ID)), sdk.DeviceGroup),
            ("get", lambda r: r.get(ID), sdk.DeviceGroup),
            ("set", lambda r: r.set(ID, sdk.DeviceGroup(name="Renamed", project_id=ID, description="d")), sdk.DeviceGroup),
            ("delete", lambda r: r.delete(ID), type(None)),
            ("list_devices", lambda r: r.list_devices(ID, embed=["device", "deviceGroup"], created_before=SINCE).first_page(), list),
            ("add_device", lambda r: r.add_device(ID, sdk.DeviceGroupDeviceLink(device_id=DEVICE)), sdk.DeviceGroupDeviceLink),
            ("remove_device", lambda r: r.remove_device(ID, "urn:dev:deveui:ea8fa35e2cf3489f:"), type(None)),
        ],
    }


def out_of_range_duration(error: pydantic.ValidationError) -> bool:
    """Random `\\d+D` data beyond timedelta's 999,999,999 days: rejected by the SDK, as documented."""
    return all("duration out of range" in e["msg"] for e in error.errors())


def check(result: Any, expected: Any) -> None:
    if expected is list:
        assert isinstance(result.items, list)
    else:
        assert isinstance(result, expected), (type(result), expected)


def test_every_operation_is_covered(sdk: ModuleType) -> None:
    covered = {(resource, name) for resource, entries in calls(sdk).items() for name, _, _ in entries}
    client = sdk.Things(token="t")
    offered = {(resource, m) for resource in SPECS for m in dir(getattr(client, resource)) if not m.startswith("_") and m != "with_raw_response"}
    assert covered == offered and len(covered) == 25


@pytest.mark.parametrize("dynamic", [False, True], ids=["static", "dynamic"])
def test_sync_client_against_prism(sdk: ModuleType, prism: Any, normalized_spec: Callable[[str], Path], dynamic: bool) -> None:
    servers = prism.start_many([(normalized_spec(spec), server_options(dynamic)) for spec in SPECS.values()])
    exchanges = Exchanges()
    rounds = DYNAMIC_ROUNDS if dynamic else 1
    for (resource, spec), server in zip(SPECS.items(), servers):
        http = httpx.Client(event_hooks={"response": [exchanges.record]})
        with sdk.Things(token="test-token", base_url=server.base_url, http_client=http) as client:
            for name, call, expected in calls(sdk)[resource]:
                for _ in range(rounds if name in ("search", "get", "list_devices") else 1):
                    try:
                        check(call(getattr(client, resource)), expected)
                    except pydantic.ValidationError as exc:
                        if dynamic and out_of_range_duration(exc):
                            continue
                        raise AssertionError(f"{resource}.{name} against {spec}: {exc!r}") from exc
                    except Exception as exc:
                        raise AssertionError(f"{resource}.{name} against {spec} ({'dynamic' if dynamic else 'static'}): {exc!r}\n{server.output(40)}") from exc
    exchanges.assert_clean()


@pytest.mark.parametrize("dynamic", [False, True], ids=["static", "dynamic"])
async def test_async_client_against_prism(sdk: ModuleType, prism: Any, normalized_spec: Callable[[str], Path], dynamic: bool) -> None:
    servers = prism.start_many([(normalized_spec(spec), server_options(dynamic)) for spec in SPECS.values()])
    exchanges = Exchanges()
    for (resource, spec), server in zip(SPECS.items(), servers):
        http = httpx.AsyncClient(event_hooks={"response": [exchanges.arecord]})
        async with sdk.AsyncThings(token="test-token", base_url=server.base_url, http_client=http) as client:
            target = getattr(client, resource)
            try:
                results = await async_calls(sdk, resource, target)
            except pydantic.ValidationError as exc:
                if dynamic and out_of_range_duration(exc):
                    continue
                raise
            for name, (result, expected) in results.items():
                assert result is not None or expected is type(None), f"{resource}.{name} ({spec})"
                check(result, expected)
    exchanges.assert_clean()


async def async_calls(sdk: ModuleType, resource: str, r: Any) -> dict[str, tuple[Any, Any]]:
    """The same calls as `calls`, awaited (pagers: `await first_page()`)."""
    results: dict[str, tuple[Any, Any]] = {}
    for name, _, expected in calls(sdk)[resource]:
        if name in ("search", "list_devices"):
            pager = r.search() if name == "search" else r.list_devices(ID, embed=["device"])
            results[name] = (await pager.first_page(), expected)
        elif name in ("get", "delete", "exists"):
            results[name] = (await getattr(r, name)(ID), expected)
        elif name == "cancel":
            results[name] = (await r.cancel(ID, forced=False), expected)
        elif name == "remove_device":
            results[name] = (await r.remove_device(ID, DEVICE), expected)
        else:
            body = BODIES[(resource, name)](sdk)
            results[name] = (await (getattr(r, name)(ID, body) if name in ("set", "add_device") else getattr(r, name)(body)), expected)
    return results


BODIES: dict[tuple[str, str], Callable[[ModuleType], Any]] = {
    ("http_bindings", "create"): lambda sdk: sdk.HttpStreamlineBinding(device_id="deveui:ea8fa35e2cf3489f"),
    ("http_bindings", "set"): lambda sdk: {"type": "http-senml", "deviceId": DEVICE, "sharedSecret": "x"},
    ("mqtt_bindings", "create"): lambda sdk: sdk.MqttBinding(device_id=str(ID), password=PASSWORD),
    ("mqtt_bindings", "set"): lambda sdk: sdk.MqttBinding(device_id=DEVICE, password=PASSWORD),
    ("mqtt_downlinks", "create"): lambda sdk: sdk.MqttDownlink(device_id=DEVICE, feedback_timeout=timedelta(minutes=15),
                                                               message=sdk.MqttBinaryMessage(payload=b"\x01\x02", topic="downlink")),
    ("device_groups", "create"): lambda sdk: {"name": "g", "projectId": str(ID)},
    ("device_groups", "set"): lambda sdk: sdk.DeviceGroup(name="g", project_id=ID),
    ("device_groups", "add_device"): lambda sdk: {"deviceId": DEVICE},
}
