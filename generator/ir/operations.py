"""Build the IR pieces of one document: operations, security schemes, servers, info."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator import ir
from generator.diagnostics import Reporter, SpecError
from generator.ir.heuristics import detect_pagination
from generator.ir.keywords import example_of
from generator.ir.schemas import SchemaBuilder
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
        result.security_schemes = self._security_schemes()
        result.servers = [self._server(s) for s in data.get("servers") or [] if isinstance(s, dict)]
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
        location = item.child(method)
        node = location.node
        operation_id = node.get("operationId") or pascal_words(f"{method} {path}")
        operation_id = operation_id[:1].lower() + operation_id[1:]
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
            security=tuple(self._security_requirement(r) for r in security_node if isinstance(r, dict)),
            tags=tuple(t for t in node.get("tags") or [] if isinstance(t, str)),
            deprecated=node.get("deprecated") is True,
            callbacks=self._callbacks(location) if "callbacks" in node else (),
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
        style = node.get("style") or _DEFAULT_STYLE[where]
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
            explode=node.get("explode", style == "form") is True,
            description=node.get("description") or schema.get("description"),
            has_default="default" in schema,
            default=schema.get("default"),
            example=example if example is not None else example_of(schema),
            deprecated=node.get("deprecated") is True,
            source=_source(location),
        )

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
        return ir.RequestBody(
            contents=self._contents(location, f"{hint}Request"),
            required=location.node.get("required") is True,
            description=location.node.get("description"),
        )

    def _response(self, operation: Location, status: str, hint: str) -> ir.Response:
        location = self.resolver.follow(operation.child("responses", status))
        suffix = "Response" if status.startswith("2") else f"Response{pascal_words(status)}"
        headers = []
        for name in location.node.get("headers") or {}:
            header = self.resolver.follow(location.child("headers", name))
            schema_location = self._schema_location(header)
            header_type = self.schemas.type_of(schema_location, f"{hint}{pascal_words(name)}Header") if schema_location else ir.TypeRef(kind="string")
            headers.append(ir.Header(name=name, type=header_type, required=header.node.get("required") is True, description=header.node.get("description")))
        return ir.Response(
            status=status.upper() if status != "default" else status,
            description=location.node.get("description"),
            contents=self._contents(location, f"{hint}{suffix}"),
            headers=tuple(headers),
        )

    # -- security and servers --------------------------------------------------------------

    @staticmethod
    def _security_requirement(requirement: dict[str, Any]) -> ir.SecurityRequirement:
        return ir.SecurityRequirement(tuple(ir.SchemeScopes(name, tuple(scopes or ())) for name, scopes in requirement.items()))

    def _security_schemes(self) -> list[ir.SecurityScheme]:
        schemes = []
        for name in (self.document.data.get("components") or {}).get("securitySchemes") or {}:
            node = self.resolver.follow(self.root.child("components", "securitySchemes", name)).node
            flows = []
            for kind, flow in (node.get("flows") or {}).items():
                if kind.startswith("x-"):  # an extension, not a flow
                    continue
                scopes = tuple(sorted((flow.get("scopes") or {}).items()))
                flows.append(ir.OAuthFlow(kind, flow.get("authorizationUrl"), flow.get("tokenUrl"), scopes))
            schemes.append(
                ir.SecurityScheme(
                    id=name,
                    type=str(node.get("type")),
                    scheme=node.get("scheme"),
                    bearer_format=node.get("bearerFormat"),
                    location=node.get("in"),
                    param_name=node.get("name"),
                    flows=tuple(flows),
                    description=node.get("description"),
                )
            )
        return schemes

    @staticmethod
    def _server(node: dict[str, Any]) -> ir.Server:
        variables = tuple(
            ir.ServerVariable(name, str(var.get("default", "")), tuple(str(v) for v in var.get("enum") or ()), var.get("description"))
            for name, var in (node.get("variables") or {}).items()
        )
        return ir.Server(url=str(node.get("url", "/")), description=node.get("description"), variables=variables)
