"""How users call the generated SDK: mypy --strict must accept every line, and reject each
line marked ``# type: ignore[code]`` with exactly that code (--strict warns about an unused
ignore, so a misuse that type-checks fails the test). Checked with and without the pydantic
mypy plugin: the models spell out their constructors."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import assert_type
from uuid import UUID

from kpn_things import (
    NOT_GIVEN,
    APIResponse,
    APIResponseValidationError,
    AsyncPager,
    AsyncThings,
    ConflictError,
    DeviceGroup,
    DeviceGroupParam,
    DownlinkStatus,
    HttpBinding,
    HttpSenmlBinding,
    MqttBinaryMessage,
    MqttDownlink,
    MqttTextMessage,
    NotFoundError,
    Project,
    ProjectDefinition,
    ProjectDefinitionType,
    RequestValidationError,
    ResultsPage,
    SyncPager,
    Things,
    UnknownHttpBinding,
)

DEVICE = "imei:350266800610993"


def sync_usage(client: Things) -> None:
    binding = client.http_bindings.create(HttpSenmlBinding(device_id=DEVICE, shared_secret="s"))
    assert_type(binding, HttpBinding)
    client.http_bindings.create({"type": "http-streamline", "deviceId": UUID(int=1)})
    for found in client.http_bindings.search(type="http-senml", created_since=datetime(2025, 1, 1, tzinfo=timezone.utc)):
        assert_type(found, HttpBinding)
    pager = client.projects.search(limit=10, client_id="0b5f2a4e-0000-4000-8000-000000000000")
    assert_type(pager, SyncPager[Project])
    page = pager.first_page()
    assert_type(page, ResultsPage[Project])
    assert_type(page.next_cursor, str | None)
    project = client.projects.get(UUID(int=1))
    assert_type(project.definition.type, ProjectDefinitionType)
    assert_type(client.projects.exists("0b5f2a4e-0000-4000-8000-000000000000"), bool)
    downlink = client.mqtt_downlinks.create(
        MqttDownlink(device_id=DEVICE, feedback_timeout=timedelta(hours=25), message=MqttTextMessage(payload="hi", topic="t"))
    )
    assert_type(downlink.status, DownlinkStatus | None)
    client.mqtt_downlinks.search(status="A_NEW_STATUS", device_id=UUID(int=4))
    client.mqtt_downlinks.search(status=DownlinkStatus.PENDING, limit=NOT_GIVEN)
    try:
        client.mqtt_downlinks.cancel(UUID(int=2), forced=True, timeout=None, max_retries=0)
    except ConflictError as error:
        print(error.problem, error.body)
    except NotFoundError:
        pass
    except (RequestValidationError, APIResponseValidationError) as error:
        print(error.errors)
    raw = client.with_raw_response.projects.get(UUID(int=1))
    assert_type(raw, APIResponse[Project])
    assert_type(raw.parse(), Project)
    client.device_groups.list_devices(UUID(int=3), embed=["device"], extra_query={"x": 1}, extra_headers={"X-A": "b"})
    group: DeviceGroupParam = {"name": "g", "projectId": UUID(int=5), "description": "d"}
    client.device_groups.create(group, extra_body={"labels": ["x"]})
    assert_type(client.with_options(max_retries=5, strict_response_validation=True), Things)


def misuse(client: Things, unknown: UnknownHttpBinding) -> None:
    client.device_groups.add_device(UUID(int=1), {"deviceId": 1})  # type: ignore[arg-type]
    client.http_bindings.create({"deviceId": DEVICE})  # type: ignore[arg-type]
    client.http_bindings.create(unknown)  # type: ignore[arg-type]
    client.device_groups.create()  # type: ignore[call-arg]
    client.device_groups.list_devices(UUID(int=3), embed=["everything"])  # type: ignore[list-item]
    client.projects.search(limit=None)  # type: ignore[arg-type]
    client.projects.get(UUID(int=1), timeout="soon")  # type: ignore[arg-type]
    client.projects.get(UUID(int=1), extra_headers={"X-Count": 1})  # type: ignore[dict-item]
    client.projects.get(UUID(int=1), extra_body={})  # type: ignore[call-arg]
    DeviceGroup(name="g", project_id=UUID(int=1), description=None)  # type: ignore[arg-type]
    DeviceGroup(name="g", projectId=UUID(int=1))  # type: ignore[call-arg]
    ProjectDefinition(type=3)  # type: ignore[arg-type]
    MqttBinaryMessage(payload="SGk=", topic="t")  # type: ignore[arg-type]
    HttpSenmlBinding(device_id=DEVICE, type="http-streamline")  # type: ignore[arg-type]


async def async_usage() -> None:
    async with AsyncThings(token=lambda: "t") as client:
        pager = client.device_groups.search()
        assert_type(pager, AsyncPager[DeviceGroup])
        first = await pager
        assert_type(first, ResultsPage[DeviceGroup])
        async for group in pager:
            assert_type(group.name, str)
        assert_type(await client.projects.exists(UUID(int=1)), bool)
        raw = await client.with_raw_response.projects.exists(UUID(int=1))
        assert_type(raw.parse(), bool)
        raw_pager = await client.with_raw_response.device_groups.search()
        assert_type(raw_pager, APIResponse[AsyncPager[DeviceGroup]])


def construct_models() -> None:
    ProjectDefinition(type="CUSTOM")
    ProjectDefinition(type=ProjectDefinitionType.EXPLORER, max_devices=3)
    DeviceGroup(name="g", project_id="0b5f2a4e-0000-4000-8000-000000000000", description=NOT_GIVEN)
    HttpSenmlBinding(device_id=UUID(int=9))
    MqttBinaryMessage(payload=b"\x00\x01", topic="t", qos="AT_MOST_ONCE")
    MqttDownlink(
        device_id=DEVICE,
        feedback_timeout=timedelta(minutes=10),
        message={"type": "binary", "payload": b"\x01", "topic": "t"},
    )
