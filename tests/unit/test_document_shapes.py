"""Documents of unusual shape: each gives a working SDK (exit 0, imports, mypy --strict clean,
calls that send and parse what the spec says), or one located warning for what is followed or
lost, an error under --strict; what cannot be resolved is one error that names it."""

from __future__ import annotations

import contextlib
import importlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from tests.support.small_sdk import imported, mock_http

BIN = Path(sys.executable).parent
OK = {"description": "ok"}


def json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def get(operation_id: str, responses: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {"get": {"operationId": operation_id, "responses": responses or {"204": OK}, **extra}}


def document(version: str = "3.1.0", **parts: Any) -> dict[str, Any]:
    return {"openapi": version, "info": {"title": "Shapes", "version": "1"}, **parts}


def write_files(folder: Path, files: dict[str, Any]) -> None:
    """Each file (name -> data) as YAML or JSON by its suffix; a str is written as it is."""
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = data if isinstance(data, str) else json.dumps(data) if name.endswith(".json") else yaml.safe_dump(data, sort_keys=False)
        path.write_text(text, encoding="utf-8")


def generate(folder: Path, *options: str, spec: str = "spec.yaml", package: str = "shapes") -> tuple[int, list[str]]:
    """`sdkgen generate SPEC --out out --package PACKAGE -v OPTIONS` run in `folder`: the exit code
    and the lines printed (line numbers left out: they follow from how the test's YAML is laid out)."""
    with contextlib.chdir(folder):
        result = CliRunner().invoke(main, ["generate", spec, "--out", "out", "--package", package, "-v", *options])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.exit_code, [re.sub(r" \(line \d+\)", "", line) for line in result.output.splitlines() if line]


def warnings(lines: list[str]) -> list[str]:
    return [line for line in lines if ": warning: " in line]


@contextlib.contextmanager
def sdk(folder: Path, package: str = "shapes") -> Iterator[ModuleType]:
    with imported(folder / "out" / "python", package) as module:
        yield module


def client(module: ModuleType, answer: httpx.Response, sent: list[httpx.Request]) -> Any:
    """The package's client, answering every request with `answer` (and keeping the requests)."""
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer

    return module.Shapes(base_url="https://api.test", http_client=mock_http(handler))


def mypy_strict(folder: Path, package: str = "shapes") -> None:
    result = subprocess.run([BIN / "mypy", "--strict", "--cache-dir", folder / ".mypy", package], cwd=folder / "out" / "python", capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


# -- documents without components or paths -------------------------------------------------------


def test_a_document_without_components_gives_a_working_sdk(tmp_path: Path) -> None:
    write_files(tmp_path, {"spec.yaml": document(paths={"/ping": get("ping")})})
    code, lines = generate(tmp_path)
    assert code == 0 and not warnings(lines), lines
    with sdk(tmp_path) as shapes:
        sent: list[httpx.Request] = []
        assert client(shapes, httpx.Response(204), sent).default.ping() is None
        assert [(r.method, str(r.url)) for r in sent] == [("GET", "https://api.test/ping")]
        assert importlib.import_module("shapes.models").__all__ == []
    mypy_strict(tmp_path)


def test_a_document_of_webhooks_only_gives_their_models_and_a_site(tmp_path: Path) -> None:
    payload = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
    hook = {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}}}, "responses": {"200": OK}}}
    write_files(tmp_path, {"spec.yaml": document(webhooks={"newPet": hook}, components={"schemas": {"NewPet": payload}})})
    code, lines = generate(tmp_path)
    assert code == 0, lines
    with sdk(tmp_path) as shapes:
        assert shapes.NewPet.model_validate({"name": "Rex"}).name == "Rex"
        assert importlib.import_module("shapes.resources").__all__ == []
    docs = tmp_path / "out" / "docs"
    assert "newPet" in (docs / "webhooks.html").read_text(encoding="utf-8")
    assert (docs / "models" / "NewPet.html").is_file()
    mypy_strict(tmp_path)


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_empty_paths_and_no_components_give_a_client_with_no_methods(tmp_path: Path, version: str) -> None:
    write_files(tmp_path, {"spec.yaml": document(version, paths={})})
    code, lines = generate(tmp_path)
    assert code == 0 and not warnings(lines), lines
    with sdk(tmp_path) as shapes:
        client(shapes, httpx.Response(204), []).close()
    assert (tmp_path / "out" / "docs" / "index.html").is_file()
    mypy_strict(tmp_path)


