"""Type-checked only (mypy --strict, Python >= 3.11): what SDK users see.

Lines ending in ``# type: ignore[code]`` are misuse that mypy must reject; with
``warn_unused_ignores`` (part of --strict) an accepted misuse line fails the check.
"""

from __future__ import annotations

from datetime import timedelta
from typing import assert_type
from uuid import UUID

from fake_things import (
    NOT_GIVEN,
    APIResponse,
    AsyncPager,
    AsyncThings,
    HttpBinding,
    HttpSenmlBinding,
    MqttBinaryMessage,
    MqttDownlink,
    Project,
    ProjectDefinition,
    ProjectParam,
    ProjectType,
    ResultsPage,
    SyncPager,
    Things,
    UnknownHttpBinding,
)

BINDING = UUID(int=9)


def sync_usage(client: Things) -> None:
    project = client.projects.get("x")
    assert_type(project, Project)
    assert_type(project.definition.type, ProjectType)
    pager = client.projects.search(limit=10, type=ProjectType.CUSTOM)
    assert_type(pager, SyncPager[Project])
    for item in pager:
        assert_type(item, Project)
    page = pager.first_page()
    assert_type(page, ResultsPage[Project])
    assert_type(page.items, list[Project])
    assert_type(page.next_cursor, str | None)
    assert_type(client.projects.exists("x"), bool)
    assert_type(client.projects.delete("x"), None)
    binding = client.http_bindings.get(BINDING)
    assert_type(binding, HttpBinding)
    if isinstance(binding, HttpSenmlBinding):
        assert_type(binding.shared_secret, str | None)
    for found in client.http_bindings.search(type="http-senml", device_id=BINDING):
        assert_type(found, HttpBinding)
    client.http_bindings.create(HttpSenmlBinding(device_id="imei:350266800610993"))
    client.http_bindings.create({"type": "http-senml", "deviceId": "x"})
    client.http_bindings.get(str(BINDING), timeout=None, max_retries=0)
    client.projects.search(type="A_NEW_TYPE", embed=("device",), limit=NOT_GIVEN)
    client.projects.get("x", extra_headers={"X-Trace": "1"}, extra_query={"a": 1})

    raw = client.with_raw_response.projects.get("x")
    assert_type(raw, APIResponse[Project])
    assert_type(raw.parse(), Project)
    assert_type(raw.status_code, int)
    raw_pager = client.with_raw_response.projects.search(limit=1)
    assert_type(raw_pager, APIResponse[SyncPager[Project]])
    assert_type(client.with_raw_response.projects.delete("x"), APIResponse[None])
    assert_type(client.projects.with_raw_response.exists("x"), APIResponse[bool])
    assert_type(client.with_options(timeout=5.0), Things)


def misuse(client: Things, unknown: UnknownHttpBinding) -> None:
    client.http_bindings.create({"deviceId": 1})  # type: ignore[arg-type]
    client.http_bindings.create({"type": "http-senml"})  # type: ignore[arg-type]
    client.http_bindings.create(unknown)  # type: ignore[arg-type]
    client.projects.search(limit=None)  # type: ignore[arg-type]
    client.projects.search(embed=["everything"])  # type: ignore[list-item]
    client.projects.get("x", timeout="soon")  # type: ignore[arg-type]
    client.projects.get("x", extra_headers={"X-Count": 1})  # type: ignore[dict-item]
    client.projects.create()  # type: ignore[call-arg]
    ProjectDefinition(type=3)  # type: ignore[arg-type]
    ProjectDefinition(kind="CUSTOM")  # type: ignore[call-arg]
    HttpSenmlBinding(device_id="imei:350266800610993", shared_secret=None)  # type: ignore[arg-type]
    MqttBinaryMessage(payload="SGk=", topic="t")  # type: ignore[arg-type]
    body: ProjectParam = {"clientId": "c", "name": "n", "definition": {"type": "X"}}  # type: ignore[typeddict-item]
    print(body)


async def async_usage(client: AsyncThings) -> None:
    assert_type(await client.projects.get("x"), Project)
    pager = client.projects.search()
    assert_type(pager, AsyncPager[Project])
    assert_type(await pager, ResultsPage[Project])
    async for item in pager:
        assert_type(item, Project)
    async for page in pager.pages():
        assert_type(page, ResultsPage[Project])
    assert_type(await pager.first_page(), ResultsPage[Project])
    assert_type(await client.projects.exists("x"), bool)
    raw = await client.with_raw_response.projects.get("x")
    assert_type(raw, APIResponse[Project])
    raw_pager = await client.with_raw_response.projects.search()
    assert_type(raw_pager, APIResponse[AsyncPager[Project]])
    raw_binding = await client.with_raw_response.http_bindings.get(BINDING)
    assert_type(raw_binding.parse(), HttpBinding)


def construct_models() -> None:
    Things(token=lambda: "refreshed", base_url="https://example.test", max_retries=0)
    Things(token="t", strict_response_validation=True, timeout=None)
    Project(
        client_id=UUID(int=2),
        name="n",
        definition=ProjectDefinition(type=ProjectType("NEW_TYPE")),
        api_secret="s",
        parent_id=None,
    )
    Project(client_id="c", name="n", definition={"type": "CUSTOM"}, api_secret="s")
    ProjectDefinition(type="CUSTOM")
    MqttDownlink(
        message=MqttBinaryMessage(payload=b"\x00\x01", topic="t"),
        device_id="imei:350266800610993",
        feedback_timeout=timedelta(minutes=10),
    )
    MqttDownlink(
        message={"type": "text", "payload": "hi", "topic": "t"},
        device_id=UUID(int=5),
        feedback_timeout=timedelta(minutes=10),
    )
