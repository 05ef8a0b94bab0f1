"""Make an OpenAPI document portable (and Prism-friendly) without changing its meaning.

``normalize_document`` returns a rewritten copy of a spec:

* ``"example": null`` keywords are dropped (they mean "no example" in the seed specs,
  but tools such as Prism serve them as a literal ``null`` body);
* regex patterns using Java's inline case-insensitive flag (``(?i)``) are rewritten into
  flag-free patterns that behave the same in Java, JavaScript and Python (and ``{n}?``,
  which randexp-based fakers misread, becomes the equivalent ``{n}``);
* each variant of a ``oneOf``/``anyOf`` union with a ``discriminator`` gets its
  discriminator value as an explicit ``const``, so that validators can tell variants apart;
* a schema ``example`` that its own schema rejects is dropped (a spec bug that mock servers
  would serve);
* ``format: byte`` beside ``contentEncoding: base64`` and a ``pattern`` is dropped: in 3.1 it is
  an annotation the other two already express, and Prism ignores the pattern when it is there.

The pattern rewrite itself lives in ``generator.spec.patterns``, shared with the SDK generator.
"""

from __future__ import annotations

import copy
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.spec.patterns import PatternError, normalize_pattern

__all__ = ["normalize_document"]


# --------------------------------------------------------------------------------------
# the document walk: (a) drop "example": null, (b) rewrite patterns
# --------------------------------------------------------------------------------------

# Keys whose value is a map from user-chosen names to objects: a key found in such a map is a
# name (a property may well be called "example"), never a keyword. Value: what the map holds.
_NAME_MAPS = {
    **dict.fromkeys(
        (
            "properties", "$defs", "definitions", "dependentSchemas", "paths", "webhooks",
            "schemas", "responses", "requestBodies", "headers", "securitySchemes",
            "pathItems", "content", "encoding", "variables", "examples",
        ),
        "names",
    ),
    "links": "link-names",
    "callbacks": "callback-names",
}
# A map of names of a given kind -> the kind of its values.
_NAME_KINDS = {"names": "object", "link-names": "link", "callback-names": "names"}
# Keys whose value is plain data (examples, defaults, enums, name lists): copied untouched.
_LITERALS = frozenset(
    {"example", "default", "enum", "const", "value", "mapping", "scopes", "security",
     "required", "dependentRequired", "externalValue"}
)


_SCHEMA_KEYWORDS = frozenset(
    {"type", "properties", "items", "$ref", "allOf", "oneOf", "anyOf", "enum", "const",
     "format", "pattern", "additionalProperties", "minLength", "maxLength", "minimum", "maximum"}
)


class _Walker:
    def __init__(self) -> None:
        self.path: list[str] = []
        self.schema_examples: list[list[str]] = []  # paths of schemas that carry an example

    def where(self) -> str:
        return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in self.path)

    def pattern(self, value: str) -> str:
        try:
            return normalize_pattern(value)
        except PatternError as exc:
            raise PatternError(f"{self.where()}: {exc} (pattern {value!r})") from None

    def node(self, node: Any, kind: str = "object") -> Any:
        """Copy ``node``, normalizing as we go.

        ``kind`` says what a dict here is: ``"object"`` (a keyword object: Schema, Parameter,
        Media Type, ...), ``"link"`` (a Link Object, whose ``parameters``/``requestBody`` are
        data), or a map of names whose values are objects (``"names"``), links
        (``"link-names"``) or callbacks (``"callback-names"``). Lists are walked item by item.
        """
        if isinstance(node, list):
            out_list = []
            for index, item in enumerate(node):
                self.path.append(str(index))
                out_list.append(self.node(item, kind))
                self.path.pop()
            return out_list
        if not isinstance(node, dict):
            return copy.deepcopy(node)
        out: dict[str, Any] = {}
        for key, value in node.items():
            self.path.append(key)
            if kind in _NAME_KINDS:  # the key is a name, never a keyword
                out[key] = self.node(value, _NAME_KINDS[kind])
            elif key == "example" and value is None:
                pass  # (a) means "no example", not "an example of null"
            elif key.startswith("x-") or key in _LITERALS:
                out[key] = copy.deepcopy(value)
            elif kind == "link" and key in ("parameters", "requestBody"):
                out[key] = copy.deepcopy(value)  # runtime expressions or literal values
            elif key == "pattern" and isinstance(value, str):
                out[key] = self.pattern(value)
            elif key == "patternProperties" and isinstance(value, dict):
                # the names of this map are themselves regexes
                out[key] = {}
                for name, sub in value.items():
                    self.path.append(name)
                    out[key][self.pattern(name)] = self.node(sub)
                    self.path.pop()
            elif key == "examples" and isinstance(value, list):
                out[key] = copy.deepcopy(value)  # Schema "examples": a list of values
            elif key in _NAME_MAPS and isinstance(value, dict):
                out[key] = self.node(value, _NAME_MAPS[key])
            elif key == "parameters" and isinstance(value, dict):
                out[key] = self.node(value, "names")  # components/parameters
            else:
                out[key] = self.node(value)
            self.path.pop()
        if kind == "object" and out.get("format") == "byte" and out.get("contentEncoding") == "base64" and "pattern" in out:
            del out["format"]  # (e) contentEncoding says it; mock servers then generate from the pattern
        if kind == "object" and out.get("example") is not None and _SCHEMA_KEYWORDS & out.keys():
            self.schema_examples.append(list(self.path))
        return out