# -- recursion through a map ---------------------------------------------------------------------


def test_a_schema_that_recurses_through_a_map_imports_parses_and_type_checks(tmp_path: Path) -> None:
    tree = {"oneOf": [{"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Tree"}}, {"type": "string"}]}
    holder = {"type": "object", "properties": {"tree": {"$ref": "#/components/schemas/Tree"}}}
    paths = {"/tree": get("getTree", json_response({"$ref": "#/components/schemas/Tree"})),
             "/holder": get("getHolder", json_response({"$ref": "#/components/schemas/Holder"}))}  # fmt: skip
    write_files(tmp_path, {"spec.yaml": document(paths=paths, components={"schemas": {"Tree": tree, "Holder": holder}})})
    code, lines = generate(tmp_path)
    assert code == 0 and not warnings(lines), lines
    value = {"oak": {"elm": "leaf", "ash": {}}, "fir": "cone"}
    with sdk(tmp_path) as shapes:
        api = client(shapes, httpx.Response(200, json=value), [])
        assert api.default.get_tree() == value
        api = client(shapes, httpx.Response(200, json={"tree": value}), [])
        assert api.default.get_holder().tree == value
    mypy_strict(tmp_path)


def test_recursive_aliases_in_fields_and_typed_extra_properties_round_trip_exactly(tmp_path: Path) -> None:
    """Aliases in a cycle (through an array, and through a map and a union) used as fields, and a
    model whose additionalProperties are itself: they parse to their types and are sent back as
    they came (nothing unset added)."""
    schemas = {
        "Nested": {"type": "array", "items": {"$ref": "#/components/schemas/Nested"}},
        "Branch": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Leaf"}},
        "Leaf": {"oneOf": [{"$ref": "#/components/schemas/Branch"}, {"type": "integer"}]},
        "Node": {"type": "object", "properties": {"name": {"type": "string"}}, "additionalProperties": {"$ref": "#/components/schemas/Node"}},
        "Holder": {"type": "object", "properties": {name: {"$ref": f"#/components/schemas/{name}"} for name in ("Nested", "Branch", "Node")}},
    }  # fmt: skip
    holder = {"$ref": "#/components/schemas/Holder"}
    paths = {"/holder": {"put": {"operationId": "putHolder", "requestBody": {"required": True, "content": {"application/json": {"schema": holder}}},
                                 "responses": json_response(holder)}}}  # fmt: skip
    write_files(tmp_path, {"spec.yaml": document(paths=paths, components={"schemas": schemas})})
    code, lines = generate(tmp_path)
    assert code == 0 and not warnings(lines), lines
    value = {"Nested": [[], [[]]], "Branch": {"a": {"b": 1}, "c": 2}, "Node": {"name": "root", "kid": {"name": "k", "grandkid": {}}}}
    with sdk(tmp_path) as shapes:
        sent: list[httpx.Request] = []
        api = client(shapes, httpx.Response(200, json=value), sent)
        got = api.default.put_holder(shapes.Holder.model_validate(value))
        assert json.loads(sent[0].content) == value
        assert type(got.node.model_extra["kid"]).__name__ == "Node" and got.node.model_extra["kid"].name == "k"
        assert got.nested == [[], [[]]] and got.branch == {"a": {"b": 1}, "c": 2}
    mypy_strict(tmp_path)


# -- discriminator mappings that resolve through $refs ----------------------------------------------


