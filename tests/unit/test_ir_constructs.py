"""One small document per IR construct, asserting the IR that comes out."""

from __future__ import annotations

from irtools import field_of, named, openapi

from generator import ir


def op(responses=None, **extra):
    return {"operationId": "doIt", "responses": responses or {"204": {"description": "ok"}}, **extra}


def test_object_fields_required_and_descriptions(build):
    api, _ = build(openapi(schemas={"Pet": {"type": "object", "description": "A pet.", "required": ["name"], "properties": {
        "name": {"type": "string", "description": "Its name", "minLength": 1, "maxLength": 20},
        "age": {"type": "integer", "format": "int32", "minimum": 0, "exclusiveMaximum": 100},
    }}}))
    pet = named(api, "Pet")
    assert isinstance(pet, ir.Model) and pet.description == "A pet."
    name, age = field_of(pet, "name"), field_of(pet, "age")
    assert name.required and name.description == "Its name"
    assert name.type == ir.TypeRef(kind="string", constraints=ir.Constraints(min_length=1, max_length=20))
    assert not age.required and age.type.format == "int32"
    assert age.type.constraints.minimum == 0 and age.type.constraints.exclusive_maximum == 100


def test_openapi_30_boolean_exclusive_bounds_become_numbers(build):
    api, _ = build(openapi(version="3.0.3", schemas={"N": {"type": "number", "minimum": 1, "exclusiveMinimum": True, "maximum": 5}}))
    constraints = named(api, "N").target.constraints
    assert (constraints.exclusive_minimum, constraints.minimum, constraints.maximum) == (1, None, 5)


def test_arrays_and_maps(build):
    api, _ = build(openapi(schemas={"Bag": {"type": "object", "properties": {
        "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "uniqueItems": True},
        "labels": {"type": "object", "additionalProperties": {"type": "string"}},
        "free": {"type": "object"},
    }}}))
    bag = named(api, "Bag")
    tags = field_of(bag, "tags").type
    assert tags.kind == "array" and tags.items == ir.TypeRef(kind="string") and tags.constraints.min_items == 1 and tags.constraints.unique_items
    assert field_of(bag, "labels").type == ir.TypeRef(kind="map", values=ir.TypeRef(kind="string"))
    assert field_of(bag, "free").type.kind == "object"


def test_string_formats_and_base64(build):
    api, _ = build(openapi(schemas={"F": {"type": "object", "properties": {
        "id": {"type": "string", "format": "uuid"},
        "at": {"type": "string", "format": "date-time"},
        "link": {"type": "string", "format": "uri"},
        "raw": {"type": "string", "contentEncoding": "base64"},
        "wait": {"type": "string", "format": "duration", "pattern": "^P.*$"},
        "text": {"type": "string", "pattern": "^(?!\\s*$).+"},
    }}}))
    f = named(api, "F")
    assert [field_of(f, n).type.format for n in ("id", "at", "link", "raw", "wait")] == ["uuid", "date-time", "uri", "byte", "duration"]
    assert field_of(f, "raw").type.content_encoding == "base64"
    assert field_of(f, "text").type.constraints.pattern == "^(?!\\s*$).+"


def test_closed_enum_and_inline_enum_is_hoisted(build):
    api, _ = build(openapi(schemas={
        "Color": {"type": "string", "enum": ["red", "green"]},
        "Car": {"type": "object", "properties": {"gear": {"type": "integer", "enum": [1, 2, 3]}}},
    }))
    color = named(api, "Color")
    assert isinstance(color, ir.Enum) and not color.open and [v.value for v in color.values] == ["red", "green"]
    assert [v.py_name for v in color.values] == ["RED", "GREEN"]
    gear = field_of(named(api, "Car"), "gear").type
    assert gear.kind == "ref"
    hoisted = api.type_by_id(gear.ref)
    assert isinstance(hoisted, ir.Enum) and hoisted.base == "integer" and hoisted.py_name == "CarGear"


def test_known_values_make_an_open_enum(build):
    api, _ = build(openapi(schemas={
        "Status": {"type": "string", "description": "The status. Known values include: PENDING, EXECUTING and DONE"},
        "Kind": {"type": "string", "description": "Known values are: cellular, generic and lora"},
        "Plain": {"type": "string", "description": "Nothing known here."},
    }))
    status = named(api, "Status")
    assert isinstance(status, ir.Enum) and status.open
    assert [v.value for v in status.values] == ["PENDING", "EXECUTING", "DONE"]
    assert [v.value for v in named(api, "Kind").values] == ["cellular", "generic", "lora"]
    assert isinstance(named(api, "Plain"), ir.Alias)


