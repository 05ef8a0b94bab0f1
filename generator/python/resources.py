"""What each resource module of the SDK declares: one method per operation, as template views."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator import ir
from generator.python.annotations import ANY, NONE, STR, Expr, LiteralOf, Name, Subscript, UnionOf, imports_of, runtime
from generator.python.call_source import paging_source, styles_source
from generator.python.method_docs import method_doc
from generator.python.params import param_names
from generator.python.security import default_alternatives, security_argument
from generator.python.source import docstring, py_string
from generator.python.type_names import TypeNamer

_PATH_PARAM = re.compile(r"{([^{}]+)}")
NOT_GIVEN_TYPE = runtime("_types.NotGiven")
RESOURCE_IMPORTS = {
    "from collections.abc import Mapping",
    "from functools import cached_property",
    "from .._base_client import RequestTimeout",
    "from .._resource import AsyncAPIResource, SyncAPIResource",
    "from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper",
    "from .._types import NOT_GIVEN, NotGiven",
}
_UNCHECKED = (STR, ANY, STR.or_none())


@dataclass
class ArgView:
    py_name: str
    annotation: Expr  # what a caller may pass
    wire_name: str
    default: str | None  # Python source; None: required
    doc: str = ""
    check: Expr | None = None  # what the value is validated as before sending (None: not checked)


@dataclass
class BodyFormatView:
    """One media type a method can send its body as (the runtime's `BodyFormat`)."""

    media_type: str
    kind: ir.BodyKind
    accepts: Expr  # what a caller may pass
    body_type: Expr | None  # what it is validated as (None: text and bytes are not)
    part_types: dict[str, str] = field(default_factory=dict)  # multipart: wire name -> Content-Type

    def source(self) -> str:
        """Python source of the runtime `BodyFormat`."""
        arguments = [py_string(self.kind)]
        if self.body_type is not None:
            arguments.append(str(self.body_type))
        if self.part_types:
            arguments.append("{" + ", ".join(f"{py_string(k)}: {py_string(v)}" for k, v in self.part_types.items()) + "}")
        return f"BodyFormat({', '.join(arguments)})"


BINARY_CONTENT = runtime("_types.BinaryContent")
# What a streamed response body is returned as, in sync and in async code (see the runtime's `_streaming`).
STREAM_TYPES = {
    "binary": (runtime("_streaming.BinaryResponse"), runtime("_streaming.AsyncBinaryResponse")),
    "events": (runtime("_streaming.EventStream"), runtime("_streaming.AsyncEventStream")),
}
RETURNS = runtime("_streaming.Returns")


@dataclass
class ResultView:
    """What one success status of a method returns (the runtime's `Returns`)."""

    status: str  # "200", "2XX" or "default"
    kind: str  # json, text, binary, events or none
    media_type: str | None
    type: Expr | None = None  # json: the parsed type; events: each event's data (None: str)

    def annotation(self, asynchronous: bool) -> Expr:
        """The Python type the caller gets for this status."""
        if self.kind == "json":
            return self.type or ANY
        if self.kind == "text":
            return STR
        if self.kind == "none":
            return NONE
        stream = STREAM_TYPES[self.kind][asynchronous]
        return Subscript(stream, (self.type or STR,)) if self.kind == "events" else stream

    def source(self) -> str:
        """Python source of the runtime `Returns`."""
        arguments = [py_string(self.kind)]
        if self.media_type is not None:
            arguments.append(py_string(self.media_type))
        if self.type is not None:
            arguments.append(str(self.type))
        return f"Returns({', '.join(arguments)})"

    def doc(self) -> str:
        """What the caller gets, in the method's docstring."""
        media = f"``{self.media_type}`` " if self.media_type else ""
        if self.kind == "json":
            return f"the parsed ``{self.annotation(False)}``"
        if self.kind == "text":
            return f"the {media}body as ``str`` (decoded by its charset)"
        if self.kind == "binary":
            return (
                f"a ``BinaryResponse`` of the {media}body, streamed: ``read()``, ``iter_bytes()`` or"
                " ``write_to_file(path)`` (``AsyncBinaryResponse`` in async code: awaited / ``async for``);"
                " ``close()`` it (or use ``with``) when not read"
            )
        if self.kind == "events":
            data = f"``data`` parsed as ``{self.type}``" if self.type else "``data`` as text"
            return (
                f"an ``EventStream`` of the server-sent events (``AsyncEventStream`` in async code), read as they"
                f" arrive: iterating it yields a ``ServerSentEvent`` per event ({data}, ``event``, ``id``, ``retry``)"
            )
        return "None"


@dataclass
class MethodView:
    """One SDK method; `call` says which runtime entry it uses: request, paginate or exists."""

    py_name: str
    http_method: str
    path: str
    doc: str
    call: str
    positional: list[ArgView]
    keyword: list[ArgView]
    path_params: list[ArgView]
    query: list[ArgView]
    headers: list[ArgView]
    cookies: list[ArgView] = field(default_factory=list)
    styles: str | None = None  # Python source of the `styles` mapping; None: every parameter in its location's default
    security: str | None = None  # Python source of the `security` alternatives; None: the client's default
    body: ArgView | None = None
    body_type: Expr | None = None
    body_formats: list[BodyFormatView] = field(default_factory=list)  # the default first
    content_type: ArgView | None = None  # the keyword that picks one of several body formats
    returns: Expr = NONE
    async_returns: Expr | None = None  # the return type in async code, where it differs
    response_type: Expr | None = None  # one JSON type for every success status (``response_type=``)
    results: list[ResultView] = field(default_factory=list)  # otherwise, by status (``returns=``)
    response_headers: list[ir.Header] = field(default_factory=list)  # declared by the success responses
    page_type: Expr | None = None
    item_type: Expr | None = None
    paging: str | None = None  # Python source of the runtime `Paging`; None: the default (next links)

    @property
    def checks(self) -> list[ArgView]:
        """The arguments `check_args` validates."""
        return [a for a in [*self.positional, *self.keyword] if a.check is not None]

    def annotations(self) -> list[Expr]:
        """Every annotation the method's signature and body use."""
        arguments = [a.annotation for a in [*self.positional, *self.keyword]]
        checks = [a.check for a in self.checks if a.check is not None]
        types = (self.returns, self.async_returns, self.body_type, self.response_type, self.page_type, self.item_type)
        formats = [f.body_type for f in self.body_formats]
        results = [RETURNS] if self.results else []
        return [*arguments, *checks, *filter(None, [*types, *formats]), *results]

    def return_annotation(self, variant: str) -> Expr:
        """The method's return type in the ``sync`` or ``async`` resource."""
        return self.async_returns if variant == "async" and self.async_returns is not None else self.returns

    def returns_source(self) -> str:
        """Python source of the `returns` mapping the runtime gets (by status)."""
        return "{" + ", ".join(f"{py_string(r.status)}: {r.source()}" for r in self.results) + "}"

    @property
    def plain_json(self) -> bool:
        """Whether the body is only ever `application/json` (sent as ``json=body``)."""
        return [(f.media_type, f.kind) for f in self.body_formats] == [("application/json", "json")]

    @property
    def extra_body(self) -> bool:
        """Whether the method takes ``extra_body``: its body can be an object."""
        return any(f.kind in ("json", "multipart", "form") for f in self.body_formats)

    def body_formats_source(self) -> str:
        """Python source of the `body_formats` mapping the runtime gets."""
        return "{" + ", ".join(f"{py_string(f.media_type)}: {f.source()}" for f in self.body_formats) + "}"


@dataclass
class ResourceView:
    py_name: str  # attribute on the client
    class_name: str  # e.g. HttpBindingsResource
    module: str
    doc: str
    methods: list[MethodView]
    imports: set[str] = field(default_factory=set)


def success_responses(op: ir.Operation) -> list[ir.Response]:
    """The responses a call returns: its 2xx ones, else its ``default`` (a spec that
    declares no success status describes success there)."""
    success = [r for r in op.responses if r.status.startswith("2")]
    return success or [r for r in op.responses if r.status == "default"]


def _sendable(contents: tuple[ir.MediaType, ...]) -> list[ir.MediaType]:
    """The media types of a request body the SDK can send, JSON ones first (the default)."""
    sendable = [c for c in contents if c.body_kind is not None]
    return sorted(sendable, key=lambda c: c.body_kind != "json")


class ResourcesBuilder:
    """Builds the view of every resource of an Api."""

    def __init__(self, api: ir.Api):
        self.api = api
        self.types = TypeNamer(api, param_names(api))
        self._declarations = {named.id: named for named in api.types}
        self._default_security = default_alternatives(api)

    def build(self) -> list[ResourceView]:
        return [self._resource(resource) for resource in self.api.resources]

    def _resource(self, resource: ir.Resource) -> ResourceView:
        class_name = "".join(w[:1].upper() + w[1:] for w in resource.py_name.split("_")) + "Resource"
        methods = [self._method(op) for op in resource.operations]
        doc = resource.description or f"Operations on {resource.name.replace('_', ' ')}."
        view = ResourceView(resource.py_name, class_name, resource.py_name, docstring(doc, "    "), methods)
        _qualify_shadowed_builtins(methods)
        annotations = [a for m in methods for a in m.annotations()]
        view.imports = RESOURCE_IMPORTS | imports_of(annotations, importer=f"resources.{view.module}")
        if any(m.response_type or m.results for m in methods):
            view.imports.add("from typing import cast")
        if any(m.call == "paginate" for m in methods):
            view.imports.add("from .._pagination import AsyncPager, SyncPager")
        if any(m.paging for m in methods):
            view.imports.add("from .._pagination import Paging")
        if any(m.checks for m in methods):
            view.imports.add("from .._arguments import check_args")
        if any(m.styles for m in methods):
            view.imports.add("from .._encoding import Style")
        if any(m.body_formats and not m.plain_json for m in methods):
            view.imports.add("from .._bodies import BodyFormat")
        return view

    def _param(self, parameter: ir.Parameter) -> ArgView:
        annotation = self.types.input_annotation(parameter.type)
        check = self.types.annotation(parameter.type)
        if not parameter.required:
            annotation = UnionOf.of(annotation, NOT_GIVEN_TYPE)
        doc = (parameter.description or f"The ``{parameter.wire_name}`` {parameter.location} parameter.").strip()
        default = None if parameter.required else "NOT_GIVEN"
        return ArgView(parameter.py_name, annotation, parameter.wire_name, default, " ".join(doc.split()), None if check in _UNCHECKED else check)

    def _body(self, body: ir.RequestBody, method: MethodView) -> None:
        """The `body` argument (and `content_type`, with several media types) of `method`."""
        method.body_formats = [self._body_format(media) for media in _sendable(body.contents)]
        if not method.body_formats:
            return  # nothing the SDK can send: a warning said so
        accepts = UnionOf.of(*(f.accepts for f in method.body_formats))
        required = body.required
        method.body = ArgView("body", accepts if required else UnionOf.of(accepts, NOT_GIVEN_TYPE), "body", None if required else "NOT_GIVEN")
        method.body_type = method.body_formats[0].body_type
        method.positional.append(method.body)
        if len(method.body_formats) > 1:
            taken = {a.py_name for a in [*method.positional, *method.keyword]}
            name = "content_type" if "content_type" not in taken else "body_content_type"
            media_types = tuple(f.media_type for f in method.body_formats)
            doc = "The media type to send ``body`` as: " + ", ".join(f"``{m}``" for m in media_types) + "."
            method.content_type = ArgView(name, LiteralOf(media_types), "Content-Type", py_string(media_types[0]), doc)
            method.keyword.append(method.content_type)

    def _body_format(self, media: ir.MediaType) -> BodyFormatView:
        kind = media.body_kind or "binary"
        if kind == "text":
            return BodyFormatView(media.media_type, kind, STR, None)
        if kind == "binary":
            return BodyFormatView(media.media_type, kind, BINARY_CONTENT, None)
        schema = media.type or ir.TypeRef(kind="any")
        parts = self._part_types(schema, media) if kind == "multipart" else {}
        return BodyFormatView(media.media_type, kind, self.types.input_annotation(schema), self.types.annotation(schema), parts)

    def _part_types(self, schema: ir.TypeRef, media: ir.MediaType) -> dict[str, str]:
        """Content-Type of each multipart part the spec names: its `encoding`, else the
        property's (or its items') `contentMediaType`."""
        model = ir.model_of(schema, self._declarations)
        declared = {}
        for f in model.fields if model else ():
            own = f.type.items if f.type.kind == "array" and f.type.items else f.type
            if own.content_media_type:
                declared[f.wire_name] = own.content_media_type
        return {**declared, **{e.name: e.content_type for e in media.encoding}}

    def _method(self, op: ir.Operation) -> MethodView:
        params = {p.wire_name: p for p in op.parameters if p.location == "path"}
        path_args = [self._param(params[name]) for name in dict.fromkeys(_PATH_PARAM.findall(op.path)) if name in params]
        query = [self._param(p) for p in op.parameters if p.location == "query"]
        headers = [self._param(p) for p in op.parameters if p.location == "header"]
        cookies = [self._param(p) for p in op.parameters if p.location == "cookie"]
        keyword = sorted([*query, *headers, *cookies], key=lambda a: a.default is not None)
        method = MethodView(op.py_name, op.method.upper(), op.path, "", "request", list(path_args), keyword, path_args, query, headers, cookies)
        method.styles = styles_source(op.parameters)
        method.security = security_argument(self.api, op, self._default_security)
        if op.request_body is not None:
            self._body(op.request_body, method)
        if op.method == "head":
            method.call, method.returns = "exists", Name("bool")
        elif op.pagination is not None:
            method.call = "paginate"
            method.page_type = self.types.annotation(op.pagination.page)
            method.item_type = self.types.annotation(op.pagination.item)
            method.returns = method.item_type
            method.paging = paging_source(op.pagination, self._declarations)
        else:
            self._returns(op, method)
        method.doc = docstring(method_doc(op, method), "        ")
        return method

    def _returns(self, op: ir.Operation, method: MethodView) -> None:
        """What `method` returns: one JSON type (``response_type=``), None when no success
        response has a body, else by status (``returns=``, the return type their union)."""
        responses = success_responses(op)
        results = [self._result(r) for r in responses]
        method.response_headers = list({h.name.lower(): h for r in responses for h in r.headers}.values())
        if all(r.kind == "none" for r in results):
            return
        if len(results) == 1 and results[0].kind == "json" and results[0].type is not None:
            method.response_type = method.returns = results[0].type
            return
        method.results = results
        method.returns = UnionOf.of(*(r.annotation(False) for r in results))
        method.async_returns = UnionOf.of(*(r.annotation(True) for r in results))

    def _result(self, response: ir.Response) -> ResultView:
        media = response.returned
        if media is None:
            return ResultView(response.status, "none", None)
        kind = media.response_kind or "binary"
        if kind == "json":
            return ResultView(response.status, kind, media.media_type, self.types.annotation(media.type or ir.TypeRef(kind="any")))
        typed = kind == "events" and media.type is not None and self._structured(media.type)
        return ResultView(response.status, kind, media.media_type, self.types.annotation(media.type) if typed and media.type else None)

    def _structured(self, type_ref: ir.TypeRef) -> bool:
        """Whether event data of this schema is JSON to parse: anything but a string
        (aliases followed) or no type at all."""
        final, declared = ir.through_aliases(type_ref, self._declarations)
        if final.kind == "ref":
            return not (isinstance(declared, ir.Enum) and declared.base == "string")
        return final.kind not in ("string", "any")


SHADOWABLE = ("list", "dict", "set", "str", "int", "float", "bool", "bytes", "type")


def _qualify_shadowed_builtins(methods: list[MethodView]) -> None:
    """A method named `list` hides the builtin inside its class: spell it `builtins.list` there."""
    shadowed = {m.py_name for m in methods} & set(SHADOWABLE)
    if not shadowed:
        return

    def qualified(name: Name) -> Expr | None:
        return Name(name.id, "builtins", qualified=True) if name.is_builtin and name.id in shadowed else None

    for m in methods:
        for arg in [*m.positional, *m.keyword]:
            arg.annotation = arg.annotation.replace_names(qualified)
            arg.check = arg.check.replace_names(qualified) if arg.check is not None else None
        for attribute in ("returns", "async_returns", "response_type", "body_type", "item_type", "page_type"):
            value = getattr(m, attribute)
            if value is not None:
                setattr(m, attribute, value.replace_names(qualified))
        for result in m.results:
            result.type = result.type.replace_names(qualified) if result.type else None
        for body_format in m.body_formats:
            body_format.body_type = body_format.body_type.replace_names(qualified) if body_format.body_type else None
