"""Bad input: located messages (`FILE#/pointer: message`), sorted, exit 2, never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from irtools import openapi

from generator.cli import main


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # messages name files relative to the working directory


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def validate(write_spec, doc, name: str = "spec.json") -> tuple[int, list[str]]:
    path = write_spec(doc, name)
    code, output = run("validate", os.path.relpath(path))
    return code, [line for line in output.splitlines() if line]


def errors(lines: list[str]) -> list[str]:
    return [line for line in lines if ": warning:" not in line and ": info:" not in line and not line.startswith(("ok:", "1 error", "2 errors", "3 errors"))]


def test_invalid_json(write_spec):
    code, lines = validate(write_spec, '{"openapi": "3.1.0",\n "info": }')
    assert code == 2
    assert lines[0] == "spec.json# (line 2): invalid JSON: Expecting value (column 10)"


def test_invalid_yaml_has_a_line_number(write_spec):
    code, lines = validate(write_spec, "openapi: 3.1.0\ninfo: [unclosed\npaths: {}\n", "spec.yaml")
    assert code == 2
    assert lines[0].startswith("spec.yaml# (line 3): invalid YAML:")


def test_not_an_openapi_document(write_spec):
    assert validate(write_spec, {"hello": "world"})[1][0] == "spec.json#: not an OpenAPI document: there is no 'openapi' field"
    assert validate(write_spec, [1, 2])[1][0] == "spec.json#: not an OpenAPI document: the top level is not an object"
    assert "Swagger 2.0 is not supported" in validate(write_spec, {"swagger": "2.0"})[1][0]


def test_unknown_openapi_version(write_spec):
    code, lines = validate(write_spec, {**openapi(), "openapi": "4.0.0"})
    assert code == 2
    assert lines[0] == "spec.json#/openapi: unsupported OpenAPI version '4.0.0': 3.0.x and 3.1.x are supported"


def test_schema_violation_is_located(write_spec):
    doc = openapi(paths={"/a": {"get": {"responses": {"200": {"description": 5}}}}})
    code, lines = validate(write_spec, doc)
    assert code == 2
    assert lines[0].startswith("spec.json#/paths/~1a/get/responses/200/description: not valid OpenAPI 3.1: 5 is not of type 'string'")


def test_dangling_local_ref(write_spec):
    doc = openapi(schemas={"A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/Missing"}}}})
    code, lines = validate(write_spec, doc)
    assert code == 2
    assert lines[0] == "spec.json#/components/schemas/A/properties/b: $ref '#/components/schemas/Missing' points to nothing"


def test_dangling_cross_file_ref_and_missing_file(write_spec):
    write_spec({"Other": {"type": "string"}}, "common.json")
    doc = openapi(schemas={
        "A": {"$ref": "common.json#/Nope"},
        "B": {"$ref": "missing.json#/X"},
        "C": {"$ref": "common.json#/Other"},
    })
    code, lines = validate(write_spec, doc)
    assert code == 2
    assert errors(lines) == [
        "spec.json#/components/schemas/A: $ref 'common.json#/Nope' points to nothing",
        "spec.json#/components/schemas/B: $ref 'missing.json#/X': cannot load 'missing.json': file not found",
    ]


def test_duplicate_operation_id(write_spec):
    doc = openapi(paths={
        "/a": {"get": {"operationId": "same", "responses": {"204": {"description": "x"}}}},
        "/b": {"get": {"operationId": "same", "responses": {"204": {"description": "x"}}}},
    })
    code, lines = validate(write_spec, doc)
    assert code == 2
    assert lines[0] == "spec.json#/paths/~1b/get/operationId: duplicate operationId 'same' (also at /paths/~1a/get)"


def test_path_parameter_not_declared(write_spec):
    doc = openapi(paths={"/things/{id}": {"get": {"responses": {"204": {"description": "x"}}}}})
    code, lines = validate(write_spec, doc)
    assert code == 2
    assert lines[0] == "spec.json#/paths/~1things~1{id}/get: path parameter {id} of '/things/{id}' is not declared"


def test_discriminator_mapping_to_missing_schema(write_spec):
    doc = openapi(schemas={
        "Cat": {"type": "object", "properties": {"type": {"type": "string"}}},
        "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}], "discriminator": {"propertyName": "type", "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"}}},
    })
    code, lines = validate(write_spec, doc)
    assert code == 2
    assert "spec.json#/components/schemas/Pet/discriminator/mapping/dog: discriminator mapping target '#/components/schemas/Dog' does not exist" in lines


def test_recursion_that_cannot_terminate(write_spec):
    code, lines = validate(write_spec, openapi(schemas={"A": {"$ref": "#/components/schemas/A"}}))
    assert code == 2
    assert lines[0].startswith("spec.json#/components/schemas/A: ")
    assert "never" in lines[0]
    code, lines = validate(write_spec, openapi(schemas={"B": {"allOf": [{"$ref": "#/components/schemas/B"}]}}))
    assert code == 2
    assert lines[0].startswith("spec.json#/components/schemas/B: recursion that can never terminate")
    code, lines = validate(write_spec, openapi(schemas={"C": {"allOf": [{"$ref": "#/components/schemas/C"}, {"properties": {"x": {"type": "string"}}}]}}))
    assert code == 2
    assert lines[0].startswith("spec.json#/components/schemas/C: allOf includes itself")


def test_errors_are_sorted_and_all_reported(write_spec):
    doc = openapi(paths={
        "/z/{id}": {"get": {"responses": {"204": {"description": "x"}}}},
        "/a/{id}": {"get": {"responses": {"204": {"description": "x"}}}},
    }, schemas={"A": {"$ref": "#/nowhere"}})
    code, lines = validate(write_spec, doc)
    found = errors(lines)
    assert code == 2 and len(found) == 3 and found == sorted(found)


def test_warnings_are_not_fatal_unless_strict(write_spec):
    doc = openapi(schemas={"A": {"type": "string", "example": None}})
    path = write_spec(doc)
    code, output = run("validate", path.name)
    assert code == 0 and "warning: 1 `example: null` ignored" in output
    code, output = run("validate", "--strict", path.name)
    assert code == 2


def test_names_that_collide_after_snake_casing_are_made_unique(write_spec):
    doc = openapi(schemas={"A": {"type": "object", "properties": {"fooBar": {"type": "string"}, "foo_bar": {"type": "integer"}, "FooBar": {"type": "boolean"}}}})
    path = write_spec(doc)
    code, output = run("ir", path.name)
    assert code == 0
    fields = json.loads(output[output.index("{"):])["types"][0]["fields"]
    assert [f["py_name"] for f in fields] == ["foo_bar", "foo_bar_2", "foo_bar_3"]


def test_a_50_megabyte_document(write_spec):
    schemas = {f"Schema{i}": {"type": "object", "description": "x" * 50_000, "properties": {"a": {"type": "string"}}} for i in range(1_000)}
    path = write_spec(openapi(schemas=schemas))
    assert path.stat().st_size > 50_000_000
    code, output = run("validate", path.name)
    assert code == 0, output
    assert output.strip().endswith("0 operations, 1000 types, 0 warnings")


def test_a_directory_is_not_a_document(tmp_path):
    (tmp_path / "specs").mkdir()
    code, output = run("validate", "specs")
    assert code == 2
    assert output.splitlines()[0] == "specs: is a directory, not an OpenAPI document"


def test_a_missing_file_suggests_a_close_name(write_spec):
    write_spec(openapi(), "library.yaml")
    code, output = run("validate", "librar.yaml")
    assert code == 2
    assert output.splitlines()[0] == "librar.yaml: file not found; did you mean library.yaml?"
    assert run("validate", "nothing-like-it.json")[1].splitlines()[0] == "nothing-like-it.json: file not found"


def test_a_file_that_is_not_utf8(write_spec, tmp_path):
    (tmp_path / "latin1.json").write_bytes(b'{"openapi": "3.1.0", "info": {"title": "Caf\xe9"}}')
    code, output = run("validate", "latin1.json")
    assert code == 2
    assert output.splitlines()[0] == "latin1.json: not UTF-8 text: byte 0xe9 at offset 43"


@pytest.mark.parametrize(("field", "value"), [("paths", [1]), ("paths", "x"), ("components", [1]), ("components", {"schemas": [1]}), ("info", None)])
def test_a_wrong_shape_is_a_schema_error_and_nothing_more(write_spec, field, value):
    code, lines = validate(write_spec, {**openapi(), field: value})
    assert code == 2
    found = errors(lines)
    assert len(found) == 1 and found[0].startswith(f"spec.json#/{field}"), lines
    assert ": not valid OpenAPI 3.1: " in found[0]


def test_schema_objects_of_31_are_checked_against_the_oas_dialect(write_spec):
    doc = openapi(schemas={
        "A": {"type": "object", "properties": [1]},
        "B": {"type": {"nested": "object"}, "default": 1},
        "C": {"oneOf": [{"type": "string"}], "discriminator": {"mapping": {"x": "#/components/schemas/A"}}},
    })
    code, lines = validate(write_spec, doc)
    assert code == 2
    assert errors(lines) == [
        "spec.json#/components/schemas/A/properties: not valid OpenAPI 3.1: [1] is not of type 'object'",
        "spec.json#/components/schemas/B/type: not valid OpenAPI 3.1: {'nested': 'object'} is not valid under any of the given schemas",
        "spec.json#/components/schemas/C/discriminator: not valid OpenAPI 3.1: 'propertyName' is a required property",
    ]


def test_unknown_fields_are_warnings_but_a_wrong_type_beside_them_is_an_error(write_spec):
    unknown = openapi(paths={"/a": {"get": {"responses": {"204": {"description": "x", "colour": "red"}}}}}, version="3.0.3")
    code, lines = validate(write_spec, unknown)
    assert code == 0, lines
    assert any("'colour' does not match any of the regexes" in line and ": warning: " in line for line in lines)
    both = openapi(paths={"/a": {"get": {"responses": {"204": {"description": 5, "colour": "red"}}}}}, version="3.0.3")
    code, lines = validate(write_spec, both)
    assert code == 2, lines


def test_json_documents_have_line_numbers(write_spec):
    doc = openapi(paths={"/a": {"get": {"responses": {"204": {"description": "x"}}}}, "/b/{id}": {"get": {"responses": {"204": {"description": "x"}}}}})
    code, lines = validate(write_spec, json.dumps(doc, indent=2))
    assert code == 2
    assert lines[0] == "spec.json#/paths/~1b~1{id}/get (line 18): path parameter {id} of '/b/{id}' is not declared"
    doc["components"] = {"schemas": {"A": {"$ref": "#/nowhere"}}}
    code, lines = validate(write_spec, json.dumps(doc, indent=2))
    assert "spec.json#/components/schemas/A (line 29): $ref '#/nowhere' points to nothing" in lines


def test_a_json_document_on_one_line_has_no_line_numbers(write_spec):
    code, lines = validate(write_spec, openapi(schemas={"A": {"$ref": "#/nowhere"}}))
    assert lines[0] == "spec.json#/components/schemas/A: $ref '#/nowhere' points to nothing"


def test_a_ref_target_under_a_property_named_like_an_extension_is_checked(write_spec):
    write_spec({"Pet": "str"}, "common.json")
    doc = openapi(schemas={"A": {"type": "object", "properties": {"x-pet": {"$ref": "common.json#/Pet"}}}})
    code, lines = validate(write_spec, doc)
    assert code == 2
    assert lines[0] == "common.json#/Pet: not valid OpenAPI 3.1: 'str' is not of type 'object', 'boolean' (as the Schema that the $ref at spec.json#/components/schemas/A/properties/x-pet points to)"
