"""The spec's constraints: patterns (`matches_any`) and bounds (`constrained`).

Both are ``Annotated`` metadata. They apply to what the SDK sends; values from the
server are checked only with ``strict_response_validation`` (a newer server may send a
new device ID format or a longer name, and an older client must still read it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sized
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from uuid import UUID

from pydantic import AfterValidator, GetCoreSchemaHandler, ValidationInfo
from pydantic_core import PydanticCustomError, core_schema

from ._context import checks_constraints, no_op_on_responses


@dataclass(frozen=True)
class _Formats:
    """``Annotated[str, matches_any(...)]`` metadata; a `UUID` is taken as its text."""

    formats: tuple[tuple[str, re.Pattern[str]], ...]

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        checked = core_schema.with_info_after_validator_function(self._check, handler(source))
        return core_schema.no_info_before_validator_function(_uuid_text, checked)

    @no_op_on_responses(unless_strict=True)
    def _check(self, value: str, info: ValidationInfo) -> str:
        if not checks_constraints(info):
            return value
        if any(pattern.search(value) for _, pattern in self.formats):
            return value
        labels = ", ".join(label for label, _ in self.formats)
        if len(self.formats) == 1:
            raise PydanticCustomError(
                "pattern_mismatch",
                "must have the format {formats}",
                {"formats": labels},
            )
        raise PydanticCustomError(
            "pattern_mismatch",
            "must have one of these formats: {formats}",
            {"formats": labels},
        )


@no_op_on_responses()  # JSON holds no UUID objects
def _uuid_text(value: object) -> object:
    return str(value) if isinstance(value, UUID) else value


def matches_any(formats: Mapping[str, str | re.Pattern[str]]) -> Any:
    """Metadata for ``Annotated[str, ...]``: the value must match one of the patterns.

    `formats` maps a description of each accepted format (shown in errors, such as
    ``imei:<15-16 digits>``) to its Python regex. Patterns are searched (JSON Schema
    semantics: not implicitly anchored); a `UUID` is accepted as its text.
    """
    return _Formats(tuple((label, re.compile(p)) for label, p in formats.items()))


def constrained(
    *,
    min_length: int | None = None,
    max_length: int | None = None,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
    lt: float | None = None,
    multiple_of: float | None = None,
    unique_items: bool = False,
) -> AfterValidator:
    """Metadata for ``Annotated[T, ...]``: lengths (of text or lists), number bounds."""
    checks: list[Callable[[Any], str | None]] = []
    if min_length is not None:
        checks.append(lambda v: _too_short(v, min_length))
    if max_length is not None:
        checks.append(lambda v: _too_long(v, max_length))
    for bound, fails, words in (
        (ge, lambda v, b: v < b, "at least"),
        (gt, lambda v, b: v <= b, "greater than"),
        (le, lambda v, b: v > b, "at most"),
        (lt, lambda v, b: v >= b, "less than"),
    ):
        if bound is not None:
            checks.append(_bound_check(bound, fails, f"must be {words} {bound:g}"))
    if multiple_of is not None:
        checks.append(lambda v: _not_a_multiple(v, multiple_of))
    if unique_items:
        checks.append(_duplicates)

    @no_op_on_responses(unless_strict=True)
    def check(value: Any, info: ValidationInfo) -> Any:
        if checks_constraints(info):
            for problem in (c(value) for c in checks):
                if problem:
                    raise PydanticCustomError("constraint", problem)
        return value

    return AfterValidator(check)


def _bound_check(
    bound: float, fails: Callable[[Any, float], bool], message: str
) -> Callable[[Any], str | None]:
    return lambda value: message if fails(value, bound) else None


def _not_a_multiple(value: float, step: float) -> str | None:
    """Decimal arithmetic, so 0.3 is a multiple of 0.1."""
    if Decimal(str(value)) % Decimal(str(step)) == 0:
        return None
    return f"must be a multiple of {step:g}"


def _unit(value: Sized) -> str:
    return "characters" if isinstance(value, str) else "items"


def _too_short(value: Sized, limit: int) -> str | None:
    return f"must have at least {limit} {_unit(value)}" if len(value) < limit else None


def _too_long(value: Sized, limit: int) -> str | None:
    return f"must have at most {limit} {_unit(value)}" if len(value) > limit else None


def _duplicates(value: list[Any]) -> str | None:
    repeated = any(a == b for i, a in enumerate(value) for b in value[i + 1 :])
    return "must not contain an item twice" if repeated else None
