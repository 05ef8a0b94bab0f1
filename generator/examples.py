"""Example values for IR types, and the Python source that builds them with the SDK.

    value = example_value(ref, api)   # {"type": "http-senml", "deviceId": "imei:350266800610993", ...}
    expr = python_expression(value, ref, api, package="kpn_things")
    expr.code      # "HttpSenmlBinding(device_id='imei:350266800610993', shared_secret='s3cret')"
    expr.imports   # {("kpn_things", "HttpSenmlBinding")}
    import_block([expr.imports])  # "from kpn_things import HttpSenmlBinding"

Spec examples (of the field, parameter or type; pass the first two as `example=`) win when
they fit the schema; otherwise a value is generated to fit. Request examples (the default)
leave out readOnly fields, response examples writeOnly ones. Expressions use `repr` quoting
(run black over the result) and leave discriminator tags to the SDK models' defaults.
"""

from __future__ import annotations

import base64
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from generator import ir
from generator.example_check import fits

__all__ = ["PythonExpression", "example_value", "import_block", "python_expression"]

FORMAT_SAMPLES = {
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "date-time": "2025-01-01T12:00:00Z",
    "date": "2025-01-01",
    "time": "12:00:00",
    "duration": "PT1H30M",
    "byte": "SGVsbG8sIHdvcmxkIQ==",
    "email": "someone@example.com",
    "uri": "https://example.com",
    "uri-reference": "/example",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
}
OPTIONAL_IN_REQUESTS = 2  # optional fields (with a spec example) shown in request examples
_DURATION = re.compile(r"^P(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$")


def example_value(type_ref: ir.TypeRef, api: ir.Api, *, example: Any = None, response: bool = False) -> Any:
    """A JSON value for `type_ref`: `example` (a spec example) when it fits, else one built to fit."""
    return _Builder(api, response).value(type_ref, example, ())


class _Builder:
    def __init__(self, api: ir.Api, response: bool):
        self.api = api
        self.response = response

    def value(self, t: ir.TypeRef, example: Any, seen: tuple[str, ...]) -> Any:
        if example is not None:
            if fits(example, t, self.api, response=self.response):
                return example
            if t.kind == "array" and t.items and fits(example, t.items, self.api, response=self.response):
                return [example]  # a scalar example given for an exploded array parameter
        if t.kind == "ref" and t.ref is not None:
            return self.named(self.api.type_by_id(t.ref), seen)
        if t.kind == "array":
            item = self.value(t.items, None, seen) if t.items else "value"
            return [item] * max(1, t.constraints.min_items or 1)
        if t.kind == "map":
            return {"key": self.value(t.values, None, seen) if t.values else "value"}
        if t.kind == "union":
            return self.value(t.variants[0], None, seen) if t.variants else None
        if t.kind == "const":
            return t.value
        return _primitive(t)

    def named(self, named: ir.NamedType, seen: tuple[str, ...]) -> Any:
        if named.id in seen:
            return {} if isinstance(named, (ir.Model, ir.Union)) else None
        seen = (*seen, named.id)
        ref = ir.TypeRef(kind="ref", ref=named.id)
        if named.example is not None and not isinstance(named, ir.Model) and fits(named.example, ref, self.api, response=self.response):
            return named.example
        if isinstance(named, ir.Alias):
            return self.value(named.target, None, seen)
        if isinstance(named, ir.Enum):
            return named.values[0].value if named.values else _primitive(ir.TypeRef(kind=named.base))
        if isinstance(named, ir.Model):
            return self.model(named, {}, seen)
        if named.discriminator and named.discriminator.mapping:
            value, variant_id = named.discriminator.mapping[0]
            return self.model(self.api.type_by_id(variant_id), {named.discriminator.property: value}, seen)
        return self.value(named.variants[0], None, seen) if named.variants else None

    def model(self, model: ir.NamedType, fixed: dict[str, Any], seen: tuple[str, ...]) -> Any:
        if not isinstance(model, ir.Model):
            return self.named(model, seen)
        fixed = {**first_discriminator_values(self.api, model.id), **fixed}
        fields = [f for f in model.fields if not ((f.read_only and not self.response) or (f.write_only and self.response))]
        chosen = [f for f in fields if f.required or self.response or f.wire_name in fixed]
        if not self.response:
            optional = [f for f in fields if f not in chosen]
            chosen += [f for f in optional if f.example is not None][:OPTIONAL_IN_REQUESTS]
            if len(chosen) == len(fixed):  # nothing to say yet: show the first optional field
                chosen += optional[:1]
        data: dict[str, Any] = {}
        for f in fields:
            if f in chosen:
                value = fixed[f.wire_name] if f.wire_name in fixed else self.value(f.type, f.example, seen)
                if value is not None or f.required:
                    data[f.wire_name] = value
        return data


def _primitive(t: ir.TypeRef) -> Any:
    c = t.constraints
    if t.kind == "string":
        if t.content_encoding == "base64":
            return FORMAT_SAMPLES["byte"]
        text = FORMAT_SAMPLES.get(t.format or "", "string")
        if c.min_length and len(text) < c.min_length:
            text = text + "x" * (c.min_length - len(text))
        return text[: c.max_length] if c.max_length is not None else text
    if t.kind in ("integer", "number"):
        return _number(t)
    if t.kind == "boolean":
        return True
    if t.kind == "object":
        return {}
    return None if t.kind == "null" else "value"


def _number(t: ir.TypeRef) -> int | float:
    c = t.constraints
    low = c.minimum if c.minimum is not None else (c.exclusive_minimum + 1 if c.exclusive_minimum is not None else 1)
    high = c.maximum if c.maximum is not None else (c.exclusive_maximum - 1 if c.exclusive_maximum is not None else None)
    value = min(low, high) if high is not None else low
    if c.multiple_of:
        value = -(-value // c.multiple_of) * c.multiple_of
    if t.kind == "integer" or float(value).is_integer():
        return int(value)
    return float(value)


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


def first_discriminator_values(api: ir.Api, model_id: str) -> dict[str, Any]:
    """The discriminator property values a model carries as a variant (the first of each)."""
    return {prop: values[0] for prop, values in api.discriminator_values.get(model_id, {}).items()}
