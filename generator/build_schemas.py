"""Turn JSON Schemas into IR types: named declarations for refs and hoisted inline schemas.

Every `$ref` target becomes a named type (so recursion always terminates in a name);
inline objects, enums and discriminated unions are hoisted to named types as well, named
after where they appear. allOf is merged here; oneOf/anyOf become unions.
"""

from __future__ import annotations

import re
from typing import Any

from generator import ir
from generator.diagnostics import Diagnostic, Reporter, SpecError
from generator.naming import pascal_case
from generator.refs import Location, Resolver

ANNOTATIONS = frozenset({
    "description", "title", "example", "examples", "default", "readOnly", "writeOnly",
    "deprecated", "nullable", "externalDocs", "xml", "$comment",
})  # fmt: skip
_INHERITED = ("readOnly", "writeOnly", "description", "deprecated", "example")
_UNION_KEYS = ("oneOf", "anyOf")
_PRIMITIVES = ("string", "integer", "number", "boolean", "null")
_KNOWN_VALUES = re.compile(r"Known values (?:include|are)\s*:?\s*(.+)", re.IGNORECASE | re.DOTALL)
_KNOWN_VALUE_TOKEN = re.compile(r"[A-Za-z0-9_.:+-]+")


def is_annotation_only(schema: Any) -> bool:
    """True for a schema that only describes (no type, no constraints): `{description: ...}`."""
    return isinstance(schema, dict) and all(k in ANNOTATIONS or k.startswith("x-") for k in schema)


def known_values(description: str | None) -> tuple[str, ...]:
    """Values listed as "Known values include: A, B and C" in a description, or ()."""
    match = _KNOWN_VALUES.search(description or "")
    if not match:
        return ()
    text = re.split(r"\.\s|\.$|\n", match.group(1).strip())[0]
    tokens = [t.strip().strip("`'\"") for t in re.split(r",|\band\b|\bor\b", text)]
    tokens = [t for t in tokens if t]
    if not tokens or not all(_KNOWN_VALUE_TOKEN.fullmatch(t) for t in tokens):
        return ()
    return tuple(dict.fromkeys(tokens))


def _schema_types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [k for k in kind if isinstance(k, str)]
    return [kind] if isinstance(kind, str) else []


def _is_nullable(schema: dict[str, Any]) -> bool:
    return schema.get("nullable") is True or "null" in _schema_types(schema)


def example_of(schema: dict[str, Any]) -> Any:
    if schema.get("example") is not None:
        return schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples and examples[0] is not None:
        return examples[0]
    return None


def _constraints(schema: dict[str, Any]) -> ir.Constraints:
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    exclusive_min, exclusive_max = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(exclusive_min, bool):  # OpenAPI 3.0: a flag on minimum
        exclusive_min, minimum = (minimum, None) if exclusive_min else (None, minimum)
    if isinstance(exclusive_max, bool):
        exclusive_max, maximum = (maximum, None) if exclusive_max else (None, maximum)

    def number(value: Any) -> Any:
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    pattern = schema.get("pattern")
    return ir.Constraints(
        pattern=pattern if isinstance(pattern, str) else None,
        min_length=number(schema.get("minLength")),
        max_length=number(schema.get("maxLength")),
        minimum=number(minimum),
        maximum=number(maximum),
        exclusive_minimum=number(exclusive_min),
        exclusive_maximum=number(exclusive_max),
        multiple_of=number(schema.get("multipleOf")),
        min_items=number(schema.get("minItems")),
        max_items=number(schema.get("maxItems")),
        unique_items=schema.get("uniqueItems") is True,
        min_properties=number(schema.get("minProperties")),
        max_properties=number(schema.get("maxProperties")),
    )


