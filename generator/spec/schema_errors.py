"""How errors of the official OpenAPI schema are reported: located, the most relevant first, and
those whose intent is clear (unknown fields, OpenAPI 3.0's boolean bounds in 3.1) as warnings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.diagnostics import Reporter, join_pointer
from generator.spec.refs import Location

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

MAX_SCHEMA_ERRORS = 50
MAX_MESSAGE = 400  # characters of a schema message; a long value it quotes is cut
_UNKNOWN_FIELDS = ("additionalProperties", "unevaluatedProperties")
_LEGACY_BOUNDS = ("exclusiveMinimum", "exclusiveMaximum")


def _is_record(schema: Any) -> bool:
    """An object of named fields, not a map such as paths or responses, whose every key is read."""
    return isinstance(schema, dict) and set(schema.get("patternProperties") or {}) <= {"^x-"}


def _is_legacy_bound(error: ValidationError) -> bool:
    """`exclusiveMinimum: true` (OpenAPI 3.0's flag on `minimum`) where 3.1 wants a number."""
    return error.validator == "type" and isinstance(error.instance, bool) and bool(error.path) and error.path[-1] in _LEGACY_BOUNDS


def _followable(error: ValidationError) -> ValidationError | None:
    """The error behind `error` when its intent is clear and it is followed with a warning:
    unknown fields (ignored) or a 3.0-style boolean bound (read as 3.0 reads it)."""
    if error.validator in _UNKNOWN_FIELDS:
        return error if _is_record(error.schema) else None
    if _is_legacy_bound(error):
        return error
    if error.validator not in ("oneOf", "anyOf"):
        return None
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context or []:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    for errors in branches.values():
        followed = [_followable(sub) for sub in errors]
        if all(followed):
            return followed[0]
    return None


def _followed_warning(error: ValidationError, version: str, note: str) -> tuple[str, str]:
    """The warning for a followed error, and its kind."""
    if _is_legacy_bound(error):
        bound = "minimum" if error.path[-1] == "exclusiveMinimum" else "maximum"
        effect = f"`{bound}` is read as exclusive" if error.instance else f"`{bound}` is read as inclusive"
        return f"not valid OpenAPI {version}: `{error.path[-1]}: {str(error.instance).lower()}` is OpenAPI 3.0's spelling (3.1 wants the bound itself){note}; {effect}", "legacy-bound"
    return f"not valid OpenAPI {version}: {_brief(error.message)}{note}; the unknown fields are ignored", "unknown-field"


def _brief(message: str) -> str:
    """A schema message without most of a long value it quotes."""
    return message if len(message) <= MAX_MESSAGE else f"{message[:MAX_MESSAGE // 2]} … {message[-MAX_MESSAGE // 4:]}"


def report_schema_errors(errors: list[ValidationError], at: Location, version: str, reporter: Reporter, note: str = "") -> bool:
    """Report schema errors found in the node at `at`; True when they are only unknown fields."""
    if not errors:
        return True
    from jsonschema.exceptions import best_match  # errors come from jsonschema, so it is imported by now

    def where(error: ValidationError) -> str:
        return join_pointer(at.pointer, *error.absolute_path)

    errors = sorted(errors, key=where)
    verdicts = [(error, _followable(error)) for error in errors]
    display = at.document.display
    for error, unknown in verdicts[:MAX_SCHEMA_ERRORS]:
        if unknown is not None:
            message, kind = _followed_warning(unknown, version, note)
            reporter.warning(display, where(unknown), message, kind=kind)
        else:
            best = best_match([error])
            reporter.error(display, where(best), f"not valid OpenAPI {version}: {_brief(best.message)}{note}")
    hidden = sum(1 for _, unknown in verdicts[MAX_SCHEMA_ERRORS:] if unknown is None)
    if hidden:
        reporter.error(display, at.pointer, f"{hidden} more schema errors not shown")
    return all(unknown is not None for _, unknown in verdicts)
