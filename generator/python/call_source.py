"""Python source of the arguments a resource method passes to the runtime: parameter styles,
`Paging` settings, wire-name mappings and argument checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import ir
from generator.python.source import py_string

if TYPE_CHECKING:
    from generator.python.resources import ArgView

# The runtime `Paging()` (templates/python/runtime/_pagination.py): items, next and prev links.
PAGING_DEFAULTS: dict[str, object] = {
    "items": "items", "next": "next", "prev": "prev", "style": "link", "cursor_param": "cursor",
    "offset_param": None, "limit_param": None, "page_param": None, "first_page": 1, "total": None,
}  # fmt: skip


def literal(value: object) -> str:
    """Python source of a `Paging` argument: a string, an int or None."""
    return py_string(value) if isinstance(value, str) else repr(value)


# Each location's default (style, explode): parameters sent so need no `Style` in the call.
_DEFAULT_STYLES = {"path": ("simple", False), "query": ("form", True), "header": ("simple", False), "cookie": ("form", True)}


def style_source(parameter: ir.Parameter) -> str | None:
    """Python source of the runtime `Style` a parameter is sent in; None: its location's default."""
    as_json = parameter.content_type is not None and ir.is_json(parameter.content_type)
    if (parameter.style, parameter.explode) == _DEFAULT_STYLES[parameter.location] and not (parameter.allow_reserved or as_json):
        return None
    options = (", allow_reserved=True" if parameter.allow_reserved else "") + (", json=True" if as_json else "")
    return f"Style({py_string(parameter.style)}, explode={parameter.explode}{options})"


def styles_source(parameters: tuple[ir.Parameter, ...]) -> str | None:
    """Python source of a call's `styles` (by location, then wire name); None when all are defaults."""
    by_location: dict[str, list[str]] = {}
    for parameter in parameters:
        style = style_source(parameter)
        if style is not None:
            by_location.setdefault(parameter.location, []).append(f"{py_string(parameter.wire_name)}: {style}")
    if not by_location:
        return None
    return "{" + ", ".join(f"{py_string(where)}: {{{', '.join(items)}}}" for where, items in by_location.items()) + "}"


def query_dict(args: list[ArgView]) -> str:
    """Python source of the mapping from wire names to arguments."""
    return "{" + ", ".join(f"{py_string(a.wire_name)}: {a.py_name}" for a in args) + "}"


def check_arguments(args: list[ArgView]) -> str:
    """Python source of `check_args`' keyword arguments: each argument's validation type."""
    return ", ".join(f"{a.py_name}={a.check}" for a in args)


def paging_source(pagination: ir.Pagination, declarations: dict[str, ir.NamedType]) -> str | None:
    """Python source of the runtime `Paging` for a paged operation: its fields by their
    Python names, its parameters by wire name; None when it is the runtime's default."""
    model = ir.model_of(pagination.page, declarations)
    attribute = {f.wire_name: f.py_name for f in model.fields} if model else {}
    settings: dict[str, object] = {
        "items": attribute.get(pagination.items_field, pagination.items_field),
        "next": attribute.get(pagination.next_field) if pagination.next_field else None,
        "prev": attribute.get(pagination.prev_field) if pagination.prev_field else None,
        "style": pagination.style,
        "cursor_param": pagination.cursor_param or PAGING_DEFAULTS["cursor_param"],
        "offset_param": pagination.offset_param,
        "limit_param": pagination.limit_param,
        "page_param": pagination.page_param,
        "first_page": pagination.first_page,
        "total": attribute.get(pagination.total_field) if pagination.total_field else None,
    }
    changed = [f"{key}={literal(value)}" for key, value in settings.items() if value != PAGING_DEFAULTS[key]]
    return f"Paging({', '.join(changed)})" if changed else None
