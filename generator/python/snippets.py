"""The code shown on the docs site: Python (sync and async) and curl for each operation.

Python examples use only the SDK's public API and read the token (and base URL) from the
environment, so they run unchanged; curl examples spell out the full URL of the spec's server.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from generator import ir
from generator.config import Config
from generator.ir.examples import example_value
from generator.ir.naming import snake_case
from generator.python.example_code import import_block, python_expression
from generator.python.format import Formatter
from generator.python.security import client_security, operation_alternatives

EXAMPLE_LINE_LENGTH = 79  # examples are read on narrow pages
DEFAULT_SERVER = "https://api.example.com"


@dataclass(frozen=True)
class OperationExamples:
    python: str
    python_async: str
    curl: str


@dataclass(frozen=True)
class _Argument:
    code: str
    imports: frozenset[tuple[str, str]]


def server_url(api: ir.Api) -> str:
    """The spec's first server as an absolute URL (a relative one is put on an example host)."""
    url = api.server_url() or ""
    return url if url.startswith(("http://", "https://")) else DEFAULT_SERVER + ("/" + url.lstrip("/") if url.strip("/") else "")


def call_parameters(op: ir.Operation) -> list[ir.Parameter]:
    """The parameters an example passes: path ones in path order, then query (filters of lists stay out)."""
    path = sorted((p for p in op.parameters if p.location == "path"), key=lambda p: op.path.find("{" + p.wire_name + "}"))
    query = [p for p in op.parameters if p.location == "query" and (p.required or op.pagination is None)]
    return path + query


def request_media(op: ir.Operation) -> ir.MediaType | None:
    """The request body content an example sends: what the SDK method sends by default (JSON
    preferred); None when the SDK cannot send any."""
    contents = [m for m in (op.request_body.contents if op.request_body else ()) if m.body_kind is not None]
    return next((m for m in contents if m.body_kind == "json"), contents[0] if contents else None)


def _structured(media: ir.MediaType) -> bool:
    """Whether the body is a value of its schema (JSON, form, multipart), not text or bytes."""
    return media.body_kind in ("json", "form", "multipart")


def success_media(op: ir.Operation) -> ir.MediaType | None:
    """The content the SDK asks for (JSON preferred) of the first 2xx response that has a schema."""
    for response in op.responses:
        media = response.returned
        if response.status.startswith("2") and media is not None and media.type is not None:
            return media
    return None


def success_type(op: ir.Operation) -> ir.TypeRef | None:
    """The type a successful call returns (None when no 2xx response has a body)."""
    media = success_media(op)
    return media.type if media else None


