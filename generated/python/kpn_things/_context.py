"""Validation context: whether data came from the server, and how strictly to check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import ValidationInfo

F = TypeVar("F", bound=Callable[..., Any])

_RESPONSE_KEY = "__sdk_response__"
_STRICT_KEY = "__sdk_strict__"
_NO_OP_KEY = "__sdk_no_op_on_responses__"


def response_context(*, strict: bool) -> dict[str, Any]:
    """The pydantic validation context for a response body."""
    return {_RESPONSE_KEY: True, _STRICT_KEY: strict}


def is_response(info: ValidationInfo) -> bool:
    """True while validating data that came from the server."""
    return bool(info.context and info.context.get(_RESPONSE_KEY))


def checks_constraints(info: ValidationInfo) -> bool:
    """Whether patterns, lengths and ranges apply: in requests and strict responses."""
    context = info.context or {}
    return not context.get(_RESPONSE_KEY) or bool(context.get(_STRICT_KEY))


def no_op_on_responses(*, unless_strict: bool = False) -> Callable[[F], F]:
    """Mark a validator function that returns JSON from the server as it is (with
    `unless_strict`: unless `strict_response_validation` is on), so response parsing
    can leave it out (see `_parsing`)."""

    def mark(function: F) -> F:
        setattr(function, _NO_OP_KEY, "unless strict" if unless_strict else "always")
        return function

    return mark


def is_no_op_on_responses(function: object, *, strict: bool) -> bool:
    """Whether `function` (a validator, or a method of one) is marked as doing nothing
    to a response body parsed with this strictness."""
    marked = getattr(function, _NO_OP_KEY, None)
    return marked == "always" or (marked == "unless strict" and not strict)
