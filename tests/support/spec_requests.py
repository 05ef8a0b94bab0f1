"""Valid example requests for every operation of an OpenAPI document (built from its examples).

Used to drive a mock server (Prism) through a whole spec: ``example_requests(doc)`` yields
one ``ExampleRequest`` per operation with path parameters filled in, the query parameters
that have examples, and a JSON body assembled from the schema's examples (readOnly
properties left out, discriminated unions resolved to their first mapped variant).
Works best on a normalized document (``generator.spec.normalize.normalize_document``), where
discriminator values are explicit ``const``s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FORMAT_SAMPLES = {
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "date-time": "2025-01-02T03:04:05Z",
    "date": "2025-01-02",
    "uri": "https://example.com/x",
    "uri-reference": "/x",
    "byte": "SGVsbG8=",
    "duration": "PT1H",
    "email": "someone@example.com",
}


@dataclass
class ExampleRequest:
    """One call of an operation: ``method`` + ``path`` (filled in), ``params`` and ``json``."""

    operation_id: str
    method: str
    template: str
    path: str
    params: dict[str, Any] = field(default_factory=dict)
    json: Any = None
    has_body: bool = False

    def __str__(self) -> str:
        return f"{self.operation_id} ({self.method.upper()} {self.template})"


def resolve(doc: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/...``) until a non-reference node."""
    seen = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        ref = node["$ref"]
        seen.add(ref)
        target: Any = doc
        for token in ref.lstrip("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        # OpenAPI 3.1 allows siblings next to $ref: they win over the target's keywords
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if siblings and isinstance(target, dict) else target
    return node


def sample(doc: dict[str, Any], schema: Any, *, depth: int = 0) -> Any:
    """A value valid for ``schema`` in a request, taken from its examples where possible."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 12:
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    is_object = schema.get("type") == "object" or "properties" in schema
    if "example" in schema and schema["example"] is not None and not is_object:
        return schema["example"]
    if schema.get("examples") and not is_object:
        return schema["examples"][0]
    if "allOf" in schema:
        if not is_object:
            # scalar allOf ([$ref, {description, example}]): the last, most specific example wins
            for part in reversed(schema["allOf"]):
                part = resolve(doc, part)
                if isinstance(part, dict) and part.get("example") is not None:
                    return part["example"]
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(doc, part, depth=depth + 1)
            if isinstance(value, dict):
                merged.update(value)
            elif value is not None:
                return value
        own = {k: v for k, v in schema.items() if k != "allOf"}
        value = sample(doc, own, depth=depth + 1) if own.get("properties") else {}
        return {**merged, **value} if isinstance(value, dict) else merged
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            variant = schema[key][0]
            mapping = (schema.get("discriminator") or {}).get("mapping") or {}
            if mapping:
                variant = {"$ref": next(iter(mapping.values()))}
            value = sample(doc, variant, depth=depth + 1)
            if isinstance(value, dict) and schema.get("properties"):
                own = sample(doc, {k: v for k, v in schema.items() if k not in (key, "discriminator")}, depth=depth + 1)
                if isinstance(own, dict):
                    value = {**own, **value}
            return value
    if is_object:
        if isinstance(schema.get("example"), dict):
            return schema["example"]
        required = set(schema.get("required") or [])
        out = {}
        for name, prop in (schema.get("properties") or {}).items():
            prop_resolved = resolve(doc, prop)
            if isinstance(prop_resolved, dict) and prop_resolved.get("readOnly"):
                continue
            if name in required or _has_example(doc, prop):
                value = sample(doc, prop, depth=depth + 1)
                if value is not None or name in required:
                    out[name] = value
        return out
    kind = schema.get("type")
    if kind == "array":
        item = sample(doc, schema.get("items", {}), depth=depth + 1)
        return [] if item is None else [item]
    if kind == "string":
        if schema.get("default") is not None:
            return schema["default"]
        return FORMAT_SAMPLES.get(schema.get("format", ""), "text")
    if kind == "integer":
        return schema.get("default", schema.get("minimum", 1))
    if kind == "number":
        return schema.get("default", 1.5)
    if kind == "boolean":
        return schema.get("default", False)
    return None


def _has_example(doc: dict[str, Any], schema: Any) -> bool:
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return False
    if schema.get("example") is not None or "const" in schema:
        return True
    parts = [*schema.get("allOf", []), *schema.get("oneOf", []), *schema.get("anyOf", [])]
    return any(_has_example(doc, part) for part in parts)


def _param_value(doc: dict[str, Any], param: dict[str, Any]) -> Any:
    if param.get("example") is not None:
        return param["example"]
    return sample(doc, param.get("schema", {}))


def example_requests(doc: dict[str, Any]) -> Iterator[ExampleRequest]:
    """One valid ``ExampleRequest`` per operation of ``doc``, in document order."""
    for template, item in (doc.get("paths") or {}).items():
        item = resolve(doc, item)
        shared = [resolve(doc, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            params = {(p["name"], p["in"]): p for p in shared}
            own = [resolve(doc, p) for p in op.get("parameters", [])]
            params.update({(p["name"], p["in"]): p for p in own})
            path = template
            query: dict[str, Any] = {}
            for (name, where), param in params.items():
                if where == "path":
                    value = _param_value(doc, param)
                    path = path.replace("{" + name + "}", quote(str(value), safe=":"))
                elif where == "query" and (param.get("required") or param.get("example") is not None):
                    query[name] = _param_value(doc, param)
            assert not re.search(r"{[^}]+}", path), f"unfilled path parameter in {path}"
            body = resolve(doc, op.get("requestBody")) if op.get("requestBody") else None
            json_body = None
            if body:
                media = (body.get("content") or {}).get("application/json")
                if media is not None:
                    json_body = media.get("example")
                    if json_body is None:
                        json_body = sample(doc, media.get("schema", {}))
            yield ExampleRequest(
                operation_id=op.get("operationId", f"{method} {template}"),
                method=method,
                template=template,
                path=path,
                params=query,
                json=json_body,
                has_body=body is not None,
            )
