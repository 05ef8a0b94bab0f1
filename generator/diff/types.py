"""Compare two type expressions found at the same place, in the direction the data travels.

Named types are paired by where they are used, not by name, so a `$ref` swapped for an identical
inline schema is no change; each pair is compared once per direction (request, response).
"""

from __future__ import annotations

import dataclasses

from generator import ir
from generator.diff.changes import ChangeSet, Direction, Where
from generator.diff.describe import describe, is_component, location
from generator.python.type_names import FORMATS

_LOWER_BOUNDS = ("min_length", "minimum", "exclusive_minimum", "min_items", "min_properties")
_UPPER_BOUNDS = ("max_length", "maximum", "exclusive_maximum", "max_items", "max_properties")
_KEYWORDS = {
    "min_length": "minLength", "max_length": "maxLength", "minimum": "minimum", "maximum": "maximum",
    "exclusive_minimum": "exclusiveMinimum", "exclusive_maximum": "exclusiveMaximum", "min_items": "minItems",
    "max_items": "maxItems", "min_properties": "minProperties", "max_properties": "maxProperties",
    "multiple_of": "multipleOf", "pattern": "pattern", "unique_items": "uniqueItems",
}  # fmt: skip
_NAMED_KINDS = ("model", "union", "enum")


class TypeComparer:
    """Finds the changes between OLD's and NEW's types; `drain()` compares the named pairs met."""

    def __init__(self, old: ir.Api, new: ir.Api, found: ChangeSet):
        self.old, self.new, self.found = old, new, found
        self.pairs: dict[tuple[str, str], set[Direction]] = {}
        self._pending: list[tuple[str, str, Direction]] = []
        self._done: set[tuple[str, str, Direction]] = set()
        self._via: dict[tuple[str, str], Where] = {}  # where each pair was first met

    # -- type expressions --------------------------------------------------------------------

    def compare(self, old: ir.TypeRef | None, new: ir.TypeRef | None, d: Direction, where: Where) -> None:
        if old is None or new is None:
            if (old is None) != (new is None):
                self._add("type-changed", True, d, where, f"type changed from {describe(self.old, old)} to {describe(self.new, new)}")
            return
        was_nullable, is_nullable = _nullable(self.old, old), _nullable(self.new, new)
        if is_nullable and not was_nullable:
            self._add("nullable-added", d == "response", d, where, "can now be null")
        elif was_nullable and not is_nullable:
            self._add("nullable-removed", d == "request", d, where, "can no longer be null")
        old, new = _core(self.old, old), _core(self.new, new)
        old_shape, new_shape = _shape(self.old, old), _shape(self.new, new)
        if old_shape == new_shape and old.ref is not None and new.ref is not None and old_shape in _NAMED_KINDS:
            self._pair(old.ref, new.ref, d, where)
            return
        if old_shape != new_shape:
            self._shape_changed(old, new, old_shape, new_shape, d, where)
            return
        if old_shape == "union":  # at least one of them inline
            self._variants(_variants_of(self.old, old), _variants_of(self.new, new), d, where, open_set=False)
            return
        if old.format != new.format:
            python_type_changed = FORMATS.get(old.format or "") != FORMATS.get(new.format or "")
            self._add("format-changed", python_type_changed, d, where, f"format changed from {old.format or 'none'} to {new.format or 'none'}")
        if old_shape == "const" and old.value != new.value:
            self._add("const-changed", True, d, where, f"constant changed from {old.value!r} to {new.value!r}")
        self._constraints(old.constraints, new.constraints, d, where)
        if old_shape == "array":
            self.compare(old.items, new.items, d, where.child("/items", where.subject))
        if old_shape == "map":
            self.compare(old.values, new.values, d, where.child("/additionalProperties", where.subject))

    def _shape_changed(self, old: ir.TypeRef, new: ir.TypeRef, old_shape: str, new_shape: str, d: Direction, where: Where) -> None:
        text = f"type changed from {describe(self.old, old)} to {describe(self.new, new)}"
        old_key, new_key = _variant_key(self.old, old), _variant_key(self.new, new)
        if (old_shape, new_shape) in (("integer", "number"), ("enum", "string")) or old_key in _variant_keys(self.new, new):
            breaking = d == "response" and not (old_shape == "enum" and _is_open(self.old, old))
            self._add("type-widened", breaking, d, where, text)
        elif (old_shape, new_shape) in (("number", "integer"), ("string", "enum")) or new_key in _variant_keys(self.old, old):
            self._add("type-narrowed", d == "request", d, where, text)
        else:
            self._add("type-changed", True, d, where, text)

    def _constraints(self, old: ir.Constraints, new: ir.Constraints, d: Direction, where: Where) -> None:
        for name, keyword in _KEYWORDS.items():
            before, after = getattr(old, name), getattr(new, name)
            if before == after:
                continue
            if name in _LOWER_BOUNDS:
                tighter = after is not None and (before is None or after > before)
            elif name in _UPPER_BOUNDS:
                tighter = after is not None and (before is None or after < before)
            else:  # pattern, multipleOf, uniqueItems: any new or changed rule may refuse values
                tighter = bool(after)
            text = f"{keyword} {_show(before)} → {_show(after)}"
            if tighter:
                self._add("constraint-tightened", d == "request", d, where, text)
            else:
                self._add("constraint-relaxed", False, d, where, text)

    # -- unions ------------------------------------------------------------------------------

    def _variants(self, old: tuple[ir.TypeRef, ...], new: tuple[ir.TypeRef, ...], d: Direction, where: Where, open_set: bool) -> None:
        """Union variants paired by their name (named types) or their JSON type."""
        old_by_key = {_variant_key(self.old, v): v for v in old if v.kind != "null"}
        new_by_key = {_variant_key(self.new, v): v for v in new if v.kind != "null"}
        for key, variant in new_by_key.items():
            if key in old_by_key:
                self.compare(old_by_key[key], variant, d, where)
            else:
                self._add("union-variant-added", d == "response" and not open_set, d, where, f"variant {describe(self.new, variant)} added")
        for key, variant in old_by_key.items():
            if key not in new_by_key:
                self._add("union-variant-removed", True, d, where, f"variant {describe(self.old, variant)} removed")

    def _union(self, old: ir.Union, new: ir.Union, d: Direction, where: Where) -> None:
        self._fields(old, new, old.fields, new.fields, d)
        if (old.discriminator is None) != (new.discriminator is None) or (
            old.discriminator and new.discriminator and old.discriminator.property != new.discriminator.property
        ):
            before = old.discriminator.property if old.discriminator else "none"
            after = new.discriminator.property if new.discriminator else "none"
            self._add("discriminator-changed", True, d, where, f"discriminator changed from {before} to {after}")
            return
        if old.discriminator is None or new.discriminator is None:
            self._variants(old.variants, new.variants, d, where, open_set=False)
            return
        old_tags, new_tags = dict(old.discriminator.mapping), dict(new.discriminator.mapping)
        old_variants = {self.old.type_by_id(t).py_name for t in old_tags.values()}
        new_variants = {self.new.type_by_id(t).py_name for t in new_tags.values()}
        prop = old.discriminator.property
        for value, type_id in new_tags.items():
            if value in old_tags:
                self._pair(old_tags[value], type_id, d, where)
                continue
            variant = self.new.type_by_id(type_id).py_name
            kind = "discriminator-value-added" if variant in old_variants else "union-variant-added"
            self._add(kind, False, d, where, f"{prop}={value!r} ({variant}) added; the SDK reads unknown ones as `Unknown{new.py_name}`")
        for value, type_id in old_tags.items():
            if value not in new_tags:
                variant = self.old.type_by_id(type_id).py_name
                kind = "discriminator-value-removed" if variant in new_variants else "union-variant-removed"
                self._add(kind, True, d, where, f"{prop}={value!r} ({variant}) removed")

    # -- models and enums --------------------------------------------------------------------

    def _fields(self, old_type: ir.NamedType, new_type: ir.NamedType, old: tuple[ir.Field, ...], new: tuple[ir.Field, ...], d: Direction) -> None:
        old_fields, new_fields = {f.wire_name: f for f in old}, {f.wire_name: f for f in new}

        flag = "read_only" if d == "request" else "write_only"

        def visible(f: ir.Field, api: ir.Api) -> bool:
            """Part of this direction: not readOnly in a request, not writeOnly in a response."""
            return not (getattr(f, flag) or getattr(_resolve(api, f.type), flag, False))

        for name in [*new_fields, *(n for n in old_fields if n not in new_fields)]:
            before, after = old_fields.get(name), new_fields.get(name)
            was_visible, is_visible = bool(before and visible(before, self.old)), bool(after and visible(after, self.new))
            where = self._field_where(new_type if after else old_type, after or before)  # type: ignore[arg-type]
            if before and after and was_visible and is_visible:
                self._field(before, after, d, where)
            elif before and after and (was_visible or is_visible):
                kind = "read-only-changed" if d == "request" else "write-only-changed"
                label = "read-only" if d == "request" else "write-only"
                if was_visible:
                    self._add(kind, True, d, where, f"is now {label}: {'requests can no longer set it' if d == 'request' else 'responses no longer carry it'}")
                else:
                    self._add(kind, d == "request" and after.required, d, where, f"is no longer {label}")
            elif after and is_visible and not before:
                if d == "response":
                    self._add("response-field-added", False, d, where, "field added")
                elif after.required:
                    self._add("required-request-field-added", True, d, where, "required field added")
                else:
                    self._add("request-field-added", False, d, where, "optional field added")
            elif before and was_visible and not after:
                self._add(f"{d}-field-removed", True, d, where, "field removed")
            if before and after and before.py_name != after.py_name:
                self.found.add("field-renamed", True, "none", where.location, f"`{old_type.py_name}.{before.py_name}`: renamed to `{after.py_name}` (JSON name {name!r} unchanged)")

    def _field(self, before: ir.Field, after: ir.Field, d: Direction, where: Where) -> None:
        if before.required != after.required:
            if d == "request":
                kind, breaking = ("request-field-required", True) if after.required else ("request-field-optional", False)
            else:
                kind, breaking = ("response-field-required", False) if after.required else ("response-field-optional", True)
            self._add(kind, breaking, d, where, "is now required" if after.required else "is now optional")
        if (before.has_default, before.default) != (after.has_default, after.default):
            self._add("default-changed", False, d, where, f"default {_default(before)} → {_default(after)}")
        if after.deprecated and not before.deprecated:
            self._add("field-deprecated", False, d, where, "deprecated")
        self._description(before.description, after.description, where)
        self.compare(before.type, after.type, d, where)

    def _enum(self, old: ir.Enum, new: ir.Enum, d: Direction, where: Where) -> None:
        if old.base != new.base:
            self._add("type-changed", True, d, where, f"values changed from {old.base} to {new.base}")
            return
        old_values, new_values = [v.value for v in old.values], [v.value for v in new.values]
        for value in new_values:
            if value not in old_values:
                self._add("enum-value-added", d == "response" and not old.open, d, where, f"value {value!r} added" + ("" if old.open else " to a closed set"))
        for value in old_values:
            if value not in new_values:
                self._add("enum-value-removed", True, d, where, f"value {value!r} removed")
        if new.open and not old.open:
            self._add("enum-opened", d == "response", d, where, "now an open set: values other than the known ones may appear")
        elif old.open and not new.open:
            self._add("enum-closed", d == "request", d, where, "now a closed set: only the listed values are allowed")

    # -- named pairs -------------------------------------------------------------------------

    def _pair(self, old_id: str, new_id: str, d: Direction, via: Where) -> None:
        self.pairs.setdefault((old_id, new_id), set()).add(d)
        self._via.setdefault((old_id, new_id), via)
        if (old_id, new_id, d) not in self._done:
            self._done.add((old_id, new_id, d))
            self._pending.append((old_id, new_id, d))

    def drain(self) -> None:
        """Compare every named pair met so far, and those they lead to."""
        while self._pending:
            old_id, new_id, d = self._pending.pop(0)
            old, new = self.old.type_by_id(old_id), self.new.type_by_id(new_id)
            # a type hoisted from an inline schema is named after the place that uses it
            subject = f"`{new.py_name}`" if is_component(new) else self._via[old_id, new_id].subject
            where = Where(location(new.source), subject)
            self._description(old.description, new.description, where)
            if isinstance(old, ir.Model) and isinstance(new, ir.Model):
                self._fields(old, new, old.fields, new.fields, d)
                self._additional_properties(old, new, d, where)
            elif isinstance(old, ir.Union) and isinstance(new, ir.Union):
                self._union(old, new, d, where)
            elif isinstance(old, ir.Enum) and isinstance(new, ir.Enum):
                self._enum(old, new, d, where)

    def _additional_properties(self, old: ir.Model, new: ir.Model, d: Direction, where: Where) -> None:
        before, after = _extra_allowed(old), _extra_allowed(new)
        if before and not after:
            self._add("additional-properties-removed", d == "request", d, where, "no longer allows additional properties")
        elif after and not before:
            self._add("additional-properties-added", False, d, where, "now allows additional properties")
        elif old.additional_properties is not None and new.additional_properties is not None:
            self.compare(old.additional_properties, new.additional_properties, d, where.child("/additionalProperties", where.subject))

    # -- helpers -----------------------------------------------------------------------------

    def _field_where(self, owner: ir.NamedType, f: ir.Field) -> Where:
        pointer = f.source.pointer if f.source else owner.source.pointer + "/properties/" + f.wire_name.replace("~", "~0").replace("/", "~1")
        file = f.source.file if f.source else owner.source.file
        return Where(f"{file}#{pointer}", f"`{owner.py_name}.{f.py_name}`")

    def _description(self, before: str | None, after: str | None, where: Where) -> None:
        if " ".join((before or "").split()) != " ".join((after or "").split()):
            self.found.add("description-changed", False, "none", where.location, f"{where.subject}: description changed")

    def _add(self, kind: str, breaking: bool, d: Direction, where: Where, text: str) -> None:
        self.found.add(kind, breaking, d, where.location, f"{where.subject}: {text}")


