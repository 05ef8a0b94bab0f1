"""What an operation page shows a Python user: the SDK method's signature as it is in the SDK,
what it returns, and the exception each documented error status raises."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator import ir
from generator.docs.python_types import ModelUrl, annotation_html
from generator.python.annotations import STR, Expr
from generator.python.method_docs import exception_for
from generator.python.resources import MethodView, ResourcesBuilder, ResultView

PER_CALL_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")


@dataclass(frozen=True)
class Raises:
    status: str
    exception: str
    description: str | None


@dataclass(frozen=True)
class PythonMethod:
    signature: Markup  # `client.x.y(\n    a: T,\n    *,\n    b: U = ...,\n) -> R`, linked
    returns: Markup
    raises: tuple[Raises, ...]


def python_methods(api: ir.Api, model_url: ModelUrl, root: str) -> dict[str, PythonMethod]:
    """Operation id -> its SDK method, as the page at `root` shows it."""
    views = ResourcesBuilder(api).build()
    methods = {}
    for resource, view in zip(api.resources, views):
        for op, method in zip(resource.operations, view.methods):
            signature = _signature(f"client.{resource.py_name}.{op.py_name}", method, model_url, root)
            raises = tuple(Raises(r.status, exception_for(r.status), r.description) for r in op.responses if not r.status.startswith("2"))
            methods[op.operation_id] = PythonMethod(signature, _returns(op, method, model_url, root), raises)
    return methods


def _signature(call: str, method: MethodView, model_url: ModelUrl, root: str) -> Markup:
    lines = [Markup("{}(").format(call)]
    for arg in method.positional:
        lines.append(_argument(arg.py_name, arg.annotation, arg.default, model_url, root))
    lines.append(Markup("    *,"))
    for arg in method.keyword:
        lines.append(_argument(arg.py_name, arg.annotation, arg.default, model_url, root))
    options = [o for o in PER_CALL_OPTIONS if o != "extra_body" or method.extra_body]
    lines.append(Markup('    <span class="comment"># per call: {}</span>').format(", ".join(options)))
    result = annotation_html(method.returns, model_url, root)
    if method.call == "paginate":
        result = Markup("SyncPager[{}]").format(result)
    lines.append(Markup(") -&gt; {}").format(result))
    return Markup("\n").join(lines)


def _argument(name: str, annotation: Expr, default: str | None, model_url: ModelUrl, root: str) -> Markup:
    typed = annotation_html(annotation, model_url, root)
    tail = Markup(" = {}").format(default) if default is not None else Markup("")
    return Markup('    <span class="arg">{}</span>: {}{},').format(name, typed, tail)


def _returns(op: ir.Operation, method: MethodView, model_url: ModelUrl, root: str) -> Markup:
    if method.call == "paginate":
        item = annotation_html(method.returns, model_url, root)
        return Markup("a <code>SyncPager[{}]</code> (<code>AsyncPager</code> in async code): iterating it yields every item, fetching pages as you go").format(item)
    if method.call == "exists":
        return Markup("<code>bool</code>: True on 2xx, False on 404")
    if method.results:
        returned = _results_html(method.results, model_url, root)
    elif method.response_type is None:
        returned = Markup("<code>None</code>")
    else:
        returned = Markup("<code>{}</code>").format(annotation_html(method.returns, model_url, root))
    if method.response_headers:
        names = Markup(", ").join(Markup("<code>{}</code>").format(h.name) for h in method.response_headers)
        returned += Markup("; response headers {} on <code>with_raw_response</code> (<code>.headers</code>)").format(names)
    return returned


def _results_html(results: list[ResultView], model_url: ModelUrl, root: str) -> Markup:
    """What a call returns, by status when the statuses return different things."""
    described = [_result_html(r, model_url, root) for r in results]
    if len(set(described)) == 1:
        return described[0]
    return Markup("; ").join(Markup("{}: {}").format(r.status, text) for r, text in zip(results, described))


def _result_html(result: ResultView, model_url: ModelUrl, root: str) -> Markup:
    """What one status returns: the type, and for a stream how to read it."""
    typed = Markup("<code>{}</code>").format(annotation_html(result.annotation(False), model_url, root))
    asynchronous = Markup("<code>{}</code>").format(annotation_html(result.annotation(True), model_url, root))
    if result.kind == "text":
        return Markup("{}: the <code>{}</code> body as text").format(typed, result.media_type)
    if result.kind == "binary":
        return Markup(
            "{} ({} in async code) of the <code>{}</code> body, streamed: <code>read()</code>, "
            "<code>iter_bytes()</code> or <code>write_to_file(path)</code>"
        ).format(typed, asynchronous, result.media_type)
    if result.kind == "events":
        data = Markup("<code>data</code> as <code>{}</code>").format(annotation_html(result.type or STR, model_url, root))
        return Markup(
            "{} ({} in async code): iterating it yields each server-sent event as it arrives, "
            "a <code>ServerSentEvent</code> with {}, <code>event</code>, <code>id</code> and <code>retry</code>"
        ).format(typed, asynchronous, data)
    return typed
