"""Python annotations as the site shows them: validation metadata (`Annotated[...]`) dropped,
forward references unquoted, and SDK model names linked to their pages."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape

from generator.python.annotations import ANNOTATED, Expr, Name, Quoted, Subscript, UnionOf

ModelUrl = Callable[[str], "str | None"]  # a model's Python name -> its page (None: no page)


def shown(expr: Expr) -> Expr:
    """The annotation a reader needs: `Annotated[str, Pattern(...)]` is `str`."""
    if isinstance(expr, Subscript) and expr.head == ANNOTATED:
        return shown(expr.args[0])
    if isinstance(expr, Quoted):
        return expr.name
    if isinstance(expr, Name) and expr.qualified and expr.module == "builtins":
        return Name(expr.id)  # `builtins.list` where the SDK's module shadows `list`
    return expr.rebuild(tuple(shown(child) for child in expr.children()))


def annotation_html(expr: Expr, model_url: ModelUrl, root: str) -> Markup:
    """The annotation as HTML, each SDK model a link (`root` leads to the site root)."""
    return _html(shown(expr), model_url, root)


def _html(expr: Expr, model_url: ModelUrl, root: str) -> Markup:
    if isinstance(expr, Name):
        url = model_url(expr.id) if expr.module == ".models" else None
        if url is None:
            return escape(expr.render())
        return Markup('<a class="type-link" href="{}">{}</a>').format(root + url, expr.id)
    if isinstance(expr, UnionOf):
        return Markup(" | ").join(_html(member, model_url, root) for member in expr.members)
    if isinstance(expr, Subscript):
        args = Markup(", ").join(_html(arg, model_url, root) for arg in expr.args)
        return Markup("{}[{}]").format(_html(expr.head, model_url, root), args)
    return escape(expr.render())  # literals, values
