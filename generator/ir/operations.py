"""Build the IR pieces of one document: operations, security schemes, servers, info."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from generator import ir
from generator.diagnostics import Reporter, SpecError, unescape_token
from generator.ir.api import media_base
from generator.ir.heuristics import detect_pagination
from generator.ir.keywords import example_of
from generator.ir.naming import operation_id_from_path
from generator.ir.schemas import SchemaBuilder
from generator.ir.security import security_requirement, security_schemes, server
from generator.spec.load import Document
from generator.spec.refs import Location, Resolver
from generator.spec.validate import HTTP_METHODS

_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


@dataclass
class DocumentIR:
    """What one document contributes; `operations` pairs each operation with its resource."""

    document: ir.Document
    operations: list[tuple[str, ir.Operation]] = field(default_factory=list)
    webhooks: list[ir.Operation] = field(default_factory=list)
    security_schemes: list[ir.SecurityScheme] = field(default_factory=list)
    servers: list[ir.Server] = field(default_factory=list)
    tag_descriptions: dict[str, str] = field(default_factory=dict)


def _source(location: Location) -> ir.Source:
    return ir.Source(location.document.display, location.pointer, location.document.lines.get(location.pointer))


def body_kind(media_type: str, shape: str) -> ir.BodyKind | None:
    """How the SDK sends a request body of `media_type` whose schema has `shape` (see
    `DocumentBuilder._shape`); None: it cannot. A media type the SDK does not know is sent as
    raw bytes when its schema is binary, absent or any (`*/*` included), as text when it is a
    string, and as JSON when it is `*/*` with a structured schema."""
    base = media_base(media_type)
    structured = shape in ("object", "any", "none")
    if ir.is_json(media_type):
        return "json"
    if base in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return ("multipart" if base.startswith("multipart/") else "form") if structured else None
    if base.startswith("multipart/"):
        return None
    if base.startswith("text/"):
        return "text"
    if shape in ("binary", "none", "any"):
        return "binary"
    if shape == "string":
        return "text"
    return "json" if base == "*/*" else None


def response_kind(media_type: str, shape: str) -> ir.ResponseKind:
    """How the SDK returns a response body of `media_type` whose schema has `shape` (see
    `DocumentBuilder._shape`): JSON (also `*/*` with a structured schema) parsed into its type,
    `text/event-stream` as events, other text (XML too, or any string schema) as `str`, and
    anything else as a binary response object."""
    base = media_base(media_type)
    if ir.is_json(media_type) or (base == "*/*" and shape == "object"):
        return "json"
    if base == "text/event-stream":
        return "events"
    if base.startswith("text/") or base == "application/xml" or base.endswith("+xml") or shape == "string":
        return "text"
    return "binary"


RETURNED_AS = {"text": "as text (str)", "binary": "as a BinaryResponse (bytes)"}


def pascal_words(text: str) -> str:
    """`get /pets/{id}` -> `GetPetsId`: a readable identifier hint from free text."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", text) if word)


