"""Value types: the not-given sentinel, open enums, durations, base64 and files."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import AsyncIterable, Iterable
from datetime import timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from enum import Enum
from typing import IO, TYPE_CHECKING, Annotated, Any, Literal, TypeAlias

from pydantic import PlainSerializer, PlainValidator, ValidationInfo, WithJsonSchema
from pydantic_core import PydanticCustomError

from ._context import is_response

if TYPE_CHECKING:
    import typing_extensions


class NotGiven:
    """The type of `NOT_GIVEN`: "left out", which is not the same as None (JSON null).

    ``timeout=NOT_GIVEN`` means the client's timeout, ``timeout=None`` no timeout; an
    optional field or parameter left at `NOT_GIVEN` is not sent at all.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"  # copies and pickles are the one `NOT_GIVEN`


NOT_GIVEN = NotGiven()
"""Default of every optional argument: nothing is sent for it."""


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
_UNSIGNED = r"[0-9]+(?:\.[0-9]+)?"
# What a request may send: no sign, at least one number, and one after a `T`.
_SENDABLE_DURATION = re.compile(
    rf"P(?!$)(?:{_UNSIGNED}D)?(?:T(?!$)(?:{_UNSIGNED}H)?(?:{_UNSIGNED}M)?(?:{_UNSIGNED}S)?)?"
)
_CALENDAR_UNITS = re.compile(r"[-+]?P[^T]*[YM]", re.IGNORECASE)
_UNIT_SECONDS = (("days", 86400), ("hours", 3600), ("minutes", 60), ("seconds", 1))
_MICROS = 1_000_000


def parse_duration(text: str) -> int:
    """Microseconds in an ISO 8601 duration such as ``P3DT4H5M6.5S`` or ``-PT1S``.

    Lenient, as for what a server sends: a sign, ``,`` decimals, lower case and an
    empty time part are accepted. Years and months have no fixed length: an error.
    """
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


_MOST = (timedelta.max.days * 86400 + timedelta.max.seconds) * _MICROS + 999_999
_LEAST = timedelta.min.days * 86400 * _MICROS


class IsoDuration(timedelta):
    """A `timedelta` parsed from ISO 8601 text, which it serializes back verbatim.

    A duration beyond `timedelta`'s range (about 2.7 million years) reads as
    ``timedelta.max`` (or ``min``); its text is still kept and sent back unchanged.
    """

    __slots__ = ("text",)
    text: str

    def __new__(cls, text: str) -> typing_extensions.Self:
        micros = max(_LEAST, min(_MOST, parse_duration(text)))
        self = super().__new__(cls, microseconds=micros)
        self.text = text
        return self

    def __reduce__(self) -> tuple[type[IsoDuration], tuple[str]]:
        return type(self), (self.text,)


def _validate_duration(value: object, info: ValidationInfo) -> timedelta:
    try:
        return _duration(value, sending=not is_response(info))
    except ValueError as exc:
        raise PydanticCustomError("duration", "{reason}", {"reason": str(exc)}) from None


def _duration(value: object, *, sending: bool) -> timedelta:
    if isinstance(value, timedelta):
        if sending and value < timedelta(0):
            raise ValueError(f"a negative duration cannot be sent: {value}")
        return value
    if isinstance(value, str):
        if sending and not _SENDABLE_DURATION.fullmatch(value):
            raise ValueError(
                f"not an ISO 8601 duration the API accepts: {value!r} "
                "(days, hours, minutes and seconds, such as P1DT2H or PT10M)"
            )
        return IsoDuration(value)
    raise ValueError("expected an ISO 8601 duration string or a timedelta")


def _serialize_duration(value: timedelta | str) -> str:
    if isinstance(value, str):  # text a lenient parse kept as it came
        return value
    return value.text if isinstance(value, IsoDuration) else format_duration(value)


Duration = Annotated[
    timedelta,
    PlainValidator(_validate_duration),
    PlainSerializer(_serialize_duration, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "duration"}),
]
"""A `timedelta` sent as ISO 8601 text; parsed text is sent back unchanged."""


class Base64Text(bytes):
    """Bytes decoded from base64 text, which they serialize back verbatim.

    ``lenient`` (text from the server) also accepts URL-safe characters, missing
    padding and whitespace.
    """

    text: str

    def __new__(cls, text: str, *, lenient: bool = False) -> typing_extensions.Self:
        try:
            data = base64.b64decode(_normalized(text) if lenient else text, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError(f"invalid base64 text: {exc}") from None
        self = super().__new__(cls, data)
        self.text = text
        return self

    def __reduce__(self) -> tuple[type[Base64Text], tuple[str]]:
        return type(self), (self.text,)


def _normalized(text: str) -> str:
    """Standard, padded base64 of URL-safe, unpadded or wrapped text."""
    compact = "".join(text.split()).translate(str.maketrans("-_", "+/"))
    return compact + "=" * (-len(compact) % 4)


def _validate_base64(value: object, info: ValidationInfo) -> bytes:
    if isinstance(value, bytes):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("base64", "expected base64 text or bytes")
    try:
        return Base64Text(value, lenient=is_response(info))
    except ValueError as exc:
        raise PydanticCustomError("base64", "{reason}", {"reason": str(exc)}) from None


def _serialize_base64(value: bytes | str) -> str:
    if isinstance(value, str):  # text a lenient parse kept as it came
        return value
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


FileContent: TypeAlias = bytes | IO[bytes]
"""A file's content: bytes, or a file opened in binary mode (read in chunks)."""

FileTypes: TypeAlias = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
"""A file to upload: its content, or ``(filename, content)`` or ``(filename, content,
media_type)``. Without a filename, a file object's ``name`` is used (else ``upload``);
without a media type, the spec's, else one guessed from the filename."""

BinaryContent: TypeAlias = bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes]
"""A raw request body: bytes, a file opened in binary mode (streamed in chunks), or an
iterator of chunks (streamed; async iterators only with the async client). An iterator
is sent once: a call with one is not retried."""


def is_file(value: object) -> bool:
    """Whether `value` is one of the `FileTypes`."""
    if isinstance(value, tuple) and len(value) in (2, 3):
        return isinstance(value[0], (str, type(None))) and is_file(value[1])
    return isinstance(value, (bytes, bytearray)) or callable(getattr(value, "read", None))


def _validate_file(value: object) -> object:
    if isinstance(value, str):
        return value.encode()  # what JSON holds for a binary string
    if not is_file(value):
        raise PydanticCustomError(
            "file",
            "expected bytes, a file opened in binary mode, or a "
            "(filename, content, media_type) tuple",
        )
    return bytes(value) if isinstance(value, bytearray) else value


def file_bytes(value: FileTypes) -> bytes:
    """The content of a file, read whole."""
    content = value[1] if isinstance(value, tuple) else value
    return content if isinstance(content, bytes) else content.read()


def _serialize_file(value: FileTypes) -> str:
    return file_bytes(value).decode()  # a binary string inside JSON: its text


FileInput = Annotated[
    FileTypes,
    PlainValidator(_validate_file),
    PlainSerializer(_serialize_file, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "binary"}),
]
"""A `format: binary` field: one of the `FileTypes` (bytes when read from JSON)."""
