"""What each resource module of the SDK declares: one method per operation, as template views."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator import ir
from generator.python.annotations import ANY, DICT, NONE, STR, Expr, Name, Subscript, UnionOf, imports_of
from generator.python.source import docstring, py_string
from generator.python.type_names import FORMATS, TypeNamer

_PATH_PARAM = re.compile(r"{([^{}]+)}")
RESOURCE_IMPORTS = {
    "from functools import cached_property",
    "from .._base_client import RequestTimeout",
    "from .._resource import AsyncAPIResource, SyncAPIResource",
    "from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper",
}


@dataclass
class ArgView:
    py_name: str
    annotation: Expr
    wire_name: str
    default: str | None  # Python source; None: required
    doc: str = ""


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

    def annotations(self) -> list[Expr]:
        """Every annotation the method's signature and body use."""
        arguments = [a.annotation for a in [*self.positional, *self.keyword]]
        return [*arguments, *filter(None, (self.returns, self.body_type, self.response_type, self.page_type, self.item_type))]


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

    def build(self) -> list[ResourceView]:
        return [self._resource(resource) for resource in self.api.resources]

    def _resource(self, resource: ir.Resource) -> ResourceView:
        types = TypeNamer(self.api)
        class_name = "".join(w[:1].upper() + w[1:] for w in resource.py_name.split("_")) + "Resource"
        methods = [self._method(op, types) for op in resource.operations]
        doc = resource.description or f"Operations on {resource.name.replace('_', ' ')}."
        view = ResourceView(resource.py_name, class_name, resource.py_name, docstring(doc, "    "), methods)
        _qualify_shadowed_builtins(methods)
        annotations = [a for m in methods for a in m.annotations()]
        view.imports = RESOURCE_IMPORTS | imports_of(annotations, importer=f"resources.{view.module}")
        if any(m.response_type for m in methods):
            view.imports.add("from typing import cast")
        if any(m.call == "paginate" for m in methods):
            view.imports.add("from .._pagination import AsyncPager, SyncPager")
        return view

    def _param(self, parameter: ir.Parameter, types: TypeNamer) -> ArgView:
        types.plain_enum_values = True
        try:
            annotation = types.annotation(parameter.type)
        finally:
            types.plain_enum_values = False
        if parameter.type.kind == "string" and parameter.type.format == "uuid":
            annotation = UnionOf.of(STR, FORMATS["uuid"])
        if not parameter.required:
            annotation = annotation.or_none()
        doc = (parameter.description or f"The ``{parameter.wire_name}`` {parameter.location} parameter.").strip()
        return ArgView(parameter.py_name, annotation, parameter.wire_name, None if parameter.required else "None", " ".join(doc.split()))

    def _method(self, op: ir.Operation, types: TypeNamer) -> MethodView:
        params = {p.wire_name: p for p in op.parameters if p.location == "path"}
        path_args = [self._param(params[name], types) for name in _PATH_PARAM.findall(op.path) if name in params]
        query = [self._param(p, types) for p in op.parameters if p.location == "query"]
        headers = [self._param(p, types) for p in op.parameters if p.location == "header"]
        keyword = sorted([*query, *headers], key=lambda a: a.default is not None)
        method = MethodView(op.py_name, op.method.upper(), op.path, "", "request", list(path_args), keyword, path_args, query, headers)
        body_media = _json_content(op.request_body.contents) if op.request_body else None
        if body_media and body_media.type:
            body_type = types.annotation(body_media.type)
            accepts = UnionOf.of(body_type, Subscript(DICT, (STR, ANY))) if self._is_object(body_media.type) else body_type
            required = op.request_body.required if op.request_body else False
            method.body = ArgView("body", accepts if required else accepts.or_none(), "body", None if required else "None")
            method.body_type = body_type
            method.positional.append(method.body)
        success = next((r for r in op.responses if r.status.startswith("2")), None)
        media = _json_content(success.contents) if success else None
        if op.method == "head":
            method.call, method.returns = "exists", Name("bool")
        elif op.pagination is not None:
            method.call = "paginate"
            method.page_type = types.annotation(op.pagination.page)
            method.item_type = types.annotation(op.pagination.item)
            method.returns = method.item_type
        elif media and media.type:
            method.response_type = types.annotation(media.type)
            method.returns = method.response_type
        method.doc = docstring(self._doc(op, method), "        ")
        return method

    def _is_object(self, type_ref: ir.TypeRef) -> bool:
        while type_ref.kind == "ref":
            named = self.api.type_by_id(type_ref.ref or "")
            if isinstance(named, (ir.Model, ir.Union)):
                return not (isinstance(named, ir.Union) and named.discriminator is None and not named.fields)
            if not isinstance(named, ir.Alias):
                return False
            type_ref = named.target
        return type_ref.kind in ("object", "map")

    def _doc(self, op: ir.Operation, method: MethodView) -> str:
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
            text = (op.request_body.description if op.request_body else None) or "The request body (a model, or a dict validated into one)."
            args.append(f"    body: {text.strip()}")
        args.append("    timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.")
        parts.append("Args:\n" + "\n".join(args))
        if method.call == "exists":
            parts.append("Returns:\n    True when the server answers 2xx, False when it answers 404.")
        elif method.call == "paginate":
            parts.append("Returns:\n    A lazy iterator over every item, page by page (``pages()``, ``first_page()`` for one page).")
        elif method.response_type:
            parts.append(f"Returns:\n    The parsed ``{method.response_type}``.")
        errors = [r for r in op.responses if not r.status.startswith("2")]
        raises = ", ".join(f"{r.status}" for r in errors)
        parts.append("Raises:\n    APIStatusError: a subclass per status" + (f" (documented: {raises})" if raises else "") + "; APIConnectionError when the server cannot be reached.")
        return "\n\n".join(parts)


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
        for attribute in ("returns", "response_type", "body_type", "item_type", "page_type"):
            value = getattr(m, attribute)
            if value is not None:
                setattr(m, attribute, value.replace_names(qualified))


def query_dict(args: list[ArgView]) -> str:
    """Python source of the mapping from wire names to arguments."""
    return "{" + ", ".join(f"{py_string(a.wire_name)}: {a.py_name}" for a in args) + "}"