class DocumentBuilder:
    """Turns one validated document into a DocumentIR, declaring its schemas on the way."""

    def __init__(self, document: Document, schemas: SchemaBuilder, resolver: Resolver, reporter: Reporter, resource: str | None):
        self.document = document
        self.schemas = schemas
        self.resolver = resolver
        self.reporter = reporter
        self.resource = resource
        self.root = Location.root(document)

    def build(self) -> DocumentIR:
        data = self.document.data
        info = data.get("info") or {}
        result = DocumentIR(
            ir.Document(
                file=self.document.display,
                openapi=str(data.get("openapi")),
                title=str(info.get("title", "")),
                version=str(info.get("version", "")),
                description=info.get("description"),
            )
        )
        for name in (data.get("components") or {}).get("schemas") or {}:
            self._guard(self.schemas.named, self.root.child("components", "schemas", name), name)
        result.security_schemes = security_schemes(self.root, self.resolver, self.reporter)
        result.servers = [server(s) for s in data.get("servers") or [] if isinstance(s, dict)]
        result.tag_descriptions = {t["name"]: t.get("description") or "" for t in data.get("tags") or [] if isinstance(t, dict) and "name" in t}
        for path, item in (data.get("paths") or {}).items():
            if not isinstance(item, dict) or path.startswith("x-"):  # `x-` keys are extensions, not paths
                continue
            item_location = self.resolver.follow(self.root.child("paths", path))
            for method in HTTP_METHODS:
                if isinstance(item_location.node.get(method), dict):
                    operation = self._guard(self._operation, item_location, path, method)
                    if operation is not None:
                        result.operations.append((self._resource_of(operation), operation))
        for name, item in (data.get("webhooks") or {}).items():
            if isinstance(item, dict) and not name.startswith("x-"):
                result.webhooks += self._path_item(self.root.child("webhooks", name), name)
        return result

    def _path_item(self, at: Location, path: str) -> list[ir.Operation]:
        """The operations of a path item that a webhook or a callback names (not grouped in resources)."""
        item = self.resolver.follow(at)
        found = [self._guard(self._operation, item, path, method) for method in HTTP_METHODS if isinstance(item.node.get(method), dict)]
        return [operation for operation in found if operation is not None]

    def _callbacks(self, operation: Location) -> tuple[ir.Callback, ...]:
        callbacks = []
        for name in operation.node.get("callbacks") or {}:
            callback = self.resolver.follow(operation.child("callbacks", name))
            for expression, item in callback.node.items():
                if isinstance(item, dict) and not expression.startswith("x-"):
                    callbacks.append(ir.Callback(name, expression, tuple(self._path_item(callback.child(expression), expression))))
        return tuple(callbacks)

    def _guard(self, build: Any, *args: Any) -> Any:
        """Run one build step; a located error is recorded and the rest of the document goes on."""
        try:
            return build(*args)
        except SpecError as exc:
            self.reporter.diagnostics.extend(exc.diagnostics)
            return None

    def _resource_of(self, operation: ir.Operation) -> str:
        if self.resource:
            return self.resource
        return operation.tags[0] if operation.tags else "default"

    # -- operations ------------------------------------------------------------------------

    def _operation(self, item: Location, path: str, method: str) -> ir.Operation:
        location = self.resolver.follow(item.child(method))  # an operation written as a `$ref`: its target
        node = location.node
        operation_id = node.get("operationId") or operation_id_from_path(method, path)
        hint = pascal_words(operation_id)
        parameters = self._parameters(item, location, hint)
        body = self._request_body(location, hint) if "requestBody" in node else None
        statuses = [str(status) for status in node.get("responses") or {} if not str(status).startswith("x-")]
        responses = tuple(self._response(location, status, hint) for status in statuses)
        security_node = node["security"] if "security" in node else self.document.data.get("security") or []
        operation = ir.Operation(
            operation_id=operation_id,
            method=method,
            path=path,
            source=_source(location),
            summary=node.get("summary"),
            description=node.get("description"),
            parameters=parameters,
            request_body=body,
            responses=responses,
            security=tuple(security_requirement(r) for r in security_node if isinstance(r, dict)),
            tags=tuple(t for t in node.get("tags") or [] if isinstance(t, str)),
            deprecated=node.get("deprecated") is True,
            callbacks=self._callbacks(location) if "callbacks" in node else (),
            operation_id_in_spec=bool(node.get("operationId")),
        )
        return ir.Operation(**{**operation.__dict__, "pagination": detect_pagination(operation, self.schemas.declarations)})

    def _parameters(self, item: Location, operation: Location, hint: str) -> tuple[ir.Parameter, ...]:
        by_key: dict[tuple[str, str], ir.Parameter] = {}
        for owner in (item, operation):
            for index, _ in enumerate(owner.node.get("parameters") or []):
                location = self.resolver.follow(owner.child("parameters", index))
                parameter = self._parameter(location, hint)
                if parameter is not None:
                    by_key[(parameter.wire_name, parameter.location)] = parameter
        return tuple(by_key.values())

    def _parameter(self, location: Location, hint: str) -> ir.Parameter | None:
        node = location.node
        where = node.get("in")
        if where not in _DEFAULT_STYLE:
            return None
        name = str(node.get("name"))
        schema_location = self._schema_location(location)
        param_type = self.schemas.type_of(schema_location, f"{hint}{pascal_words(name)}") if schema_location else ir.TypeRef(kind="any")
        schema = schema_location.node if schema_location and isinstance(schema_location.node, dict) else {}
        style, explode = self._style(location, where, name)
        content_type = None if "schema" in node else self._content_type(location, name)
        example = node.get("example")
        if example is None and isinstance(node.get("examples"), dict):
            first = next(iter(node["examples"].values()), None)
            example = first.get("value") if isinstance(first, dict) else None
        return ir.Parameter(
            wire_name=name,
            location=where,
            type=param_type,
            required=where == "path" or node.get("required") is True,
            style=style,
            explode=explode,
            allow_reserved=where == "query" and node.get("allowReserved") is True,
            content_type=content_type,
            description=node.get("description") or schema.get("description"),
            has_default="default" in schema,
            default=schema.get("default"),
            example=example if example is not None else example_of(schema),
            deprecated=node.get("deprecated") is True,
            source=_source(location),
        )

    def _style(self, location: Location, where: str, name: str) -> tuple[str, bool]:
        """The `style` and `explode` a parameter is sent with. (Validation rejects a style its
        location does not allow.) spaceDelimited and pipeDelimited with explode: true, which
        OpenAPI leaves undefined, are sent as form, exploded, with an `unsupported-style` warning."""
        node = location.node
        style = node.get("style") or _DEFAULT_STYLE[where]
        explode = node.get("explode", style == "form") is True
        if style in ("spaceDelimited", "pipeDelimited") and explode:
            source = _source(location.child("explode"))
            message = f"parameter {name!r} ({where}): style {style} with explode: true is not defined by OpenAPI; it is sent as repeated name=value pairs (form, exploded) instead"
            self.reporter.warning(source.file, source.pointer, message, kind="unsupported-style")
            return "form", True
        return style, explode or style == "deepObject"  # deepObject is exploded by definition

    def _content_type(self, location: Location, name: str) -> str | None:
        """The media type of a parameter's `content`; one that is not JSON is sent as plain
        text (with an `unsupported-style` warning unless it is text/plain)."""
        content = location.node.get("content")
        if not isinstance(content, dict) or not content:
            return None
        media = str(next(iter(content)))
        if not ir.is_json(media) and media_base(media) != "text/plain":
            source = _source(location.child("content", media))
            message = f"parameter {name!r}: content {media} is not supported; the value is sent as plain text"
            self.reporter.warning(source.file, source.pointer, message, kind="unsupported-style")
        return media

    def _schema_location(self, location: Location) -> Location | None:
        """A parameter's or header's schema: `schema`, or the one media type of `content`."""
        node = location.node
        if "schema" in node:
            return location.child("schema")
        content = node.get("content")
        if isinstance(content, dict) and content:
            media = next(iter(content))
            if isinstance(content[media], dict) and "schema" in content[media]:
                return location.child("content", media, "schema")
        return None

    def _contents(self, location: Location, hint: str) -> tuple[ir.MediaType, ...]:
        contents = []
        content = location.node.get("content") or {}
        for media in content:
            media_node = content[media]
            media_type = None
            if isinstance(media_node, dict) and "schema" in media_node:
                suffix = "" if len(content) == 1 or ir.is_json(media) else pascal_words(media.split("/")[-1])
                media_type = self.schemas.type_of(location.child("content", media, "schema"), f"{hint}{suffix}")
            contents.append(ir.MediaType(media_type=media, type=media_type))
        return tuple(contents)

    def _request_body(self, operation: Location, hint: str) -> ir.RequestBody:
        location = self.resolver.follow(operation.child("requestBody"))
        contents = tuple(self._sendable(location, media) for media in self._contents(location, f"{hint}Request"))
        self._warn_unsendable(operation, location, contents)
        return ir.RequestBody(
            contents=contents,
            required=location.node.get("required") is True,
            description=location.node.get("description"),
        )

    def _sendable(self, body: Location, media: ir.MediaType) -> ir.MediaType:
        """`media` with how the SDK sends it (`body_kind`) and its parts' Content-Types (`encoding`)."""
        media_node = (body.node.get("content") or {}).get(media.media_type)
        encoding = media_node.get("encoding") if isinstance(media_node, dict) else None
        parts = tuple(
            ir.PartEncoding(name, part["contentType"])
            for name, part in (encoding or {}).items()
            if isinstance(part, dict) and isinstance(part.get("contentType"), str)
        )
        return dataclasses.replace(media, body_kind=body_kind(media.media_type, self._shape(media.type)), encoding=parts)

    def _shape(self, type_ref: ir.TypeRef | None) -> str:
        """What a body schema is, refs followed: none, any, object, binary, string or other."""
        if type_ref is None:
            return "none"
        final, declared = ir.through_aliases(type_ref, self.schemas.declarations)
        if isinstance(declared, (ir.Model, ir.Union)):
            return "object"
        if isinstance(declared, ir.Enum):
            return "string" if declared.base == "string" else "other"
        if final.kind == "ref":  # names nothing
            return "none"
        if final.kind in ("object", "map", "any"):
            return "object" if final.kind != "any" else "any"
        if final.kind == "string":
            return "binary" if final.format == "binary" else "string"
        return "other"

    def _warn_unsendable(self, operation: Location, body: Location, contents: tuple[ir.MediaType, ...]) -> None:
        """One warning per media type the SDK cannot send, saying what the method offers instead
        (none for webhooks and callbacks: the SDK sends no such requests)."""
        if operation.pointer.startswith("/webhooks/") or "/callbacks/" in operation.pointer:
            return
        tokens = operation.pointer.split("/")
        name = f"{unescape_token(tokens[-1]).upper()} {unescape_token(tokens[-2])}"
        sendable = [media.media_type for media in contents if media.body_kind is not None]
        loss = "the method sends only " + ", ".join(sendable) if sendable else "the method is generated without a body parameter"
        for media in contents:
            if media.body_kind is None:
                source = _source(body.child("content", media.media_type))
                message = f"operation {name}: request body {media.media_type} is not supported (the SDK cannot encode it); {loss}"
                self.reporter.warning(source.file, source.pointer, message, kind="unsupported-media-type")

    def _response(self, operation: Location, status: str, hint: str) -> ir.Response:
        location = self.resolver.follow(operation.child("responses", status))
        suffix = "Response" if status.startswith("2") else f"Response{pascal_words(status)}"
        headers = []
        for name in location.node.get("headers") or {}:
            header = self.resolver.follow(location.child("headers", name))
            schema_location = self._schema_location(header)
            header_type = self.schemas.type_of(schema_location, f"{hint}{pascal_words(name)}Header") if schema_location else ir.TypeRef(kind="string")
            headers.append(ir.Header(name=name, type=header_type, required=header.node.get("required") is True, description=header.node.get("description")))
        contents = tuple(dataclasses.replace(c, response_kind=response_kind(c.media_type, self._shape(c.type))) for c in self._contents(location, f"{hint}{suffix}"))
        response = ir.Response(
            status=status.upper() if status != "default" else status,
            description=location.node.get("description"),
            contents=contents,
            headers=tuple(headers),
        )
        if status.startswith("2"):
            self._warn_unparsed(operation, location, response)
        return response

    def _warn_unparsed(self, operation: Location, location: Location, response: ir.Response) -> None:
        """One `unsupported-media-type` warning when a success response offers no JSON but
        describes a structure (say XML): the method returns the body unparsed (none for
        webhooks and callbacks: the SDK receives no such responses)."""
        media = response.returned
        returned_as = RETURNED_AS.get(media.response_kind or "") if media else None
        if media is None or returned_as is None or self._shape(media.type) != "object":
            return
        if operation.pointer.startswith("/webhooks/") or "/callbacks/" in operation.pointer:
            return
        tokens = operation.pointer.split("/")
        name = f"{unescape_token(tokens[-1]).upper()} {unescape_token(tokens[-2])}"
        source = _source(location.child("content", media.media_type))
        message = (
            f"operation {name}: response {response.status} {media.media_type} is not parsed into its schema's type "
            f"(the SDK reads only JSON into types); the method returns the body {returned_as}"
        )
        self.reporter.warning(source.file, source.pointer, message, kind="unsupported-media-type")
