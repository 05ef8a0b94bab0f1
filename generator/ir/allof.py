"""allOf: the parts a schema combines (refs followed, nested allOfs flattened) merged into one.

`AllOfMerging` is the part of `SchemaBuilder` that does it; it uses the builder's `resolver`,
`reporter`, `named` and `type_of`.
"""

from __future__ import annotations

from typing import Any

from generator import ir
from generator.diagnostics import Diagnostic, SpecError
from generator.ir.keywords import (
    ANNOTATIONS,
    constraints_for,
    constraints_of,
    is_annotation_only,
    is_nullable,
    schema_types,
)
from generator.spec.refs import Location

INHERITED = ("readOnly", "writeOnly", "description", "deprecated", "example")


class AllOfMerging:
    """allOf flattening and merging, and the annotations and types of merged properties."""

    _flattening: list[str]

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
        target_types = schema_types(target.node) if isinstance(target.node, dict) else []
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
                        if value[name] is not False:  # a property whose schema is `false` never appears: no field
                            properties.setdefault(name, []).append(part.child("properties", name))
                elif key == "required" and isinstance(value, list):
                    required.extend(r for r in value if r not in required)
                elif from_base and key in ("discriminator", "oneOf", "anyOf", "title", "description", "example"):
                    continue  # a base's own union or text does not make the child one
                elif key == "type" and "type" in merged:
                    common = [t for t in schema_types(merged) if t in schema_types(node)]
                    if not common:
                        message = f"allOf combines types {schema_types(merged)} and {schema_types(node)}, which no value has both of: no value matches; the SDK types it by its other keywords alone"
                        self.reporter.warning(part.document.display, part.pointer, message, kind="allof-conflict")
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
                    result.update({k: v for k, v in target.node.items() if k in INHERITED and v is not None})
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
        if all(isinstance(n, dict) and schema_types(n) == ["array"] for n in nodes):
            items = [p.child("items") for p in substantial if "items" in p.node]
            item_type = self._combine(items, f"{hint}Item") if items else ir.TypeRef(kind="any")
            merged: dict[str, Any] = {}
            for n in nodes:
                merged.update(n)
            return ir.TypeRef(kind="array", items=item_type, constraints=constraints_for("array", constraints_of(merged)), nullable=is_nullable(merged))
        last = substantial[-1]
        self.reporter.info(last.document.display, last.pointer, "property redeclared by allOf; the last declaration is used")
        return self.type_of(last, hint)
