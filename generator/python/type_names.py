"""How IR types are spelled in the generated Python SDK: IR type expressions to annotations.

`TypeNamer.annotation` is the type a value has once read (and what it is validated as,
constraints included); `TypeNamer.input_annotation` is what a user may pass for it (a
model or its dict shape, an open enum's member or any string, a `UUID` or its text).
Add a Python type for a string `format` in `FORMATS` (and in `INPUT_FORMATS` when a user may
pass more than what is read).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
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
    Keyword,
    LiteralOf,
    Name,
    Subscript,
    UnionOf,
    Value,
    model,
    runtime,
)
from generator.python.regex import describe_pattern, python_regex

UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z"
UUID = Name("UUID", "uuid")
FORMATS = {
    "date-time": Name("datetime", "datetime"),
    "date": Name("date", "datetime"),
    "uuid": UUID,
    "byte": runtime("_types.Base64Bytes"),
    "binary": runtime("_types.FileInput"),
    "duration": runtime("_types.Duration"),
}
# What a user may pass where it differs from the type read: a file as bytes, a file object or a tuple.
INPUT_FORMATS = {**FORMATS, "binary": runtime("_types.FileTypes")}
SEQUENCE = Name("Sequence", "collections.abc")
MAPPING = Name("Mapping", "collections.abc")
_PRIMITIVES = {
    "integer": Name("int"), "number": Name("float"), "boolean": Name("bool"), "null": NONE, "any": ANY,
    "object": Subscript(DICT, (STR, ANY)),
}  # fmt: skip
_BOUNDS = (
    ("minimum", "ge"), ("exclusive_minimum", "gt"), ("maximum", "le"), ("exclusive_maximum", "lt"),
    ("multiple_of", "multiple_of"),
)  # fmt: skip


@dataclass
class TypeNamer:
    """Spells IR types as Python annotations (expression trees that know their imports).

    `params` names the dict shape (TypedDict, or an alias of them) of each model or union
    that requests send: where one exists, an input accepts it.
    """

    api: ir.Api
    params: Mapping[str, str] = field(default_factory=dict)
    _expanding: set[str] = field(default_factory=set, init=False)  # aliases being spelled out as inputs

    def annotation(self, type_ref: ir.TypeRef) -> Expr:
        base = self._base(type_ref)
        return base.or_none() if type_ref.nullable else base

    def input_annotation(self, type_ref: ir.TypeRef) -> Expr:
        """What a user may pass where a value of `type_ref` is sent."""
        base = self._input(type_ref)
        return base.or_none() if type_ref.nullable else base

    def _base(self, t: ir.TypeRef) -> Expr:
        if t.kind == "ref":
            return model(self.api.type_by_id(t.ref or "").py_name)
        if t.kind == "array":
            items = Subscript(LIST, (self.annotation(t.items or ir.TypeRef(kind="any")),))
            return _constrained(items, t.constraints)
        if t.kind == "map":
            return Subscript(DICT, (STR, self.annotation(t.values or ir.TypeRef(kind="any"))))
        if t.kind == "union":
            parts = [self.annotation(v) for v in t.variants]
            return ANY if ANY in parts else UnionOf.of(*parts)
        if t.kind == "const":
            return self.literal_type([t.value])
        if t.kind == "string":
            return self.string(t)
        return _constrained(_PRIMITIVES[t.kind], t.constraints)

    def _input(self, t: ir.TypeRef) -> Expr:
        if t.kind == "ref":
            return self._named_input(self.api.type_by_id(t.ref or ""))
        if t.kind == "array":
            return Subscript(SEQUENCE, (self.input_annotation(t.items or ir.TypeRef(kind="any")),))
        if t.kind == "map":
            return Subscript(MAPPING, (STR, self.input_annotation(t.values or ir.TypeRef(kind="any"))))
        if t.kind == "union":
            parts = [self.input_annotation(v) for v in t.variants]
            return ANY if ANY in parts else UnionOf.of(*parts)
        if t.kind == "string":
            return UnionOf.of(UUID, STR) if t.format == "uuid" else INPUT_FORMATS.get(t.format or "", STR)
        return _PRIMITIVES[t.kind] if t.kind != "const" else self.literal_type([t.value])

    def _named_input(self, named: ir.NamedType) -> Expr:
        name = model(named.py_name)
        if isinstance(named, ir.Model):
            return UnionOf.of(name, model(self.params[named.id])) if named.id in self.params else name
        if isinstance(named, ir.Enum):
            if named.base != "string" and not (named.base == "integer" and not named.open):
                return name
            plain = STR if named.open else self.literal_type([v.value for v in named.values])
            return UnionOf.of(name, plain)
        if isinstance(named, ir.Union):
            formats = string_union_formats(named, self.api)
            if formats is not None:
                has_uuid = any(pattern == UUID_PATTERN for _, pattern in formats)
                return UnionOf.of(name, UUID) if has_uuid else name
            if named.discriminator is not None and named.id in self.params:
                variants = [model(self.api.type_by_id(ref).py_name) for _, ref in named.discriminator.mapping]
                return UnionOf.of(*variants, model(self.params[named.id]))
            return name
        target = named.target
        if target.kind in ("string", "integer", "number", "boolean") and target.format != "uuid" or named.id in self._expanding:
            return name  # a recursive alias: its own name where it recurs
        self._expanding.add(named.id)
        try:
            return self.input_annotation(target)
        finally:
            self._expanding.discard(named.id)

    def string(self, t: ir.TypeRef) -> Expr:
        if t.format in FORMATS:
            return FORMATS[t.format]
        pattern = python_regex(t.constraints.pattern) if t.constraints.pattern else None
        base = self.pattern_str([(_label(t.constraints.pattern or ""), pattern)]) if pattern else STR
        return _constrained(base, t.constraints)

    @staticmethod
    def pattern_str(formats: list[tuple[str, str]]) -> Expr:
        """`str` checked (in requests) against one of the `(description, regex)` formats."""
        return Subscript(ANNOTATED, (STR, Call(runtime("_constraints.matches_any"), (Value(dict(formats)),))))

    @staticmethod
    def literal_type(values: list[Any]) -> Expr:
        return NONE if values == [None] else LiteralOf(tuple(values))


def _label(pattern: str) -> str:
    return describe_pattern(pattern) or pattern


def _constrained(base: Expr, c: ir.Constraints) -> Expr:
    """`Annotated[base, constrained(...)]` for the lengths and bounds in `c`, else `base`."""
    keywords = [(name, getattr(c, attribute)) for attribute, name in _BOUNDS if getattr(c, attribute) is not None]
    for name, low, high in (("length", c.min_length, c.max_length), ("length", c.min_items, c.max_items)):
        keywords += [(f"{edge}_{name}", value) for edge, value in (("min", low), ("max", high)) if value is not None]
    if c.unique_items:
        keywords.append(("unique_items", True))
    if not keywords:
        return base
    call = Call(runtime("_constraints.constrained"), tuple(Keyword(k, Value(v)) for k, v in keywords))
    if isinstance(base, Subscript) and base.head == ANNOTATED:
        return Subscript(ANNOTATED, (*base.args, call))
    return Subscript(ANNOTATED, (base, call))


def string_union_formats(union: ir.Union, api: ir.Api) -> list[tuple[str, str]] | None:
    """For a union of string formats (DeviceId), `(description, regex)` of each variant; else None.

    A variant that accepts any string makes the whole union a plain `str` (empty list).
    """
    formats: list[tuple[str, str]] = []
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
        original = target.constraints.pattern
        if target.format == "uuid":
            formats.append(("<uuid>", UUID_PATTERN))
        elif original and (pattern := python_regex(original)):
            formats.append((_label(original), pattern))
        elif target.format in FORMATS:
            return None
        else:
            any_string = True
    return [] if any_string else formats
