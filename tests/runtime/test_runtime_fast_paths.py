"""What the fast paths leave out still holds: a response is parsed by pydantic-core without the
validators that do nothing to it, arguments are checked without binding the whole signature,
and a URL is built once with its query."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pytest

from .helpers import BINDING_ID, CLIENT_ID, PROJECT_ID, Server, json_reply, parse, project_json

NO_OPS_ON_RESPONSES = {"_drop_not_given", "_uuid_text"}  # NOT_GIVEN and UUID objects
CONSTRAINT_CHECKS = {"check", "_check"}  # `constrained` and `matches_any`


def python_calls(run: Callable[[], object]) -> set[str]:
    """The names of the Python functions `run` calls, at any depth."""
    called: set[str] = set()

    def profile(frame: Any, event: str, arg: object) -> None:
        if event == "call":
            called.add(frame.f_code.co_name)

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return called


def without_id(**overrides: Any) -> dict[str, Any]:
    body = project_json(**overrides)
    del body["id"]
    return body


def test_a_nested_required_in_response_field_is_still_checked_leniently(
    make_client: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    """The page model requires nothing in responses; its items do."""
    caplog.set_level(logging.WARNING)
    server = Server(json_reply(200, {"items": [project_json(), without_id(name="x" * 300)]}))
    first, second = make_client(server).projects.search()
    assert first.id == UUID(PROJECT_ID)
    assert (second.id, second.name) == (None, "x" * 300), "kept as received"
    [warning] = caplog.messages
    assert "$.items[1]: Field required in a response: id" in warning
    assert "255" not in warning, "lengths are not checked on lenient responses"


def test_strict_responses_check_constraints_after_lenient_ones(
    make_client: Callable[..., Any], sdk: ModuleType
) -> None:
    """The lean validator of a type is kept per strictness."""
    server = Server(json_reply(200, project_json(name="x" * 300)))
    assert make_client(server).projects.get("p1").name == "x" * 300
    strict = make_client(server, strict_response_validation=True)
    with pytest.raises(sdk.APIResponseValidationError, match=r"\$\.name: must have at most 255"):
        strict.projects.get("p1")


def test_responses_call_only_the_validators_that_check_them(sdk: ModuleType) -> None:
    page = {"items": [project_json(name="x" * 300)]}
    lenient = python_calls(lambda: parse(sdk, sdk.PageOfProjects, page))
    assert "_check_required_in_response" in lenient, "Project requires its id"
    assert not lenient & (NO_OPS_ON_RESPONSES | CONSTRAINT_CHECKS)
    binding = {"type": "http-senml", "deviceId": "imei:350266800610993", "id": BINDING_ID}
    strict = python_calls(lambda: parse(sdk, sdk.HttpBinding, binding, strict=True))
    assert "_check" in strict and not strict & NO_OPS_ON_RESPONSES
    assert "_drop_not_given" in python_calls(lambda: sdk.ProjectDefinition(type="CUSTOM"))


def recursive_models(sdk: ModuleType) -> tuple[type[Any], type[Any]]:
    """A tree (nothing required in responses) of leaves (a name required in responses)."""

    class Leaf(sdk._models.BaseModel):
        __required_in_response__ = frozenset({"name"})
        name: str | None = None

    class Tree(sdk._models.BaseModel):
        children: list[Tree] = []
        leaves: list[Leaf] = []

    Tree.model_rebuild(_types_namespace={"Tree": Tree, "Leaf": Leaf})
    return Tree, Leaf


def test_recursive_models_parse_with_their_checks(sdk: ModuleType) -> None:
    tree_type, _ = recursive_models(sdk)
    body = {"children": [{"children": [{"leaves": [{"name": "a", "x": 1}]}], "y": 2}]}
    tree = parse(sdk, tree_type, body, strict=True)
    [child] = tree.children
    assert child.model_extra == {"y": 2}, "unknown fields are kept at every depth"
    assert child.children[0].leaves[0].model_extra == {"x": 1}
    body["children"][0]["children"][0]["leaves"].append({})
    with pytest.raises(sdk.APIResponseValidationError, match="Field required in a response: name"):
        parse(sdk, tree_type, body, strict=True)


def test_not_given_is_dropped_at_any_depth_when_building(make_client: Callable[..., Any], sdk: ModuleType) -> None:
    project = sdk.Project(
        client_id=CLIENT_ID,
        name="n",
        api_secret="pw",
        description=sdk.NOT_GIVEN,
        definition={"type": "CUSTOM", "maxDevices": sdk.NOT_GIVEN},
    )
    assert "description" not in project.model_fields_set
    assert project.definition.model_fields_set == {"type"}
    server = Server(json_reply(201, project_json()))
    body = {"clientId": CLIENT_ID, "name": "n", "apiSecret": "pw", "description": sdk.NOT_GIVEN}
    make_client(server).projects.create({**body, "definition": {"type": "CUSTOM"}})
    assert "description" not in json.loads(server.last.content)


def test_checked_arguments_by_position_and_by_keyword(make_client: Callable[..., Any], sdk: ModuleType) -> None:
    server = Server(httpx.Response(204), httpx.Response(204))
    client = make_client(server)
    client.http_bindings.delete(PROJECT_ID.upper())
    client.http_bindings.delete(binding_id=PROJECT_ID.upper())
    assert [r.url.path for r in server.requests] == [f"/http/bindings/{PROJECT_ID}"] * 2
    with pytest.raises(sdk.RequestValidationError, match="binding_id='b1'"):
        client.http_bindings.delete(binding_id="b1")
    with pytest.raises(TypeError, match="binding_id"):
        client.http_bindings.delete()
    assert len(server.requests) == 2


def test_check_args_refuses_a_name_that_is_no_parameter(sdk: ModuleType) -> None:
    with pytest.raises(TypeError, match="no parameter"):

        @sdk._arguments.check_args(project_id=UUID)
        def get(binding_id: str) -> None: ...


def test_the_query_is_sent_as_encoded(make_client: Callable[..., Any], sdk: ModuleType) -> None:
    server = Server(json_reply(200, {"items": []}))
    pager = make_client(server).projects.search(q="a b&c=d/é%", limit=5, type=sdk.ProjectType.CUSTOM, archived=True)
    list(pager)
    assert server.last.url.raw_path == b"/projects?limit=5&q=a%20b%26c%3Dd%2F%C3%A9%25&type=CUSTOM&archived=true"
