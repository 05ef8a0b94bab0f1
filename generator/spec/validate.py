"""Check documents against the official OpenAPI JSON Schemas and our own semantic rules."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterator

from generator.diagnostics import Reporter, SpecError, join_pointer, unescape_token
from generator.spec.load import Document
from generator.spec.meta import DEFINITIONS, CleanChecks, fast_check_passes, fast_validator, official_validator
from generator.spec.refs import Location, Resolver
from generator.spec.schema_errors import report_schema_errors

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_PARAM = re.compile(r"{([^{}]+)}")
_DATA_KEYWORDS = ("example", "default", "enum", "const")
_JSON_TYPES = {
    "string": str, "integer": int, "number": (int, float), "boolean": bool,
    "array": list, "object": dict, "null": type(None),
}  # fmt: skip


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


def check_schema(document: Document, version: str, reporter: Reporter, clean: CleanChecks | None = None) -> bool:
    """Validate against the official schema; True when the structure is confirmed.

    Unknown fields (ignored) and 3.0-style boolean bounds (read as 3.0 reads them) are only
    warned about; any other error is reported at the most relevant place and makes the
    document unusable, so no later check sees a wrong shape.
    A document `clean` knows (by content) is not checked again. Operations that are `$ref`s are
    left out here: `RefTargets` checks what they point to.
    """
    if clean is not None and clean.known(version, document.digest):
        return True
    errors = _official_errors(_without_ref_operations(document.data, "Document"), version)
    if not errors and clean is not None:
        clean.remember(version, document.digest)
    return report_schema_errors(errors, Location.root(document), version, reporter)


def _official_errors(node: Any, version: str, kind: str | None = None) -> list[ValidationError]:
    """The official schema's errors in `node` (a document, or an object of `kind`): none when
    jsonschema-rs finds it valid; else jsonschema's, which are the ones reported."""
    if fast_check_passes(fast_validator(version, kind), node):
        return []
    return list(official_validator(version, kind).iter_errors(node))


# What each kind of object holds, by key: "Kind" one, "{Kind" a map of them, "[Kind" a list.
_SCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "if", "then", "else", "propertyNames",
                "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema")  # fmt: skip
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_MEDIA = {"schema": "Schema", "content": "{MediaType", "examples": "{Example"}
_EXTENSIBLE_MAPS = ("paths", "responses")  # maps whose `x-` keys are extensions, not names
_HOLDS: dict[str, dict[str, str]] = {
    "Document": {"paths": "{PathItem", "webhooks": "{PathItem", "components": "Components"},
    "Components": {"schemas": "{Schema", "responses": "{Response", "parameters": "{Parameter", "examples": "{Example",
                   "requestBodies": "{RequestBody", "headers": "{Header", "securitySchemes": "{SecurityScheme",
                   "links": "{Link", "callbacks": "{Callback", "pathItems": "{PathItem"},
    "PathItem": {"parameters": "[Parameter", **{method: "Operation" for method in HTTP_METHODS}},
    "Operation": {"parameters": "[Parameter", "requestBody": "RequestBody", "responses": "{Response", "callbacks": "{Callback"},
    "RequestBody": {"content": "{MediaType"},
    "Response": {"headers": "{Header", "content": "{MediaType", "links": "{Link"},
    "MediaType": {"schema": "Schema", "examples": "{Example", "encoding": "{Encoding"},
    "Encoding": {"headers": "{Header"},
    "Parameter": _MEDIA, "Header": _MEDIA,
    "Schema": {**{key: "Schema" for key in _SCHEMA_KEYS}, **{key: "{Schema" for key in _SCHEMA_MAPS},
               "allOf": "[Schema", "oneOf": "[Schema", "anyOf": "[Schema", "prefixItems": "[Schema"},
}  # fmt: skip


_HOLD_PATH_ITEMS = frozenset({"Document", "Components", "PathItem", "Operation", "Callback"})


def _ref_operations(node: Any, kind: str) -> list[str]:
    """Pointers (relative to `node`, an object of `kind`) of the operations below it that are
    `$ref`s, looking only where path items can be."""
    found: list[str] = []
    stack = [("", node, kind)]
    while stack:
        pointer, node, kind = stack.pop()
        if not isinstance(node, dict) or kind not in _HOLD_PATH_ITEMS:
            continue
        if "$ref" in node:
            if kind == "Operation":
                found.append(pointer)
            continue
        stack.extend(_held(pointer, node, kind))
    return found


