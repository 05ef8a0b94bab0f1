"""The official OpenAPI 3.0 and 3.1 schemas (in `schemas/`) as jsonschema validators.

One validator per OAS version and kind of object, built once per process. The 3.1 ones share one
`referencing` registry that is crawled when it is built: an uncrawled registry is crawled again on
every `$ref`/`$dynamicRef` lookup of every document, which was most of the time validation took.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import metadata
from pathlib import Path

import jsonschema
from jsonschema_specifications import REGISTRY as META_SCHEMAS
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).parent / "schemas"
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
OAS_31_META = "https://spec.openapis.org/oas/3.1/meta/base"
_EXTENSIBLE = {"patternProperties": {"^x-": True}, "unevaluatedProperties": False}
# The OAS 3.1 Schema Object dialect (https://spec.openapis.org/oas/3.1/dialect/base): JSON Schema
# 2020-12 plus the OAS keywords, bound to the `$dynamicRef: #meta` of the 3.1 schema, as the official
# schema-base does; without it a 3.1 Schema Object is only checked to be an object or a boolean.
_OAS_31_VOCABULARY = {
    "$id": OAS_31_META, "$schema": DRAFT_2020_12,
    "properties": {
        "discriminator": {**_EXTENSIBLE, "type": "object", "required": ["propertyName"], "properties": {
            "propertyName": {"type": "string"}, "mapping": {"type": "object", "additionalProperties": {"type": "string"}}}},
        "externalDocs": {**_EXTENSIBLE, "type": "object", "required": ["url"], "properties": {
            "url": {"type": "string"}, "description": {"type": "string"}}},
        "xml": {**_EXTENSIBLE, "type": "object", "properties": {
            "name": {"type": "string"}, "namespace": {"type": "string"}, "prefix": {"type": "string"},
            "attribute": {"type": "boolean"}, "wrapped": {"type": "boolean"}}},
    },
}  # fmt: skip

# The objects a `$ref` can stand for, named after their definitions in the official 3.0 and 3.1
# schemas (3.1 Schema Objects: the dialect above). An Operation cannot be a `$ref` in OpenAPI, but
# large split specs make it one: it is followed (with a warning) and its target checked as such.
DEFINITIONS = {
    "Operation": ("Operation", "operation"),
    "Schema": ("Schema", "#/$defs/schema"), "Response": ("Response", "response"),
    "Parameter": ("Parameter", "parameter"), "RequestBody": ("RequestBody", "request-body"),
    "Header": ("Header", "header"), "Example": ("Example", "example"), "Link": ("Link", "link"),
    "Callback": ("Callback", "callbacks"), "PathItem": ("PathItem", "path-item"),
    "SecurityScheme": ("SecurityScheme", "security-scheme"),
}  # fmt: skip


@cache
def _schema(version: str) -> dict:
    return json.loads((SCHEMA_DIR / f"oas-{version}.json").read_text(encoding="utf-8"))


@cache
def _registry_31() -> Registry:
    """JSON Schema's meta-schemas, the 3.1 schema and the OAS dialect, crawled once."""
    schema = _schema("3.1")
    return META_SCHEMAS.with_resources([
        (schema["$id"], DRAFT202012.create_resource(schema)),
        (OAS_31_META, DRAFT202012.create_resource(_OAS_31_VOCABULARY)),
    ]).crawl()  # fmt: skip


def _oas_31_validator(kind: str | None) -> jsonschema.protocols.Validator:
    """The 3.1 schema (of a document, or of one kind of object) with Schema Objects checked against
    the OAS dialect, bound to its `$dynamicRef: #meta` as the official schema-base does."""
    schema_id = _schema("3.1")["$id"]
    definition = DEFINITIONS[kind][1] if kind else ""
    target = definition if definition.startswith("#") else f"{schema_id}#/$defs/{definition}" if definition else schema_id
    dialect = {"$dynamicAnchor": "meta", "allOf": [{"$ref": DRAFT_2020_12}, {"$ref": OAS_31_META}]}
    base = {"$id": f"urn:sdkgen:oas-3.1-{kind or 'document'}", "$ref": target, "$defs": {"schema": dialect}}
    return jsonschema.Draft202012Validator(base, registry=_registry_31())


@cache
def official_validator(version: str, kind: str | None = None) -> jsonschema.protocols.Validator:
    """The official schema of a whole document, or of one kind of object (see DEFINITIONS)."""
    if version == "3.1":
        return _oas_31_validator(kind)
    schema = _schema(version)
    if kind:  # draft 4: a $ref replaces its siblings, the definitions stay resolvable
        schema = {key: schema[key] for key in ("id", "$schema", "definitions")} | {"$ref": f"#/definitions/{DEFINITIONS[kind][0]}"}
    return jsonschema.validators.validator_for(schema)(schema)


class CleanChecks:
    """The documents in which the official schema found nothing, remembered in `folder` by their
    content (with the schemas and jsonschema's version): such a document is not checked again.
    Only a clean result is kept, so every message still comes from a real check."""

    def __init__(self, folder: Path):
        self.folder = folder

    def _entry(self, version: str, digest: str) -> Path:
        tools = f"{metadata.version('jsonschema')}\0{version}\0{digest}\0".encode() + (SCHEMA_DIR / f"oas-{version}.json").read_bytes()
        return self.folder / hashlib.sha256(tools).hexdigest()

    def known(self, version: str, digest: str) -> bool:
        return bool(digest) and self._entry(version, digest).exists()

    def remember(self, version: str, digest: str) -> None:
        if digest:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._entry(version, digest).touch()
            except OSError:
                pass  # not remembered: checked again next time
