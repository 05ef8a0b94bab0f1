"""$ref forms (escapes, other files, YAML) and merging types shared by several documents."""

from __future__ import annotations

from irtools import field_of, named, openapi

from generator import ir
from generator.config import config_for_specs
from generator.diagnostics import Reporter
from generator.pipeline import load_api


def test_pointer_escapes(build):
    api, _ = build(openapi(schemas={
        "Shapes": {"type": "object", "properties": {"a/b~c": {"type": "string", "format": "uuid"}}},
        "User": {"type": "object", "properties": {"id": {"$ref": "#/components/schemas/Shapes/properties/a~1b~0c"}}},
    }))
    id_type = field_of(named(api, "User"), "id").type
    assert id_type == ir.TypeRef(kind="ref", ref="a/b~c")
    assert api.type_by_id("a/b~c").py_name == "ABC"
    assert field_of(named(api, "Shapes"), "a/b~c").py_name == "a_b_c"


def test_refs_across_files_and_yaml(write_spec):
    write_spec({"Pet": {"type": "object", "properties": {"owner": {"$ref": "people.yaml#/Person"}}}}, "defs/pets.json")
    write_spec({"Person": {"type": "object", "properties": {"name": {"type": "string"}, "pets": {"type": "array", "items": {"$ref": "pets.json#/Pet"}}}}}, "defs/people.yaml")
    main = write_spec(openapi(paths={"/pets": {"get": {"operationId": "listPets", "responses": {"200": {"description": "ok", "content": {
        "application/json": {"schema": {"type": "array", "items": {"$ref": "defs/pets.json#/Pet"}}}}}}}}}), "main.yaml")
    api = load_api(config_for_specs([main]), Reporter())
    pet = named(api, "Pet")
    assert pet.source.file.endswith("defs/pets.json")
    owner = field_of(pet, "owner").type
    assert owner == ir.TypeRef(kind="ref", ref="Person")
    assert field_of(named(api, "Person"), "pets").type.items == ir.TypeRef(kind="ref", ref="Pet"), "the cycle between files closes on names"
    response_type = api.operations[0].responses[0].contents[0].type
    assert response_type == ir.TypeRef(kind="array", items=ir.TypeRef(kind="ref", ref="Pet"))


def test_whole_file_ref_is_named_after_the_file(write_spec):
    write_spec({"type": "object", "properties": {"x": {"type": "integer"}}}, "point.json")
    main = write_spec(openapi(schemas={"Shape": {"type": "object", "properties": {"origin": {"$ref": "point.json"}}}}), "main.json")
    api = load_api(config_for_specs([main]), Reporter())
    assert field_of(named(api, "Shape"), "origin").type.ref == "point"


def shared(example: str, extra_property: bool = False) -> dict:
    properties = {"title": {"type": "string", "example": example}}
    if extra_property:
        properties["status"] = {"type": "integer"}
    return {
        "Problem": {"type": "object", "properties": properties},
        "Thing": {"type": "object", "properties": {"problem": {"$ref": "#/components/schemas/Problem"}}},
    }


def test_identical_schemas_from_several_documents_become_one_type(build):
    api, reporter = build(openapi(schemas=shared("one")), openapi(schemas=shared("two")))
    assert [t.id for t in api.types] == ["Problem", "Thing"]
    notes = [d for d in reporter.diagnostics if d.severity == "info"]
    assert any("only descriptions or examples differ" in d.message for d in notes)
    assert not [d for d in reporter.diagnostics if d.severity == "warning"]


def test_same_name_different_meaning_gets_a_distinct_name_and_a_warning(build):
    api, reporter = build(openapi(schemas=shared("one")), openapi(schemas=shared("one", extra_property=True)))
    assert [t.id for t in api.types] == ["Problem", "Spec1Problem", "Spec1Thing", "Thing"]
    assert field_of(named(api, "Spec1Thing"), "problem").type.ref == "Spec1Problem", "refs follow the renamed type"
    assert field_of(named(api, "Thing"), "problem").type.ref == "Problem"
    warnings = sorted(d.message for d in reporter.diagnostics if d.severity == "warning")
    assert warnings == [
        "schema 'Problem' differs from the one at spec0.json#/components/schemas/Problem; it is named 'Spec1Problem'",
        "schema 'Thing' differs from the one at spec0.json#/components/schemas/Thing; it is named 'Spec1Thing'",
    ]
