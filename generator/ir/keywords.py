"""JSON Schema keywords read the same way everywhere: types, nullability, constraints, examples."""

from __future__ import annotations

from typing import Any

from generator import ir

ANNOTATIONS = frozenset({
    "description", "title", "example", "examples", "default", "readOnly", "writeOnly",
    "deprecated", "nullable", "externalDocs", "xml", "$comment",
})  # fmt: skip


# Keywords that no SDK type expresses, as named in warnings: a value is neither checked nor typed by them.
_UNREPRESENTED = {
    "if": "`if/then/else`", "not": "`not`", "contains": "`contains`", "propertyNames": "`propertyNames`",
    "patternProperties": "`patternProperties`", "dependentSchemas": "`dependentSchemas`",
    "dependentRequired": "`dependentRequired`", "dependencies": "`dependencies`", "prefixItems": "`prefixItems`",
    "unevaluatedProperties": "`unevaluatedProperties`", "unevaluatedItems": "`unevaluatedItems`",
    "$dynamicRef": "`$dynamicRef`", "$recursiveRef": "`$recursiveRef`",
}  # fmt: skip
_CLOSING = ("unevaluatedProperties", "unevaluatedItems")  # `true`/`false` there: nothing typed is lost
# Keywords that say nothing about the type of a value (identifiers, definitions, parts of another keyword).
_TYPELESS = frozenset({
    "$id", "$anchor", "$dynamicAnchor", "$schema", "$vocabulary", "$defs", "definitions", "then", "else",
    "minContains", "maxContains", "discriminator", "contentSchema",
})  # fmt: skip
# Keywords that only make sense for one type: a schema without `type` that uses them has that type.
_IMPLIED_BY = {
    "object": ("properties", "additionalProperties", "patternProperties", "propertyNames", "required",
               "minProperties", "maxProperties", "dependentRequired", "dependentSchemas", "unevaluatedProperties"),
    "array": ("items", "prefixItems", "contains", "minItems", "maxItems", "uniqueItems", "unevaluatedItems"),
    "string": ("pattern", "minLength", "maxLength", "format", "contentEncoding", "contentMediaType"),
    "number": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
}  # fmt: skip


def unrepresented_keywords(schema: dict[str, Any]) -> list[str]:
    """The keywords of `schema` that the SDK's types cannot express, as named in warnings."""
    return [text for key, text in _UNREPRESENTED.items() if key in schema and not (key in _CLOSING and isinstance(schema[key], bool))]


def implied_types(schema: dict[str, Any]) -> list[str]:
    """The type a schema without `type` has by the keywords it uses (the first that any implies)."""
    return next(([kind] for kind, keys in _IMPLIED_BY.items() if any(key in schema for key in keys)), [])


def says_nothing_of_type(schema: dict[str, Any]) -> bool:
    """True when nothing in `schema` constrains the type (annotations, identifiers, keywords that
    are warned about as unrepresented): a schema that really means "any value"."""
    named = {key for key in _UNREPRESENTED if key in schema}
    return is_annotation_only({k: v for k, v in schema.items() if k not in _TYPELESS and k not in named and k != "type"})


def is_annotation_only(schema: Any) -> bool:
    """True for a schema that only describes (no type, no constraints): `{description: ...}`."""
    return isinstance(schema, dict) and all(k in ANNOTATIONS or k.startswith("x-") for k in schema)


def schema_types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [k for k in kind if isinstance(k, str)]
    return [kind] if isinstance(kind, str) else []


def is_nullable(schema: dict[str, Any]) -> bool:
    return schema.get("nullable") is True or "null" in schema_types(schema)


def example_of(schema: dict[str, Any]) -> Any:
    if schema.get("example") is not None:
        return schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples and examples[0] is not None:
        return examples[0]
    return None


_NUMBER_BOUNDS = ("minimum", "maximum", "exclusive_minimum", "exclusive_maximum", "multiple_of")
_PROPERTY_COUNTS = ("min_properties", "max_properties")
# The constraints that apply to values of each kind; JSON Schema ignores the others (a
# `minLength` on an integer checks nothing).
_APPLICABLE = {
    "string": ("pattern", "min_length", "max_length"), "integer": _NUMBER_BOUNDS, "number": _NUMBER_BOUNDS,
    "array": ("min_items", "max_items", "unique_items"), "object": _PROPERTY_COUNTS, "map": _PROPERTY_COUNTS,
}  # fmt: skip


def constraints_for(kind: str, constraints: ir.Constraints) -> ir.Constraints:
    """`constraints` without those that do not apply to values of `kind`."""
    return ir.Constraints(**{name: getattr(constraints, name) for name in _APPLICABLE.get(kind, ())})


def constraints_of(schema: dict[str, Any]) -> ir.Constraints:
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    exclusive_min, exclusive_max = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(exclusive_min, bool):  # OpenAPI 3.0: a flag on minimum
        exclusive_min, minimum = (minimum, None) if exclusive_min else (None, minimum)
    if isinstance(exclusive_max, bool):
        exclusive_max, maximum = (maximum, None) if exclusive_max else (None, maximum)

    def number(value: Any) -> Any:
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    pattern = schema.get("pattern")
    return ir.Constraints(
        pattern=pattern if isinstance(pattern, str) else None,
        min_length=number(schema.get("minLength")),
        max_length=number(schema.get("maxLength")),
        minimum=number(minimum),
        maximum=number(maximum),
        exclusive_minimum=number(exclusive_min),
        exclusive_maximum=number(exclusive_max),
        multiple_of=number(schema.get("multipleOf")),
        min_items=number(schema.get("minItems")),
        max_items=number(schema.get("maxItems")),
        unique_items=schema.get("uniqueItems") is True,
        min_properties=number(schema.get("minProperties")),
        max_properties=number(schema.get("maxProperties")),
    )
