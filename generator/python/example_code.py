"""The Python source that builds an example value with the SDK.

    expr = python_expression(value, ref, api, package="kpn_things")
    expr.code      # "HttpSenmlBinding(device_id='imei:350266800610993', shared_secret='s3cret')"
    expr.imports   # {("kpn_things", "HttpSenmlBinding")}
    import_block([expr.imports])  # "from kpn_things import HttpSenmlBinding"

`value` is JSON data of the type (see `generator.ir.examples`). Expressions use `repr` quoting
(format the result) and leave discriminator tags to the SDK models' defaults.
"""

from __future__ import annotations

import base64
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from generator import ir
from generator.ir.example_check import fits
from generator.ir.examples import first_discriminator_values

__all__ = ["PythonExpression", "import_block", "python_expression"]

_DURATION = re.compile(r"^P(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$")


@dataclass(frozen=True)
class PythonExpression:
    """Python source for a value, and the `(module, name)` imports it needs."""

    code: str
    imports: frozenset[tuple[str, str]] = frozenset()


def python_expression(value: Any, type_ref: ir.TypeRef, api: ir.Api, *, package: str) -> PythonExpression:
    """Source that builds `value` (JSON data of `type_ref`) in SDK terms; models come from `package`."""
    return _Expressions(api, package).build(value, type_ref)


class _Expressions:
    def __init__(self, api: ir.Api, package: str):
        self.api = api
        self.package = package
        self.imports: set[tuple[str, str]] = set()

    def build(self, value: Any, t: ir.TypeRef) -> PythonExpression:
        code = self.code(value, t)
        return PythonExpression(code, frozenset(self.imports))

    def need(self, module: str, name: str) -> str:
        self.imports.add((module, name))
        return name

    def code(self, value: Any, t: ir.TypeRef) -> str:
        if value is None:
            return "None"
        if t.kind == "ref" and t.ref is not None:
            return self.named(value, self.api.type_by_id(t.ref))
        if t.kind == "array" and isinstance(value, list) and t.items:
            return "[" + ", ".join(self.code(item, t.items) for item in value) + "]"
        if t.kind == "map" and isinstance(value, dict) and t.values:
            return "{" + ", ".join(f"{key!r}: {self.code(item, t.values)}" for key, item in value.items()) + "}"
        if t.kind == "union":
            return self.union(value, t.variants, None)
        if t.kind == "string" and isinstance(value, str):
            return self.string(value, t)
        return repr(value)

    def string(self, value: str, t: ir.TypeRef) -> str:
        if t.format == "uuid":
            return f"{self.need('uuid', 'UUID')}({value!r})"
        if t.format in ("date-time", "date"):
            name = "datetime" if t.format == "date-time" else "date"
            return f"{self.need('datetime', name)}.fromisoformat({value!r})"
        if t.format == "duration" and (kwargs := _timedelta_kwargs(value)) is not None:
            return f"{self.need('datetime', 'timedelta')}({kwargs})"
        if t.format == "binary":
            return repr(value.encode())  # a file's content, as bytes
        if t.content_encoding == "base64" or t.format == "byte":
            try:
                return repr(base64.b64decode(value, validate=True))
            except ValueError:
                return repr(value)
        return repr(value)

    def named(self, value: Any, named: ir.NamedType) -> str:
        if isinstance(named, ir.Alias):
            return self.code(value, named.target)
        if isinstance(named, ir.Enum):
            member = next((v for v in named.values if v.value == value), None)
            return f"{self.need(self.package, named.py_name)}.{member.py_name}" if member else repr(value)
        if isinstance(named, ir.Union):
            return self.union(value, named.variants, named.discriminator)
        if not isinstance(value, dict):
            return repr(value)
        fixed = first_discriminator_values(self.api, named.id)
        by_wire = {f.wire_name: f for f in named.fields}
        arguments = [
            f"{by_wire[key].py_name}={self.code(item, by_wire[key].type)}"
            for key, item in value.items()
            if key in by_wire and fixed.get(key, object()) != item
        ]
        return f"{self.need(self.package, named.py_name)}({', '.join(arguments)})"

    def union(self, value: Any, variants: tuple[ir.TypeRef, ...], discriminator: ir.Discriminator | None) -> str:
        """The variant picked by the discriminator, else the first that fits; strings stay strings."""
        if discriminator and isinstance(value, dict):
            variant_id = dict(discriminator.mapping).get(value.get(discriminator.property))
            if variant_id is not None:
                return self.code(value, ir.TypeRef(kind="ref", ref=variant_id))
        if isinstance(value, str):
            return repr(value)  # a plain str is accepted by every string variant
        variant = next((v for v in variants if fits(value, v, self.api)), None)
        return self.code(value, variant) if variant else repr(value)


def _timedelta_kwargs(text: str) -> str | None:
    """`PT25H` -> `hours=25`; None for durations with years or months (no fixed length)."""
    match = _DURATION.match(text)
    if not match or text in ("P", "PT") or text.endswith("T"):
        return None
    parts = []
    for unit, amount in match.groupdict().items():
        if amount is not None:
            number = float(amount)
            parts.append(f"{unit}={int(number) if number.is_integer() else number}")
    return ", ".join(parts) or None


def import_block(imports: Iterable[Iterable[tuple[str, str]]]) -> str:
    """Import lines for groups of `(module, name)`: stdlib first, sorted; `(m, "")` is `import m`."""
    by_module: dict[str, set[str]] = {}
    for group in imports:
        for module, name in group:
            by_module.setdefault(module, set()).add(name)
    sections: list[list[str]] = [[], []]
    for module in sorted(by_module):
        lines = [f"import {module}"] if "" in by_module[module] else []
        if names := sorted((n for n in by_module[module] if n), key=lambda n: (n.lower(), n)):
            lines.append(f"from {module} import {', '.join(names)}")
        sections[module.split(".")[0] not in sys.stdlib_module_names] += lines
    return "\n\n".join("\n".join(section) for section in sections if section)
