"""What an operation page shows a Python user: the SDK method's signature as it is in the SDK,
what it returns, and the exception each documented error status raises."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator import ir
from generator.docs.python_types import ModelUrl, annotation_html
from generator.python.annotations import Expr
from generator.python.resources import MethodView, ResourcesBuilder, exception_for

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
    options = [o for o in PER_CALL_OPTIONS if o != "extra_body" or method.body is not None]
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
    if method.response_type is None:
        return Markup("<code>None</code>")
    return Markup("<code>{}</code>").format(annotation_html(method.returns, model_url, root))
