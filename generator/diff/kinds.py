"""The table of change kinds `sdkgen diff` reports: stable ids, what each means, when it breaks.

`docs/diff.md` documents this table (a test keeps the two in step). A kind's id never changes once
released; `breaking` of a change is decided where it is found, from the rule written here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Category = Literal["addition", "change", "removal", "documentation"]


@dataclass(frozen=True)
class Kind:
    id: str
    category: Category
    rule: str  # when a change of this kind is breaking, in words


_TABLE = [
    # -- operations (methods of the SDK) ---------------------------------------------------------
    Kind("operation-added", "addition", "never"),
    Kind("operation-removed", "removal", "always: the method is gone and the server no longer answers"),
    Kind("operation-renamed", "change", "always at build time (the SDK method name changed); the wire is unchanged"),
    Kind("operation-id-changed", "change", "never: the operationId changed but the SDK method keeps its name"),
    Kind("operation-moved", "change", "always at build time: the method moved to another resource of the client"),
    Kind("operation-deprecated", "change", "never"),
    Kind("operation-undeprecated", "change", "never"),
    Kind("pagination-added", "change", "always at build time: the method now returns a pager, not the page"),
    Kind("pagination-removed", "change", "always at build time: the method now returns the page, not a pager"),
    Kind("pagination-changed", "change", "always: the old SDK follows or reads the pages differently"),
    # -- parameters ------------------------------------------------------------------------------
    Kind("parameter-added", "addition", "never: the new parameter is optional"),
    Kind("required-parameter-added", "change", "always: existing calls lack it"),
    Kind("parameter-removed", "removal", "always: calls that pass it no longer type-check, and the server ignores or rejects it"),
    Kind("parameter-renamed", "change", "always at build time: the Python name changed, the wire name did not"),
    Kind("parameter-required", "change", "always: calls that leave it out fail"),
    Kind("parameter-optional", "change", "never"),
    Kind("parameter-location-changed", "change", "always: the old SDK sends it in the old place"),
    Kind("parameter-style-changed", "change", "always: the old SDK serialises it the old way"),
    Kind("parameter-default-changed", "change", "never in code; calls that leave it out behave differently"),
    Kind("parameter-deprecated", "change", "never"),
    # -- request bodies --------------------------------------------------------------------------
    Kind("request-body-added", "addition", "when the body is required"),
    Kind("request-body-removed", "removal", "always: calls that pass a body no longer type-check"),
    Kind("request-body-required", "change", "always"),
    Kind("request-body-optional", "change", "never"),
    Kind("request-media-type-added", "addition", "never"),
    Kind("request-media-type-removed", "removal", "always"),
    # -- responses -------------------------------------------------------------------------------
    Kind("response-status-added", "addition", "when it is a success status whose body the old SDK would read as another type"),
    Kind("response-status-removed", "removal", "when it was a success status with a body"),
    Kind("response-body-added", "addition", "never"),
    Kind("response-body-removed", "removal", "always: code that reads the result gets nothing"),
    Kind("response-media-type-added", "addition", "never"),
    Kind("response-media-type-removed", "removal", "always"),
    Kind("response-header-added", "addition", "never"),
    Kind("response-header-removed", "removal", "always for code that reads it"),
    # -- types -----------------------------------------------------------------------------------
    Kind("type-changed", "change", "always: neither type holds all values of the other"),
    Kind("type-widened", "change", "in a response (the old SDK gets values it cannot hold); never in a request"),
    Kind("type-narrowed", "change", "in a request (values callers send are refused); never in a response"),
    Kind("format-changed", "change", "when the SDK's Python type changes (e.g. `str` to `datetime`)"),
    Kind("const-changed", "change", "always"),
    Kind("nullable-added", "change", "in a response (code that reads the value gets `None`); never in a request"),
    Kind("nullable-removed", "change", "in a request (callers that send `None` are refused); never in a response"),
    Kind("default-changed", "change", "never in code; values left out mean something else"),
    Kind("constraint-tightened", "change", "in a request (values callers send are refused); never in a response"),
    Kind("constraint-relaxed", "change", "never: the SDK reads responses leniently and sends what the spec allows"),
    Kind("enum-value-added", "addition", "in a response when the set is closed; never where the SDK accepts unknown values"),
    Kind("enum-value-removed", "removal", "always: the enum member is gone, and a request sending it is refused"),
    Kind("enum-opened", "change", "in a response (the field's type now admits any string); never in a request"),
    Kind("enum-closed", "change", "in a request (values outside the set are refused); never in a response"),
    Kind("union-variant-added", "addition", "in a response when the union has no `Unknown…` fallback; never in a request"),
    Kind("union-variant-removed", "removal", "always: the variant's type is gone"),
    Kind("discriminator-value-added", "addition", "in a response when the union has no `Unknown…` fallback"),
    Kind("discriminator-value-removed", "removal", "always"),
    Kind("discriminator-changed", "change", "always: the old SDK tells the variants apart by another property"),
    Kind("additional-properties-added", "addition", "never"),
    Kind("additional-properties-removed", "removal", "in a request (extra keys are refused); never in a response"),
    # -- model fields ----------------------------------------------------------------------------
    Kind("request-field-added", "addition", "never: the new field is optional"),
    Kind("required-request-field-added", "change", "always: existing requests lack it"),
    Kind("request-field-removed", "removal", "always: code that sets it no longer type-checks"),
    Kind("request-field-required", "change", "always: requests that leave it out are refused"),
    Kind("request-field-optional", "change", "never"),
    Kind("response-field-added", "addition", "never: the old SDK keeps unknown fields"),
    Kind("response-field-removed", "removal", "always: code that reads it fails"),
    Kind("response-field-optional", "change", "always: code that reads it may get `None`"),
    Kind("response-field-required", "change", "never"),
    Kind("field-renamed", "change", "always at build time: the Python attribute name changed, the JSON name did not"),
    Kind("read-only-changed", "change", "when a field becomes read-only: requests can no longer set it"),
    Kind("write-only-changed", "change", "when a field becomes write-only: responses no longer carry it"),
    Kind("field-deprecated", "change", "never"),
    # -- named types -----------------------------------------------------------------------------
    Kind("model-added", "addition", "never"),
    Kind("model-removed", "removal", "always at build time: the class can no longer be imported"),
    Kind("model-renamed", "change", "always at build time: the class has a new name"),
    # -- security --------------------------------------------------------------------------------
    Kind("security-added", "change", "always: calls without credentials are refused"),
    Kind("security-removed", "change", "never"),
    Kind("security-scheme-changed", "change", "always: the old SDK sends the old credentials"),
    Kind("security-scope-added", "change", "always: tokens without the new scope are refused"),
    Kind("security-scope-removed", "change", "never"),
    # -- the API as a whole ----------------------------------------------------------------------
    Kind("server-changed", "change", "never in code; the SDK's default base URL is another one"),
    Kind("api-version-changed", "documentation", "never"),
    Kind("description-changed", "documentation", "never"),
]

KINDS: dict[str, Kind] = {kind.id: kind for kind in _TABLE}

# What a user of the SDK changes in their code when a change of this kind breaks it (the changelog says it).
ACTIONS = {
    "operation-removed": "stop calling it",
    "operation-renamed": "call it by its new name",
    "operation-moved": "call it on its new resource",
    "pagination-added": "iterate the result, or call `.first_page()`",
    "pagination-removed": "read the page the method returns",
    "required-parameter-added": "pass it",
    "parameter-removed": "stop passing it",
    "parameter-renamed": "pass it by its new name",
    "parameter-required": "pass it on every call",
    "request-body-added": "pass a body",
    "request-body-removed": "stop passing a body",
    "request-body-required": "pass a body on every call",
    "response-body-removed": "stop reading the result",
    "type-changed": "pass and read the new type",
    "format-changed": "pass and read the new Python type",
    "nullable-added": "handle `None`",
    "response-field-optional": "handle `None`",
    "enum-value-removed": "stop using that value",
    "union-variant-removed": "stop using that variant",
    "required-request-field-added": "set it in every request",
    "request-field-removed": "stop setting it",
    "request-field-required": "set it in every request",
    "response-field-removed": "stop reading it",
    "field-renamed": "use the new attribute name",
    "read-only-changed": "stop setting it in requests",
    "model-removed": "stop importing it",
    "model-renamed": "import it by its new name",
    "security-added": "configure credentials",
    "security-scope-added": "use a token with the new scope",
}
