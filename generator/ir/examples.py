"""Example values (JSON data) for IR types: the spec's own examples where they fit, else made up.

    value = example_value(ref, api)   # {"type": "http-senml", "deviceId": "imei:350266800610993", ...}

Spec examples (of the field, parameter or type; pass the first two as `example=`) win when
they fit the schema; otherwise a value is generated to fit. Request examples (the default)
leave out readOnly fields, response examples writeOnly ones.
`generator.python.example_code` spells such values as SDK code.
"""

from __future__ import annotations

from typing import Any

from generator import ir
from generator.ir.example_check import fits

__all__ = ["example_value", "first_discriminator_values"]

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


def first_discriminator_values(api: ir.Api, model_id: str) -> dict[str, Any]:
    """The discriminator property values a model carries as a variant (the first of each)."""
    return {prop: values[0] for prop, values in api.discriminator_values.get(model_id, {}).items()}