class Snippets:
    """Builds the examples of one API for one SDK configuration; `formatter` (line length
    EXAMPLE_LINE_LENGTH) formats their Python."""

    def __init__(self, api: ir.Api, config: Config, formatter: Formatter):
        self.api = api
        self.config = config
        self.formatter = formatter
        self.security = client_security(api, config.env_prefix)
        self._sources: dict[tuple[str, str], Any] = {}  # built once: for prefetch, then to be shown
        self._formatted: dict[str, str] = {}  # an example is asked for again (the quickstart, the README)

    def prefetch(self, operations: Iterable[tuple[ir.Resource, ir.Operation]], models: Iterable[ir.NamedType] = ()) -> None:
        """Start formatting the Python examples of these operations and models, all in one go
        (an example not prefetched is formatted on its own when asked for)."""
        sources = [source for resource, op in operations for source in self._operation_sources(resource, op)]
        sources += [self._model_source(named) for named in models]
        self.formatter.prefetch(("example.py", source) for source in sources)

    def operation(self, resource: ir.Resource, op: ir.Operation) -> OperationExamples:
        sync, asynchronous = self._operation_sources(resource, op)
        return OperationExamples(self._format(sync), self._format(asynchronous), self._curl(op))

    def quickstart(self) -> OperationExamples | None:
        """The examples of the simplest list operation (else of any operation without parameters)."""
        simplest = simplest_operation(self.api)
        return self.operation(*simplest) if simplest else None

    def model(self, named: ir.NamedType) -> str:
        """Building a value of `named` in Python, as a request would send it."""
        return self._format(self._model_source(named))

    def _operation_sources(self, resource: ir.Resource, op: ir.Operation) -> tuple[str, str]:
        return self._built(("operation", op.operation_id), lambda: self._python(resource, op))

    def _model_source(self, named: ir.NamedType) -> str:
        return self._built(("model", named.id), lambda: self._model_code(named))

    def _built(self, key: tuple[str, str], build: Callable[[], Any]) -> Any:
        if key not in self._sources:
            self._sources[key] = build()
        return self._sources[key]

    def _model_code(self, named: ir.NamedType) -> str:
        ref = ir.TypeRef(kind="ref", ref=named.id)
        expression = python_expression(example_value(ref, self.api), ref, self.api, package=self.config.package)
        return f"{import_block([expression.imports])}\n\n{snake_case(named.py_name)} = {expression.code}\n"

    def _format(self, source: str) -> str:
        if source not in self._formatted:
            self._formatted[source] = self.formatter.format("example.py", source)
        return self._formatted[source]

    def _argument(self, value: Any, t: ir.TypeRef, keyword: str | None = None) -> _Argument:
        expression = python_expression(value, t, self.api, package=self.config.package)
        return _Argument(f"{keyword}={expression.code}" if keyword else expression.code, expression.imports)

    def _arguments(self, op: ir.Operation) -> list[_Argument]:
        arguments = []
        media = request_media(op)
        parameters = call_parameters(op)
        for p in parameters:
            if p.location == "path":
                arguments.append(self._argument(example_value(p.type, self.api, example=p.example), p.type))
        if media is not None:
            arguments.append(self._body_argument(media))
        for p in parameters:
            if p.location != "path":
                arguments.append(self._argument(example_value(p.type, self.api, example=p.example), p.type, p.py_name))
        return arguments

    def _body_argument(self, media: ir.MediaType) -> _Argument:
        """The example body: a value of its schema, a str for text, bytes for binary content."""
        if _structured(media):
            schema = media.type or ir.TypeRef(kind="object")
            return self._argument(example_value(schema, self.api), schema)
        if media.body_kind == "text":
            return _Argument(repr(example_value(media.type, self.api) if media.type and media.type.kind == "string" else "..."), frozenset())
        return _Argument('b"..."', frozenset())

    def _python(self, resource: ir.Resource, op: ir.Operation) -> tuple[str, str]:
        """The sync and the async example, not yet formatted."""
        arguments = self._arguments(op)
        call = f"client.{resource.py_name}.{op.py_name}({', '.join(a.code for a in arguments)})"
        imports = [a.imports for a in arguments]
        client, async_client = self.config.client, self.config.async_client
        package = self.config.package
        sync_imports = import_block([*imports, {(package, client)}])
        async_imports = import_block([*imports, {(package, async_client)}, {("asyncio", "")}])
        credentials = self.security.credentials
        what = "token" if [c.argument for c in credentials] == ["token"] else "credentials"
        comment = f"# reads the {what} from {', '.join(c.env for c in credentials)}" if credentials else "# the API needs no credentials"
        sync = f"{sync_imports}\n\nclient = {client}()  {comment}\n{self._statement(op, call, False)}\n"
        body = self._statement(op, call, True).replace("\n", "\n        ")
        asynchronous = (
            f"{async_imports}\n\n\nasync def main() -> None:\n"
            f"    {comment}\n    async with {async_client}() as client:\n        {body}\n\n\nasyncio.run(main())\n"
        )
        return sync, asynchronous

    def _statement(self, op: ir.Operation, call: str, asynchronous: bool) -> str:
        wait = "await " if asynchronous else ""
        if op.pagination is not None:
            item = _variable(self.api, op.pagination.item, "item")
            return f"{'async ' if asynchronous else ''}for {item} in {call}:\n    print({item})"
        if op.method == "head":
            return f"exists = {wait}{call}\nprint(exists)"
        result = success_type(op)
        if result is None:
            return f"{wait}{call}"
        name = _variable(self.api, result, "result")
        return f"{name} = {wait}{call}\nprint({name})"

    def _curl(self, op: ir.Operation) -> str:
        path = op.path
        query: list[tuple[str, str]] = []
        for p in call_parameters(op):
            value = example_value(p.type, self.api, example=p.example)
            if p.location == "path":
                path = path.replace("{" + p.wire_name + "}", quote(_wire_text(value), safe=":@-._~"))
            elif p.location == "query":
                query += _query_pairs(p, value)
        url = server_url(self.api) + path
        if query:
            url += "?" + "&".join(f"{quote(k, safe='')}={quote(v, safe=':-._~')}" for k, v in query)
        flag = {"get": "", "head": " --head"}.get(op.method, f" -X {op.method.upper()}")
        lines = [f"curl{flag} {shlex.quote(url)}"]
        lines += self._auth_options(op)
        response = success_media(op)
        if response is not None:
            lines.append(f"-H {shlex.quote('Accept: ' + response.media_type)}")
        media = request_media(op)
        if media is not None:
            lines += self._curl_body(media)
        return " \\\n  ".join(lines) + "\n"

    def _curl_body(self, media: ir.MediaType) -> list[str]:
        """curl options sending the example body: `-F` per multipart part (curl sets the
        boundary), `--data-urlencode` per form field, a file for binary content."""
        value = example_value(media.type, self.api) if media.type is not None else {}
        if media.body_kind == "multipart" and isinstance(value, dict):
            return [f"-F {shlex.quote(part)}" for part in _multipart_fields(value, media, self.api)]
        lines = [f"-H {shlex.quote('Content-Type: ' + media.media_type)}"] if "*" not in media.media_type else []
        if media.body_kind == "form" and isinstance(value, dict):
            return lines + [f"--data-urlencode {shlex.quote(f'{k}={v}')}" for k, v in _form_fields(value)]
        if media.body_kind == "binary":
            return lines + ["--data-binary @file.bin"]
        if media.body_kind == "text":
            return lines + [f"--data-raw {shlex.quote(value if isinstance(value, str) else '...')}"]
        return lines + [f"--data-raw {shlex.quote(json.dumps(value, indent=2, ensure_ascii=False))}"]

    def _auth_options(self, op: ir.Operation) -> list[str]:
        """curl options sending the credentials of the alternative the SDK tries first, from the
        environment variables the SDK reads."""
        envs = {c.argument: "$" + c.env for c in self.security.credentials}
        views = {view.scheme.id: view for view in self.security.schemes}
        alternative = next((a for a in operation_alternatives(self.api, op) if a), ())
        options = []
        for view in (views[scheme_id] for scheme_id in alternative):
            values = [envs[argument] for argument in view.arguments]
            name = view.scheme.param_name or ""
            options.append({
                "bearer": f'-H "Authorization: Bearer {values[0]}"',
                "basic": f'-u "{values[0]}:{values[-1]}"',
                "header": f'-H {shlex.quote(name + ":")}"{values[0]}"',
                "query": f'--url-query {shlex.quote(name + "=")}"{values[0]}"',
                "cookie": f'-b {shlex.quote(name + "=")}"{values[0]}"',
            }[view.scheme.applied_as or "header"])
        return options


