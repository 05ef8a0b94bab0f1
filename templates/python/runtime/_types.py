"""Field types of generated models: open enums, durations, base64, pattern unions."""

from __future__ import annotations

import base64
import re
from datetime import timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

from pydantic import (
    AfterValidator,
    PlainSerializer,
    PlainValidator,
    ValidationInfo,
    WithJsonSchema,
)

from ._models import is_response

if TYPE_CHECKING:
    import typing_extensions


class OpenStrEnum(str, Enum):
    """A string enum that also accepts values this SDK version does not know.

    ``Status("NEW")`` for an undeclared value returns a pseudo-member: its
    ``value`` is the string, it equals that string, and ``is_known`` is False.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one of the members declared by the SDK."""
        return type(self).__members__.get(self._name_) is self

    def __str__(self) -> str:
        return str.__str__(self)

    def __repr__(self) -> str:
        if self.is_known:
            return Enum.__repr__(self)
        return f"<{type(self).__name__} (unknown): {str.__str__(self)!r}>"


_NUMBER = r"[-+]?\d+(?:[.,]\d+)?"
_DURATION = re.compile(
    rf"(?P<sign>[-+])?P(?=.)(?:(?P<days>{_NUMBER})D)?"
    rf"(?:T(?:(?P<hours>{_NUMBER})H)?(?:(?P<minutes>{_NUMBER})M)?"
    rf"(?:(?P<seconds>{_NUMBER})S)?)?",
    re.IGNORECASE,
)
_CALENDAR_UNITS = re.compile(r"[-+]?P[^T]*[YM]", re.IGNORECASE)
_UNIT_SECONDS = (("days", 86400), ("hours", 3600), ("minutes", 60), ("seconds", 1))
_MICROS = 1_000_000


def parse_duration(text: str) -> int:
    """Microseconds in an ISO 8601 duration such as ``P3DT4H5M6.5S`` or ``-PT1S``."""
    match = _DURATION.fullmatch(text)
    if match is None:
        if _CALENDAR_UNITS.match(text):
            raise ValueError(
                f"duration {text!r} uses years or months, which have no fixed "
                "length; only days, hours, minutes and seconds are supported"
            )
        raise ValueError(f"not an ISO 8601 duration: {text!r}")
    total = Decimal(0)
    for unit, seconds in _UNIT_SECONDS:
        if part := match[unit]:
            total += Decimal(part.replace(",", ".")) * seconds
    micros = int((total * _MICROS).to_integral_value(ROUND_HALF_EVEN))
    return -micros if match["sign"] == "-" else micros


def format_duration(value: timedelta) -> str:
    """ISO 8601 text of `value` in hours, minutes and seconds: ``PT25H``, ``-PT1S``."""
    micros = (value.days * 86400 + value.seconds) * _MICROS + value.microseconds
    sign = "-" if micros < 0 else ""
    hours, rest = divmod(abs(micros), 3600 * _MICROS)
    minutes, rest = divmod(rest, 60 * _MICROS)
    seconds, fraction = divmod(rest, _MICROS)
    text = f"{hours}H" if hours else ""
    text += f"{minutes}M" if minutes else ""
    if seconds or fraction or not text:
        decimals = f".{fraction:06d}".rstrip("0") if fraction else ""
        text += f"{seconds}{decimals}S"
    return f"{sign}PT{text}"


class IsoDuration(timedelta):
    """A `timedelta` parsed from ISO 8601 text, which it serializes back verbatim."""

    __slots__ = ("text",)
    text: str

    def __new__(cls, text: str) -> typing_extensions.Self:
        micros = parse_duration(text)
        try:
            self = super().__new__(cls, microseconds=micros)
        except OverflowError:
            raise ValueError(f"duration out of range: {text!r}") from None
        self.text = text
        return self

    def __reduce__(self) -> tuple[type[IsoDuration], tuple[str]]:
        return type(self), (self.text,)


def _validate_duration(value: object) -> timedelta:
    if isinstance(value, timedelta):
        return value
    if isinstance(value, str):
        return IsoDuration(value)
    raise ValueError("expected an ISO 8601 duration string or a timedelta")


def _serialize_duration(value: timedelta) -> str:
    return value.text if isinstance(value, IsoDuration) else format_duration(value)


Duration = Annotated[
    timedelta,
    PlainValidator(_validate_duration),
    PlainSerializer(_serialize_duration, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "duration"}),
]
"""A `timedelta` sent as ISO 8601 text; parsed text is sent back unchanged."""


class Base64Text(bytes):
    """Bytes decoded from base64 text, which they serialize back verbatim."""

    text: str

    def __new__(cls, text: str) -> typing_extensions.Self:
        try:
            data = base64.b64decode(text, validate=True)
        except ValueError as exc:
            raise ValueError(f"invalid base64 text: {exc}") from None
        self = super().__new__(cls, data)
        self.text = text
        return self

    def __reduce__(self) -> tuple[type[Base64Text], tuple[str]]:
        return type(self), (self.text,)


def _validate_base64(value: object) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return Base64Text(value)
    raise ValueError("expected base64 text or bytes")


def _serialize_base64(value: bytes) -> str:
    if isinstance(value, Base64Text):
        return value.text
    return base64.b64encode(value).decode("ascii")


Base64Bytes = Annotated[
    bytes,
    PlainValidator(_validate_base64),
    PlainSerializer(_serialize_base64, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "contentEncoding": "base64"}),
]
"""`bytes` sent as base64 text; parsed text is sent back unchanged."""

PatternSpec: TypeAlias = str | re.Pattern[str] | tuple[str, int]
"""A regex: source text, a compiled pattern, or ``(source, flags)``."""


def matches_any(*patterns: PatternSpec) -> AfterValidator:
    """Validator for ``Annotated[str, ...]``: the value must match one of `patterns`.

    Patterns are searched (JSON Schema semantics: not implicitly anchored). Values
    from the server are not checked, so a newer server's new format still parses.
    """
    compiled = [_compile(pattern) for pattern in patterns]

    def check(value: str, info: ValidationInfo) -> str:
        if is_response(info) or any(p.search(value) for p in compiled):
            return value
        accepted = ", ".join(p.pattern for p in compiled)
        raise ValueError(f"does not match any accepted format: {accepted}")

    return AfterValidator(check)


def _compile(pattern: PatternSpec) -> re.Pattern[str]:
    if isinstance(pattern, tuple):
        return re.compile(*pattern)
    return re.compile(pattern)
