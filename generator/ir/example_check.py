"""Does a JSON value fit an IR type? Used to keep spec examples only where they are valid."""

from __future__ import annotations

import base64
import binascii
import re
from datetime import date, datetime
from typing import Any

from generator import ir
from generator.spec.patterns import PatternError, normalize_pattern

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")


def fits(value: Any, type_ref: ir.TypeRef, api: ir.Api, *, response: bool = False) -> bool:
    """True if `value` is valid for `type_ref` (readOnly fields belong to responses, writeOnly to requests)."""
    return _Checker(api, response).fits(value, type_ref)


class _Checker:
    def __init__(self, api: ir.Api, response: bool):
        self.api = api
        self.response = response

    def fits(self, value: Any, t: ir.TypeRef) -> bool:
        if value is None:
            return t.nullable or t.kind in ("null", "any") or (t.kind == "ref" and self._nullable(t))
        kind = t.kind
        if kind == "ref" and t.ref is not None:
            return self.named(value, self.api.type_by_id(t.ref))
        if kind == "string":
            return isinstance(value, str) and _string_fits(value, t)
        if kind in ("integer", "number"):
            numeric = isinstance(value, int) or (kind == "number" and isinstance(value, float))
            return numeric and not isinstance(value, bool) and _number_fits(value, t.constraints)
        if kind == "boolean":
            return isinstance(value, bool)
        if kind == "array":
            return isinstance(value, list) and _items_fit(value, t.constraints) and all(self.fits(v, t.items) for v in value if t.items)
        if kind == "map":
            return isinstance(value, dict) and all(self.fits(v, t.values) for v in value.values() if t.values)
        if kind == "object":
            return isinstance(value, dict)
        if kind == "union":
            return any(self.fits(value, v) for v in t.variants)
        if kind == "const":
            return value == t.value
        return kind == "any"

    def _nullable(self, t: ir.TypeRef) -> bool:
        named = self.api.type_by_id(t.ref or "")
        if isinstance(named, ir.Alias):
            return self.fits(None, named.target)
        return bool(getattr(named, "nullable", False))

    def named(self, value: Any, named: ir.NamedType) -> bool:
        if isinstance(named, ir.Alias):
            return self.fits(value, named.target)
        if isinstance(named, ir.Enum):
            if any(v.value == value and type(v.value) is type(value) for v in named.values):
                return True
            return named.open and self.fits(value, ir.TypeRef(kind=named.base))
        if isinstance(named, ir.Union):
            return self.union(value, named)
        return self.model(value, named)

    def union(self, value: Any, union: ir.Union) -> bool:
        if union.discriminator and isinstance(value, dict):
            tag = value.get(union.discriminator.property)
            variant = dict(union.discriminator.mapping).get(tag) if isinstance(tag, str) else None
            return variant is not None and self.fits(value, ir.TypeRef(kind="ref", ref=variant))
        return any(self.fits(value, v) for v in union.variants)

    def model(self, value: Any, model: ir.Model) -> bool:
        if not isinstance(value, dict):
            return False
        fields = {f.wire_name: f for f in model.fields}
        for key, item in value.items():
            field = fields.get(key)
            if field is None:
                valid = model.additional_properties is not None and self.fits(item, model.additional_properties)
            else:
                valid = not self.hidden(field) and self.fits(item, field.type)
            if not valid:
                return False
        return all(f.wire_name in value for f in model.fields if f.required and not self.hidden(f))

    def hidden(self, field: ir.Field) -> bool:
        """readOnly fields do not occur in requests, writeOnly ones not in responses."""
        return (field.read_only and not self.response) or (field.write_only and self.response)


def _string_fits(value: str, t: ir.TypeRef) -> bool:
    c = t.constraints
    if (c.min_length is not None and len(value) < c.min_length) or (c.max_length is not None and len(value) > c.max_length):
        return False
    if c.pattern is not None:
        try:
            if not re.search(normalize_pattern(c.pattern), value):
                return False
        except (PatternError, re.error):
            pass  # a pattern Python cannot run: do not reject the value for it
    return _format_fits(value, t.format, t.content_encoding)


def _format_fits(value: str, fmt: str | None, encoding: str | None) -> bool:
    if encoding == "base64" or fmt == "byte":
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return False
        return True
    checks = {
        "uuid": lambda: bool(_UUID.match(value)),
        "date-time": lambda: "T" in value.upper() and datetime.fromisoformat(value) is not None,
        "date": lambda: date.fromisoformat(value) is not None,
        "duration": lambda: bool(_DURATION.match(value)),
    }
    try:
        return checks[fmt]() if fmt in checks else True
    except ValueError:
        return False


def _number_fits(value: float, c: ir.Constraints) -> bool:
    return not (
        (c.minimum is not None and value < c.minimum)
        or (c.maximum is not None and value > c.maximum)
        or (c.exclusive_minimum is not None and value <= c.exclusive_minimum)
        or (c.exclusive_maximum is not None and value >= c.exclusive_maximum)
        or (c.multiple_of and (value / c.multiple_of) % 1 != 0)
    )


def _items_fit(value: list[Any], c: ir.Constraints) -> bool:
    if (c.min_items is not None and len(value) < c.min_items) or (c.max_items is not None and len(value) > c.max_items):
        return False
    return not c.unique_items or len({repr(v) for v in value}) == len(value)
