"""Turn JSON Schemas into IR types: named declarations for refs and hoisted inline schemas.

Every `$ref` target becomes a named type (so recursion always terminates in a name);
inline objects, enums and discriminated unions are hoisted to named types as well, named
after where they appear. allOf is merged by `AllOfMerging` (allof.py); oneOf/anyOf become unions.
"""

from __future__ import annotations

import re
from typing import Any

from generator import ir
from generator.diagnostics import Reporter
from generator.ir.allof import AllOfMerging
from generator.ir.heuristics import known_values
from generator.ir.keywords import (
    constraints_for,
    constraints_of,
    example_of,
    implied_types,
    is_annotation_only,
    is_nullable,
    says_nothing_of_type,
    schema_types,
    unrepresented_keywords,
)
from generator.ir.naming import pascal_case
from generator.spec.refs import Location, Resolver

_UNION_KEYS = ("oneOf", "anyOf")
_PRIMITIVES = ("string", "integer", "number", "boolean", "null")


class SchemaBuilder(AllOfMerging):
    """Builds the named types of one run; `declarations` maps location keys to types."""

    def __init__(self, resolver: Resolver, reporter: Reporter):
        self.resolver = resolver
        self.reporter = reporter
        self.declarations: dict[str, ir.NamedType] = {}
        self.hoisted: set[str] = set()  # keys of inline schemas named by where they appear
        self._in_progress: set[str] = set()
        self._flattening: list[str] = []

    # -- entry points -------------------------------------------------------------------

    def named(self, location: Location, name: str) -> ir.TypeRef:
        """Declare the schema at `location` as a named type (once) and refer to it."""
        key = location.key
        if key not in self.declarations and key not in self._in_progress:
            self._in_progress.add(key)
            try:
                self.declarations[key] = self._declare(location, name)
            finally:
                self._in_progress.discard(key)
        return ir.TypeRef(kind="ref", ref=key)

    def _hoist(self, location: Location, hint: str) -> ir.TypeRef:
        """Declare an inline schema as a named type called after where it appears."""
        if location.key not in self.declarations:
            self.hoisted.add(location.key)
        return self.named(location, hint)

    def type_of(self, location: Location, hint: str) -> ir.TypeRef:
        """The type of the schema at `location`; inline objects/enums are hoisted as `hint`."""
        schema = location.node
        if schema is True or schema == {} or schema is None:
            return ir.TypeRef(kind="any")
        if schema is False:
            self._warn(location, "schema `false` admits no value; the SDK types it as any value (Any)", "false-schema")
            return ir.TypeRef(kind="any")
        if not isinstance(schema, dict):
            self._error(location, "a schema must be an object or a boolean")
            return ir.TypeRef(kind="any")
        if "$ref" in schema:
            ref_only = {k: v for k, v in schema.items() if k != "$ref"}
            if is_annotation_only(ref_only):
                return self._ref(location, nullable=schema.get("nullable") is True)
            schema = {"allOf": [{"$ref": schema["$ref"]}], **ref_only}
            location = location.with_node(schema)
        if "allOf" in schema:
            single = self._single_allof_type(location, hint)
            if single is not None:
                return single
            return self._hoist(location, hint)
        if self._needs_declaration(schema):
            return self._hoist(location, hint)
        return self._inline(location, schema, hint)

    def _ref(self, location: Location, nullable: bool = False) -> ir.TypeRef:
        target = self.resolver.target(location, location.node["$ref"])
        ref = self.named(target, self._name_for(target))
        nullable = nullable or (isinstance(target.node, dict) and is_nullable(target.node))
        return ir.TypeRef(kind="ref", ref=ref.ref, nullable=nullable)

    @staticmethod
    def _name_for(target: Location) -> str:
        tokens = [t for t in target.pointer.split("/") if t]
        if not tokens:
            return target.document.path.stem
        return tokens[-1].replace("~1", "/").replace("~0", "~")

    # -- declarations --------------------------------------------------------------------

    def _common(self, location: Location, name: str, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": location.key,
            "name": name,
            "source": ir.Source(location.document.display, location.pointer, location.document.lines.get(location.pointer)),
            "description": schema.get("description"),
            "title": schema.get("title"),
            "example": example_of(schema),
            "read_only": schema.get("readOnly") is True,
            "write_only": schema.get("writeOnly") is True,
            "deprecated": schema.get("deprecated") is True,
        }

    def _needs_declaration(self, schema: dict[str, Any]) -> bool:
        if "enum" in schema:
            return any(v is not None for v in schema["enum"]) if isinstance(schema["enum"], list) else False
        if "discriminator" in schema and any(k in schema for k in _UNION_KEYS):
            return True
        if any(k in schema for k in _UNION_KEYS):
            return False
        if isinstance(schema.get("properties"), dict) and schema["properties"]:
            return True
        types = schema_types(schema)
        return types in (["string"], ["string", "null"]) and bool(known_values(schema.get("description")))

    def _declare(self, location: Location, name: str) -> ir.NamedType:
        schema = location.node
        if not isinstance(schema, dict):
            return ir.Alias(target=self.type_of(location, name), **self._common(location, name, {}))
        properties: dict[str, list[Location]] = {}
        bases: list[str] = []
        if "$ref" in schema and is_annotation_only({k: v for k, v in schema.items() if k != "$ref"}):
            return ir.Alias(target=self._ref(location), **self._common(location, name, schema))
        if "$ref" in schema:
            schema = {"allOf": [{"$ref": schema["$ref"]}], **{k: v for k, v in schema.items() if k != "$ref"}}
            location = location.with_node(schema)
        if "allOf" in schema:
            single = self._single_allof_type(location, name)
            if single is not None:
                return ir.Alias(target=single, **self._common(location, name, schema))
            schema, properties, bases = self._merged(location)
        else:
            declared = schema["properties"] if isinstance(schema.get("properties"), dict) else {}
            properties = {p: [location.child("properties", p)] for p, value in declared.items() if value is not False}  # `false`: never there
        self._warn_unrepresented(location, schema, name)
        common = self._common(location, name, schema)
        union_key = next((k for k in _UNION_KEYS if isinstance(schema.get(k), list)), None)
        if union_key and not self._null_only_union(schema[union_key]):
            return self._union(location, name, schema, union_key, properties, common)
        if isinstance(schema.get("enum"), list) and any(v is not None for v in schema["enum"]):
            return self._enum(schema, schema["enum"], False, common)
        values = known_values(schema.get("description"))
        if values and schema_types(schema) in (["string"], ["string", "null"]):
            return self._enum(schema, list(values), True, common)
        if properties or bases or "object" in schema_types(schema) and "additionalProperties" not in schema:
            return self._model(location, name, schema, properties, bases, common)
        return ir.Alias(target=self._inline(location.with_node(schema), schema, name), **common)

    def _model(self, location: Location, name: str, schema: dict[str, Any], properties: dict[str, list[Location]], bases: list[str], common: dict[str, Any]) -> ir.Model:
        required = set(schema.get("required") or [])
        fields = tuple(self._field(parts, prop, prop in required, name) for prop, parts in properties.items())
        additional = schema.get("additionalProperties")
        additional_type = None
        if additional is True or additional == {}:
            additional_type = ir.TypeRef(kind="any")
        elif isinstance(additional, dict):
            additional_type = self.type_of(location.with_node(schema).child("additionalProperties"), f"{name}Value")
        for missing in sorted(required - set(properties)):
            self.reporter.info(location.document.display, location.pointer, f"required property {missing!r} is not declared in properties")
        return ir.Model(fields=fields, additional_properties=additional_type, bases=tuple(bases), **common)

    def _field(self, parts: list[Location], wire_name: str, required: bool, owner: str) -> ir.Field:
        hint = f"{owner}{pascal_case(wire_name)}"
        described = [p.node for p in parts if isinstance(p.node, dict)]
        field_type = self._combine(parts, hint)
        annotations = self._annotations(parts)
        default_present = any(isinstance(n, dict) and "default" in n for n in described)
        location = parts[-1]
        return ir.Field(
            wire_name=wire_name,
            type=field_type,
            required=required,
            read_only=annotations.get("readOnly") is True,
            write_only=annotations.get("writeOnly") is True,
            description=annotations.get("description"),
            has_default=default_present,
            default=next((n["default"] for n in reversed(described) if "default" in n), None),
            example=annotations.get("example"),
            deprecated=annotations.get("deprecated") is True,
            source=ir.Source(location.document.display, location.pointer, location.document.lines.get(location.pointer)),
        )

    def _null_only_union(self, variants: list[Any]) -> bool:
        """anyOf [X, {type: null}]: a nullable X rather than a union."""
        return len([v for v in variants if not (isinstance(v, dict) and v.get("type") == "null")]) <= 1

    def _union(self, location: Location, name: str, schema: dict[str, Any], key: str, properties: dict[str, list[Location]], common: dict[str, Any]) -> ir.Union:
        variants: list[ir.TypeRef] = []
        nullable = is_nullable(schema)
        schema_location = location.with_node(schema)
        for index, variant in enumerate(schema[key]):
            if isinstance(variant, dict) and variant.get("type") == "null" and len(variant) == 1:
                nullable = True
                continue
            variant_location = schema_location.child(key, index)
            variants.append(self.type_of(variant_location, f"{name}{self._variant_hint(variant, index)}"))
        discriminator = self._discriminator(schema_location, schema, variants)
        required = set(schema.get("required") or [])
        fields = tuple(self._field(parts, prop, prop in required, name) for prop, parts in properties.items())
        return ir.Union(variants=tuple(variants), discriminator=discriminator, combinator=key, fields=fields, nullable=nullable, **common)  # type: ignore[arg-type]

    @staticmethod
    def _variant_hint(variant: Any, index: int) -> str:
        if isinstance(variant, dict) and isinstance(variant.get("title"), str):
            return re.sub(r"\W", "", variant["title"].title()) or f"Variant{index}"
        return f"Variant{index}"

    def _discriminator(self, location: Location, schema: dict[str, Any], variants: list[ir.TypeRef]) -> ir.Discriminator | None:
        raw = schema.get("discriminator")
        if not isinstance(raw, dict) or not isinstance(raw.get("propertyName"), str):
            return None
        mapping: list[tuple[str, str]] = []
        explicit = isinstance(raw.get("mapping"), dict) and bool(raw["mapping"])
        if explicit:
            for value, target in raw["mapping"].items():
                where = location.child("discriminator", "mapping", value)
                ref = target if "/" in target or "#" in target or target.endswith((".json", ".yaml", ".yml")) else f"#/components/schemas/{target}"
                resolved = self.resolver.target(where, ref)
                mapping.append((value, self._through_aliases(self.named(resolved, self._name_for(resolved)).ref or "")))
        mapped = {type_id for _, type_id in mapping}
        for variant in variants:  # variants without a mapping entry use their schema name
            if variant.kind == "ref" and self._through_aliases(variant.ref or "") not in mapped:
                mapping.append((variant.ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~"), self._through_aliases(variant.ref or "")))
        return ir.Discriminator(property=raw["propertyName"], mapping=tuple(mapping), explicit=explicit)

    def _through_aliases(self, key: str) -> str:
        """The type a plain alias chain (`Cat: {$ref: other.yaml#/Cat}`) ends at: the one a
        discriminator value selects, whichever of the chain's names the mapping or oneOf uses."""
        seen = {key}
        declared = self.declarations.get(key)
        while isinstance(declared, ir.Alias) and declared.target.kind == "ref" and not declared.target.nullable and declared.target.ref not in seen:
            key = declared.target.ref or ""
            seen.add(key)
            declared = self.declarations.get(key)
        return key

    def _enum(self, schema: dict[str, Any], values: list[Any], open_set: bool, common: dict[str, Any]) -> ir.Enum:
        present = [v for v in values if v is not None]
        kinds = {type(v) for v in present}
        base = "string"
        if kinds <= {bool}:
            base = "boolean"
        elif kinds <= {int}:
            base = "integer"
        elif kinds <= {int, float}:
            base = "number"
        unique = list(dict.fromkeys(v if base != "string" else str(v) for v in present))
        nullable = is_nullable(schema) or None in values
        return ir.Enum(
            base=base,  # type: ignore[arg-type]
            values=tuple(ir.EnumValue(v) for v in unique),
            open=open_set,
            nullable=nullable,
            has_default="default" in schema,
            default=schema.get("default"),
            **common,
        )

    # -- inline types ----------------------------------------------------------------------

    def _inline(self, location: Location, schema: dict[str, Any], hint: str) -> ir.TypeRef:
        self._warn_unrepresented(location, schema, hint)
        nullable = is_nullable(schema)
        constraints = constraints_of(schema)
        if "const" in schema:
            return ir.TypeRef(kind="const", value=schema["const"], nullable=nullable)
        if isinstance(schema.get("enum"), list) and not any(v is not None for v in schema["enum"]):
            return ir.TypeRef(kind="null")
        for key in _UNION_KEYS:
            if isinstance(schema.get(key), list):
                return self._inline_union(location, schema, key, hint, nullable)
        types = [t for t in schema_types(schema) if t != "null"]
        if not types:
            types = implied_types(schema)
        if len(types) > 1:
            variants = tuple(self._inline(location, {**schema, "type": t}, hint) for t in types)
            return ir.TypeRef(kind="union", variants=variants, nullable=nullable)
        kind = types[0] if types else ("null" if "null" in schema_types(schema) else "any")
        if kind == "any" and not says_nothing_of_type(schema):
            self._warn(location, f"schema {hint}: no type follows from its keywords; it is typed as any value (Any)", "untyped-schema")
        if kind == "array":
            items = location.child("items") if isinstance(schema.get("items"), (dict, bool)) else None
            item_type = self.type_of(items, f"{hint}Item") if items else ir.TypeRef(kind="any")
            return ir.TypeRef(kind="array", items=item_type, constraints=constraints_for("array", constraints), nullable=nullable)
        if kind == "object":
            additional = schema.get("additionalProperties")
            if isinstance(additional, dict) and additional:
                values = self.type_of(location.child("additionalProperties"), f"{hint}Value")
                return ir.TypeRef(kind="map", values=values, constraints=constraints_for("map", constraints), nullable=nullable)
            return ir.TypeRef(kind="object", constraints=constraints_for("object", constraints), nullable=nullable)
        if kind not in (*_PRIMITIVES, "any"):
            self._error(location, f"unknown type {kind!r}")
            kind = "any"
        fmt = schema.get("format") if isinstance(schema.get("format"), str) else None
        encoding = schema.get("contentEncoding")
        media = schema.get("contentMediaType")
        if kind == "string" and encoding == "base64":
            fmt = "byte"
        elif kind == "string" and fmt is None and media and encoding is None:
            fmt = "binary"
        return ir.TypeRef(kind=kind, format=fmt, constraints=constraints_for(kind, constraints), nullable=nullable, content_encoding=encoding, content_media_type=media)  # type: ignore[arg-type]

    def _inline_union(self, location: Location, schema: dict[str, Any], key: str, hint: str, nullable: bool) -> ir.TypeRef:
        variants: list[ir.TypeRef] = []
        for index, variant in enumerate(schema[key]):
            if isinstance(variant, dict) and variant.get("type") == "null" and len(variant) <= 2:
                nullable = True
                continue
            variants.append(self.type_of(location.child(key, index), f"{hint}{self._variant_hint(variant, index)}"))
        if len(variants) == 1:
            only = variants[0]
            return ir.TypeRef(**{**only.__dict__, "nullable": nullable or only.nullable})
        return ir.TypeRef(kind="union", variants=tuple(variants), nullable=nullable)

    def check_aliases(self) -> None:
        """An alias that leads back to itself (`A: {$ref: A}`) describes no value at all."""
        for key, declaration in self.declarations.items():
            seen = [key]
            target = declaration.target if isinstance(declaration, ir.Alias) else None
            while target is not None and target.kind == "ref" and target.ref is not None:
                if target.ref == key:
                    chain = " -> ".join([*seen, key])
                    self.reporter.error(declaration.source.file, declaration.source.pointer, f"recursion that can never terminate: {chain}")
                    break
                if target.ref in seen:
                    break
                seen.append(target.ref)
                following = self.declarations.get(target.ref)
                target = following.target if isinstance(following, ir.Alias) else None

    def _warn_unrepresented(self, location: Location, schema: dict[str, Any], name: str) -> None:
        """One warning for the keywords of a schema that no SDK type expresses (`not`, `if` ...)."""
        keywords = unrepresented_keywords(schema)
        if keywords:
            verb = "is" if len(keywords) == 1 else "are"
            self._warn(location, f"schema {name}: {', '.join(keywords)} {verb} not checked; the SDK accepts values the API may reject", "unsupported-keyword")

    def _warn(self, location: Location, message: str, kind: str) -> None:
        self.reporter.warning(location.document.display, location.pointer, message, kind=kind)

    def _error(self, location: Location, message: str) -> None:
        self.reporter.error(location.document.display, location.pointer, message)
