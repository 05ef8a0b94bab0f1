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

from .helpers import (
    BINDING_ID,
    CLIENT_ID,
    PROJECT_ID,
    Server,
    json_reply,
    parse,
    project_json,
)

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


def test_none_is_sent_as_null_only_where_the_schema_allows_null(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(201, project_json()))
    client = make_client(server)
    client.projects.create(new_project(sdk, description=None, parent_id=None))
    body = sent_json(server)
    assert "description" not in body, "description is not nullable: None is unset"
    assert body["parentId"] is None
    client.projects.create(new_project(sdk, description=sdk.NOT_GIVEN))
    assert "description" not in sent_json(server) and "parentId" not in sent_json(server)


def test_a_fetched_model_with_nulls_is_sent_back_without_them(
    make_client: Callable[..., Any],
) -> None:
    reply = project_json(description=None, parentId=None, apiSecret=None)
    server = Server(json_reply(200, reply))
    client = make_client(server)
    fetched = client.projects.get("p1")
    fetched.api_secret = "pw"
    client.projects.create(fetched)
    body = sent_json(server)
    assert "description" not in body
    assert body["parentId"] is None and body["apiSecret"] == "pw"


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
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(201, project_json()))
    with pytest.raises(sdk.RequestValidationError, match="body.clientId") as caught:
        make_client(server).projects.create({"name": "n"})
    assert server.requests == []
    assert isinstance(caught.value, ValueError)
    assert [e["loc"] for e in caught.value.errors][:1] == [("body", "clientId")]


