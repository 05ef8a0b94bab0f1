"""The kinds table: old/new pairs, each with every change it must give (kind, breaking, side)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.config import config_for_specs
from generator.diagnostics import Reporter
from generator.diff.kinds import ACTIONS, KINDS
from generator.diff.surface import diff_apis
from generator.pipeline import load_api
from tests.diff.base_spec import base

Doc = dict[str, Any]
Triple = tuple[str, bool, str]


def schemas(doc: Doc) -> Doc:
    return doc["components"]["schemas"]


def props(doc: Doc, name: str) -> Doc:
    return schemas(doc)[name]["properties"]


def op(doc: Doc, path: str, method: str) -> Doc:
    return doc["paths"][path][method]


def param(doc: Doc, name: str) -> Doc:
    return next(p for p in op(doc, "/things", "get")["parameters"] if p["name"] == name)


@dataclass(frozen=True)
class Case:
    id: str
    change: Callable[[Doc], object]
    expected: frozenset[Triple]
    before: Callable[[Doc], object] | None = None  # applied to both sides first


def case(id: str, change: Callable[[Doc], object], *expected: Triple, before: Callable[[Doc], object] | None = None) -> Case:
    return Case(id, change, frozenset(expected), before)


def _seq(*steps: Callable[[Doc], object]) -> Callable[[Doc], None]:
    def run(doc: Doc) -> None:
        for step in steps:
            step(doc)

    return run


def _reorder(doc: Doc) -> None:
    doc["paths"] = dict(reversed(list(doc["paths"].items())))
    thing = schemas(doc)["Thing"]
    thing["properties"] = dict(reversed(list(thing["properties"].items())))


def _inline_owner(doc: Doc) -> None:
    props(doc, "Thing")["owner"] = json.loads(json.dumps(schemas(doc)["Owner"]))


def _rename_owner(doc: Doc) -> None:
    schemas(doc)["Person"] = schemas(doc).pop("Owner")
    props(doc, "Thing")["owner"] = {"$ref": "#/components/schemas/Person"}


def _page_pets(doc: Doc) -> None:
    schemas(doc)["PageOfPets"] = {
        "type": "object",
        "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}, "next": {"type": "string"}},
    }
    op(doc, "/pets", "get")["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/PageOfPets"}


def _unpage_things(doc: Doc) -> None:
    op(doc, "/things", "get")["responses"]["200"]["content"]["application/json"]["schema"] = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}


def _api_key(doc: Doc) -> None:
    doc["components"]["securitySchemes"]["key"] = {"type": "apiKey", "in": "header", "name": "X-API-Key"}


def _add_bird(doc: Doc) -> None:
    schemas(doc)["Bird"] = {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}}}
    schemas(doc)["Pet"]["oneOf"].append({"$ref": "#/components/schemas/Bird"})
    schemas(doc)["Pet"]["discriminator"]["mapping"]["bird"] = "#/components/schemas/Bird"


def _add_triangle(doc: Doc) -> None:
    schemas(doc)["Triangle"] = {"type": "object", "required": ["base"], "properties": {"base": {"type": "number"}}}
    schemas(doc)["Shape"]["oneOf"].append({"$ref": "#/components/schemas/Triangle"})


def _thing_response(doc: Doc, status: str) -> Doc:
    return op(doc, "/things/{thingId}", "get")["responses"][status]


NONE: frozenset[Triple] = frozenset()
B, R, Q, N = "both", "response", "request", "none"
CASES = [
    # -- no change of the surface --
    case("identical", lambda d: None),
    case("reordered paths and properties", _reorder),
    case("ref swapped for an identical inline schema", _inline_owner),
    case("description edited", lambda d: props(d, "Thing")["name"].update(description="The thing's name."), ("description-changed", False, N)),
    case("summary edited", lambda d: op(d, "/things", "get").update(summary="List all things."), ("description-changed", False, N)),
    # -- operations --
    case("operation added", lambda d: d["paths"]["/things/{thingId}"].update(put={"operationId": "replaceThing", "tags": ["things"], "responses": {"204": {"description": "Done."}}}), ("operation-added", False, N)),
    case("operation removed", lambda d: d["paths"]["/things/{thingId}"].pop("delete"), ("operation-removed", True, B)),
    case("operationId renamed", lambda d: op(d, "/things", "post").update(operationId="makeThing"), ("operation-renamed", True, N)),
    case("operationId respelled, same method", lambda d: op(d, "/things", "post").update(operationId="create_thing"), ("operation-id-changed", False, N)),
    case("operation moved to another resource", lambda d: op(d, "/shapes", "post").update(tags=["pets"]), ("operation-moved", True, N)),
    case("operation deprecated", lambda d: op(d, "/things", "post").update(deprecated=True), ("operation-deprecated", False, N)),
    case("operation undeprecated", lambda d: op(d, "/things", "post").pop("deprecated"), ("operation-undeprecated", False, N), before=lambda d: op(d, "/things", "post").update(deprecated=True)),
    # -- parameters --
    case("optional parameter added", lambda d: op(d, "/things", "get")["parameters"].append({"name": "sort", "in": "query", "schema": {"type": "string"}}), ("parameter-added", False, Q)),
    case("required parameter added", lambda d: op(d, "/things", "get")["parameters"].append({"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}), ("required-parameter-added", True, Q)),
    case("parameter removed", lambda d: op(d, "/things", "get")["parameters"].remove(param(d, "q")), ("parameter-removed", True, Q)),
    case("path parameter renamed", lambda d: d["paths"].update({"/things/{id}": d["paths"].pop("/things/{thingId}")}) or d["paths"]["/things/{id}"]["parameters"][0].update(name="id"), ("parameter-renamed", True, N)),
    case("parameter made required", lambda d: param(d, "q").update(required=True), ("parameter-required", True, Q)),
    case("parameter made optional", lambda d: param(d, "q").pop("required"), ("parameter-optional", False, Q), before=lambda d: param(d, "q").update(required=True)),
    case("parameter moved from header to query", lambda d: param(d, "X-Trace").update({"in": "query"}), ("parameter-location-changed", True, Q)),
    case("parameter style changed", lambda d: param(d, "ids").update(explode=False), ("parameter-style-changed", True, Q)),
    case("parameter default changed", lambda d: param(d, "limit")["schema"].update(default=20), ("parameter-default-changed", False, Q)),
    case("parameter deprecated", lambda d: param(d, "q").update(deprecated=True), ("parameter-deprecated", False, N)),
    case("parameter type narrowed to an enum", lambda d: param(d, "q")["schema"].update(enum=["a", "b"]), ("type-narrowed", True, Q)),
    case("parameter type widened", lambda d: param(d, "limit")["schema"].update(type="number"), ("type-widened", False, Q)),
    # -- request bodies --
    case("optional request body added", lambda d: op(d, "/things/{thingId}", "delete").update(requestBody={"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}}}), ("request-body-added", False, Q)),
    case("required request body added", lambda d: op(d, "/things/{thingId}", "delete").update(requestBody={"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}}}), ("request-body-added", True, Q)),
    case("request body removed", lambda d: op(d, "/pets", "post").pop("requestBody"), ("request-body-removed", True, Q)),
    case("request body made required", lambda d: op(d, "/pets", "post")["requestBody"].update(required=True), ("request-body-required", True, Q)),
    case("request body made optional", lambda d: op(d, "/things", "post")["requestBody"].update(required=False), ("request-body-optional", False, Q)),
    case("request media type added", lambda d: op(d, "/pets", "post")["requestBody"]["content"].update({"application/vnd.pet+json": {"schema": {"$ref": "#/components/schemas/Pet"}}}), ("request-media-type-added", False, Q)),
    case("request media type removed", lambda d: op(d, "/pets", "post")["requestBody"]["content"].pop("application/vnd.pet+json"), ("request-media-type-removed", True, Q), before=lambda d: op(d, "/pets", "post")["requestBody"]["content"].update({"application/vnd.pet+json": {"schema": {"$ref": "#/components/schemas/Pet"}}})),
    # -- responses --
    case("error status added", lambda d: op(d, "/things/{thingId}", "get")["responses"].update({"410": {"description": "Gone."}}), ("response-status-added", False, R)),
    case("success status with another body added", lambda d: op(d, "/things", "post")["responses"].update({"200": {"description": "Existing.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}}}}), ("response-status-added", True, R)),
    case("error status removed", lambda d: op(d, "/things/{thingId}", "get")["responses"].pop("404"), ("response-status-removed", False, R)),
    case("success status removed", lambda d: op(d, "/things/{thingId}", "get")["responses"].pop("200"), ("response-status-removed", True, R)),
    case("response body added", lambda d: _thing_response(d, "404").update(content={"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}), ("response-body-added", False, R), before=lambda d: _thing_response(d, "404").pop("content")),
    case("response body removed", lambda d: _thing_response(d, "200").pop("content"), ("response-body-removed", True, R)),
    case("response media type added", lambda d: _thing_response(d, "200")["content"].update({"application/vnd.thing+json": {"schema": {"$ref": "#/components/schemas/Thing"}}}), ("response-media-type-added", False, R)),
    case("response media type removed", lambda d: _thing_response(d, "200")["content"].pop("application/vnd.thing+json"), ("response-media-type-removed", True, R), before=lambda d: _thing_response(d, "200")["content"].update({"application/vnd.thing+json": {"schema": {"$ref": "#/components/schemas/Thing"}}})),
    case("response header added", lambda d: op(d, "/things", "get")["responses"]["200"]["headers"].update({"X-Next": {"schema": {"type": "string"}}}), ("response-header-added", False, R)),
    case("response header removed", lambda d: op(d, "/things", "get")["responses"]["200"].pop("headers"), ("response-header-removed", True, R)),
    # -- types --
    case("field type changed", lambda d: props(d, "Thing")["size"].update(type="string"), ("type-changed", True, B)),
    case("response-only field widened", lambda d: props(d, "Problem")["status"].update(type="number"), ("type-widened", True, R)),
    case("response-only field narrowed", lambda d: props(d, "Problem")["title"].update(enum=["Not found"]), ("type-narrowed", False, R)),
    case("request-only field narrowed", lambda d: props(d, "Search")["max"].update(type="integer"), ("type-narrowed", True, Q)),
    case("request-only field widened to a union", lambda d: props(d, "Search").update(text={"type": ["string", "integer"], "maxLength": 100}), ("type-widened", False, Q)),
    case("format changes the Python type", lambda d: props(d, "Thing")["createdAt"].update(format="date"), ("format-changed", True, R)),
    case("format keeps the Python type", lambda d: props(d, "PageOfThings")["next"].update(format="uri-reference"), ("format-changed", False, R)),
    case("const changed", lambda d: props(d, "Search").update(version={"const": 2}), ("const-changed", True, Q)),
    case("nullable added to a response field", lambda d: props(d, "Problem")["title"].update(type=["string", "null"]), ("nullable-added", True, R)),
    case("nullable added to a request field", lambda d: props(d, "Search")["text"].update(type=["string", "null"]), ("nullable-added", False, Q)),
    case("nullable removed from a request field", lambda d: props(d, "Search")["text"].update(type="string"), ("nullable-removed", True, Q), before=lambda d: props(d, "Search")["text"].update(type=["string", "null"])),
    case("default changed", lambda d: props(d, "Thing")["note"].update(default="n/a"), ("default-changed", False, B)),
    case("maxLength lowered on a request-only field", lambda d: props(d, "Search")["text"].update(maxLength=50), ("constraint-tightened", True, Q)),
    case("maxLength lowered on a shared field", lambda d: props(d, "Thing")["name"].update(maxLength=32), ("constraint-tightened", True, Q)),
    case("maxLength raised", lambda d: props(d, "Thing")["name"].update(maxLength=128), ("constraint-relaxed", False, B)),
    case("pattern added", lambda d: props(d, "Search")["text"].update(pattern="^[a-z]+$"), ("constraint-tightened", True, Q)),
    case("minimum removed", lambda d: props(d, "Thing")["size"].pop("minimum"), ("constraint-relaxed", False, B)),
    case("closed enum gains a value (shared)", lambda d: schemas(d)["Status"]["enum"].append("archived"), ("enum-value-added", True, R)),
    case("closed enum gains a value (request only)", lambda d: props(d, "Search")["order"]["enum"].append("random"), ("enum-value-added", False, Q)),
    case("open set gains a value", lambda d: props(d, "Thing")["kind"].update(description="The kind. Known values include: `small`, `medium`, `large`."), ("enum-value-added", False, B), ("description-changed", False, N)),
    case("enum value removed", lambda d: schemas(d)["Status"]["enum"].remove("inactive"), ("enum-value-removed", True, B)),
    case("enum opened", lambda d: schemas(d).update(Status={"type": "string", "description": "Known values include: `active`, `inactive`."}), ("enum-opened", True, R), ("description-changed", False, N)),
    case("enum closed", lambda d: props(d, "Thing").update(kind={"type": "string", "enum": ["small", "large"], "description": "The kind. Known values include: `small`, `large`."}), ("enum-closed", True, Q)),
    case("tagged union gains a variant", _add_bird, ("union-variant-added", False, B), ("model-added", False, N)),
    case("untagged union gains a variant", _add_triangle, ("union-variant-added", True, R), ("model-added", False, N)),
    case("union variant removed", lambda d: schemas(d)["Shape"]["oneOf"].pop(), ("union-variant-removed", True, B), before=_add_triangle),
    case("union narrowed to one of its variants", lambda d: schemas(d)["Shape"]["oneOf"].pop(), ("type-narrowed", True, Q), ("type-narrowed", False, R)),
    case("discriminator mapping gains a value", lambda d: schemas(d)["Pet"]["discriminator"]["mapping"].update(kitten="#/components/schemas/Cat"), ("discriminator-value-added", False, B)),
    case("discriminator mapping loses a value", lambda d: schemas(d)["Pet"]["discriminator"]["mapping"].pop("kitten"), ("discriminator-value-removed", True, B), before=lambda d: schemas(d)["Pet"]["discriminator"]["mapping"].update(kitten="#/components/schemas/Cat")),
    case("discriminator dropped", lambda d: schemas(d)["Pet"].pop("discriminator"), ("discriminator-changed", True, B)),
    case("additional properties allowed", lambda d: schemas(d)["Owner"].update(additionalProperties=True), ("additional-properties-added", False, B)),
    case("additional properties no longer allowed", lambda d: schemas(d)["Owner"].pop("additionalProperties"), ("additional-properties-removed", True, Q), before=lambda d: schemas(d)["Owner"].update(additionalProperties=True)),
    # -- fields --
    case("optional request field added", lambda d: props(d, "Search").update(limit={"type": "integer"}), ("request-field-added", False, Q)),
    case("required request field added", lambda d: props(d, "Search").update(scope={"type": "string"}) or schemas(d)["Search"].update(required=["scope"]), ("required-request-field-added", True, Q)),
    case("request field removed", lambda d: props(d, "Search").pop("max"), ("request-field-removed", True, Q)),
    case("request field made required", lambda d: schemas(d)["Search"].update(required=["text"]), ("request-field-required", True, Q)),
    case("request field made optional", lambda d: schemas(d)["Search"].pop("required"), ("request-field-optional", False, Q), before=lambda d: schemas(d)["Search"].update(required=["text"])),
    case("response field added", lambda d: props(d, "Problem").update(detail={"type": "string"}), ("response-field-added", False, R)),
    case("read-only response field removed (createdBy)", lambda d: props(d, "Thing").pop("createdBy"), ("response-field-removed", True, R)),
    case("optional response field removed", lambda d: props(d, "Problem").pop("title"), ("response-field-removed", True, R)),
    case("response field made optional", lambda d: schemas(d)["Problem"].pop("required"), ("response-field-optional", True, R), before=lambda d: schemas(d)["Problem"].update(required=["title"])),
    case("response field made required", lambda d: schemas(d)["Problem"].update(required=["title"]), ("response-field-required", False, R)),
    case("required added to a read-only field", lambda d: schemas(d)["Thing"]["required"].append("createdAt"), ("response-field-required", False, R)),
    case("required read-only field added", lambda d: props(d, "Thing").update(updatedAt={"type": "string", "readOnly": True}) or schemas(d)["Thing"]["required"].append("updatedAt"), ("response-field-added", False, R)),
    case("field in both directions added", lambda d: props(d, "Owner").update(email={"type": "string"}), ("request-field-added", False, Q), ("response-field-added", False, R)),
    case("field renamed (removed + added)", lambda d: props(d, "Search").update(query=props(d, "Search").pop("text")), ("request-field-removed", True, Q), ("request-field-added", False, Q)),
    case("Python name of a field changes", lambda d: schemas(d)["Owner"].update(properties={"Name": {"type": "string"}, "name": {"type": "string"}}), ("field-renamed", True, N), ("request-field-added", False, Q), ("response-field-added", False, R)),
    case("field becomes read-only", lambda d: props(d, "Thing")["note"].update(readOnly=True), ("read-only-changed", True, Q)),
    case("field no longer read-only", lambda d: props(d, "Thing")["createdBy"].pop("readOnly"), ("read-only-changed", False, Q)),
    case("field becomes write-only", lambda d: props(d, "Thing")["note"].update(writeOnly=True), ("write-only-changed", True, R)),
    case("field deprecated", lambda d: props(d, "Thing")["note"].update(deprecated=True), ("field-deprecated", False, B)),
    # -- named types --
    case("model added", lambda d: schemas(d).update(Unused={"type": "object", "properties": {"a": {"type": "string"}}}), ("model-added", False, N)),
    case("model removed", lambda d: schemas(d).pop("Unused"), ("model-removed", True, N), before=lambda d: schemas(d).update(Unused={"type": "object", "properties": {"a": {"type": "string"}}})),
    case("model renamed", _rename_owner, ("model-renamed", True, N)),
    # -- security --
    case("security added to an open operation", lambda d: op(d, "/pets", "get").pop("security"), ("security-added", True, Q), before=lambda d: op(d, "/pets", "get").update(security=[])),
    case("security removed", lambda d: op(d, "/pets", "get").update(security=[]), ("security-removed", False, Q)),
    case("operation switches scheme", lambda d: op(d, "/things/{thingId}", "delete").update(security=[{"key": []}]), ("security-scheme-changed", True, Q), before=_api_key),
    case("scope added", lambda d: op(d, "/things/{thingId}", "get").update(security=[{"oauth": ["things:read", "things:write"]}]), ("security-scope-added", True, Q)),
    case("scope removed", lambda d: op(d, "/things/{thingId}", "delete").update(security=[{"oauth": []}]), ("security-scope-removed", False, Q)),
    case("scheme sends credentials another way", lambda d: d["components"]["securitySchemes"]["key"].update(name="Api-Key"), ("security-scheme-changed", True, Q), before=_api_key),
    # -- pagination and the API --
    case("listing becomes paginated", _page_pets, ("pagination-added", True, R), ("type-changed", True, R), ("model-added", False, N)),
    case("listing no longer paginated", _unpage_things, ("pagination-removed", True, R), ("type-changed", True, R)),
    case("page gains a previous link", lambda d: props(d, "PageOfThings").update(prev={"type": "string"}), ("pagination-changed", True, R), ("response-field-added", False, R)),
    case("server changed", lambda d: d.update(servers=[{"url": "https://api2.example.com"}]), ("server-changed", False, N)),
    case("info.version changed", lambda d: d["info"].update(version="1.1.0"), ("api-version-changed", False, N)),
]


def _load(doc: Doc, folder: Path) -> ir.Api:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "things.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    reporter = Reporter()
    api = load_api(config_for_specs([path]), reporter)
    assert not reporter.errors
    return api


@pytest.fixture(scope="module")
def base_api(tmp_path_factory: pytest.TempPathFactory) -> ir.Api:
    return _load(base(), tmp_path_factory.mktemp("old"))


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.id)
def test_change_is_found_with_its_kind_breaking_and_side(c: Case, base_api: ir.Api, tmp_path: Path) -> None:
    old_doc = base()
    if c.before:
        c.before(old_doc)
    new_doc = json.loads(json.dumps(old_doc))
    c.change(new_doc)
    old = _load(old_doc, tmp_path / "old") if c.before else base_api
    changes = diff_apis(old, _load(new_doc, tmp_path / "new"))
    assert {(ch.kind, ch.breaking, ch.side) for ch in changes} == c.expected, [ch.message for ch in changes]


def test_the_table_covers_every_kind_and_is_large_enough() -> None:
    covered = {kind for c in CASES for kind, _, _ in c.expected}
    assert sorted(set(KINDS) - covered) == []
    assert len(CASES) >= 60


def test_every_action_is_for_a_known_kind() -> None:
    assert sorted(set(ACTIONS) - set(KINDS)) == []


def test_every_kind_is_documented() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "diff.md").read_text(encoding="utf-8")
    assert sorted(k for k in KINDS if f"`{k}`" not in text) == []
