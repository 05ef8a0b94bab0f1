"""What each resource module of the SDK declares: one method per operation, as template views."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator import ir
from generator.python.annotations import ANY, NONE, STR, Expr, Name, UnionOf, imports_of, runtime
from generator.python.params import param_names
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
# The exception each documented status raises (see the runtime's `_errors`).
STATUS_ERRORS = {
    "400": "BadRequestError", "401": "AuthenticationError", "403": "PermissionDeniedError", "404": "NotFoundError",
    "409": "ConflictError", "422": "UnprocessableEntityError", "429": "RateLimitError",
}  # fmt: skip
_UNCHECKED = (STR, ANY, STR.or_none())


def exception_for(status: str) -> str:
    """The SDK exception class a response status raises (see the runtime's `_errors`)."""
    return STATUS_ERRORS.get(status) or ("InternalServerError" if status.startswith("5") else "APIStatusError")


@dataclass
class ArgView:
    py_name: str
    annotation: Expr  # what a caller may pass
    wire_name: str
    default: str | None  # Python source; None: required
    doc: str = ""
    check: Expr | None = None  # what the value is validated as before sending (None: not checked)


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
    body: ArgView | None = None
    body_type: Expr | None = None
    returns: Expr = NONE
    response_type: Expr | None = None
    page_type: Expr | None = None
    item_type: Expr | None = None

    @property
    def checks(self) -> list[ArgView]:
        """The arguments `check_args` validates."""
        return [a for a in [*self.positional, *self.keyword] if a.check is not None]

    def annotations(self) -> list[Expr]:
        """Every annotation the method's signature and body use."""
        arguments = [a.annotation for a in [*self.positional, *self.keyword]]
        checks = [a.check for a in self.checks if a.check is not None]
        types = (self.returns, self.body_type, self.response_type, self.page_type, self.item_type)
        return [*arguments, *checks, *filter(None, types)]


@dataclass
class ResourceView:
    py_name: str  # attribute on the client
    class_name: str  # e.g. HttpBindingsResource
    module: str
    doc: str
    methods: list[MethodView]
    imports: set[str] = field(default_factory=set)


def _json_content(contents: tuple[ir.MediaType, ...]) -> ir.MediaType | None:
    return next((c for c in contents if c.is_json), None)


class ResourcesBuilder:
    """Builds the view of every resource of an Api."""

    def __init__(self, api: ir.Api):
        self.api = api
        self.types = TypeNamer(api, param_names(api))

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
        if any(m.response_type for m in methods):
            view.imports.add("from typing import cast")
        if any(m.call == "paginate" for m in methods):
            view.imports.add("from .._pagination import AsyncPager, SyncPager")
        if any(m.checks for m in methods):
            view.imports.add("from .._arguments import check_args")
        return view

    def _param(self, parameter: ir.Parameter) -> ArgView:
        annotation = self.types.input_annotation(parameter.type)
        check = self.types.annotation(parameter.type)
        if not parameter.required:
            annotation = UnionOf.of(annotation, NOT_GIVEN_TYPE)
        doc = (parameter.description or f"The ``{parameter.wire_name}`` {parameter.location} parameter.").strip()
        default = None if parameter.required else "NOT_GIVEN"
        return ArgView(parameter.py_name, annotation, parameter.wire_name, default, " ".join(doc.split()), None if check in _UNCHECKED else check)

    def _method(self, op: ir.Operation) -> MethodView:
        params = {p.wire_name: p for p in op.parameters if p.location == "path"}
        path_args = [self._param(params[name]) for name in _PATH_PARAM.findall(op.path) if name in params]
        query = [self._param(p) for p in op.parameters if p.location == "query"]
        headers = [self._param(p) for p in op.parameters if p.location == "header"]
        keyword = sorted([*query, *headers], key=lambda a: a.default is not None)
        method = MethodView(op.py_name, op.method.upper(), op.path, "", "request", list(path_args), keyword, path_args, query, headers)
        body_media = _json_content(op.request_body.contents) if op.request_body else None
        if body_media and body_media.type:
            accepts = self.types.input_annotation(body_media.type)
            required = op.request_body.required if op.request_body else False
            method.body = ArgView("body", accepts if required else UnionOf.of(accepts, NOT_GIVEN_TYPE), "body", None if required else "NOT_GIVEN")
            method.body_type = self.types.annotation(body_media.type)
            method.positional.append(method.body)
        success = next((r for r in op.responses if r.status.startswith("2")), None)
        media = _json_content(success.contents) if success else None
        if op.method == "head":
            method.call, method.returns = "exists", Name("bool")
        elif op.pagination is not None:
            method.call = "paginate"
            method.page_type = self.types.annotation(op.pagination.page)
            method.item_type = self.types.annotation(op.pagination.item)
            method.returns = method.item_type
        elif media and media.type:
            method.response_type = self.types.annotation(media.type)
            method.returns = method.response_type
        method.doc = docstring(_doc(op, method), "        ")
        return method


def _doc(op: ir.Operation, method: MethodView) -> str:
    parts = [op.summary or f"{op.method.upper()} {op.path}"]
    if op.description and op.description != op.summary:
        parts.append(op.description)
    if op.deprecated:
        parts.append("Deprecated.")
    scopes = sorted({scope for requirement in op.security for scheme in requirement.schemes for scope in scheme.scopes})
    if scopes:
        parts.append("Scopes: " + ", ".join(f"``{s}``" for s in scopes) + ".")
    args = [f"    {arg.py_name}: {arg.doc}" for arg in [*method.path_params, *method.query, *method.headers]]
    if method.body is not None:
        text = (op.request_body.description if op.request_body else None) or "The request body: a model, or a dict of its wire names."
        args.append(f"    body: {text.strip()}")
    args += [
        "    extra_headers: Headers to add to (or replace in) this request.",
        "    extra_query: Query parameters to add to (or replace in) this request.",
        *(["    extra_body: Members to add to (or replace in) the JSON body."] if method.body else []),
        "    timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout); default: the client's.",
        "    max_retries: Retries for this call; default: the client's.",
    ]
    parts.append("Args:\n" + "\n".join(args))
    if method.call == "exists":
        parts.append("Returns:\n    True when the server answers 2xx, False when it answers 404.")
    elif method.call == "paginate":
        parts.append("Returns:\n    A lazy iterator over every item, page by page (``pages()``; ``first_page()`` for one page).")
    elif method.response_type:
        parts.append(f"Returns:\n    The parsed ``{method.response_type}``.")
    parts.append("Raises:\n" + "\n".join(f"    {line}" for line in _raises(op, method)))
    return "\n\n".join(parts)


def _raises(op: ir.Operation, method: MethodView) -> list[str]:
    """One line per exception the call can raise: documented statuses first, then any call's."""
    lines = []
    if method.checks or method.body is not None:
        lines.append("RequestValidationError: an argument does not fit the spec; nothing is sent.")
    documented = {r.status for r in op.responses}
    for response in op.responses:
        if response.status.startswith("2") or (method.call == "exists" and response.status == "404"):
            continue
        name = exception_for(response.status)
        text = " ".join((response.description or "").split()).rstrip(".")
        lines.append(f"{name}: {response.status}" + (f", {text}." if text else "."))
    if method.path_params and method.call != "exists" and "404" not in documented:
        lines.append("NotFoundError: 404, nothing at this path.")
    lines.append(
        "APIStatusError: any other error status (``status_code``, ``body``, ``problem``), as its"
        " subclass: AuthenticationError (401), PermissionDeniedError (403), RateLimitError (429),"
        " InternalServerError (5xx) ..."
    )
    lines.append("APIConnectionError: the server could not be reached (APITimeoutError: no answer in time).")
    if method.response_type or method.call == "paginate":
        lines.append("APIResponseValidationError: with ``strict_response_validation``, a body that does not fit its schema.")
    return lines


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
        for attribute in ("returns", "response_type", "body_type", "item_type", "page_type"):
            value = getattr(m, attribute)
            if value is not None:
                setattr(m, attribute, value.replace_names(qualified))


def query_dict(args: list[ArgView]) -> str:
    """Python source of the mapping from wire names to arguments."""
    return "{" + ", ".join(f"{py_string(a.wire_name)}: {a.py_name}" for a in args) + "}"


def check_arguments(args: list[ArgView]) -> str:
    """Python source of `check_args`' keyword arguments: each argument's validation type."""
    return ", ".join(f"{a.py_name}={a.check}" for a in args)
