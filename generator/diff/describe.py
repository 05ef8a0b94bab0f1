"""Short words for types and places in diff messages: `string (date-time)`, `array of Project`."""

from __future__ import annotations

from generator import ir


def location(source: ir.Source) -> str:
    """FILE#/pointer, without the line number (lines move when a spec is reformatted)."""
    return f"{source.file}#{source.pointer}"


def is_component(named: ir.NamedType) -> bool:
    """A type the spec names itself (`#/components/schemas/X`), not one hoisted from inline."""
    parts = named.source.pointer.split("/")
    return len(parts) == 4 and parts[1:3] == ["components", "schemas"]


def describe(api: ir.Api, t: ir.TypeRef | None, depth: int = 0) -> str:
    if t is None:
        return "no schema"
    if depth > 3:
        return "…"
    if t.kind == "ref" and t.ref is not None:
        return f"`{api.type_by_id(t.ref).py_name}`"
    if t.kind == "array":
        return f"array of {describe(api, t.items, depth + 1)}"
    if t.kind == "map":
        return f"map of {describe(api, t.values, depth + 1)}"
    if t.kind == "union":
        return " | ".join(describe(api, v, depth + 1) for v in t.variants)
    if t.kind == "const":
        return f"constant {t.value!r}"
    return f"{t.kind} ({t.format})" if t.format else t.kind
