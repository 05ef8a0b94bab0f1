"""jsonschema-rs (the fast check) and jsonschema (whose errors are reported) give the same verdict
on the official OpenAPI schemas: on real documents and every object in them, on errors deep in 3.1
Schema Objects (the OAS dialect behind `$dynamicRef: #meta`) and in 3.0 ones, on mutated documents
and on sdk.yaml. Where jsonschema-rs reads a value otherwise (NaN, a `$` before a final newline,
non-ASCII digits, values JSON has not) it never passes what jsonschema rejects, and the messages are
jsonschema's. A valid document and config are checked without importing jsonschema at all."""

from __future__ import annotations

import copy
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import pytest
from irtools import openapi

from generator import config
from generator.diagnostics import Reporter, SpecError
from generator.spec.load import Document, parse_file
from generator.spec.meta import DEFINITIONS, fast_check_passes, fast_validator, official_validator
from generator.spec.refs import Location
from generator.spec.schema_errors import report_schema_errors
from generator.spec.validate import check_schema
from tests.support.corpus import REPO, corpus_params

SPECS = sorted((REPO / "specs").glob("*.json"))
# Where objects of each kind sit in a document: (path below the root, kind, a map of them?).
_PLACES = [(("components", key), kind) for key, kind in (
    ("schemas", "Schema"), ("responses", "Response"), ("parameters", "Parameter"), ("requestBodies", "RequestBody"),
    ("headers", "Header"), ("examples", "Example"), ("links", "Link"), ("callbacks", "Callback"),
    ("securitySchemes", "SecurityScheme"), ("pathItems", "PathItem"))] + [(("paths",), "PathItem")]  # fmt: skip


def fast_passes(node: Any, version: str, kind: str | None = None) -> bool:
    return fast_check_passes(fast_validator(version, kind), node)


def slow_errors(node: Any, version: str, kind: str | None = None) -> list[jsonschema.ValidationError]:
    return list(official_validator(version, kind).iter_errors(node))


def agree(node: Any, version: str, kind: str | None = None) -> bool:
    return fast_passes(node, version, kind) == (slow_errors(node, version, kind) == [])


def objects_by_kind(data: dict[str, Any]) -> list[tuple[str, Any]]:
    """(kind, object) of the objects written in place in a document's components and paths, and
    of the operations of its path items and their responses."""
    found = []
    for path, kind in _PLACES:
        holder: Any = data
        for key in path:
            holder = holder.get(key) if isinstance(holder, dict) else None
        for name, node in (holder or {}).items():
            if isinstance(node, dict) and node and "$ref" not in node and not name.startswith("x-"):
                found.append((kind, node))
                if kind == "PathItem":
                    operations = [node[method] for method in ("get", "put", "post", "delete", "patch") if isinstance(node.get(method), dict)]
                    found += [("Operation", operation) for operation in operations if "$ref" not in operation]
                    found += [("Response", response) for operation in operations for response in operation.get("responses", {}).values()
                              if isinstance(response, dict) and "$ref" not in response]  # fmt: skip
    return found


@pytest.mark.parametrize("path", [*corpus_params(), *(pytest.param(p, id=f"specs/{p.name}") for p in SPECS)])
def test_both_give_the_same_verdict_on_real_documents_and_each_object_in_them(path: Path) -> None:
    data = parse_file(path).data
    version = str(data["openapi"])[:3]
    assert agree(data, version)
    for kind, node in objects_by_kind(data):
        assert agree(node, version, kind), (kind, json.dumps(node)[:200])


