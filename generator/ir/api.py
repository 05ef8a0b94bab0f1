"""The IR's API surface: operations and their parameters, bodies, responses and security,
grouped in resources, and `Api`, the root that holds every document's operations and types."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from generator.ir.types import Json, NamedType, Source, TypeRef, Union


@dataclass(frozen=True)
class Parameter:
    wire_name: str
    location: Literal["path", "query", "header", "cookie"]
    type: TypeRef
    required: bool = False
    style: str = "form"  # as the SDK sends it: a style the spec does not allow is replaced by the default (with a warning)
    explode: bool = True
    allow_reserved: bool = False  # query only: reserved characters are sent unencoded
    content_type: str | None = None  # `content` instead of `schema`: the media type the value is sent as
    description: str | None = None
    has_default: bool = False
    default: Json = None
    example: Json = None
    deprecated: bool = False
    py_name: str = ""
    source: Source | None = None


def media_base(media_type: str) -> str:
    """`Application/JSON; charset=utf-8` -> `application/json`: the type without its parameters."""
    return media_type.split(";")[0].strip().lower()


def is_json(media_type: str) -> bool:
    """`application/json`, `application/problem+json`, `...; charset=utf-8` and the like."""
    base = media_base(media_type)
    return base == "application/json" or base.endswith("+json")


BodyKind = Literal["json", "multipart", "form", "text", "binary"]
"""How a request body is encoded: JSON, multipart parts, form fields, text, or raw bytes."""


ResponseKind = Literal["json", "text", "binary", "events"]
"""How a response body is returned: parsed JSON, text, a binary response object, or server-sent events."""

# Which media type of a response the SDK returns when it offers several: JSON first.
RESPONSE_PREFERENCE: tuple[ResponseKind, ...] = ("json", "events", "text", "binary")


@dataclass(frozen=True)
class PartEncoding:
    """`encoding` of one property of a multipart body: the Content-Type of its part."""

    name: str
    content_type: str


@dataclass(frozen=True)
class MediaType:
    media_type: str
    type: TypeRef | None  # None: no schema given
    body_kind: BodyKind | None = None  # request bodies only: how the SDK sends it (None: it cannot)
    encoding: tuple[PartEncoding, ...] = ()  # request bodies only: per-property Content-Types
    response_kind: ResponseKind | None = None  # responses only: how the SDK returns it

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

    @property
    def returned(self) -> MediaType | None:
        """The media type the SDK asks for and returns (JSON preferred); None: no body."""
        ranked = sorted(self.contents, key=lambda c: RESPONSE_PREFERENCE.index(c.response_kind or "binary"))
        return ranked[0] if ranked else None


@dataclass(frozen=True)
class SchemeScopes:
    scheme: str
    scopes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SecurityRequirement:
    """One alternative of an operation's `security`: all its schemes apply together."""

    schemes: tuple[SchemeScopes, ...]


PagingStyle = Literal["link", "cursor", "link_or_cursor", "offset", "page"]


@dataclass(frozen=True)
class Pagination:
    """A response that is a page of items, and how the next page is requested (`style`):

    - `link`: `next_field` holds the next page's URL, followed as it is;
    - `cursor`: `next_field` holds a cursor, sent as the query parameter `cursor_param`;
    - `link_or_cursor`: a URL-like `next_field` value is followed, any other sent as `cursor_param`;
    - `offset`: the query parameter `offset_param` advances by the number of items received;
    - `page`: the query parameter `page_param` counts up from `first_page`.

    Field names are wire names; `configured` is True when the SDK config, not detection, said so.
    """

    page: TypeRef
    item: TypeRef
    items_field: str
    next_field: str | None = None
    prev_field: str | None = None
    cursor_param: str | None = None
    style: PagingStyle = "link"
    offset_param: str | None = None
    limit_param: str | None = None
    page_param: str | None = None
    first_page: int = 1
    total_field: str | None = None
    configured: bool = False


@dataclass(frozen=True)
class Callback:
    """A request the API makes to the caller after an operation: `callbacks` in the spec."""

    name: str
    expression: str  # the URL it goes to, e.g. `{$request.body#/callbackUrl}`
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class Operation:
    operation_id: str  # the spec's operationId, or one made from method and path (see `operation_id_in_spec`)
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
    callbacks: tuple[Callback, ...] = ()
    py_name: str = ""
    operation_id_in_spec: bool = True  # False: the spec gave none; the id above was made from method and path


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


AppliedAs = Literal["bearer", "basic", "header", "query", "cookie"]
_API_KEY_PLACES: dict[str, AppliedAs] = {"header": "header", "query": "query", "cookie": "cookie"}


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

    @property
    def applied_as(self) -> AppliedAs | None:
        """How an SDK sends it: an `Authorization` bearer token (http bearer, oauth2 and
        openIdConnect), basic auth, or an API key in a header, the query or a cookie; None:
        it cannot (mutualTLS, another http scheme, an unknown type or `in`)."""
        http_scheme = (self.scheme or "").lower()
        if self.type in ("oauth2", "openIdConnect") or (self.type == "http" and http_scheme == "bearer"):
            return "bearer"
        if self.type == "http" and http_scheme == "basic":
            return "basic"
        if self.type == "apiKey" and self.param_name:
            return _API_KEY_PLACES.get(self.location or "")
        return None


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
    webhooks: tuple[Operation, ...] = ()  # requests the API sends on its own; `path` is the webhook's name

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
