"""Python names for everything in the IR, decided once and here only.

Gather what needs a name, derive a candidate, then resolve reserved words and collisions
in a fixed order so that the same input always gives the same names.
"""

from __future__ import annotations

import builtins
import dataclasses
import keyword
import re
from typing import Iterable

from generator import ir
from generator.diagnostics import Reporter

# Attributes of pydantic models that a field must not shadow.
MODEL_RESERVED = frozenset({
    "model_config", "model_fields", "model_computed_fields", "model_extra", "model_fields_set",
    "model_construct", "model_copy", "model_dump", "model_dump_json", "model_json_schema",
    "model_parametrized_name", "model_post_init", "model_rebuild", "model_validate",
    "model_validate_json", "model_validate_strings", "copy", "dict", "json", "parse_obj",
    "parse_raw", "parse_file", "from_orm", "construct", "schema", "schema_json", "validate",
    "update_forward_refs", "fields", "self",
    # names that annotations use: a field may not shadow them inside the class body
    "date", "datetime", "time", "str", "int", "float", "bool", "bytes", "list", "matches_any",
    "constrained",
})  # fmt: skip
# Names a generated method already uses for its own arguments.
ARGUMENT_RESERVED = frozenset({"self", "body", "timeout", "extra_headers", "extra_query", "extra_body", "max_retries", "cls"})
# Attributes of the client and of resources.
CLIENT_RESERVED = frozenset({
    "with_raw_response", "with_options", "close", "aclose", "request", "base_url", "timeout", "max_retries",
    "strict_response_validation", "check_args",
})  # fmt: skip
# Names the SDK package exports besides models.
PACKAGE_RESERVED = frozenset({
    "APIError", "APIConnectionError", "APITimeoutError", "APIStatusError", "BadRequestError",
    "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
    "UnprocessableEntityError", "RateLimitError", "InternalServerError", "BaseModel", "Field",
    "Any", "Literal", "Optional", "Union", "List", "Dict", "Annotated", "ClassVar",
    "SyncPager", "AsyncPager", "Paging", "APIResponse", "AsyncAPIResponse", "OpenStrEnum", "Duration", "ResultsPage",
    "TokenSource", "RequestTimeout", "ProblemDetails",
    "Base64Bytes", "datetime", "date", "timedelta", "UUID", "Enum", "Tag", "TypeAlias",
    "IsoDuration", "Base64Text", "SyncAPIClient", "AsyncAPIClient",
    "FileTypes", "FileContent", "FileInput", "BinaryContent", "BodyFormat",
    "BinaryResponse", "AsyncBinaryResponse", "EventStream", "AsyncEventStream", "ServerSentEvent", "Returns",
    "NotGiven", "NOT_GIVEN", "APIResponseValidationError", "RequestValidationError", "UnknownVariant",
    "TypedDict", "Required", "TYPE_CHECKING", "Sequence", "Mapping", "TypeAliasType",
})  # fmt: skip
PREPOSITIONS = frozenset({"in", "to", "from", "of", "for", "by", "on", "with", "into", "at"})
ARTICLES = frozenset({"a", "an", "the"})
# Leading path segments that say where the API lives, not what an operation does.
_PATH_PREFIXES = frozenset({"api", "apis", "rest"})
_VERSION_SEGMENT = re.compile(r"v?\d+(?:[._-]\d+)*(?:(?:alpha|beta|rc)\d*)?", re.IGNORECASE)

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def words(text: str) -> list[str]:
    """`listDevicesInDeviceGroup` -> [list, devices, in, device, group]; any separators work."""
    spaced = _WORD_BOUNDARY.sub(" ", text)
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", spaced) if w]


def snake_case(text: str) -> str:
    """A valid, non-keyword Python identifier in snake_case (`$parent` -> `parent`)."""
    name = "_".join(words(text)) or "value"
    if name[0].isdigit():
        name = f"n{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name += "_"
    return name