def _without_ref_operations(node: Any, kind: str) -> Any:
    """`node` (an object of `kind`) as the official schema should see it: without the operations
    that are `$ref`s. A copy along the way to each, sharing everything else; `node` itself when
    there is none."""
    pointers = _ref_operations(node, kind)
    if not pointers:
        return node
    result = dict(node)
    fresh = {id(result)}
    for pointer in pointers:
        tokens = [unescape_token(token) for token in pointer.split("/")[1:]]
        parent = result
        for token in tokens[:-1]:
            if id(parent[token]) not in fresh:
                parent[token] = dict(parent[token])
                fresh.add(id(parent[token]))
            parent = parent[token]
        del parent[tokens[-1]]
    return result


def _held(pointer: str, node: dict[str, Any], kind: str) -> Iterator[tuple[str, Any, str]]:
    """(pointer, node, kind) of the objects directly inside `node` (extensions left out)."""
    holds = {key: "PathItem" for key in node if not key.startswith("x-")} if kind == "Callback" else _HOLDS.get(kind, {})
    for key, held in holds.items():
        value = node.get(key)
        if value is None:
            continue
        at = join_pointer(pointer, key)
        if held[0] == "{" and isinstance(value, dict):
            names = [name for name in value if key not in _EXTENSIBLE_MAPS or not name.startswith("x-")]
            yield from ((join_pointer(at, name), value[name], held[1:]) for name in names)
        elif held[0] == "[" and isinstance(value, list):
            yield from ((join_pointer(at, index), item, held[1:]) for index, item in enumerate(value))
        elif held[0] not in "{[":
            yield at, value, held


class RefTargets:
    """Checks that what each `$ref` points to has the shape its place calls for: the official schema
    only sees `{"$ref": ...}` there, and the target may be elsewhere in the document or in another file."""

    def __init__(self, version: str, resolver: Resolver, reporter: Reporter):
        self.version, self.resolver, self.reporter = version, resolver, reporter
        self.kinds: dict[tuple[str, str], str] = {}  # (file, pointer) -> the kind of object confirmed there
        self.sites: list[tuple[Location, str]] = []  # $refs found, with the kind they stand for
        self.ref_operations: list[Location] = []  # operations written as `$ref`s

    def check(self, document: Document) -> bool:
        """True when every target reachable from `document` is well-formed (reported otherwise)."""
        self._visit(Location.root(document), "Document")
        well_formed = True
        while self.sites:
            well_formed = self._check_site(*self.sites.pop()) and well_formed
        self._warn_ref_operations(document)
        return well_formed

    def _warn_ref_operations(self, document: Document) -> None:
        """One warning for every operation written as a `$ref` that `document` reaches."""
        if not self.ref_operations:
            return
        sites = sorted(self.ref_operations, key=lambda site: site.key)
        listed = ", ".join(f"{site.key} -> {site.node['$ref']}" for site in sites[:3])
        more = f" and {len(sites) - 3} more" if len(sites) > 3 else ""
        message = (f"{len(sites)} operation(s) written as `$ref` ({listed}{more}): OpenAPI allows a `$ref` for a whole "
                   "path item, not for an operation; each is read as if written in place")
        self.reporter.warning(sites[0].document.display, sites[0].pointer, message, kind="ref-operation")

    def _visit(self, location: Location, kind: str) -> None:
        """Record the kind of every object below `location` and collect its `$ref`s."""
        document = location.document
        stack = [(location.pointer, location.node, kind)]
        while stack:
            pointer, node, kind = stack.pop()
            if not isinstance(node, dict):
                continue
            if "$ref" in node and kind in DEFINITIONS:
                self.sites.append((Location(document, pointer, node), kind))
                if kind == "Operation":
                    self.ref_operations.append(Location(document, pointer, node))
                if kind != "Schema":  # a 3.1 schema may have keywords beside its $ref
                    continue
            else:
                self.kinds[(document.display, pointer)] = kind
            stack.extend(_held(pointer, node, kind))

    def _check_site(self, site: Location, kind: str) -> bool:
        try:
            target = self.resolver.follow(site)
        except SpecError:
            return True  # a dangling ref or a cycle: reported where refs are checked or followed
        place = (target.document.display, target.pointer)
        if self.kinds.get(place) == kind:
            return True
        self.kinds[place] = kind
        self.reporter.lines.setdefault(target.document.display, target.document.lines)
        errors = _official_errors(_without_ref_operations(target.node, kind), self.version, kind)
        note = f" (as the {kind} that the $ref at {site.key} points to)"
        if not report_schema_errors(errors, target, self.version, self.reporter, note):
            return False
        self._visit(target, kind)
        return True


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


