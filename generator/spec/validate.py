"""Check documents against the official OpenAPI JSON Schemas and our own semantic rules."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any, Iterator

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from generator.diagnostics import Reporter, SpecError, join_pointer
from generator.spec.load import Document
from generator.spec.refs import Location, Resolver

SCHEMA_DIR = Path(__file__).parent / "schemas"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_SCHEMA_ERRORS = 50
_PATH_PARAM = re.compile(r"{([^{}]+)}")
_DATA_KEYWORDS = ("example", "default", "enum", "const")
_JSON_TYPES = {
    "string": str, "integer": int, "number": (int, float), "boolean": bool,
    "array": list, "object": dict, "null": type(None),
}  # fmt: skip


@cache
def _validator(version: str) -> jsonschema.protocols.Validator:
    schema = json.loads((SCHEMA_DIR / f"oas-{version}.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def openapi_version(document: Document, reporter: Reporter) -> str | None:
    """'3.0' or '3.1' for a usable document; otherwise report why not and return None."""
    data = document.data
    if not isinstance(data, dict):
        reporter.error(document.display, "", "not an OpenAPI document: the top level is not an object")
        return None
    if "swagger" in data:
        reporter.error(document.display, "/swagger", "Swagger 2.0 is not supported; convert the document to OpenAPI 3")
        return None
    version = data.get("openapi")
    if version is None:
        reporter.error(document.display, "", "not an OpenAPI document: there is no 'openapi' field")
        return None
    match = re.fullmatch(r"3\.([01])\.\d+(-.+)?", str(version))
    if not match:
        message = f"unsupported OpenAPI version {version!r}: 3.0.x and 3.1.x are supported"
        reporter.error(document.display, "/openapi", message)
        return None
    return f"3.{match.group(1)}"


def _pointer(error: ValidationError) -> str:
    return join_pointer("", *error.absolute_path)


def check_schema(document: Document, version: str, reporter: Reporter) -> None:
    """Validate against the official schema, reporting the most relevant error per place."""
    errors = sorted(_validator(version).iter_errors(document.data), key=_pointer)
    for error in errors[:MAX_SCHEMA_ERRORS]:
        best = best_match([error])
        message = f"not valid OpenAPI {version}: {best.message}"
        if best.validator in ("additionalProperties", "unevaluatedProperties"):
            reporter.warning(document.display, _pointer(best), f"{message}; the unknown fields are ignored")
        else:
            reporter.error(document.display, _pointer(best), message)
    if len(errors) > MAX_SCHEMA_ERRORS:
        more = len(errors) - MAX_SCHEMA_ERRORS
        reporter.error(document.display, "", f"{more} more schema errors not shown")


def _walk(node: Any, pointer: str, in_names: bool = False) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """Every object in the tree with its pointer; `in_names` marks maps keyed by user names."""
    if isinstance(node, dict):
        yield pointer, node, in_names
        for key, value in node.items():
            if not in_names and (key in _DATA_KEYWORDS or key.startswith("x-") or isinstance(value, list) and key == "examples"):
                continue
            names = not in_names and key in ("properties", "patternProperties", "$defs", "definitions")
            yield from _walk(value, join_pointer(pointer, key), names)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, join_pointer(pointer, index))


def _fits(value: Any, schema_type: Any) -> bool:
    types = schema_type if isinstance(schema_type, list) else [schema_type]
    for name in types:
        expected = _JSON_TYPES.get(name)
        if expected is None:
            return True
        if isinstance(value, bool) and name in ("integer", "number"):
            continue
        if name == "integer" and isinstance(value, float) and value.is_integer():
            return True
        if isinstance(value, expected):
            return True
    return False


def check_nodes(document: Document, resolver: Resolver, reporter: Reporter) -> None:
    """Refs that resolve, null examples, defaults that fit their type."""
    null_examples: list[str] = []
    for pointer, node, in_names in _walk(document.data, ""):
        if in_names:
            continue
        if "$ref" in node:
            try:
                resolver.target(Location(document, pointer, node), node["$ref"])
            except SpecError as exc:
                reporter.diagnostics.extend(exc.diagnostics)
        if "example" in node and node["example"] is None:
            null_examples.append(pointer)
        if "default" in node and "type" in node and not _fits(node["default"], node["type"]):
            message = f"default {node['default']!r} does not fit type {node['type']!r}; it is ignored"
            reporter.warning(document.display, join_pointer(pointer, "default"), message)
    if null_examples:
        message = f"{len(null_examples)} `example: null` ignored (an example cannot be null here)"
        reporter.warning(document.display, join_pointer(null_examples[0], "example"), message)


def _operations(document: Document) -> Iterator[tuple[str, str, str, dict[str, Any], dict[str, Any]]]:
    paths = document.data.get("paths") or {}
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield join_pointer("/paths", path, method), path, method, item, operation


def check_operations(document: Document, resolver: Resolver, reporter: Reporter) -> None:
    """Unique operationIds; path templates and path parameters that agree."""
    seen: dict[str, str] = {}
    for pointer, path, _method, item, operation in _operations(document):
        operation_id = operation.get("operationId")
        if isinstance(operation_id, str):
            if operation_id in seen:
                message = f"duplicate operationId {operation_id!r} (also at {seen[operation_id]})"
                reporter.error(document.display, join_pointer(pointer, "operationId"), message)
            else:
                seen[operation_id] = pointer
        declared: set[str] = set()
        item_pointer = pointer.rsplit("/", 1)[0]
        for where, params in ((item_pointer, item.get("parameters")), (pointer, operation.get("parameters"))):
            for index, raw in enumerate(params or []):
                param_pointer = join_pointer(where, "parameters", index)
                try:
                    param = resolver.follow(Location(document, param_pointer, raw)).node
                except SpecError:
                    continue  # reported as a dangling ref
                if isinstance(param, dict) and param.get("in") == "path":
                    declared.add(str(param.get("name")))
                    if str(param.get("name")) not in _PATH_PARAM.findall(path):
                        message = f"path parameter {param.get('name')!r} does not appear in the path {path!r}"
                        reporter.error(document.display, param_pointer, message)
        for name in _PATH_PARAM.findall(path):
            if name not in declared:
                message = f"path parameter {{{name}}} of {path!r} is not declared"
                reporter.error(document.display, pointer, message)


def check_discriminators(document: Document, resolver: Resolver, reporter: Reporter) -> None:
    """Every discriminator mapping target exists."""
    schemas = (document.data.get("components") or {}).get("schemas") or {}
    for pointer, node, in_names in _walk(document.data, ""):
        discriminator = node.get("discriminator")
        mapping = discriminator.get("mapping") if isinstance(discriminator, dict) and not in_names else None
        if not isinstance(mapping, dict):
            continue
        for value, target in mapping.items():
            where = join_pointer(pointer, "discriminator", "mapping", value)
            if isinstance(target, str) and "#" not in target and "/" not in target and "." not in target:
                if target not in schemas:
                    reporter.error(document.display, where, f"discriminator mapping target {target!r} is not a schema")
                continue
            try:
                resolver.target(Location(document, where, target), target)
            except SpecError:
                reporter.error(document.display, where, f"discriminator mapping target {target!r} does not exist")


def validate_document(document: Document, resolver: Resolver, reporter: Reporter) -> str | None:
    """Run every check on one document; return its OpenAPI version when it is usable."""
    reporter.lines[document.display] = document.lines
    version = openapi_version(document, reporter)
    if version is None:
        return None
    check_schema(document, version, reporter)
    check_nodes(document, resolver, reporter)
    check_operations(document, resolver, reporter)
    check_discriminators(document, resolver, reporter)
    return version