def test_a_discriminator_mapping_through_refs_selects_the_right_model(tmp_path: Path) -> None:
    """`cat` maps to a component that is only a `$ref` to another file; `dog` to a pointer that
    runs through a `$ref` part-way (`pets.yaml#/Pets/Dog`, where `Pets` is a `$ref`)."""
    animal = {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}}
    pet = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "pets.yaml#/Pets/Dog"}],
        "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat", "dog": "pets.yaml#/Pets/Dog"}},
    }
    write_files(tmp_path, {
        "spec.yaml": document("3.0.3", paths={"/pet": get("getPet", json_response({"$ref": "#/components/schemas/Pet"}))},
                              components={"schemas": {"Pet": pet, "Cat": {"$ref": "animals.yaml#/Cat"}}}),
        "pets.yaml": {"Pets": {"$ref": "animals.yaml#/Animals"}},
        "animals.yaml": {"Cat": {**animal, "properties": {**animal["properties"], "meows": {"type": "boolean"}}},
                         "Animals": {"Dog": {**animal, "properties": {**animal["properties"], "barks": {"type": "boolean"}}}}},
    })  # fmt: skip
    code, lines = generate(tmp_path)
    assert code == 0 and not warnings(lines), lines
    with sdk(tmp_path) as shapes:
        dog = client(shapes, httpx.Response(200, json={"kind": "dog", "barks": True}), []).default.get_pet()
        cat = client(shapes, httpx.Response(200, json={"kind": "cat", "meows": True}), []).default.get_pet()
        assert type(dog).__name__ == "Dog" and dog.barks is True
        assert type(cat).__name__ == "Cat" and cat.meows is True
        assert shapes.Cat(meows=False).model_dump(by_alias=True, exclude_none=True) == {"kind": "cat", "meows": False}
    mypy_strict(tmp_path)


# -- operations written as $refs -----------------------------------------------------------------