def test_allof_page_of_items_is_merged(build):
    api, _ = build(openapi(schemas={
        "Page": {"type": "object", "required": ["items"], "properties": {
            "items": {"type": "array", "items": {}}, "next": {"type": "string", "format": "uri"}}},
        "Thing": {"type": "object", "properties": {"id": {"type": "string"}}},
        "PageOfThings": {"allOf": [{"$ref": "#/components/schemas/Page"}, {"properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}}], "description": "Things."},
    }))
    page = named(api, "PageOfThings")
    assert isinstance(page, ir.Model) and page.bases == ("Page",) and page.description == "Things."
    items = field_of(page, "items")
    assert items.required and items.type == ir.TypeRef(kind="array", items=ir.TypeRef(kind="ref", ref="Thing"))
    assert field_of(page, "next").type.format == "uri"


def test_allof_ref_with_description_is_the_ref(build):
    api, _ = build(openapi(schemas={
        "NonBlank": {"type": "string", "minLength": 1},
        "P": {"type": "object", "properties": {"name": {"allOf": [{"$ref": "#/components/schemas/NonBlank"}, {"type": "string", "description": "The name"}]}}},
    }))
    name = field_of(named(api, "P"), "name")
    assert name.type == ir.TypeRef(kind="ref", ref="NonBlank") and name.description == "The name"


def test_discriminated_union_with_mapping_and_shared_fields(build):
    api, _ = build(openapi(schemas={
        "Cat": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}, "meow": {"type": "boolean"}}},
        "Dog": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}}},
        "Pet": {"type": "object", "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "type", "mapping": {"cat": "#/components/schemas/Cat", "dog": "Dog"}},
                "properties": {"type": {"type": "string"}, "name": {"type": "string"}}, "required": ["type"]},
    }))
    pet = named(api, "Pet")
    assert isinstance(pet, ir.Union) and pet.combinator == "oneOf"
    assert pet.variants == (ir.TypeRef(kind="ref", ref="Cat"), ir.TypeRef(kind="ref", ref="Dog"))
    assert pet.discriminator == ir.Discriminator("type", (("cat", "Cat"), ("dog", "Dog")))
    assert [f.wire_name for f in pet.fields] == ["type", "name"]


def test_implicit_discriminator_values_are_schema_names(build):
    api, _ = build(openapi(schemas={
        "A": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "B": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "AB": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}], "discriminator": {"propertyName": "kind"}},
    }))
    ab = named(api, "AB")
    assert ab.combinator == "anyOf"
    assert ab.discriminator == ir.Discriminator("kind", (("A", "A"), ("B", "B")), explicit=False)


def test_union_without_discriminator_and_string_formats(build):
    api, _ = build(openapi(schemas={
        "Imei": {"type": "string", "pattern": "(?i)^imei:[0-9]{15}$"},
        "DeviceId": {"type": "string", "oneOf": [{"$ref": "#/components/schemas/Imei"}, {"type": "string", "format": "uuid"}]},
    }))
    device_id = named(api, "DeviceId")
    assert isinstance(device_id, ir.Union) and device_id.discriminator is None
    assert device_id.variants == (ir.TypeRef(kind="ref", ref="Imei"), ir.TypeRef(kind="string", format="uuid"))
    assert named(api, "Imei").target.constraints.pattern == "(?i)^imei:[0-9]{15}$"


def test_nullable_forms(build):
    api, _ = build(openapi(schemas={
        "T": {"type": "object", "properties": {
            "a": {"type": ["string", "null"]},
            "b": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
            "c": {"anyOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]},
            "d": {"type": ["string", "integer"]},
        }}}))
    t = named(api, "T")
    assert field_of(t, "a").type == ir.TypeRef(kind="string", nullable=True)
    assert field_of(t, "b").type == ir.TypeRef(kind="integer", nullable=True)
    assert field_of(t, "c").type == ir.TypeRef(kind="ref", ref="T", nullable=True)
    assert field_of(t, "d").type == ir.TypeRef(kind="union", variants=(ir.TypeRef(kind="string"), ir.TypeRef(kind="integer")))
    api30, _ = build(openapi(version="3.0.3", schemas={"U": {"type": "string", "nullable": True}}))
    assert named(api30, "U").target == ir.TypeRef(kind="string", nullable=True)


def test_const_readonly_writeonly_defaults(build):
    api, _ = build(openapi(schemas={
        "Status": {"type": "string", "readOnly": True, "description": "Known values include: A and B"},
        "S": {"type": "object", "required": ["id", "kind", "secret"], "properties": {
            "id": {"type": "string", "readOnly": True},
            "kind": {"const": "s"},
            "secret": {"type": "string", "writeOnly": True},
            "status": {"$ref": "#/components/schemas/Status"},
            "retries": {"type": "integer", "default": 3},
            "note": {"type": "string", "default": None},
        }}}))
    s = named(api, "S")
    assert field_of(s, "id").read_only and field_of(s, "id").required
    assert field_of(s, "kind").type == ir.TypeRef(kind="const", value="s")
    assert field_of(s, "secret").write_only
    assert field_of(s, "status").read_only, "readOnly on the referenced schema applies to the field"
    retries = field_of(s, "retries")
    assert retries.has_default and retries.default == 3
    note = field_of(s, "note")
    assert note.has_default and note.default is None
    assert not field_of(s, "kind").has_default


def test_recursive_schema_refers_to_itself_by_name(build):
    api, _ = build(openapi(schemas={"Node": {"type": "object", "properties": {
        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}, "parent": {"$ref": "#/components/schemas/Node"}}}}))
    node = named(api, "Node")
    assert field_of(node, "children").type.items == ir.TypeRef(kind="ref", ref="Node")
    assert field_of(node, "parent").type == ir.TypeRef(kind="ref", ref="Node")