# --------------------------------------------------------------------------------------
# (c) explicit discriminator values
# --------------------------------------------------------------------------------------


def _resolve_local(doc: dict[str, Any], ref: str) -> Any:
    """The node a local ``#/...`` JSON pointer points at, or None."""
    node: Any = doc
    for raw in ref[2:].split("/") if ref != "#" else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def _target(doc: dict[str, Any], variant: Any) -> tuple[Any, str | None]:
    """Follow a variant's chain of local ``$ref``s; returns (schema, last ref followed)."""
    seen: set[str] = set()
    ref = None
    while isinstance(variant, dict) and isinstance(variant.get("$ref"), str):
        if not variant["$ref"].startswith("#") or variant["$ref"] in seen:
            break
        ref = variant["$ref"]
        seen.add(ref)
        variant = _resolve_local(doc, ref)
    return variant, ref


def _explicit_discriminators(doc: dict[str, Any], walker: _Walker) -> None:
    """Give every discriminated union variant an explicit ``const`` (in place, on the copy)."""
    use_enum = str(doc.get("openapi", "")).startswith("3.0")  # 3.0 schemas have no const
    unions: list[tuple[list[str], dict[str, Any]]] = []
    pinned: dict[int, list[str]] = {}  # id(variant schema) -> values pinned so far

    def collect(node: Any, path: list[str]) -> None:
        if isinstance(node, dict):
            disc = node.get("discriminator")
            if (
                isinstance(disc, dict)
                and isinstance(disc.get("propertyName"), str)
                and any(isinstance(node.get(k), list) for k in ("oneOf", "anyOf"))
            ):
                unions.append((path, node))
            for key, value in node.items():
                if not key.startswith("x-") and key not in _LITERALS and key != "examples":
                    collect(value, path + [key])
        elif isinstance(node, list):
            for index, item in enumerate(node):
                collect(item, path + [str(index)])

    collect(doc, [])
    for path, union in unions:
        walker.path = list(path)
        prop = union["discriminator"]["propertyName"]
        mapping = union["discriminator"].get("mapping") or {}
        for key in ("oneOf", "anyOf"):
            for variant in union.get(key) or []:
                schema, ref = _target(doc, variant)
                if not isinstance(schema, dict):
                    continue
                values = [
                    value
                    for value, target in mapping.items()
                    if isinstance(target, str)
                    and ref is not None
                    and (target == ref or ("#/components/schemas/" + target) == ref)
                ]
                if not values and ref and ref.startswith("#/components/schemas/"):
                    values = [ref.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")]
                if not values:
                    continue  # an inline variant with no mapping: nothing to make explicit
                _pin(schema, prop, values, use_enum, f"{walker.where()}/{key} -> {ref}", pinned)


def _pin(
    schema: dict[str, Any],
    prop: str,
    values: list[str],
    use_enum: bool,
    where: str,
    pinned: dict[int, list[str]],
) -> None:
    """Constrain ``schema[properties][prop]`` to ``values`` and make ``prop`` required.

    A variant shared by several unions collects all of their values (``enum``); values that
    contradict a ``const``/``enum`` written in the spec itself raise ``ValueError``.
    """
    properties = schema.setdefault("properties", {})
    current = properties.get(prop)
    current = dict(current) if isinstance(current, dict) else {}
    ours = pinned.setdefault(id(schema), [])
    if ours:
        values = ours + [v for v in values if v not in ours]  # ours: earlier unions' values
    elif "const" in current or "enum" in current:
        allowed = [current["const"]] if "const" in current else list(current["enum"])
        if not set(values) <= set(allowed):
            raise ValueError(
                f"{where}: discriminator values {values} conflict with {prop!r} "
                f"already limited to {allowed!r}"
            )
    ours[:] = values
    current.pop("const", None)
    current.pop("enum", None)
    if len(values) == 1 and not use_enum:
        current["const"] = values[0]
    else:
        current["enum"] = list(values)
    properties[prop] = current
    required = schema.setdefault("required", [])
    if prop not in required:
        required.append(prop)


def normalize_document(doc: dict[str, Any]) -> dict[str, Any]:
    """Return a Prism-friendly, semantically equivalent copy of an OpenAPI document.

    Drops ``"example": null`` keywords, rewrites patterns with ``normalize_pattern``, and
    pins each discriminated variant's discriminator property to its value(s) (``const``;
    ``enum`` for OpenAPI 3.0 or several values), making it ``required``: what the
    discriminator already says, spelled out for plain validators. ``doc`` is untouched.
    Raises ``PatternError``/``ValueError`` naming the JSON pointer of an offending node.
    """
    walker = _Walker()
    out: dict[str, Any] = walker.node(doc)
    _explicit_discriminators(out, walker)
    _drop_invalid_examples(out, walker.schema_examples)
    return out


def _drop_invalid_examples(doc: dict[str, Any], paths: list[list[str]]) -> None:
    """(d) A schema's ``example`` that its own schema rejects is a spec bug: drop it."""
    registry = Registry().with_resource("urn:openapi", Resource.from_contents(doc, default_specification=DRAFT202012))
    for path in paths:
        node: Any = doc
        for token in path:
            node = node[int(token)] if isinstance(node, list) else node[token]
        pointer = "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in path)
        validator = Draft202012Validator({"$ref": f"urn:openapi#{pointer}"}, registry=registry)
        if not validator.is_valid(node["example"]):
            del node["example"]