def field_name(wire_name: str) -> str:
    """The attribute of a model field with this wire name, before collisions are settled."""
    name = snake_case(wire_name)
    return f"{name}_" if name in MODEL_RESERVED or name.startswith("model_") else name


def pascal_case(text: str) -> str:
    """A valid Python class name in PascalCase, acronyms kept (`io.k8s.api.Pod` -> `IoK8sApiPod`)."""
    name = "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", text) if w) or "Model"
    return f"N{name}" if name[0].isdigit() else name


def constant_case(value: object) -> str:
    """An enum member name for a value: `http-senml` -> `HTTP_SENML`."""
    text = str(value).lower() if isinstance(value, bool) else str(value)
    if re.fullmatch(r"[A-Z][A-Z0-9_]*", text) and not keyword.iskeyword(text):
        return text
    name = "_".join(w.upper() for w in words(text))
    if not name:
        return "EMPTY" if text == "" else "VALUE"
    return f"V_{name}" if name[0].isdigit() else name


def unique(candidates: Iterable[str], taken: Iterable[str] = (), fallback_suffix: str = "_") -> list[str]:
    """Make names unique in order: later collisions get `2`, `3`... (after `fallback_suffix`)."""
    used = set(taken)
    result = []
    for candidate in candidates:
        name, n = candidate, 2
        while name in used:
            name, n = f"{candidate}{fallback_suffix}{n}", n + 1
        used.add(name)
        result.append(name)
    return result


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def method_name(operation_id: str, resource: str) -> str:
    """`addDeviceToDeviceGroup` in `device_groups` -> `add_device`: drop the resource's noun
    (with an article before it: `get-an-album` in `albums` -> `get`, never `get_an`)."""
    op_words = words(operation_id)
    resource_words = [_singular(w) for w in words(resource)]
    for start in range(len(resource_words)):
        phrase = resource_words[start:]
        for i in range(len(op_words) - len(phrase), -1, -1):
            if [_singular(w) for w in op_words[i : i + len(phrase)]] == phrase:
                before = op_words[:i]
                while before and before[-1] in ARTICLES:
                    before.pop()
                rest = before + op_words[i + len(phrase) :]
                while rest and rest[-1] in PREPOSITIONS | ARTICLES:
                    rest.pop()
                if rest:
                    return snake_case("_".join(rest))
    return snake_case(operation_id)


def operation_id_from_path(method: str, path: str, shorten: bool = True) -> str:
    """An operationId for an operation the spec gave none: `get /books/{id}` -> `get_books_by_id`.

    The words of the path after the HTTP method; a parameter segment reads `by_<name>`. With
    `shorten`, leading `api`/`rest` and version segments (`v2`, `2010-04-01`) and `.json`
    suffixes are left out: `get /api/2010-04-01/accounts.json` -> `get_accounts`.
    """
    segments = [s for s in path.split("/") if s]
    if shorten:
        segments = [s.removesuffix(".json") for s in segments]
        while len(segments) > 1 and (segments[0].lower() in _PATH_PREFIXES or _VERSION_SEGMENT.fullmatch(segments[0])):
            segments.pop(0)
    path_words = [word for segment in segments for word in (["by", *words(segment)] if "{" in segment else words(segment))]
    return "_".join([method.lower(), *(path_words or ["root"])])


def _method_candidate(operation: ir.Operation, resource: str) -> str:
    """The method name an operation would like: from its operationId, or, for one made from
    method and path, that id itself (dropping the resource's noun would make `get_by_id`)."""
    if operation.operation_id_in_spec:
        return method_name(operation.operation_id, resource)
    return snake_case(operation.operation_id)


def _distinct_candidate(operation: ir.Operation) -> str:
    """The method name of an operation whose candidate another one shares: its whole
    operationId, or for one made from the path, every word of it (`get_v2_users`)."""
    if operation.operation_id_in_spec:
        return snake_case(operation.operation_id)
    return snake_case(operation_id_from_path(operation.method, operation.path, shorten=False))