def _variable(api: ir.Api, t: ir.TypeRef, fallback: str) -> str:
    """A short variable name for a value of type `t`: `http_binding`, `device_link`."""
    if t.kind != "ref" or t.ref is None:
        return fallback
    words = snake_case(api.type_by_id(t.ref).py_name).split("_")
    while len(words) > 1 and words[-1] in ("response", "item", "result"):
        words.pop()
    name = "_".join(words[-2:])
    return fallback if name in ("client", "main", "asyncio", "exists") else name


def _wire_text(value: Any) -> str:
    """A scalar as it appears in a URL: JSON spelling for booleans and numbers."""
    return value if isinstance(value, str) else json.dumps(value)


def _query_pairs(p: ir.Parameter, value: Any) -> list[tuple[str, str]]:
    if isinstance(value, list):
        if p.explode:
            return [(p.wire_name, _wire_text(v)) for v in value]
        return [(p.wire_name, ",".join(_wire_text(v) for v in value))]
    if isinstance(value, dict):
        if p.style == "deepObject":
            return [(f"{p.wire_name}[{k}]", _wire_text(v)) for k, v in value.items()]
        if p.explode:
            return [(k, _wire_text(v)) for k, v in value.items()]
        return [(p.wire_name, ",".join(f"{k},{_wire_text(v)}" for k, v in value.items()))]
    return [(p.wire_name, _wire_text(value))]


def _form_fields(value: dict[str, Any]) -> list[tuple[str, str]]:
    """Form fields of an example object: an array repeats its name (form style, exploded)."""
    return [(key, _wire_text(item)) for key, member in value.items() for item in (member if isinstance(member, list) else [member])]


def _multipart_fields(value: dict[str, Any], media: ir.MediaType, api: ir.Api) -> list[str]:
    """curl `-F` values: a binary property is a file (`@name`), an object JSON text."""
    model = _body_model(media, api)
    binary = {f.wire_name for f in model.fields if "binary" in (f.type.format, f.type.items.format if f.type.items else None)} if model else set()
    fields = []
    for key, member in value.items():
        if key in binary:
            fields.append(f"{key}=@{key}.bin")
        elif isinstance(member, (dict, list)):
            fields.append(f"{key}={json.dumps(member, ensure_ascii=False)};type=application/json")
        else:
            fields.append(f"{key}={_wire_text(member)}")
    return fields


def _body_model(media: ir.MediaType, api: ir.Api) -> ir.Model | None:
    named = api.type_by_id(media.type.ref or "") if media.type is not None and media.type.kind == "ref" else None
    return named if isinstance(named, ir.Model) else None


def simplest_operation(api: ir.Api) -> tuple[ir.Resource, ir.Operation] | None:
    """The first paginated operation callable without arguments (else the first such operation):
    what the quickstart and the guides call."""
    candidates = [(r, op) for r in api.resources for op in r.operations if not any(p.required for p in op.parameters) and not op.request_body]
    candidates.sort(key=lambda pair: pair[1].pagination is None)
    return candidates[0] if candidates else None