def _nested_31(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Documents with `schema` deep inside: a property of an array's items in an allOf, a `$defs`
    entry, a response body's property and a parameter's schema."""
    inner = {"type": "object", "properties": {"leaf": schema}}
    operation = {"parameters": [{"name": "q", "in": "query", "schema": {"anyOf": [schema, {"type": "null"}]}}],
                 "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                     "type": "object", "properties": {"data": {"type": "array", "items": inner}}}}}}}}  # fmt: skip
    return [
        openapi(schemas={"Outer": {"allOf": [{"type": "object", "properties": {"list": {"type": "array", "items": inner}}}]}}),
        openapi(schemas={"Outer": {"$defs": {"Leaf": schema}, "$ref": "#/components/schemas/Outer/$defs/Leaf"}}),
        openapi(paths={"/a": {"get": operation}}),
        openapi(webhooks={"hook": {"post": operation}}),
    ]


SCHEMA_31 = [  # (a Schema Object, whether it is valid OpenAPI 3.1)
    ({"discriminator": {"mapping": {"a": "#/components/schemas/A"}}}, False),  # no propertyName
    ({"discriminator": {"propertyName": 5}}, False),
    ({"discriminator": {"propertyName": "kind", "colour": "red"}}, False),  # unevaluated property
    ({"discriminator": {"propertyName": "kind", "mapping": {"a": 1}}}, False),
    ({"discriminator": {"propertyName": "kind", "x-note": 1, "mapping": {"a": "#/x"}}}, True),
    ({"xml": {"attribute": "yes"}}, False),
    ({"xml": {"colour": 1}}, False),
    ({"xml": {"name": "n", "namespace": "urn:x", "prefix": "p", "attribute": True, "wrapped": False}}, True),
    ({"externalDocs": {"description": "no url"}}, False),
    ({"externalDocs": {"url": "https://example.com"}}, True),
    ({"type": "strin"}, False),
    ({"type": 5}, False),
    ({"type": ["string", "null"], "minLength": 1}, True),
    ({"minLength": -1}, False),
    ({"properties": [1]}, False),
    ({"exclusiveMinimum": True}, False),  # 3.0's spelling
    ({"exclusiveMinimum": 0, "multipleOf": 0.5}, True),
    ({"items": {"xml": {"wrapped": "yes"}}}, False),
    ({"oneOf": [{"type": "string"}, {"not": {"discriminator": {}}}]}, False),
    ({"$dynamicRef": "#meta"}, True),
    ({"unknownKeyword": {"any": "thing"}}, True),  # JSON Schema 2020-12 ignores unknown keywords
    (False, True),
    ("string", False),
]


@pytest.mark.parametrize(("schema", "valid"), SCHEMA_31, ids=[json.dumps(s)[:60] for s, _ in SCHEMA_31])
def test_31_schema_objects_deep_in_a_document_are_checked_alike_against_the_oas_dialect(schema: Any, valid: bool) -> None:
    for document in _nested_31(schema):
        assert (fast_passes(document, "3.1"), slow_errors(document, "3.1") == []) == (valid, valid), json.dumps(document)
    assert (fast_passes(schema, "3.1", "Schema"), slow_errors(schema, "3.1", "Schema") == []) == (valid, valid)


SCHEMA_30 = [  # (a Schema Object, whether it is valid OpenAPI 3.0)
    ({"type": "strin"}, False),
    ({"type": ["string", "null"]}, False),
    ({"type": "string", "nullable": True, "maxLength": 5}, True),
    ({"maxLength": 5.0}, False),  # draft 4: 5.0 is not an integer
    ({"nullable": "yes"}, False),
    ({"exclusiveMinimum": 5}, False),  # 3.0 wants a flag on `minimum`
    ({"minimum": 1, "exclusiveMinimum": True}, True),
    ({"discriminator": {}}, False),
    ({"discriminator": {"propertyName": "kind", "mapping": {"a": "#/components/schemas/A"}}}, True),
    ({"xml": {"attribute": "yes"}}, False),
    ({"colour": "red"}, False),  # an unknown field (reported as a warning)
    ({"x-colour": "red", "readOnly": True}, True),
    ({"required": ["a", "a"]}, False),
    ({"required": []}, False),
    ({"items": {"$ref": "#/components/schemas/A"}, "type": "array"}, True),
    ({"allOf": [{"type": "object"}, {"properties": {"a": {"type": 5}}}]}, False),
    ({"additionalProperties": {"type": "string", "format": "not-a-format"}}, True),
]


@pytest.mark.parametrize(("schema", "valid"), SCHEMA_30, ids=[json.dumps(s)[:60] for s, _ in SCHEMA_30])
def test_30_schema_objects_deep_in_a_document_are_checked_alike(schema: Any, valid: bool) -> None:
    holder = {"type": "object", "properties": {"leaf": {"type": "array", "items": schema}}}
    response = {"description": "ok", "content": {"application/json": {"schema": holder}}}
    documents = [openapi(schemas={"A": holder}, version="3.0.3"), openapi(paths={"/a": {"get": {"responses": {"200": response}}}}, version="3.0.3")]
    for document in documents:
        assert (fast_passes(document, "3.0"), slow_errors(document, "3.0") == []) == (valid, valid), json.dumps(document)
    assert (fast_passes(schema, "3.0", "Schema"), slow_errors(schema, "3.0", "Schema") == []) == (valid, valid)


def _bearer(version: str, scheme: str, **extra: Any) -> dict[str, Any]:
    return openapi(version=version, components={"securitySchemes": {"s": {"type": "http", "scheme": scheme, **extra}}})


def _response_code(version: str, code: str) -> dict[str, Any]:
    return openapi(version=version, paths={"/a": {"get": {"responses": {code: {"description": "ok"}}}}})


DIVERGENT = [  # documents where jsonschema-rs reads a value otherwise than jsonschema does
    *(openapi(version=v, schemas={"A": {"type": "number", "minimum": float("nan"), "example": float("inf")}}) for v in ("3.0.3", "3.1.0")),
    openapi(schemas={"A": {"not": {"type": "number"}, "const": float("nan")}}),
    openapi(info={"title": "\ud800", "version": "1"}),  # a lone surrogate, from a JSON escape
    openapi(schemas={"A": {"example": b"bytes"}}),  # YAML's !!binary
    openapi(info={"title": b"bytes", "version": "1"}),
    *(_bearer(v, "Bearer\n", bearerFormat="JWT") for v in ("3.0.3", "3.1.0")),
    *(_bearer(v, "Bearer\n") for v in ("3.0.3", "3.1.0")),
    *(_response_code(v, code) for v in ("3.0.3", "3.1.0") for code in ("200\n", "2\u0660\u0660", "20\u0661")),
    *(openapi(version=v, schemas={"Pet\n": {"type": "object"}}) for v in ("3.0.3", "3.1.0")),
    openapi(version="3.0.3", paths={"/a": {"get\n": {"responses": {"200": {"description": "ok"}}}}}),
]


@pytest.mark.parametrize("data", DIVERGENT, ids=[f"divergent-{i}" for i in range(len(DIVERGENT))])
def test_where_jsonschema_rs_reads_a_value_otherwise_jsonschema_decides(data: dict[str, Any]) -> None:
    version = data["openapi"][:3]
    assert not fast_passes(data, version) or slow_errors(data, version) == [], "the fast check passed what jsonschema rejects"
    document = Document(Path("spec.json"), "spec.json", data)
    fast, slow = Reporter(), Reporter()
    assert check_schema(document, version, fast) == report_schema_errors(slow_errors(data, version), Location.root(document), version, slow)
    assert fast.diagnostics == slow.diagnostics


def _mutated(data: Any, rnd: random.Random) -> Any:
    """`data` with one value replaced, removed or added somewhere."""
    data = copy.deepcopy(data)
    places: list[tuple[Any, Any]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        keys = list(node) if isinstance(node, dict) else range(len(node)) if isinstance(node, list) else []
        places += [(node, key) for key in keys]
        stack += [node[key] for key in keys]
    values = [None, True, 0, -1, 1.5, 5.0, "", "x", "3.1.0", "a\n", [], ["a"], {}, {"a": 1}, {"$ref": "#/x"}, {"type": "string"}, float("nan")]
    node, key = rnd.choice(places)
    action = rnd.random()
    if action < 0.6:
        node[key] = copy.deepcopy(rnd.choice(values))
    elif action < 0.8 and isinstance(node, dict):
        del node[key]
    elif isinstance(node[key], dict):
        fields = ["colour", "x-a", "type", "discriminator", "xml", "items", "required", "nullable", "$ref", "schema",
                  "content", "in", "style", "minimum", "exclusiveMinimum", "const", "$dynamicRef", "propertyName", "url"]  # fmt: skip
        node[key][rnd.choice(fields)] = copy.deepcopy(rnd.choice(values))
    return data


@pytest.mark.parametrize("path", SPECS[:3] + sorted((REPO.parent / "shared" / "corpus").glob("oai-v3.0-*.yaml")), ids=lambda p: p.name)
def test_mutated_documents_are_never_passed_by_the_fast_check_alone(path: Path) -> None:
    data = parse_file(path).data
    version = str(data["openapi"])[:3]
    rnd = random.Random(path.name)
    verdicts: dict[tuple[bool, bool], int] = {}
    for _ in range(120):
        mutated = _mutated(data, rnd)
        verdict = (fast_passes(mutated, version), slow_errors(mutated, version) == [])
        assert verdict != (True, False), "the fast check passed what jsonschema rejects"
        verdicts[verdict] = verdicts.get(verdict, 0) + 1
    assert verdicts.get((True, True)) and verdicts.get((False, False)), verdicts


@pytest.mark.parametrize("version", ["3.0", "3.1"])
def test_mutated_objects_of_each_kind_get_the_same_verdict(version: str) -> None:
    data = parse_file(SPECS[0] if version == "3.1" else REPO.parent / "shared" / "corpus" / "oai-v3.0-petstore-expanded.yaml").data
    rnd = random.Random(version)
    found = objects_by_kind(data)
    assert {"Schema", "Response", "PathItem", "Operation"} <= {kind for kind, _ in found}
    for kind, node in rnd.sample(found, min(len(found), 40)):
        for _ in range(5):
            mutated = _mutated(node, rnd)
            verdict = (fast_passes(mutated, version, kind), slow_errors(mutated, version, kind) == [])
            assert verdict != (True, False), (kind, json.dumps(mutated)[:300])


def test_every_validator_is_built_from_local_resources_only() -> None:
    for version in ("3.0", "3.1"):
        for kind in (None, *DEFINITIONS):
            assert isinstance(fast_validator(version, kind), jsonschema_rs.Validator)


CONFIGS = [  # (sdk.yaml's data, whether it is valid)
    ({"package": "kpn", "documents": [{"file": "a.json"}]}, True),
    ({"package": "kpn", "version": "1.2.3rc1", "documents": [{"file": "a.json", "resource": "things"}],
      "pagination": {"op": {"items": "data", "next": "links.next"}}}, True),
    ({"package": "Kpn", "documents": [{"file": "a.json"}]}, False),
    ({"package": "kpn", "documents": []}, False),
    ({"package": "kpn", "documents": [{"file": "a.json"}], "colour": "red"}, False),
    ({"package": "kpn", "documents": [{"file": "a.json"}], "pagination": {"op": {"first_page": 1.5}}}, False),
    ({"package": "kpn", "documents": [{"file": "a.json"}], "method_names": {"op": "Get"}}, False),
    ({"package": "kpn\n", "documents": [{"file": "a.json"}]}, True),  # Python's `$` matches before a final newline
    ({"package": "kpn", "version": "\u0661.0.0", "documents": [{"file": "a.json"}]}, True),  # and its `\d` any digit
]  # fmt: skip


@pytest.mark.parametrize(("data", "valid"), CONFIGS, ids=[f"config-{i}" for i in range(len(CONFIGS))])
def test_the_config_schema_gives_the_same_verdict_and_messages(tmp_path: Path, data: dict[str, Any], valid: bool) -> None:
    slow = sorted(jsonschema.Draft202012Validator(config._SCHEMA).iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not fast_check_passes(jsonschema_rs.Draft202012Validator(config._SCHEMA), data) or not slow
    path = tmp_path / "sdk.json"
    path.write_text(json.dumps(data))
    try:
        config.load_config(path)
        reported = []
    except SpecError as exc:
        reported = [(d.pointer, d.message) for d in exc.diagnostics]
    assert reported == [problem for error in slow for problem in config._problems(error)]
    assert (reported == []) is valid


def test_nan_is_left_to_jsonschema_which_reads_it_as_a_number() -> None:
    """jsonschema-rs fails every `type` for NaN, so it would pass this `not`; jsonschema fails it."""
    schema = {"properties": {"a": {"not": {"type": "number"}}}}
    assert not jsonschema.Draft202012Validator(schema).is_valid({"a": float("nan")})
    assert jsonschema_rs.Draft202012Validator(schema).is_valid({"a": float("nan")})
    assert not fast_check_passes(jsonschema_rs.Draft202012Validator(schema), {"a": float("nan")})


def _imports_jsonschema(folder: Path, *args: str) -> tuple[bool, int, str]:
    script = (
        "import sys\nfrom generator.cli import main\n"
        f"code = 0\ntry:\n    main({list(args)!r})\nexcept SystemExit as exit:\n    code = exit.code\n"
        "print('jsonschema' in sys.modules, code)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", script], cwd=folder, capture_output=True, text=True, env=env, check=True)
    imported, code = result.stdout.split()[-2:]
    return imported == "True", int(code), result.stdout + result.stderr


def test_a_valid_document_and_config_are_checked_without_importing_jsonschema(tmp_path: Path) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(openapi(paths={"/a": {"get": {"responses": {"204": {"description": "none"}}}}})))
    (tmp_path / "sdk.yaml").write_text("package: things\ndocuments:\n  - file: spec.json\n")
    assert _imports_jsonschema(tmp_path, "validate", "--config", "sdk.yaml")[:2] == (False, 0)
    (tmp_path / "spec.json").write_text(json.dumps(openapi(paths={"/a": {"get": {"responses": {"204": {"description": 5}}}}})))
    imported, code, output = _imports_jsonschema(tmp_path, "validate", "--config", "sdk.yaml")
    assert (imported, code) == (True, 2) and "not valid OpenAPI 3.1: 5 is not of type 'string'" in output