def _resolve(api: ir.Api, t: ir.TypeRef) -> ir.NamedType | None:
    return api.type_by_id(t.ref) if t.kind == "ref" and t.ref is not None else None


def _core(api: ir.Api, t: ir.TypeRef) -> ir.TypeRef:
    """The type without aliases and without `null`: what is left to compare once nullability is."""
    seen: set[str] = set()
    while (named := _resolve(api, t)) is not None and isinstance(named, ir.Alias) and named.id not in seen:
        seen.add(named.id)
        t = named.target
    if t.kind == "union":
        variants = tuple(v for v in t.variants if v.kind != "null")
        if len(variants) == 1:
            return _core(api, variants[0])
        t = dataclasses.replace(t, variants=variants)
    return dataclasses.replace(t, nullable=False) if t.nullable else t


def _nullable(api: ir.Api, t: ir.TypeRef, depth: int = 0) -> bool:
    if t.nullable or t.kind == "null" or (t.kind == "union" and any(v.kind == "null" for v in t.variants)):
        return True
    named = _resolve(api, t)
    if isinstance(named, ir.Alias) and depth < 50:
        return _nullable(api, named.target, depth + 1)
    return bool(named is not None and getattr(named, "nullable", False))


def _shape(api: ir.Api, t: ir.TypeRef) -> str:
    named = _resolve(api, t)
    return named.kind if named is not None else t.kind


def _is_open(api: ir.Api, t: ir.TypeRef) -> bool:
    named = _resolve(api, t)
    return isinstance(named, ir.Enum) and named.open


def _variant_key(api: ir.Api, t: ir.TypeRef) -> str:
    named = _resolve(api, _core(api, t))
    return f"named:{named.py_name}" if named is not None else f"{t.kind}:{t.format or ''}"


def _variants_of(api: ir.Api, t: ir.TypeRef) -> tuple[ir.TypeRef, ...]:
    """The variants of a union, inline or named; none for other types."""
    named = _resolve(api, t)
    return named.variants if isinstance(named, ir.Union) else t.variants


def _variant_keys(api: ir.Api, t: ir.TypeRef) -> set[str]:
    return {_variant_key(api, v) for v in _variants_of(api, t)}


def _extra_allowed(model: ir.Model) -> bool:
    return model.additional_properties is not None  # the IR keeps only declared extra properties


def _show(value: object) -> str:
    return "none" if value is None or value is False else repr(value) if isinstance(value, str) else str(value)


def _default(f: ir.Field) -> str:
    return repr(f.default) if f.has_default else "none"