class Namer:
    """Assigns every `py_name` in an Api."""

    def __init__(self, reporter: Reporter, method_overrides: dict[str, str] | None = None, reserved_classes: Iterable[str] = ()):
        self.reporter = reporter
        self.method_overrides = method_overrides or {}
        self.reserved_classes = PACKAGE_RESERVED | frozenset(reserved_classes)  # the client classes too

    def name_api(self, api: ir.Api) -> ir.Api:
        type_names = dict(zip([t.id for t in api.types], self._type_names(api.types)))
        types = tuple(self._name_type(t, type_names[t.id]) for t in api.types)
        resource_names = unique((snake_case(r.name) for r in api.resources), CLIENT_RESERVED)
        resources = tuple(
            dataclasses.replace(r, py_name=py, operations=self._name_operations(r, py))
            for r, py in zip(api.resources, resource_names)
        )
        return dataclasses.replace(api, types=types, resources=resources)

    def _type_names(self, types: tuple[ir.NamedType, ...]) -> list[str]:
        candidates = []
        for named in types:
            name = pascal_case(named.id)
            candidates.append(f"{name}Model" if name in self.reserved_classes or hasattr(builtins, name) else name)
        names = unique(candidates, fallback_suffix="")
        for named, candidate, name in zip(types, candidates, names):
            if candidate != name:
                self._note(named.source, f"class name {candidate!r} is taken; {named.id!r} becomes {name!r}")
        return names

    def _name_type(self, named: ir.NamedType, py_name: str) -> ir.NamedType:
        if isinstance(named, (ir.Model, ir.Union)):
            fields = self._name_fields(named.fields, named.source)
            return dataclasses.replace(named, py_name=py_name, fields=fields)
        if isinstance(named, ir.Enum):
            members = unique(constant_case(v.value) for v in named.values)
            values = tuple(dataclasses.replace(v, py_name=m) for v, m in zip(named.values, members))
            return dataclasses.replace(named, py_name=py_name, values=values)
        return dataclasses.replace(named, py_name=py_name)

    def _name_fields(self, fields: tuple[ir.Field, ...], source: ir.Source) -> tuple[ir.Field, ...]:
        candidates = [field_name(f.wire_name) for f in fields]
        names = unique(candidates)
        for f, candidate, name in zip(fields, candidates, names):
            if candidate != name:
                self._note(f.source or source, f"property {f.wire_name!r} collides with another after snake_casing; it is named {name!r}")
        return tuple(dataclasses.replace(f, py_name=n) for f, n in zip(fields, names))

    def _name_operations(self, resource: ir.Resource, resource_py: str) -> tuple[ir.Operation, ...]:
        candidates = [self.method_overrides.get(op.operation_id) or _method_candidate(op, resource.name) for op in resource.operations]
        counts = {c: candidates.count(c) for c in candidates}
        candidates = [c if counts[c] == 1 else _distinct_candidate(op) for c, op in zip(candidates, resource.operations)]
        names = unique((f"{c}_" if c in CLIENT_RESERVED else c for c in candidates))
        return tuple(
            dataclasses.replace(op, py_name=name, parameters=self._name_parameters(op))
            for op, name in zip(resource.operations, names)
        )

    def _name_parameters(self, operation: ir.Operation) -> tuple[ir.Parameter, ...]:
        candidates = [snake_case(p.wire_name) for p in operation.parameters]
        candidates = [f"{c}_" if c in ARGUMENT_RESERVED else c for c in candidates]
        names = unique(candidates)
        for p, candidate, name in zip(operation.parameters, candidates, names):
            if candidate != name:
                self._note(p.source or operation.source, f"parameter {p.wire_name!r} ({p.location}) collides with another; it is named {name!r}")
        return tuple(dataclasses.replace(p, py_name=n) for p, n in zip(operation.parameters, names))

    def _note(self, source: ir.Source, message: str) -> None:
        self.reporter.warning(source.file, source.pointer, message, kind="renamed")

