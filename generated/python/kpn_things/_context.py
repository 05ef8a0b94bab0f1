"""Validation context: whether data came from the server, and how strictly to check."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationInfo

_RESPONSE_KEY = "__sdk_response__"
_STRICT_KEY = "__sdk_strict__"


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