def _object(value: Any) -> dict[str, Any]:
    """`value` when it is an object, else an empty one: checks read only what is there."""
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _fits(value: Any, schema_type: Any) -> bool:
    types = schema_type if isinstance(schema_type, list) else [schema_type]
    for name in types:
        expected = _JSON_TYPES.get(name) if isinstance(name, str) else None
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
                for diagnostic in exc.diagnostics:
                    reporter.error(diagnostic.file, diagnostic.pointer, diagnostic.message)
        if "example" in node and node["example"] is None:
            null_examples.append(pointer)
        if "default" in node and "type" in node and not _fits(node["default"], node["type"]):
            message = f"default {node['default']!r} does not fit type {node['type']!r}; it is ignored"
            reporter.warning(document.display, join_pointer(pointer, "default"), message, kind="default-does-not-fit")
    if null_examples:
        message = f"{len(null_examples)} `example: null` ignored (an example cannot be null here)"
        reporter.warning(document.display, join_pointer(null_examples[0], "example"), message, kind="null-example")


def _operations(document: Document, resolver: Resolver) -> Iterator[tuple[str, Location, Location]]:
    """(path, path item, operation) of every operation in `paths`; an operation written as a
    `$ref` is where it points to (a dangling one is left out: it is reported as such)."""
    for path, item in _object(document.data.get("paths")).items():
        if not isinstance(item, dict):
            continue
        item_location = Location(document, join_pointer("/paths", path), item)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                try:
                    yield path, item_location, resolver.follow(item_location.child(method))
                except SpecError:
                    continue


def _declared_path_parameters(path: str, places: list[Location], resolver: Resolver, reporter: Reporter) -> set[str]:
    """Names of the path parameters declared in `places` (path item, operation); a declared one
    that the path does not have is an error."""
    declared: set[str] = set()
    for place in places:
        for index, raw in enumerate(_list(place.node.get("parameters"))):
            at = Location(place.document, join_pointer(place.pointer, "parameters", index), raw)
            try:
                param = resolver.follow(at).node
            except SpecError:
                continue  # reported as a dangling ref
            if isinstance(param, dict) and param.get("in") == "path":
                declared.add(str(param.get("name")))
                if str(param.get("name")) not in _PATH_PARAM.findall(path):
                    message = f"path parameter {param.get('name')!r} does not appear in the path {path!r}"
                    reporter.error(at.document.display, at.pointer, message)
    return declared


def check_operations(document: Document, resolver: Resolver, reporter: Reporter) -> None:
    """Unique operationIds; path templates and path parameters that agree."""
    seen: dict[str, str] = {}
    for path, item, operation in _operations(document, resolver):
        operation_id = operation.node.get("operationId")
        if isinstance(operation_id, str):
            if operation_id in seen:
                message = f"duplicate operationId {operation_id!r} (also at {seen[operation_id]})"
                reporter.error(operation.document.display, join_pointer(operation.pointer, "operationId"), message)
            else:
                seen[operation_id] = operation.pointer if operation.document is document else operation.key
        declared = _declared_path_parameters(path, [item, operation], resolver, reporter)
        for name in _PATH_PARAM.findall(path):
            if name not in declared:
                message = f"path parameter {{{name}}} of {path!r} is not declared"
                reporter.error(operation.document.display, operation.pointer, message)


def check_discriminators(document: Document, resolver: Resolver, reporter: Reporter) -> None:
    """Every discriminator mapping target exists."""
    schemas = _object(_object(document.data.get("components")).get("schemas"))
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


def validate_document(document: Document, resolver: Resolver, reporter: Reporter, clean: CleanChecks | None = None) -> str | None:
    """Run every check on one document; return its OpenAPI version when it is usable."""
    reporter.lines[document.display] = document.lines
    version = openapi_version(document, reporter)
    if version is None:
        return None
    if not check_schema(document, version, reporter, clean) or not RefTargets(version, resolver, reporter).check(document):
        return None
    check_nodes(document, resolver, reporter)
    check_operations(document, resolver, reporter)
    check_discriminators(document, resolver, reporter)
    return version
