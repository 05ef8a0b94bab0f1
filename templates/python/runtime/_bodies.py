"""Request bodies (JSON, multipart, form fields, text, raw bytes), encoded for httpx."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, Literal, TypeAlias, cast
from urllib.parse import urlencode

import httpx
import pydantic

from ._errors import RequestValidationError
from ._models import BaseModel, _field_names, adapter, to_request_json
from ._types import NOT_GIVEN, BinaryContent, FileTypes, NotGiven, is_file

BodyKind: TypeAlias = Literal["json", "multipart", "form", "text", "binary"]
Part: TypeAlias = tuple[str, tuple[str | None, bytes | IO[bytes], str | None]]
"""One multipart part for httpx: ``(name, (filename, content, Content-Type))``."""

_CHUNK = 64 * 1024


@dataclass(frozen=True)
class BodyFormat:
    """How a resource method sends its body as one media type.

    `type` is what the body is validated as (JSON, multipart and form bodies);
    `part_types` the spec's Content-Type of multipart parts, by wire name.
    """

    kind: BodyKind
    type: Any = None
    part_types: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EncodedBody:
    """A request body ready to send: JSON data, multipart parts or raw content."""

    json: object = NOT_GIVEN
    parts: tuple[Part, ...] = ()
    content: BinaryContent | None = None
    content_type: str | None = None  # the Content-Type header; None: httpx's own
    start: int | None = None  # where a file-object `content` starts, when seekable

    @property
    def replayable(self) -> bool:
        """Whether the body can be sent again (a retry): not an iterator, nor a pipe."""
        if not isinstance(self.content, (bytes, type(None))) and self.start is None:
            return False  # an iterator, or a file that cannot seek back
        files = [content for _, (_, content, _) in self.parts]
        return all(isinstance(c, bytes) or _seekable(c) for c in files)

    def headers(self) -> dict[str, str]:
        """Content-Type (where httpx's own is not right) and the length of a file."""
        headers = {} if self.content_type is None else {"Content-Type": self.content_type}
        length = self._length()
        return headers if length is None else {**headers, "Content-Length": str(length)}

    def httpx_arguments(self, http: httpx.Client | httpx.AsyncClient) -> dict[str, Any]:
        """The keyword arguments of `http.build_request` that send this body."""
        asynchronous = isinstance(http, httpx.AsyncClient)
        if not isinstance(self.json, NotGiven):
            return {"json": self.json}
        if self.parts:
            return {"files": list(self.parts)}
        if isinstance(self.content, bytes):
            return {"content": self.content}
        return {"content": self._stream(asynchronous)}

    def _stream(self, asynchronous: bool) -> Iterable[bytes] | AsyncIterable[bytes]:
        content = self.content
        if _is_file_object(content):
            file = cast(IO[bytes], content)
            if self.start is not None:
                file.seek(self.start)
            chunks: Iterable[bytes] = iter(lambda: file.read(_CHUNK), b"")
        elif isinstance(content, AsyncIterable):
            if not asynchronous:
                raise RequestValidationError(
                    "Invalid request, nothing was sent: an async iterator body needs "
                    "the async client",
                    errors=[],
                )
            return content
        else:
            chunks = cast(Iterable[bytes], content)
        return _async_chunks(chunks) if asynchronous else chunks

    def _length(self) -> int | None:
        """The Content-Length of a seekable file `content` (else None: httpx's)."""
        if self.start is None or not _is_file_object(self.content):
            return None
        file = cast(IO[bytes], self.content)
        end = file.seek(0, io.SEEK_END)
        file.seek(self.start)
        return end - self.start


async def _async_chunks(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def encode_body(
    content: object,
    content_type: str | NotGiven,
    formats: Mapping[str, BodyFormat],
    extra_body: Mapping[str, object] | None,
) -> EncodedBody | None:
    """The body a method sends: `content` as `content_type` (default: the first of
    `formats`, the media types the method can send). None: nothing to send."""
    media_type = next(iter(formats)) if isinstance(content_type, NotGiven) else content_type
    if media_type not in formats:
        raise RequestValidationError(
            f"Invalid request, nothing was sent: content_type must be one of "
            f"{', '.join(formats)}, not {media_type!r}",
            errors=[],
        )
    body_format = formats[media_type]
    if content is None or isinstance(content, NotGiven):
        if not extra_body:
            return None
        content, body_format = {}, replace(body_format, type=None)  # extra_body alone
    if extra_body and body_format.kind in ("text", "binary"):
        raise RequestValidationError(
            "Invalid request, nothing was sent: extra_body needs a JSON object, form "
            "or multipart body",
            errors=[],
        )
    try:
        return _ENCODERS[body_format.kind](content, media_type, body_format, extra_body or {})
    except pydantic.ValidationError as exc:
        error = RequestValidationError.of(exc, content, where=("body",), show_input=False)
        raise error from None


def _json(
    content: object,
    media_type: str,
    body_format: BodyFormat,
    extra: Mapping[str, object],
) -> EncodedBody:
    data = to_request_json(content, body_format.type)
    if extra:
        data = {**_object(data, "extra_body needs a JSON object body"), **extra}
    plain = media_type.split(";")[0].strip().lower() == "application/json"
    return EncodedBody(json=data, content_type=None if plain else header_type(media_type, "json"))


def _form(
    content: object,
    media_type: str,
    body_format: BodyFormat,
    extra: Mapping[str, object],
) -> EncodedBody:
    data = {**_object(to_request_json(content, body_format.type)), **extra}
    pairs = [pair for name, value in data.items() for pair in _form_pairs(name, value)]
    encoded = urlencode(pairs).encode("ascii")
    return EncodedBody(content=encoded, content_type=header_type(media_type, "form"))


def _form_pairs(name: str, value: object) -> list[tuple[str, str]]:
    """Form style, exploded: an array repeats its name, an object's members are
    fields."""
    if isinstance(value, list):
        return [(name, _text(item)) for item in value]
    if isinstance(value, dict):
        return [(key, _text(item)) for key, item in value.items()]
    return [(name, _text(value))]


def _multipart(
    content: object,
    media_type: str,
    body_format: BodyFormat,
    extra: Mapping[str, object],
) -> EncodedBody:
    members, files = request_parts(content, body_format.type)
    part_types = body_format.part_types
    parts: list[Part] = []
    for name, value in {**members, **extra}.items():
        if name in files and name not in extra:
            items = value if isinstance(value, list) else [value]
            parts += [(name, _file_part(item, part_types.get(name))) for item in items]
        else:
            parts += _field_parts(name, value, part_types.get(name))
    return EncodedBody(parts=tuple(parts))


def request_parts(value: object, type_: Any) -> tuple[dict[str, Any], frozenset[str]]:
    """A multipart body as ``(members, files)``: its members by wire name, in order, as
    JSON data (see `to_request_json`) except those holding files (or lists of them),
    which are as given; `files` names those."""
    model = adapter(cast(Any, type(value) if type_ is None else type_)).validate_python(value)
    if isinstance(model, BaseModel):
        names = _field_names(type(model))
        given = {wire: getattr(model, name) for wire, name in names.items()}
    else:
        names, given = {}, dict(_object(model))
    files = {wire: item for wire, item in given.items() if _holds_files(item)}
    if names:
        stand_ins = {names[wire]: _stand_in(item) for wire, item in files.items()}
        data = to_request_json(model.model_copy(update=stand_ins), type(model))
    else:
        data = to_request_json({k: v for k, v in given.items() if k not in files}, None)
    return {**_object(data), **files}, frozenset(files)  # files in their places


def _holds_files(value: object) -> bool:
    if isinstance(value, list) and value:
        return all(is_file(item) for item in value)
    return is_file(value)


def _stand_in(value: object) -> object:
    """Empty content in place of files, so the rest of a body is checked as JSON."""
    return [b"" for _ in value] if isinstance(value, list) else b""


def _file_part(
    value: FileTypes, spec_type: str | None
) -> tuple[str | None, bytes | IO[bytes], str | None]:
    """``(filename, content, Content-Type)``: the tuple's own, else the file's name,
    else ``upload``; the tuple's media type, else the spec's (when it names one)."""
    if isinstance(value, tuple):
        filename, content = value[0], value[1]
        given = value[2] if len(value) == 3 else None
    else:
        content = value
        filename = Path(str(getattr(value, "name", "upload"))).name
        given = None
    concrete = spec_type if spec_type and "*" not in spec_type and "," not in spec_type else None
    return filename, content, given or concrete


def _field_parts(name: str, value: object, spec_type: str | None) -> list[Part]:
    """An object (or array of objects) is one JSON part; an array of values repeats the
    name; a value is text, with the spec's Content-Type when it gives one."""
    structured = isinstance(value, dict) or (
        isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value)
    )
    if structured or (spec_type is not None and "json" in spec_type):
        encoded = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        return [(name, (None, encoded, spec_type or "application/json"))]
    items = value if isinstance(value, list) else [value]
    return [(name, (None, _text(item).encode(), spec_type)) for item in items]


def _text(value: object) -> str:
    """A JSON value as a form or multipart field: a string as it is, else JSON text."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _text_body(
    content: object,
    media_type: str,
    body_format: BodyFormat,
    extra: Mapping[str, object],
) -> EncodedBody:
    if not isinstance(content, str):
        raise RequestValidationError(
            f"Invalid request, nothing was sent: body: a {media_type} body is a str, "
            f"not {type(content).__name__}",
            errors=[],
        )
    header = header_type(media_type, "text")
    charset = _charset(header) or "utf-8"
    return EncodedBody(content=content.encode(charset), content_type=header)


def _binary(
    content: object,
    media_type: str,
    body_format: BodyFormat,
    extra: Mapping[str, object],
) -> EncodedBody:
    header = header_type(media_type, "binary")
    if isinstance(content, (bytes, bytearray, memoryview)):
        return EncodedBody(content=bytes(content), content_type=header)
    if _is_file_object(content):
        file = cast(IO[bytes], content)
        start = file.tell() if _seekable(file) else None
        return EncodedBody(content=file, content_type=header, start=start)
    if isinstance(content, (Iterable, AsyncIterable)) and not isinstance(content, str):
        return EncodedBody(content=cast(BinaryContent, content), content_type=header)
    raise RequestValidationError(
        f"Invalid request, nothing was sent: body: a {media_type} body is bytes, a "
        "file opened in binary mode or an iterator of bytes, not "
        f"{type(content).__name__}",
        errors=[],
    )


_ENCODERS = {
    "json": _json,
    "form": _form,
    "multipart": _multipart,
    "text": _text_body,
    "binary": _binary,
}


def header_type(media_type: str, kind: BodyKind) -> str:
    """The Content-Type header for a body of `media_type`: a wildcard (``*/*``,
    ``image/*``) is sent as the generic type of its kind; text gets ``charset=utf-8``
    unless the spec names a charset."""
    base = media_type.split(";")[0].strip().lower()
    if "*" in base:
        return {"json": "application/json", "text": "text/plain; charset=utf-8"}.get(
            kind, "application/octet-stream"
        )
    if base.startswith("text/") and _charset(media_type) is None:
        return f"{media_type}; charset=utf-8"
    return media_type


def _charset(media_type: str) -> str | None:
    for parameter in media_type.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"')
    return None


def _object(data: object, problem: str = "this body must be an object") -> dict[str, Any]:
    if not isinstance(data, dict):
        raise RequestValidationError(f"Invalid request, nothing was sent: {problem}", errors=[])
    return data


def _is_file_object(value: object) -> bool:
    return callable(getattr(value, "read", None))


def _seekable(stream: object) -> bool:
    seekable = getattr(stream, "seekable", None)
    return bool(seekable()) if callable(seekable) else False