def test_required_read_only_is_enforced_on_responses_only(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    assert new_project(sdk).id is None
    body = project_json()
    del body["id"]
    strict = make_client(Server(json_reply(200, body)), strict_response_validation=True)
    with pytest.raises(
        sdk.APIResponseValidationError, match="Field required in a response: id"
    ):
        strict.projects.get("p1")
    strict = make_client(
        Server(json_reply(200, project_json(id=None))), strict_response_validation=True
    )
    with pytest.raises(sdk.APIResponseValidationError) as caught:
        strict.projects.get("p1")
    assert caught.value.errors[0]["type"] == "missing_in_response"
    lenient = make_client(Server(json_reply(200, body))).projects.get("p1")
    assert lenient.id is None and lenient.name == "My first project"


def test_required_read_only_is_checked_in_nested_items(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    second = project_json()
    del second["id"]
    server = Server(json_reply(200, {"items": [project_json(), second]}))
    client = make_client(server, strict_response_validation=True)
    with pytest.raises(sdk.APIResponseValidationError) as caught:
        list(client.projects.search())
    assert caught.value.errors[0]["loc"] == ("items", 1)
    assert "$.items[1]: Field required in a response: id" in str(caught.value)


def test_required_write_only_is_enforced_on_requests(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(201, project_json()))
    with pytest.raises(sdk.RequestValidationError) as caught:
        make_client(server).projects.create(new_project(sdk, api_secret=None))
    assert [e["loc"] for e in caught.value.errors] == [("body", "apiSecret")]
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
    client = make_client(Server(json_reply(200, body)))
    binding = client.http_bindings.get(BINDING_ID)
    assert type(binding) is getattr(sdk, cls)
    assert binding.type == body["type"]


def test_union_without_discriminator(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(200, {"deviceId": DEVICE, "id": BINDING_ID}))
    strict = make_client(server, strict_response_validation=True)
    with pytest.raises(
        sdk.APIResponseValidationError, match="'type' is missing or not one of"
    ):
        strict.http_bindings.get(BINDING_ID)
    binding = make_client(server).http_bindings.get(BINDING_ID)
    assert type(binding) is sdk.UnknownHttpBinding, "a missing tag: the fallback"
    assert binding.id == UUID(BINDING_ID) and binding.device_id == DEVICE
    assert binding.type is None


def test_unknown_union_member_is_kept_but_not_sent(
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
    binding = client.http_bindings.get(BINDING_ID)
    assert binding.model_extra == {"region": "EU"}
    with pytest.raises(sdk.RequestValidationError, match="cannot be sent"):
        client.http_bindings.create(binding)
    with pytest.raises(sdk.RequestValidationError, match="UnknownHttpBinding"):
        client.http_bindings.create({"type": "http-lorawan", "deviceId": DEVICE})
    assert len(server.requests) == 1, "an unknown kind is never sent"


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


@pytest.mark.parametrize(
    "device_id",
    ["imei:123", "deveui:xyz", "", "urn:dev:imei:1", DEVICE + "\n", "\n" + DEVICE],
)
def test_pattern_union_rejects_other_values_in_requests(
    sdk: ModuleType, device_id: str
) -> None:
    with pytest.raises(pydantic.ValidationError) as caught:
        sdk.HttpSenmlBinding(device_id=device_id)
    message = caught.value.errors()[0]["msg"]
    assert message == (
        "must have one of these formats: <uuid>, imei:<15-16 digits>, "
        "deveui:<16 hex digits>, urn:dev:imei:<15-16 digits>[:]"
    )


def test_pattern_union_accepts_a_uuid_object(sdk: ModuleType) -> None:
    binding = sdk.HttpSenmlBinding(device_id=UUID(PROJECT_ID))
    assert binding.device_id == PROJECT_ID


def test_pattern_union_accepts_new_formats_from_the_server(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    server = Server(json_reply(200, {"type": "http-senml", "deviceId": "iccid:8931"}))
    client = make_client(server)
    assert client.http_bindings.get(BINDING_ID).device_id == "iccid:8931"
    strict = make_client(server, strict_response_validation=True)
    with pytest.raises(sdk.APIResponseValidationError, match=r"\$\.deviceId: must have"):
        strict.http_bindings.get(BINDING_ID)


def test_matches_any_takes_compiled_patterns(sdk: ModuleType) -> None:
    import re
    from typing import Annotated

    check = sdk._constraints.matches_any(
        {"a's": re.compile(r"^a+\Z"), "b": "^b\\Z", "c": re.compile("^c", re.I)}
    )
    adapter = pydantic.TypeAdapter(Annotated[str, check])
    assert [adapter.validate_python(v) for v in ("aa", "b", "C")] == ["aa", "b", "C"]
    with pytest.raises(pydantic.ValidationError, match="formats: a's, b, c"):
        adapter.validate_python("B")
    single = pydantic.TypeAdapter(Annotated[str, sdk._constraints.matches_any({"x": "x"})])
    with pytest.raises(pydantic.ValidationError, match="must have the format x"):
        single.validate_python("y")


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
        project = parse(sdk, sdk.Project, raw, strict=True)
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


def test_signature_and_help_use_attribute_names(sdk: ModuleType) -> None:
    import inspect
    import pydoc

    signature = inspect.signature(sdk.HttpSenmlBinding)
    assert list(signature.parameters) == [
        "id",
        "type",
        "device_id",
        "created_at",
        "shared_secret",
    ]
    assert signature.parameters["device_id"].default is inspect.Parameter.empty
    assert signature.parameters["shared_secret"].default is sdk.NOT_GIVEN
    text = pydoc.render_doc(sdk.ProjectDefinition, renderer=pydoc.plaintext)
    assert "ProjectDefinition(*, type: " in text
    assert "max_devices: The maximum number of devices; set by the server." in text


def test_str_and_repr_name_the_class(sdk: ModuleType) -> None:
    binding = sdk.HttpSenmlBinding(device_id=DEVICE, shared_secret="hunter2")
    assert str(binding) == repr(binding)
    assert str(binding).startswith("HttpSenmlBinding(id=None, type='http-senml'")
    assert "hunter2" not in str(binding)


def test_not_given_survives_copy_and_pickle(sdk: ModuleType) -> None:
    assert copy.copy(sdk.NOT_GIVEN) is sdk.NOT_GIVEN
    assert pickle.loads(pickle.dumps(sdk.NOT_GIVEN)) is sdk.NOT_GIVEN