REF_OPERATIONS = {
    "spec.yaml": document("3.0.3", paths={"/items/{id}": {"get": {"$ref": "ops.yaml#/getItem"}, "delete": {"$ref": "ops.yaml#/deleteItem"}}}),
    "ops.yaml": {
        "getItem": {"operationId": "getItem", "parameters": [{"$ref": "#/id"}],
                    "responses": json_response({"type": "object", "properties": {"id": {"type": "string"}}})},
        "deleteItem": {"operationId": "deleteItem", "parameters": [{"$ref": "#/id"}], "responses": {"204": OK}},
        "id": {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
    },
}  # fmt: skip


def test_operations_written_as_refs_are_followed_with_one_warning(tmp_path: Path) -> None:
    write_files(tmp_path, REF_OPERATIONS)
    code, lines = generate(tmp_path)
    assert code == 0, lines
    assert warnings(lines) == [
        "spec.yaml#/paths/~1items~1{id}/delete: warning: 2 operation(s) written as `$ref` "
        "(spec.yaml#/paths/~1items~1{id}/delete -> ops.yaml#/deleteItem, spec.yaml#/paths/~1items~1{id}/get -> ops.yaml#/getItem): "
        "OpenAPI allows a `$ref` for a whole path item, not for an operation; each is read as if written in place"
    ]
    with sdk(tmp_path) as shapes:
        sent: list[httpx.Request] = []
        api = client(shapes, httpx.Response(200, json={"id": "a/b"}), sent)
        assert api.default.get_item("a/b").id == "a/b"
        assert [(r.method, r.url.raw_path) for r in sent] == [("GET", b"/items/a%2Fb")]
    mypy_strict(tmp_path)


def test_operations_written_as_refs_are_an_error_under_strict(tmp_path: Path) -> None:
    write_files(tmp_path, REF_OPERATIONS)
    code, lines = generate(tmp_path, "--strict")
    assert code == 2, lines
    assert lines[0].startswith("spec.yaml#/paths/~1items~1{id}/delete: 2 operation(s) written as `$ref`"), lines
    assert not (tmp_path / "out").exists()


def test_an_operation_ref_to_a_wrong_shape_is_one_error_at_its_target(tmp_path: Path) -> None:
    write_files(tmp_path, {**REF_OPERATIONS, "ops.yaml": {**REF_OPERATIONS["ops.yaml"], "deleteItem": {"operationId": "deleteItem", "parameters": [{"$ref": "#/id"}]}}})
    code, lines = generate(tmp_path)
    errors = [line for line in lines if ": warning: " not in line and not line.startswith(("warning", "1 error"))]
    assert code == 2 and errors == [
        "ops.yaml#/deleteItem: not valid OpenAPI 3.0: 'responses' is a required property (as the Operation that the $ref at spec.yaml#/paths/~1items~1{id}/delete points to)"
    ], lines


# -- '#' in file names ---------------------------------------------------------------------------


@pytest.mark.parametrize("ref", ["schemas/a#b.yaml#/Item", "schemas/a%23b.yaml#/Item", "schemas/a#b.yaml"])
def test_a_hash_in_a_file_name_is_resolved_either_way(tmp_path: Path, ref: str) -> None:
    item = {"type": "object", "properties": {"size": {"type": "integer"}}}
    schema = {"$ref": ref}
    write_files(tmp_path, {"spec.yaml": document(paths={"/item": get("getItem", json_response(schema))}),
                           "schemas/a#b.yaml": {"Item": item} if ref.endswith("/Item") else item})  # fmt: skip
    code, lines = generate(tmp_path)
    assert code == 0 and not warnings(lines), lines
    with sdk(tmp_path) as shapes:
        assert client(shapes, httpx.Response(200, json={"size": 3}), []).default.get_item().size == 3


def test_a_missing_file_with_a_hash_in_its_name_is_named(tmp_path: Path) -> None:
    write_files(tmp_path, {"spec.yaml": document(paths={"/item": get("getItem", json_response({"$ref": "schemas/a#c.yaml#/Item"}))}),
                           "schemas/a#b.yaml": {"Item": {"type": "string"}}})  # fmt: skip
    code, lines = generate(tmp_path)
    assert code == 2
    assert lines[0] == (
        "spec.yaml#/paths/~1item/get/responses/200/content/application~1json/schema: "
        "$ref 'schemas/a#c.yaml#/Item': cannot load 'schemas/a#c.yaml': file not found; did you mean a#b.yaml?"
    ), lines


# -- OAS 3.1 $id and $anchor -----------------------------------------------------------------------


def test_refs_to_anchors_and_ids_resolve(tmp_path: Path) -> None:
    schemas = {
        "Pet": {"$id": "https://example.com/schemas/pet", "type": "object",
                "properties": {"name": {"type": "string"}, "owner": {"$ref": "owner"}}},
        "Owner": {"$id": "https://example.com/schemas/owner", "type": "object", "properties": {"email": {"type": "string"}}},
        "Tag": {"$anchor": "tag", "type": "object", "properties": {"label": {"type": "string"}}},
    }  # fmt: skip
    paths = {"/pet": get("getPet", json_response({"$ref": "https://example.com/schemas/pet"})),
             "/tag": get("getTag", json_response({"$ref": "#tag"}))}  # fmt: skip
    write_files(tmp_path, {"spec.yaml": document(paths=paths, components={"schemas": schemas})})
    code, lines = generate(tmp_path)
    assert code == 0 and not warnings(lines), lines
    with sdk(tmp_path) as shapes:
        pet = client(shapes, httpx.Response(200, json={"name": "Rex", "owner": {"email": "a@b.c"}}), []).default.get_pet()
        assert type(pet).__name__ == "Pet" and type(pet.owner).__name__ == "Owner" and pet.owner.email == "a@b.c"
        assert client(shapes, httpx.Response(200, json={"label": "x"}), []).default.get_tag().label == "x"
    mypy_strict(tmp_path)


@pytest.mark.parametrize(("ref", "reason"), [
    ("https://example.com/schemas/cat", "remote references are not fetched (sdkgen never uses the network), and no schema in the documents read has `$id` 'https://example.com/schemas/cat'"),
    ("urn:example:cat", "urn: references are not supported (no schema in the documents read has `$id` 'urn:example:cat')"),
    ("#nowhere", "`$anchor` 'nowhere' of spec.yaml: no schema has it"),
])  # fmt: skip
def test_a_ref_to_an_id_or_anchor_not_there_is_one_error_naming_it(tmp_path: Path, ref: str, reason: str) -> None:
    write_files(tmp_path, {"spec.yaml": document(paths={"/cat": get("getCat", json_response({"$ref": ref}))})})
    code, lines = generate(tmp_path)
    assert code == 2
    assert lines[0].startswith(f"spec.yaml#/paths/~1cat/get/responses/200/content/application~1json/schema: $ref {ref!r}: {reason}"), lines


def test_an_id_relative_ref_never_reads_outside_the_folder(tmp_path: Path) -> None:
    """`$ref: ../secret.yaml` under a `$id`: not a file it may read, and no `$id` it names either."""
    (tmp_path / "secret.yaml").write_text("Cat: {type: string}\n")
    folder = tmp_path / "api"
    schemas = {"Pet": {"$id": "https://example.com/schemas/pet", "type": "object", "properties": {"cat": {"$ref": "../secret.yaml#/Cat"}}}}
    write_files(folder, {"spec.yaml": document(paths={"/pet": get("getPet", json_response({"$ref": "#/components/schemas/Pet"}))}, components={"schemas": schemas})})
    code, lines = generate(folder)
    assert code == 2
    assert "$ref '../secret.yaml#/Cat': '..' leads out of '.', the root document's folder" in lines[0], lines


# -- keywords the SDK cannot represent -----------------------------------------------------------


KEYWORDS = {
    "Conditional": {"type": "object", "properties": {"kind": {"type": "string"}},
                    "if": {"properties": {"kind": {"const": "a"}}}, "then": {"required": ["a"]}, "patternProperties": {"^x-": {"type": "string"}}},
    "NotAString": {"not": {"type": "string"}},
    "Tags": {"type": "array", "items": {"type": "string"}, "contains": {"const": "main"}},
    "Closed": {"type": "object", "properties": {"a": {"type": "string"}}, "unevaluatedProperties": False},
    "Misspelt": {"tpye": "string"},
    "AtLeastThree": {"minimum": 3},
}  # fmt: skip


def test_each_schema_with_keywords_it_cannot_represent_gives_one_located_warning(tmp_path: Path) -> None:
    paths = {"/things": get("getThings", json_response({"type": "object", "properties": {name: {"$ref": f"#/components/schemas/{name}"} for name in KEYWORDS}}))}
    write_files(tmp_path, {"spec.yaml": document(paths=paths, components={"schemas": KEYWORDS})})
    code, lines = generate(tmp_path)
    assert code == 0, lines
    assert sorted(warnings(lines)) == [
        "spec.yaml#/components/schemas/Conditional: warning: schema Conditional: `if/then/else`, `patternProperties` are not checked; the SDK accepts values the API may reject",
        "spec.yaml#/components/schemas/Misspelt: warning: schema Misspelt: no type follows from its keywords; it is typed as any value (Any)",
        "spec.yaml#/components/schemas/NotAString: warning: schema NotAString: `not` is not checked; the SDK accepts values the API may reject",
        "spec.yaml#/components/schemas/Tags: warning: schema Tags: `contains` is not checked; the SDK accepts values the API may reject",
    ], lines
    with sdk(tmp_path) as shapes:
        body = {"Conditional": {"kind": "b", "x-a": "1"}, "NotAString": 3, "Tags": ["x"], "Closed": {"a": "z"}, "Misspelt": [1], "AtLeastThree": 4.5}
        things = client(shapes, httpx.Response(200, json=body), []).default.get_things()
        assert things.tags == ["x"] and things.at_least_three == 4.5 and things.not_a_string == 3
    mypy_strict(tmp_path)


def test_unrepresented_keywords_are_errors_under_strict(tmp_path: Path) -> None:
    write_files(tmp_path, {"spec.yaml": document(paths={}, components={"schemas": {"NotAString": {"not": {"type": "string"}}}})})
    code, lines = generate(tmp_path, "--strict")
    assert code == 2
    assert lines[0] == "spec.yaml#/components/schemas/NotAString: schema NotAString: `not` is not checked; the SDK accepts values the API may reject", lines


def test_an_allof_of_types_no_value_has_is_a_located_warning(tmp_path: Path) -> None:
    schemas = {"Both": {"allOf": [{"type": "string"}, {"type": "integer", "minimum": 1}]}}
    write_files(tmp_path, {"spec.yaml": document(paths={}, components={"schemas": schemas})})
    code, lines = generate(tmp_path)
    assert code == 0
    assert warnings(lines) == [
        "spec.yaml#/components/schemas/Both/allOf/1: warning: allOf combines types ['string'] and ['integer'], "
        "which no value has both of: no value matches; the SDK types it by its other keywords alone"
    ], lines
