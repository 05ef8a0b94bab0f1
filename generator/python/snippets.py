"""The code shown on the docs site: Python (sync and async) and curl for each operation.

Python examples use only the SDK's public API and read the token (and base URL) from the
environment, so they run unchanged; curl examples spell out the full URL of the spec's server.
"""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import black

from generator import ir
from generator.config import Config
from generator.ir.examples import example_value
from generator.ir.naming import snake_case
from generator.python.example_code import import_block, python_expression

BLACK_MODE = black.Mode(line_length=79)
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
    """The request body content an example sends (JSON preferred)."""
    contents = op.request_body.contents if op.request_body else ()
    return next((m for m in contents if m.is_json), contents[0] if contents else None)


def success_media(op: ir.Operation) -> ir.MediaType | None:
    """The content of the first 2xx response that has a schema."""
    for response in op.responses:
        if response.status.startswith("2"):
            for media in response.contents:
                if media.type is not None:
                    return media
    return None


def success_type(op: ir.Operation) -> ir.TypeRef | None:
    """The type a successful call returns (None when no 2xx response has a body)."""
    media = success_media(op)
    return media.type if media else None


class Snippets:
    """Builds the examples of one API for one SDK configuration."""

    def __init__(self, api: ir.Api, config: Config):
        self.api = api
        self.config = config

    def operation(self, resource: ir.Resource, op: ir.Operation) -> OperationExamples:
        sync, asynchronous = self._python(resource, op)
        return OperationExamples(sync, asynchronous, self._curl(op))

    def quickstart(self) -> OperationExamples | None:
        """The examples of the simplest list operation (else of any operation without parameters)."""
        simplest = simplest_operation(self.api)
        return self.operation(*simplest) if simplest else None

    def model(self, named: ir.NamedType) -> str:
        """Building a value of `named` in Python, as a request would send it."""
        ref = ir.TypeRef(kind="ref", ref=named.id)
        expression = python_expression(example_value(ref, self.api), ref, self.api, package=self.config.package)
        return _format(f"{import_block([expression.imports])}\n\n{snake_case(named.py_name)} = {expression.code}\n")

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
            if media.type is not None and media.is_json:
                arguments.append(self._argument(example_value(media.type, self.api), media.type))
            else:
                arguments.append(_Argument('b"..."', frozenset()))
        for p in parameters:
            if p.location != "path":
                arguments.append(self._argument(example_value(p.type, self.api, example=p.example), p.type, p.py_name))
        return arguments

    def _python(self, resource: ir.Resource, op: ir.Operation) -> tuple[str, str]:
        arguments = self._arguments(op)
        call = f"client.{resource.py_name}.{op.py_name}({', '.join(a.code for a in arguments)})"
        imports = [a.imports for a in arguments]
        client, async_client = self.config.client, self.config.async_client
        package = self.config.package
        sync_imports = import_block([*imports, {(package, client)}])
        async_imports = import_block([*imports, {(package, async_client)}, {("asyncio", "")}])
        comment = f"# reads the token from {self.config.env_prefix}_TOKEN"
        sync = f"{sync_imports}\n\nclient = {client}()  {comment}\n{self._statement(op, call, False)}\n"
        body = self._statement(op, call, True).replace("\n", "\n        ")
        asynchronous = (
            f"{async_imports}\n\n\nasync def main() -> None:\n"
            f"    async with {async_client}() as client:  {comment}\n        {body}\n\n\nasyncio.run(main())\n"
        )
        return _format(sync), _format(asynchronous)

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
            lines.append(f"-H {shlex.quote('Content-Type: ' + media.media_type)}")
            if media.type is not None and media.is_json:
                data = json.dumps(example_value(media.type, self.api), indent=2, ensure_ascii=False)
            else:
                data = "..."
            lines.append(f"--data-raw {shlex.quote(data)}")
        return " \\\n  ".join(lines) + "\n"

    def _auth_options(self, op: ir.Operation) -> list[str]:
        schemes = {s.id: s for s in self.api.security_schemes}
        options = []
        for requirement in op.security[:1]:
            for use in requirement.schemes:
                scheme = schemes.get(use.scheme)
                if scheme is None:
                    continue
                if scheme.type == "http" and (scheme.scheme or "").lower() == "bearer":
                    options.append(f'-H "Authorization: Bearer ${self.config.env_prefix}_TOKEN"')
                elif scheme.type == "apiKey" and scheme.location == "header" and scheme.param_name:
                    options.append(f'-H {shlex.quote(scheme.param_name + ":")}"${self.config.env_prefix}_API_KEY"')
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


def _format(source: str) -> str:
    return black.format_str(source, mode=BLACK_MODE)


def simplest_operation(api: ir.Api) -> tuple[ir.Resource, ir.Operation] | None:
    """The first paginated operation callable without arguments (else the first such operation):
    what the quickstart and the guides call."""
    candidates = [(r, op) for r in api.resources for op in r.operations if not any(p.required for p in op.parameters) and not op.request_body]
    candidates.sort(key=lambda pair: pair[1].pagination is None)
    return candidates[0] if candidates else None
