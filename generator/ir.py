"""The intermediate representation: one language-neutral model of all input documents.

Every stage after `build` reads and writes only these frozen dataclasses. Named types are
referred to by id (`TypeRef(kind="ref", ref=...)`); `Api.types` holds them, sorted by id.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field
from functools import cached_property
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

    def is_empty(self) -> bool:
        return self == Constraints()


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


@dataclass(frozen=True)
class Parameter:
    wire_name: str
    location: Literal["path", "query", "header", "cookie"]
    type: TypeRef
    required: bool = False
    style: str = "form"
    explode: bool = True
    description: str | None = None
    has_default: bool = False
    default: Json = None
    example: Json = None
    deprecated: bool = False
    py_name: str = ""
    source: Source | None = None


def is_json(media_type: str) -> bool:
    """`application/json`, `application/problem+json`, `...; charset=utf-8` and the like."""
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


@dataclass(frozen=True)
class MediaType:
    media_type: str
    type: TypeRef | None  # None: no schema given

    @property
    def is_json(self) -> bool:
        return is_json(self.media_type)


@dataclass(frozen=True)
class RequestBody:
    contents: tuple[MediaType, ...]
    required: bool = False
    description: str | None = None


@dataclass(frozen=True)
class Header:
    name: str
    type: TypeRef
    required: bool = False
    description: str | None = None


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX" or "default"
    description: str | None = None
    contents: tuple[MediaType, ...] = ()
    headers: tuple[Header, ...] = ()


@dataclass(frozen=True)
class SchemeScopes:
    scheme: str
    scopes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SecurityRequirement:
    """One alternative of an operation's `security`: all its schemes apply together."""

    schemes: tuple[SchemeScopes, ...]


@dataclass(frozen=True)
class Pagination:
    """A response that is a page of items with a link to the next page."""

    page: TypeRef
    item: TypeRef
    items_field: str
    next_field: str
    prev_field: str | None = None
    cursor_param: str | None = None


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # lower case: get, post, ...
    path: str
    source: Source
    summary: str | None = None
    description: str | None = None
    parameters: tuple[Parameter, ...] = ()
    request_body: RequestBody | None = None
    responses: tuple[Response, ...] = ()
    security: tuple[SecurityRequirement, ...] = ()
    tags: tuple[str, ...] = ()
    deprecated: bool = False
    pagination: Pagination | None = None
    py_name: str = ""


@dataclass(frozen=True)
class Resource:
    """A group of operations: one attribute of the client (`client.http_bindings`)."""

    name: str
    operations: tuple[Operation, ...]
    description: str | None = None
    py_name: str = ""


@dataclass(frozen=True)
class OAuthFlow:
    kind: str
    authorization_url: str | None = None
    token_url: str | None = None
    scopes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SecurityScheme:
    id: str
    type: str  # http, apiKey, oauth2, openIdConnect, mutualTLS
    scheme: str | None = None  # bearer, basic
    bearer_format: str | None = None
    location: str | None = None  # apiKey: header, query, cookie
    param_name: str | None = None
    flows: tuple[OAuthFlow, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class Server:
    url: str
    description: str | None = None
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True)
class Document:
    """What the IR keeps of each input document's `info`."""

    file: str
    openapi: str
    title: str
    version: str
    description: str | None = None


@dataclass(frozen=True)
class Api:
    documents: tuple[Document, ...]
    resources: tuple[Resource, ...]
    types: tuple[NamedType, ...]
    security_schemes: tuple[SecurityScheme, ...] = ()
    servers: tuple[Server, ...] = ()

    @cached_property
    def _types_by_id(self) -> dict[str, NamedType]:
        return {named.id: named for named in self.types}

    def server_url(self) -> str | None:
        """The first server's URL, variables at their defaults, no trailing slash (may be relative)."""
        if not self.servers:
            return None
        url = self.servers[0].url
        for variable in self.servers[0].variables:
            url = url.replace("{" + variable.name + "}", variable.default)
        return url.rstrip("/")

    @cached_property
    def discriminator_values(self) -> dict[str, dict[str, list[str]]]:
        """Model id -> discriminator property -> the values that select it in tagged unions."""
        tags: dict[str, dict[str, list[str]]] = {}
        for named in self.types:
            if isinstance(named, Union) and named.discriminator:
                for value, type_id in named.discriminator.mapping:
                    values = tags.setdefault(type_id, {}).setdefault(named.discriminator.property, [])
                    if value not in values:
                        values.append(value)
        return tags

    def type_by_id(self, type_id: str) -> NamedType:
        """The named type with this id (KeyError if there is none)."""
        return self._types_by_id[type_id]

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for resource in self.resources for op in resource.operations)


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
