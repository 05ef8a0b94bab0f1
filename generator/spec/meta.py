"""The official OpenAPI 3.0 and 3.1 schemas (in `schemas/`) as validators built once per process.

Each schema is applied by two validators. jsonschema-rs (compiled, fast) tells whether a node is
valid; only a node it finds an error in is checked again by jsonschema (imported only then), whose
errors are the ones reported. The jsonschema ones for 3.1 share one `referencing` registry that is
crawled when it is built: an uncrawled registry is crawled again on every `$ref`/`$dynamicRef`
lookup of every document, which was most of the time validation took.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import jsonschema_rs

if TYPE_CHECKING:
    import jsonschema
    from referencing import Registry

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


def _official_schema(version: str, kind: str | None) -> dict:
    """The schema of a whole document, or of one kind of object (see DEFINITIONS). In 3.1, Schema
    Objects are checked against the OAS dialect, bound to its `$dynamicRef: #meta` as the official
    schema-base does."""
    if version == "3.1":
        schema_id = _schema("3.1")["$id"]
        definition = DEFINITIONS[kind][1] if kind else ""
        target = definition if definition.startswith("#") else f"{schema_id}#/$defs/{definition}" if definition else schema_id
        dialect = {"$dynamicAnchor": "meta", "allOf": [{"$ref": DRAFT_2020_12}, {"$ref": OAS_31_META}]}
        return {"$id": f"urn:sdkgen:oas-3.1-{kind or 'document'}", "$ref": target, "$defs": {"schema": dialect}}
    schema = _schema(version)
    if kind:  # draft 4: a $ref replaces its siblings, the definitions stay resolvable
        schema = {key: schema[key] for key in ("id", "$schema", "definitions")} | {"$ref": f"#/definitions/{DEFINITIONS[kind][0]}"}
    return schema


@cache
def _registry_31() -> Registry:
    """JSON Schema's meta-schemas, the 3.1 schema and the OAS dialect, crawled once."""
    from jsonschema_specifications import REGISTRY as META_SCHEMAS
    from referencing.jsonschema import DRAFT202012

    schema = _schema("3.1")
    return META_SCHEMAS.with_resources([
        (schema["$id"], DRAFT202012.create_resource(schema)),
        (OAS_31_META, DRAFT202012.create_resource(_OAS_31_VOCABULARY)),
    ]).crawl()  # fmt: skip


@cache
def official_validator(version: str, kind: str | None = None) -> jsonschema.protocols.Validator:
    """jsonschema's validator of the official schema of a whole document, or of one kind of object
    (see DEFINITIONS): the one whose errors are reported."""
    import jsonschema  # only once jsonschema-rs has found an error: importing it takes longer than the fast check

    schema = _official_schema(version, kind)
    if version == "3.1":
        return jsonschema.Draft202012Validator(schema, registry=_registry_31())
    return jsonschema.validators.validator_for(schema)(schema)


def _not_bundled(uri: str) -> NoReturn:
    """jsonschema-rs's retriever: every schema is local (its own meta-schemas and `schemas/`), so
    nothing is fetched from the network."""
    raise ValueError(f"{uri} is not one of the bundled schemas")


@cache
def _fast_registry_31() -> jsonschema_rs.Registry:
    """The 3.1 schema and the OAS dialect (jsonschema-rs has JSON Schema's meta-schemas built in)."""
    schema = _schema("3.1")
    return jsonschema_rs.Registry([(schema["$id"], schema), (OAS_31_META, _OAS_31_VOCABULARY)], retriever=_not_bundled)


@cache
def fast_validator(version: str, kind: str | None = None) -> jsonschema_rs.Validator:
    """jsonschema-rs's validator of the same schema as `official_validator(version, kind)`."""
    schema = _official_schema(version, kind)
    if version == "3.1":
        return jsonschema_rs.Draft202012Validator(schema, registry=_fast_registry_31(), validate_formats=False, retriever=_not_bundled)
    return jsonschema_rs.Draft4Validator(schema, validate_formats=False, retriever=_not_bundled)


def fast_check_passes(validator: jsonschema_rs.Validator, instance: Any) -> bool:
    """True when the jsonschema-rs `validator` finds `instance` valid, as jsonschema would; False
    when it finds an error, or when `instance` is not plain JSON: NaN and Infinity are numbers to
    jsonschema but not to jsonschema-rs (which can then pass a `not` that jsonschema fails), and
    bytes, sets or lone surrogates jsonschema-rs cannot read. jsonschema decides those, and those
    where a pattern reads otherwise (Python's `$` also matches before a final newline, its `\\d` any
    digit): jsonschema-rs fails them (tests/unit/test_fast_schema_check.py)."""
    try:
        json.dumps(instance, allow_nan=False)
        return validator.is_valid(instance)
    except (TypeError, ValueError):
        return False


@cache
def _checker_digest(version: str) -> hashlib._Hash:
    """What checks a document of `version`: both validators' versions and the schema (hashed once
    per process, not once per document)."""
    validators = f"{metadata.version('jsonschema')}\0{metadata.version('jsonschema-rs')}\0{version}\0"
    return hashlib.sha256(validators.encode() + (SCHEMA_DIR / f"oas-{version}.json").read_bytes())


class CleanChecks:
    """The documents in which the official schema found nothing, remembered in `folder` by their
    content (with the schemas and both validators' versions): such a document is not checked again.
    Only a clean result is kept, so every message still comes from a real check."""

    def __init__(self, folder: Path):
        self.folder = folder

    def _entry(self, version: str, digest: str) -> Path:
        entry = _checker_digest(version).copy()
        entry.update(f"\0{digest}".encode())
        return self.folder / entry.hexdigest()

    def known(self, version: str, digest: str) -> bool:
        return bool(digest) and self._entry(version, digest).exists()

    def remember(self, version: str, digest: str) -> None:
        if digest:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._entry(version, digest).touch()
            except OSError:
                pass  # not remembered: checked again next time
