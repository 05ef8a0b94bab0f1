"""How IR types are spelled in the generated Python SDK: IR type expressions to annotations.

Add a Python type for a string `format` in `FORMATS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator import ir
from generator.python.annotations import (
    ANNOTATED,
    ANY,
    DICT,
    LIST,
    NONE,
    STR,
    Call,
    Expr,
    LiteralOf,
    Name,
    Subscript,
    UnionOf,
    Value,
    model,
    runtime,
)
from generator.spec.patterns import python_pattern

UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
FORMATS = {
    "date-time": Name("datetime", "datetime"),
    "date": Name("date", "datetime"),
    "uuid": Name("UUID", "uuid"),
    "byte": runtime("_types.Base64Bytes"),
    "binary": Name("bytes"),
    "duration": runtime("_types.Duration"),
}
_PRIMITIVES = {
    "integer": Name("int"), "number": Name("float"), "boolean": Name("bool"), "null": NONE, "any": ANY,
    "object": Subscript(DICT, (STR, ANY)),
}  # fmt: skip


@dataclass
class TypeNamer:
    """Spells IR types as Python annotations (expression trees that know their imports)."""

    api: ir.Api
    plain_enum_values: bool = False  # parameters: also accept an enum's values as plain literals

    def annotation(self, type_ref: ir.TypeRef) -> Expr:
        base = self._base(type_ref)
        return base.or_none() if type_ref.nullable else base

    def _base(self, t: ir.TypeRef) -> Expr:
        if t.kind == "ref":
            named = self.api.type_by_id(t.ref or "")
            if self.plain_enum_values and isinstance(named, ir.Enum) and named.base == "string":
                plain = STR if named.open else self.literal_type([v.value for v in named.values])
                return UnionOf.of(model(named.py_name), plain)
            return model(named.py_name)
        if t.kind == "array":
            return Subscript(LIST, (self.annotation(t.items or ir.TypeRef(kind="any")),))
        if t.kind == "map":
            return Subscript(DICT, (STR, self.annotation(t.values or ir.TypeRef(kind="any"))))
        if t.kind == "union":
            parts = [self.annotation(v) for v in t.variants]
            return ANY if ANY in parts else UnionOf.of(*parts)
        if t.kind == "const":
            return self.literal_type([t.value])
        if t.kind == "string":
            return self.string(t)
        return _PRIMITIVES[t.kind]

    def string(self, t: ir.TypeRef) -> Expr:
        if t.format in FORMATS:
            return FORMATS[t.format]
        pattern = python_pattern(t.constraints.pattern) if t.constraints.pattern else None
        if pattern is None:
            return STR
        return self.pattern_str([pattern])

    @staticmethod
    def pattern_str(patterns: list[str]) -> Expr:
        """`str` checked (in requests) against one of `patterns`."""
        return Subscript(ANNOTATED, (STR, Call(runtime("_types.matches_any"), tuple(Value(p) for p in patterns))))

    @staticmethod
    def literal_type(values: list[Any]) -> Expr:
        return NONE if values == [None] else LiteralOf(tuple(values))


def string_union_patterns(union: ir.Union, api: ir.Api) -> list[str] | None:
    """For a union of string formats (DeviceId), the patterns of its variants; else None.

    A variant that accepts any string makes the whole union a plain `str` (empty list).
    """
    patterns: list[str] = []
    any_string = False
    for variant in union.variants:
        target = variant
        while target.kind == "ref":
            named = api.type_by_id(target.ref or "")
            if not isinstance(named, ir.Alias):
                return None
            target = named.target
        if target.kind != "string" or target.nullable:
            return None
        if target.format == "uuid":
            patterns.append(UUID_PATTERN)
        elif target.constraints.pattern and (pattern := python_pattern(target.constraints.pattern)):
            patterns.append(pattern)
        elif target.format in FORMATS:
            return None
        else:
            any_string = True
    return [] if any_string else patterns