def test_inline_object_property_is_hoisted_with_a_derived_name(build):
    api, _ = build(openapi(schemas={"Link": {"type": "object", "properties": {
        "_embedded": {"type": "object", "properties": {"device": {"type": "string"}}}}}}))
    embedded = field_of(named(api, "Link"), "_embedded")
    assert embedded.py_name == "embedded"
    hoisted = api.type_by_id(embedded.type.ref)
    assert isinstance(hoisted, ir.Model) and hoisted.py_name == "LinkEmbedded"


def test_operation_parameters_body_responses(build):
    api, _ = build(openapi(paths={"/things/{thingId}": {
        "parameters": [{"name": "thingId", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}],
        "put": {"operationId": "setThing", "summary": "Set", "description": "Sets it.",
                "parameters": [
                    {"name": "embed", "in": "query", "style": "form", "explode": True, "schema": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}}},
                    {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                    {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}, "example": "2025-01-01T00:00:00Z"},
                    {"name": "forced", "in": "query", "schema": {"type": "boolean", "default": False}},
                ],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "responses": {
                    "200": {"description": "Updated", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                            "headers": {"ETag": {"schema": {"type": "string"}}}},
                    "409": {"description": "Conflict", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                }}}},
        schemas={"Thing": {"type": "object", "properties": {"a": {"type": "string"}}}, "Problem": {"type": "object", "properties": {"title": {"type": "string"}}}}))
    (operation,) = api.operations
    assert (operation.operation_id, operation.method, operation.path, operation.summary) == ("setThing", "put", "/things/{thingId}", "Set")
    params = {p.wire_name: p for p in operation.parameters}
    assert params["thingId"].location == "path" and params["thingId"].required and params["thingId"].style == "simple"
    embed = params["embed"]
    assert (embed.location, embed.style, embed.explode, embed.type.kind) == ("query", "form", True, "array")
    assert isinstance(api.type_by_id(embed.type.items.ref), ir.Enum)
    assert params["X-Trace"].location == "header" and params["X-Trace"].py_name == "x_trace" and not params["X-Trace"].explode
    assert params["since"].example == "2025-01-01T00:00:00Z"
    assert params["forced"].has_default and params["forced"].default is False
    assert operation.request_body == ir.RequestBody((ir.MediaType("application/json", ir.TypeRef(kind="ref", ref="Thing"), body_kind="json"),), required=True)
    ok, conflict = operation.responses
    assert ok.status == "200" and ok.headers[0].name == "ETag"
    assert conflict.contents == (ir.MediaType("application/problem+json", ir.TypeRef(kind="ref", ref="Problem"), response_kind="json"),)


def test_security_scopes_and_servers(build):
    api, _ = build(openapi(
        paths={"/a": {"get": op(security=[{"BearerAuth": ["a.read"]}])}, "/b": {"get": {**op(), "operationId": "b"}}},
        components={"securitySchemes": {"BearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}},
        security=[{"BearerAuth": ["default.scope"]}],
        servers=[{"url": "https://{env}.example.com", "variables": {"env": {"default": "api", "enum": ["api", "test"]}}}],
    ))
    (scheme,) = api.security_schemes
    assert (scheme.id, scheme.type, scheme.scheme, scheme.bearer_format) == ("BearerAuth", "http", "bearer", "JWT")
    a, b = api.operations
    assert a.security == (ir.SecurityRequirement((ir.SchemeScopes("BearerAuth", ("a.read",)),)),)
    assert b.security[0].schemes[0].scopes == ("default.scope",), "document-level security applies"
    assert api.servers == (ir.Server("https://{env}.example.com", None, (ir.ServerVariable("env", "api", ("api", "test")),)),)


def test_pagination_is_detected(build):
    api, _ = build(openapi(
        paths={"/things": {"get": {"operationId": "searchThings", "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
                                   "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PageOfThings"}}}}}}}},
        schemas={"PageOfThings": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "string"}}, "next": {"type": "string"}, "prev": {"type": "string"}}}},
    ))
    pagination = api.operations[0].pagination
    assert pagination == ir.Pagination(page=ir.TypeRef(kind="ref", ref="PageOfThings"), item=ir.TypeRef(kind="string"),
                                       items_field="items", next_field="next", prev_field="prev", cursor_param="cursor", style="link_or_cursor")


def test_operations_without_ids_get_derived_names_and_tag_resources(build):
    api, _ = build(openapi(paths={"/pets/{petId}": {"get": {"tags": ["pets"], "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}],
                                                            "responses": {"200": {"description": "ok"}}}}}))
    (resource,) = api.resources
    assert resource.py_name == "pets"
    assert resource.operations[0].operation_id == "get_pets_by_pet_id"
    assert resource.operations[0].operation_id_in_spec is False