class SchemaBuilder:
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
        if schema is False or not isinstance(schema, dict):
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

    # -- references and allOf -------------------------------------------------------------

    def _ref(self, location: Location, nullable: bool = False) -> ir.TypeRef:
        target = self.resolver.target(location, location.node["$ref"])
        ref = self.named(target, self._name_for(target))
        nullable = nullable or (isinstance(target.node, dict) and _is_nullable(target.node))
        return ir.TypeRef(kind="ref", ref=ref.ref, nullable=nullable)

    @staticmethod
    def _name_for(target: Location) -> str:
        tokens = [t for t in target.pointer.split("/") if t]
        if not tokens:
            return target.document.path.stem
        return tokens[-1].replace("~1", "/").replace("~0", "~")

    def _parts(self, location: Location) -> list[Location]:
        """The schemas an allOf combines, refs resolved and nested allOfs flattened."""
        schema = location.node
        if "$ref" in schema and "allOf" not in schema:
            schema = {"allOf": [{"$ref": schema["$ref"]}], **{k: v for k, v in schema.items() if k != "$ref"}}
        if location.key in self._flattening:
            chain = " -> ".join([*self._flattening, location.key])
            raise SpecError([Diagnostic(location.document.display, location.pointer, f"allOf includes itself, so no value can ever match: {chain}")])
        self._flattening.append(location.key)
        try:
            parts: list[Location] = []
            for index, branch in enumerate(schema.get("allOf") or []):
                branch_location = Location(location.document, f"{location.pointer}/allOf/{index}", branch)
                if isinstance(branch, dict) and "$ref" in branch:
                    target = self.resolver.target(branch_location, branch["$ref"])
                    extra = {k: v for k, v in branch.items() if k != "$ref"}
                    if isinstance(target.node, dict) and ("allOf" in target.node or "$ref" in target.node):
                        parts.extend(self._parts(target))
                    else:
                        parts.append(target)
                    if extra:
                        parts.append(branch_location.with_node(extra))
                elif isinstance(branch, dict) and "allOf" in branch:
                    parts.extend(self._parts(branch_location))
                elif branch not in (True, {}):
                    parts.append(branch_location)
            own = {k: v for k, v in schema.items() if k not in ("allOf", "$ref")}
            if own:
                parts.append(location.with_node(own))
            return parts
        finally:
            self._flattening.pop()

    def _single_allof_type(self, location: Location, hint: str) -> ir.TypeRef | None:
        """`allOf: [{$ref: X}, {description: ...}]` is just X, described differently."""
        branches = location.node.get("allOf") or []
        own = {k: v for k, v in location.node.items() if k != "allOf"}
        refs = [b for b in branches if isinstance(b, dict) and "$ref" in b]
        others = [b for b in branches if not (isinstance(b, dict) and "$ref" in b)]
        if len(refs) != 1 or not all(isinstance(b, dict) for b in others):
            return None
        ref_location = Location(location.document, f"{location.pointer}/allOf/{branches.index(refs[0])}", refs[0])
        target = self.resolver.target(ref_location, refs[0]["$ref"])
        target_types = _schema_types(target.node) if isinstance(target.node, dict) else []
        for extra in [own, *others, {k: v for k, v in refs[0].items() if k != "$ref"}]:
            rest = {k: v for k, v in extra.items() if not (k == "type" and v in (target_types, *target_types))}
            if not is_annotation_only(rest):
                return None
        nullable = any(isinstance(b, dict) and b.get("nullable") is True for b in [own, *others])
        ref = self.named(target, self._name_for(target))
        return ir.TypeRef(kind="ref", ref=ref.ref, nullable=nullable)

    def _merged(self, location: Location) -> tuple[dict[str, Any], dict[str, list[Location]], list[str]]:
        """allOf parts merged: (keywords, property name -> contributing schemas, base ids)."""
        parts = self._parts(location)
        merged: dict[str, Any] = {}
        properties: dict[str, list[Location]] = {}
        required: list[str] = []
        for part in parts:
            node = part.node
            if not isinstance(node, dict):
                continue
            from_base = not (part.key == location.key or part.key.startswith(location.key + "/"))
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    for name in value:
                        properties.setdefault(name, []).append(part.child("properties", name))
                elif key == "required" and isinstance(value, list):
                    required.extend(r for r in value if r not in required)
                elif from_base and key in ("discriminator", "oneOf", "anyOf", "title", "description", "example"):
                    continue  # a base's own union or text does not make the child one
                elif key == "type" and "type" in merged:
                    common = [t for t in _schema_types(merged) if t in _schema_types(node)]
                    merged["type"] = common if len(common) != 1 else common[0]
                else:
                    merged[key] = value
        if required:
            merged["required"] = required
        return merged, properties, self._direct_bases(location)

    def _direct_bases(self, location: Location) -> list[str]:
        """Named types an allOf refers to directly (declared, so the IR can link to them)."""
        bases = []
        for index, branch in enumerate(location.node.get("allOf") or []):
            if isinstance(branch, dict) and "$ref" in branch:
                target = self.resolver.target(location.child("allOf", index), branch["$ref"])
                bases.append(self.named(target, self._name_for(target)).ref or "")
        return bases

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
        types = _schema_types(schema)
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
            properties = {p: [location.child("properties", p)] for p in (schema.get("properties") or {})} if isinstance(schema.get("properties"), dict) else {}
        common = self._common(location, name, schema)
        union_key = next((k for k in _UNION_KEYS if isinstance(schema.get(k), list)), None)
        if union_key and not self._null_only_union(schema[union_key]):
            return self._union(location, name, schema, union_key, properties, common)
        if isinstance(schema.get("enum"), list) and any(v is not None for v in schema["enum"]):
            return self._enum(schema, schema["enum"], False, common)
        values = known_values(schema.get("description"))
        if values and _schema_types(schema) in (["string"], ["string", "null"]):
            return self._enum(schema, list(values), True, common)
        if properties or bases or "object" in _schema_types(schema) and "additionalProperties" not in schema:
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

    def _annotations(self, parts: list[Location]) -> dict[str, Any]:
        """Annotations of a property: those of what it refers to, overridden by its own."""
        result: dict[str, Any] = {}
        for part in parts:
            node = part.node
            if not isinstance(node, dict):
                continue
            if "$ref" in node:
                try:
                    target = self.resolver.follow(part)
                except SpecError:
                    continue
                if isinstance(target.node, dict):
                    result.update({k: v for k, v in target.node.items() if k in _INHERITED and v is not None})
            if isinstance(node.get("allOf"), list):
                result.update(self._annotations([part.child("allOf", i) for i in range(len(node["allOf"]))]))
            result.update({k: v for k, v in node.items() if k in ANNOTATIONS and v is not None})
        return result

    def _combine(self, parts: list[Location], hint: str) -> ir.TypeRef:
        """One type for a property declared by several allOf parts."""
        if len(parts) == 1:
            return self.type_of(parts[0], hint)
        substantial = [p for p in parts if not is_annotation_only(p.node)]
        if len(substantial) <= 1:
            return self.type_of((substantial or parts)[-1], hint)
        nodes = [p.node for p in substantial]
        if all(isinstance(n, dict) and _schema_types(n) == ["array"] for n in nodes):
            items = [p.child("items") for p in substantial if "items" in p.node]
            item_type = self._combine(items, f"{hint}Item") if items else ir.TypeRef(kind="any")
            merged: dict[str, Any] = {}
            for n in nodes:
                merged.update(n)
            return ir.TypeRef(kind="array", items=item_type, constraints=_constraints(merged), nullable=_is_nullable(merged))
        last = substantial[-1]
        self.reporter.info(last.document.display, last.pointer, "property redeclared by allOf; the last declaration is used")
        return self.type_of(last, hint)

    def _null_only_union(self, variants: list[Any]) -> bool:
        """anyOf [X, {type: null}]: a nullable X rather than a union."""
        return len([v for v in variants if not (isinstance(v, dict) and v.get("type") == "null")]) <= 1

    def _union(self, location: Location, name: str, schema: dict[str, Any], key: str, properties: dict[str, list[Location]], common: dict[str, Any]) -> ir.Union:
        variants: list[ir.TypeRef] = []
        nullable = _is_nullable(schema)
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
                mapping.append((value, self.named(resolved, self._name_for(resolved)).ref or ""))
        mapped = {type_id for _, type_id in mapping}
        for variant in variants:  # variants without a mapping entry use their schema name
            if variant.kind == "ref" and variant.ref not in mapped:
                mapping.append((variant.ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~"), variant.ref))
        return ir.Discriminator(property=raw["propertyName"], mapping=tuple(mapping), explicit=explicit)

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
        nullable = _is_nullable(schema) or None in values
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
        nullable = _is_nullable(schema)
        constraints = _constraints(schema)
        if "const" in schema:
            return ir.TypeRef(kind="const", value=schema["const"], nullable=nullable)
        if isinstance(schema.get("enum"), list) and not any(v is not None for v in schema["enum"]):
            return ir.TypeRef(kind="null")
        for key in _UNION_KEYS:
            if isinstance(schema.get(key), list):
                return self._inline_union(location, schema, key, hint, nullable)
        types = [t for t in _schema_types(schema) if t != "null"]
        if not types:
            types = self._implied_types(schema)
        if len(types) > 1:
            variants = tuple(self._inline(location, {**schema, "type": t}, hint) for t in types)
            return ir.TypeRef(kind="union", variants=variants, nullable=nullable)
        kind = types[0] if types else ("null" if "null" in _schema_types(schema) else "any")
        if kind == "array":
            items = location.child("items") if isinstance(schema.get("items"), (dict, bool)) else None
            item_type = self.type_of(items, f"{hint}Item") if items else ir.TypeRef(kind="any")
            return ir.TypeRef(kind="array", items=item_type, constraints=constraints, nullable=nullable)
        if kind == "object":
            additional = schema.get("additionalProperties")
            if isinstance(additional, dict) and additional:
                values = self.type_of(location.child("additionalProperties"), f"{hint}Value")
                return ir.TypeRef(kind="map", values=values, constraints=constraints, nullable=nullable)
            return ir.TypeRef(kind="object", constraints=constraints, nullable=nullable)
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
        return ir.TypeRef(kind=kind, format=fmt, constraints=constraints, nullable=nullable, content_encoding=encoding, content_media_type=media)  # type: ignore[arg-type]

    @staticmethod
    def _implied_types(schema: dict[str, Any]) -> list[str]:
        if "properties" in schema or "additionalProperties" in schema:
            return ["object"]
        if "items" in schema:
            return ["array"]
        if any(k in schema for k in ("pattern", "minLength", "maxLength", "format")):
            return ["string"]
        return []

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

    def _error(self, location: Location, message: str) -> None:
        self.reporter.error(location.document.display, location.pointer, message)
