"""The IR's types: named types (Model, Union, Enum, Alias), their fields and type expressions.

Named types are referred to by id (`TypeRef(kind="ref", ref=...)`); `Api.types` holds them.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

Json = Any

TypeKind = Literal[
    "string", "integer", "number", "boolean", "null", "any", "object",
    "array", "map", "ref", "union", "const",
]  # fmt: skip


@dataclass(frozen=True)
class Source:
    """Where a node came from: the document (as displayed) and a JSON pointer into it."""

    file: str
    pointer: str
    line: int | None = None

    def __str__(self) -> str:
        line = f" (line {self.line})" if self.line else ""
        return f"{self.file}#{self.pointer}{line}"


@dataclass(frozen=True)
class Constraints:
    """JSON Schema validation keywords, normalised (exclusive bounds are numbers)."""

    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    multiple_of: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    min_properties: int | None = None
    max_properties: int | None = None


@dataclass(frozen=True)
class TypeRef:
    """A type expression: a primitive, a container, an inline union, a constant or a named type."""

    kind: TypeKind
    format: str | None = None
    constraints: Constraints = field(default_factory=Constraints)
    items: TypeRef | None = None  # array
    values: TypeRef | None = None  # map (additionalProperties)
    ref: str | None = None  # id of a named type
    variants: tuple[TypeRef, ...] = ()  # inline union
    value: Json = None  # const
    nullable: bool = False
    content_encoding: str | None = None
    content_media_type: str | None = None


@dataclass(frozen=True)
class Field:
    """A property of a model, with its wire name and (after naming) its Python name."""

    wire_name: str
    type: TypeRef
    required: bool = False
    read_only: bool = False
    write_only: bool = False
    description: str | None = None
    has_default: bool = False
    default: Json = None
    example: Json = None
    deprecated: bool = False
    py_name: str = ""
    source: Source | None = None


@dataclass(frozen=True)
class Model:
    """An object schema with named fields (allOf already merged into it)."""

    id: str
    name: str
    source: Source
    fields: tuple[Field, ...] = ()
    additional_properties: TypeRef | None = None  # None: not declared
    bases: tuple[str, ...] = ()  # ids of named types merged in through allOf
    description: str | None = None
    title: str | None = None
    example: Json = None
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    py_name: str = ""
    kind: Literal["model"] = "model"


@dataclass(frozen=True)
class Discriminator:
    """The property that tells union variants apart, and its value for each variant."""

    property: str
    mapping: tuple[tuple[str, str], ...]  # (wire value, variant type id)
    explicit: bool = True  # False when values are implied from component names


@dataclass(frozen=True)
class Union:
    """oneOf / anyOf. `fields` are properties the parent declares beside the variants."""

    id: str
    name: str
    source: Source
    variants: tuple[TypeRef, ...]
    discriminator: Discriminator | None = None
    combinator: Literal["oneOf", "anyOf"] = "oneOf"
    fields: tuple[Field, ...] = ()
    nullable: bool = False
    description: str | None = None
    title: str | None = None
    example: Json = None
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    py_name: str = ""
    kind: Literal["union"] = "union"


@dataclass(frozen=True)
class EnumValue:
    value: Json
    py_name: str = ""


@dataclass(frozen=True)
class Enum:
    """A set of values: closed (`enum`) or open ("Known values include: ..." in the text)."""

    id: str
    name: str
    source: Source
    base: Literal["string", "integer", "number", "boolean"]
    values: tuple[EnumValue, ...]
    open: bool = False
    nullable: bool = False
    has_default: bool = False
    default: Json = None
    description: str | None = None
    title: str | None = None
    example: Json = None
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    py_name: str = ""
    kind: Literal["enum"] = "enum"


@dataclass(frozen=True)
class Alias:
    """A named schema that is not an object, union or enum: a constrained primitive, array, map."""

    id: str
    name: str
    source: Source
    target: TypeRef
    description: str | None = None
    title: str | None = None
    example: Json = None
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    py_name: str = ""
    kind: Literal["alias"] = "alias"


NamedType = typing.Union[Model, Union, Enum, Alias]  # `Union` here is the IR class above


def through_aliases(type_ref: TypeRef, declarations: typing.Mapping[str, NamedType]) -> tuple[TypeRef, NamedType | None]:
    """`type_ref` with references to aliases followed: the last type reached, and the model,
    union or enum it names (None when it names nothing, or the aliases go round in a circle)."""
    seen: set[str | None] = set()
    while type_ref.kind == "ref" and type_ref.ref not in seen:
        seen.add(type_ref.ref)
        declared = declarations.get(type_ref.ref or "")
        if not isinstance(declared, Alias):
            return type_ref, declared
        type_ref = declared.target
    return type_ref, None


def model_of(type_ref: TypeRef, declarations: typing.Mapping[str, NamedType]) -> Model | None:
    """The model a type is, through aliases; None for any other type."""
    declared = through_aliases(type_ref, declarations)[1]
    return declared if isinstance(declared, Model) else None


def type_refs(t: TypeRef | None) -> typing.Iterator[str]:
    """The ids of the named types a type expression mentions, outermost first."""
    if t is None:
        return
    if t.ref is not None:
        yield t.ref
    yield from type_refs(t.items)
    yield from type_refs(t.values)
    for variant in t.variants:
        yield from type_refs(variant)


def map_refs(node: Any, rename: typing.Callable[[str], str]) -> Any:
    """A copy of `node` with every named-type id (refs, bases, mappings, ids) passed through `rename`."""
    if isinstance(node, TypeRef):
        changes: dict[str, Any] = {}
        if node.ref is not None:
            changes["ref"] = rename(node.ref)
        for name in ("items", "values"):
            if getattr(node, name) is not None:
                changes[name] = map_refs(getattr(node, name), rename)
        if node.variants:
            changes["variants"] = tuple(map_refs(v, rename) for v in node.variants)
        return dataclasses.replace(node, **changes) if changes else node
    if isinstance(node, Discriminator):
        return dataclasses.replace(node, mapping=tuple((value, rename(ref)) for value, ref in node.mapping))
    if isinstance(node, tuple):
        return tuple(map_refs(item, rename) for item in node)
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        changes = {f.name: map_refs(getattr(node, f.name), rename) for f in dataclasses.fields(node) if f.name not in ("source",)}
        if isinstance(node, (Model, Union, Enum, Alias)):
            changes["id"] = rename(node.id)
        if isinstance(node, Model):
            changes["bases"] = tuple(rename(b) for b in node.bases)
        return dataclasses.replace(node, **changes)
    return node
