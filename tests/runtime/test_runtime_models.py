"""Models: aliases, unknown fields, readOnly/writeOnly, unions, open enums."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from types import ModuleType
from typing import Any
from uuid import UUID

import pydantic
import pytest

from .helpers import CLIENT_ID, PROJECT_ID, Server, json_reply, project_json

DEVICE = "imei:350266800610993"


def new_project(sdk: ModuleType, **fields: Any) -> Any:
    fields.setdefault("api_secret", "pw")
    return sdk.Project(
        client_id=UUID(CLIENT_ID),
        name="n",
        definition=sdk.ProjectDefinition(type=sdk.ProjectType.CUSTOM),
        **fields,
    )


def sent_json(server: Server) -> Any:
    return json.loads(server.last.content)


def test_snake_case_construction_and_wire_names(sdk: ModuleType) -> None:
    project = new_project(sdk)
    assert project.client_id == UUID(CLIENT_ID)
    assert project.model_dump(mode="json")["clientId"] == CLIENT_ID
    assert sdk.Project.model_validate(project_json(id=PROJECT_ID)).client_id == UUID(
        CLIENT_ID
    )


def test_unknown_response_fields_are_kept(make_client: Callable[..., Any]) -> None:
    server = Server(json_reply(200, project_json(futureField={"x": 1}, colour="red")))
    project = make_client(server).projects.get("p1")
    assert project.model_extra == {"futureField": {"x": 1}, "colour": "red"}
    assert project.colour == "red"
    assert project.definition.max_devices == 3


def test_only_set_fields_are_sent(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(201, project_json()))
    make_client(server).projects.create(new_project(sdk))
    assert sent_json(server) == {
        "clientId": CLIENT_ID,
        "name": "n",
        "definition": {"type": "CUSTOM"},
        "apiSecret": "pw",
    }
    assert server.last.headers["Content-Type"] == "application/json"


def test_explicit_none_is_sent_as_null(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(201, project_json()))
    make_client(server).projects.create(new_project(sdk, description=None))
    assert sent_json(server)["description"] is None


def test_read_only_fields_are_never_sent(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(200, project_json()))
    client = make_client(server)
    fetched = client.projects.get("p1")
    fetched.name = "renamed"
    fetched.api_secret = "pw"
    client.projects.create(fetched)
    body = sent_json(server)
    assert "id" not in body
    assert "createdAt" not in body
    assert body["definition"] == {"type": "FREEMIUM"}  # maxDevices is readOnly
    assert body["name"] == "renamed"


def test_read_only_excluded_in_lists_and_dicts(sdk: ModuleType) -> None:
    to_request_json = sdk._models.to_request_json
    one = new_project(sdk, id=UUID(PROJECT_ID))
    two = sdk.Project.model_validate({**project_json(), "apiSecret": "s"})
    assert to_request_json([one, two], list[sdk.Project]) == [
        {
            "clientId": CLIENT_ID,
            "name": "n",
            "definition": {"type": "CUSTOM"},
            "apiSecret": "pw",
        },
        {
            "clientId": CLIENT_ID,
            "name": "My first project",
            "definition": {"type": "FREEMIUM"},
            "apiSecret": "s",
        },
    ]
    by_key = to_request_json({"k": one}, dict[str, sdk.Project])
    assert "id" not in by_key["k"]


def test_dict_body_is_validated_into_the_model(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(201, project_json()))
    make_client(server).projects.create(
        {
            "id": PROJECT_ID,
            "client_id": CLIENT_ID,
            "name": "n",
            "definition": {"type": "EXPLORER", "maxDevices": 1},
            "apiSecret": "pw",
            "newField": 1,
        }
    )
    assert sent_json(server) == {
        "clientId": CLIENT_ID,
        "name": "n",
        "definition": {"type": "EXPLORER"},
        "apiSecret": "pw",
        "newField": 1,
    }


def test_invalid_dict_body_raises_before_sending(
    make_client: Callable[..., Any],
) -> None:
    server = Server(json_reply(201, project_json()))
    with pytest.raises(pydantic.ValidationError, match="clientId"):
        make_client(server).projects.create({"name": "n"})
    assert server.requests == []


def test_required_read_only_is_enforced_on_responses_only(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    assert new_project(sdk).id is None
    body = project_json()
    del body["id"]
    with pytest.raises(
        pydantic.ValidationError, match="Field required in a response: id"
    ):
        make_client(Server(json_reply(200, body))).projects.get("p1")
    with pytest.raises(pydantic.ValidationError) as caught:
        make_client(Server(json_reply(200, project_json(id=None)))).projects.get("p1")
    assert caught.value.errors()[0]["type"] == "missing_in_response"


def test_required_read_only_is_checked_in_nested_items(
    make_client: Callable[..., Any],
) -> None:
    second = project_json()
    del second["id"]
    server = Server(json_reply(200, {"items": [project_json(), second]}))
    with pytest.raises(pydantic.ValidationError) as caught:
        list(make_client(server).projects.search())
    assert caught.value.errors()[0]["loc"] == ("items", 1)


def test_required_write_only_is_enforced_on_requests(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(201, project_json()))
    with pytest.raises(pydantic.ValidationError) as caught:
        make_client(server).projects.create(new_project(sdk, api_secret=None))
    assert [e["loc"] for e in caught.value.errors()] == [("apiSecret",)]
    assert server.requests == []
    nested = [new_project(sdk), new_project(sdk, api_secret=None)]
    with pytest.raises(pydantic.ValidationError) as caught:
        sdk._models.to_request_json(nested, list[sdk.Project])
    assert caught.value.errors()[0]["loc"] == (1, "apiSecret")
    assert sdk.Project.model_validate(project_json()).api_secret is None


def test_write_only_values_are_masked_in_repr(sdk: ModuleType) -> None:
    binding = sdk.HttpSenmlBinding(device_id=DEVICE, shared_secret="hunter2")
    assert "hunter2" not in repr(binding)
    assert "hunter2" not in str(binding)
    assert "shared_secret='**********'" in repr(binding)
    assert binding.shared_secret == "hunter2"
    assert "shared_secret=None" in repr(sdk.HttpSenmlBinding(device_id=DEVICE))


def test_discriminator_default_is_always_sent(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(
        json_reply(201, {"type": "http-senml", "deviceId": DEVICE, "id": PROJECT_ID})
    )
    created = make_client(server).http_bindings.create(
        sdk.HttpSenmlBinding(device_id=DEVICE, shared_secret="s")
    )
    assert sent_json(server) == {
        "type": "http-senml",
        "deviceId": DEVICE,
        "sharedSecret": "s",
    }
    assert isinstance(created, sdk.HttpSenmlBinding)
    assert created.id == UUID(PROJECT_ID)


@pytest.mark.parametrize(
    ("body", "cls"),
    [
        ({"type": "http-senml", "deviceId": DEVICE}, "HttpSenmlBinding"),
        ({"type": "http-streamline", "deviceId": DEVICE}, "HttpStreamlineBinding"),
        ({"type": "http-lorawan", "deviceId": "new:format"}, "UnknownHttpBinding"),
    ],
)
def test_union_response_parses_to_the_right_class(
    make_client: Callable[..., Any], sdk: ModuleType, body: dict[str, Any], cls: str
) -> None:
    binding = make_client(Server(json_reply(200, body))).http_bindings.get("b1")
    assert type(binding) is getattr(sdk, cls)
    assert binding.type == body["type"]


def test_union_without_discriminator_is_an_error(
    make_client: Callable[..., Any],
) -> None:
    server = Server(json_reply(200, {"deviceId": DEVICE}))
    with pytest.raises(
        pydantic.ValidationError, match="'type' is missing or not one of"
    ):
        make_client(server).http_bindings.get("b1")


def test_unknown_union_member_round_trips(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    body = {
        "type": "http-lorawan",
        "deviceId": "lora:1",
        "id": PROJECT_ID,
        "region": "EU",
    }
    server = Server(json_reply(200, body))
    client = make_client(server)
    binding = client.http_bindings.get("b1")
    assert binding.model_extra == {"region": "EU"}
    client.http_bindings.create(binding)
    assert sent_json(server) == {
        "type": "http-lorawan",
        "deviceId": "lora:1",
        "region": "EU",
    }


def test_dict_body_for_a_union(make_client: Callable[..., Any]) -> None:
    server = Server(json_reply(201, {"type": "http-streamline", "deviceId": DEVICE}))
    make_client(server).http_bindings.create(
        {"type": "http-streamline", "device_id": DEVICE}
    )
    assert sent_json(server) == {"type": "http-streamline", "deviceId": DEVICE}


@pytest.mark.parametrize(
    "device_id",
    [
        DEVICE,
        "IMEI:3502668006109931",
        "deveui:EA8FA35E2CF3489F",
        "urn:dev:imei:350266800610993:",
        "478a82d4-128f-47a6-aa61-2eac3f2a23ad",
    ],
)
def test_pattern_union_accepts_every_format(sdk: ModuleType, device_id: str) -> None:
    assert sdk.HttpSenmlBinding(device_id=device_id).device_id == device_id


@pytest.mark.parametrize("device_id", ["imei:123", "deveui:xyz", "", "urn:dev:imei:1"])
def test_pattern_union_rejects_other_values_in_requests(
    sdk: ModuleType, device_id: str
) -> None:
    with pytest.raises(
        pydantic.ValidationError, match="does not match any accepted format"
    ):
        sdk.HttpSenmlBinding(device_id=device_id)


def test_pattern_union_accepts_new_formats_from_the_server(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(200, {"type": "http-senml", "deviceId": "iccid:8931"}))
    assert make_client(server).http_bindings.get("b1").device_id == "iccid:8931"


def test_pattern_union_takes_compiled_patterns(sdk: ModuleType) -> None:
    import re
    from typing import Annotated

    check = sdk._types.matches_any(re.compile(r"^a+$"), "^b$", (r"^c$", re.IGNORECASE))
    adapter = pydantic.TypeAdapter(Annotated[str, check])
    assert [adapter.validate_python(v) for v in ("aa", "b", "C")] == ["aa", "b", "C"]
    with pytest.raises(pydantic.ValidationError):
        adapter.validate_python("B")


class TestOpenEnum:
    def test_known_member(self, sdk: ModuleType) -> None:
        member = sdk.DownlinkStatus("DONE")
        assert member is sdk.DownlinkStatus.DONE
        assert member.is_known
        assert member.value == "DONE"
        assert str(member) == "DONE"
        assert f"{member}" == "DONE"
        assert repr(member) == "<DownlinkStatus.DONE: 'DONE'>"

    def test_unknown_value_is_a_pseudo_member(self, sdk: ModuleType) -> None:
        member = sdk.DownlinkStatus("NEWER_VALUE")
        assert isinstance(member, sdk.DownlinkStatus)
        assert not member.is_known
        assert member.value == "NEWER_VALUE"
        assert member == "NEWER_VALUE"
        assert member == sdk.DownlinkStatus("NEWER_VALUE")
        assert hash(member) == hash("NEWER_VALUE")
        assert str(member) == "NEWER_VALUE"
        assert repr(member) == "<DownlinkStatus (unknown): 'NEWER_VALUE'>"
        assert list(sdk.DownlinkStatus) == [
            sdk.DownlinkStatus.PENDING,
            sdk.DownlinkStatus.EXECUTING,
            sdk.DownlinkStatus.DONE,
        ]

    def test_copy_and_pickle(self, sdk: ModuleType) -> None:
        member = sdk.DownlinkStatus("NEWER_VALUE")
        assert copy.deepcopy(member) == member
        assert pickle.loads(pickle.dumps(member)) == "NEWER_VALUE"
        assert (
            pickle.loads(pickle.dumps(sdk.DownlinkStatus.DONE))
            is sdk.DownlinkStatus.DONE
        )

    def test_non_string_is_rejected(self, sdk: ModuleType) -> None:
        with pytest.raises(ValueError):
            sdk.DownlinkStatus(3)

    def test_pydantic_parses_and_dumps_unknown_values(self, sdk: ModuleType) -> None:
        raw = project_json(definition={"type": "ASSET_TRACKING_E2E"})
        project = sdk._models.parse_response(sdk.Project, json.dumps(raw).encode())
        kind = project.definition.type
        assert isinstance(kind, sdk.ProjectType)
        assert (kind.value, kind.is_known) == ("ASSET_TRACKING_E2E", False)
        assert (
            json.loads(project.model_dump_json())["definition"]["type"]
            == "ASSET_TRACKING_E2E"
        )
        assert project.definition.model_dump() == {"type": kind, "maxDevices": None}
        known = sdk.ProjectDefinition(type="FREEMIUM").type
        assert known is sdk.ProjectType.FREEMIUM
