"""Response bodies that are not (only) JSON: how each status is returned, binary
downloads and server-sent events.

A generated method that returns something other than one JSON type passes
``returns={"200": Returns("binary", "image/png"), ...}``: per declared status, what
its body becomes. Binary bodies and event streams are streamed: nothing is read
until the caller reads or iterates, so a large download never sits in memory.
"""

from __future__ import annotations

import asyncio
import codecs
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from os import PathLike
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import httpx

if TYPE_CHECKING:
    import typing_extensions

__all__ = [
    "AsyncBinaryResponse",
    "AsyncEventStream",
    "BinaryResponse",
    "EventStream",
    "Returns",
    "ServerSentEvent",
]

T = TypeVar("T")

ResponseKind = Literal["json", "text", "binary", "events", "none"]
_PROBLEM_JSON = "application/problem+json"


@dataclass(frozen=True)
class Returns:
    """What the body of one response status becomes.

    ``json``: parsed as `type`; ``text``: a `str` decoded by its charset;
    ``binary``: a `BinaryResponse`; ``events``: an `EventStream` whose events'
    data are parsed as `type` (None: kept as `str`); ``none``: None.
    `media_type` is what the call asks for in ``Accept``.
    """

    kind: ResponseKind
    media_type: str | None = None
    type: Any = None

    @property
    def streamed(self) -> bool:
        """Whether the body is left unread for the caller to read or iterate."""
        return self.kind in ("binary", "events")


NO_BODY = Returns("none")


def json_returns(response_type: Any) -> Mapping[str, Returns]:
    """The `Returns` of a call whose every success status is JSON of `response_type`
    (None: no body)."""
    return {} if response_type is None else {"2XX": Returns("json", type=response_type)}


def expected_for(status_code: int, returns: Mapping[str, Returns]) -> Returns:
    """The `Returns` of a status: its own, else its range (``2XX``), else
    ``default``, else the first one declared (a status the spec does not name)."""
    for key in (str(status_code), f"{status_code // 100}XX", "default"):
        if key in returns:
            return returns[key]
    return next(iter(returns.values()), NO_BODY)


def accept_header(returns: Mapping[str, Returns]) -> str | None:
    """The ``Accept`` a call sends: the media types it can return, then
    ``application/problem+json`` for errors; None when they are all JSON (the
    client's default Accept asks for JSON)."""
    if all(r.kind in ("json", "none") for r in returns.values()):
        return None
    media_types = [r.media_type for r in returns.values() if r.media_type]
    return ", ".join(dict.fromkeys([*media_types, _PROBLEM_JSON]))


class BinaryResponse:
    """A binary response body, not read yet: ``read()`` it whole, ``iter_bytes()``
    over it, or ``write_to_file(path)`` (streamed, never held in memory).

    Each of them reads the body once. Use it in a ``with`` block (or ``close()``
    it) when you may not read it all: until then it holds a pooled connection.
    """

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content_type(self) -> str | None:
        """The ``Content-Type`` the server sent."""
        value: str | None = self.http_response.headers.get("Content-Type")
        return value

    def read(self) -> bytes:
        """The whole body."""
        return self.http_response.read()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks, as it arrives (decompressed)."""
        return self.http_response.iter_bytes(chunk_size)

    def write_to_file(self, file: str | PathLike[str]) -> int:
        """Stream the body into `file` (replaced); returns the number of bytes."""
        written = 0
        with open(file, "wb") as out:
            for chunk in self.iter_bytes():
                written += out.write(chunk)
        return written

    def close(self) -> None:
        """Release the connection without reading the rest of the body."""
        self.http_response.close()

    def __enter__(self) -> typing_extensions.Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.content_type or 'unknown type'}>"


class AsyncBinaryResponse:
    """`BinaryResponse` in async code: ``await read()``, ``async for`` over
    ``iter_bytes()``, ``await write_to_file(path)``, ``async with`` / ``aclose()``."""

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content_type(self) -> str | None:
        """The ``Content-Type`` the server sent."""
        value: str | None = self.http_response.headers.get("Content-Type")
        return value

    async def read(self) -> bytes:
        """The whole body."""
        return await self.http_response.aread()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks, as it arrives (decompressed)."""
        return self.http_response.aiter_bytes(chunk_size)

    async def write_to_file(self, file: str | PathLike[str]) -> int:
        """Stream the body into `file` (replaced); returns the number of bytes."""
        written = 0
        out = await asyncio.to_thread(open, file, "wb")
        try:
            async for chunk in self.iter_bytes():
                written += await asyncio.to_thread(out.write, chunk)
        finally:
            await asyncio.to_thread(out.close)
        return written

    async def aclose(self) -> None:
        """Release the connection without reading the rest of the body."""
        await self.http_response.aclose()

    async def __aenter__(self) -> typing_extensions.Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.content_type or 'unknown type'}>"


@dataclass(frozen=True)
class ServerSentEvent(Generic[T]):
    """One server-sent event: its `data` (parsed as the spec's type where it gives
    one, else the text), its `event` type, the last event `id` and `retry` (ms)."""

    data: T
    event: str = "message"
    id: str | None = None
    retry: int | None = None


@dataclass(frozen=True)
class _RawEvent:
    data: str
    event: str
    id: str | None
    retry: int | None


class _EventParser:
    """The events in the text of an event stream, fed in chunks, by the rules of
    the HTML standard: lines end in CR, LF or CRLF; ``:`` starts a comment; data
    lines join with LF; a blank line ends an event, one without data is dropped;
    the id carries over to later events; an unfinished event at the end is lost."""

    def __init__(self) -> None:
        self._buffer = ""
        self._data: list[str] = []
        self._event = ""
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, text: str) -> list[_RawEvent]:
        """The events that `text` completes."""
        self._buffer += text
        events: list[_RawEvent] = []
        while True:
            line = self._next_line()
            if line is None:
                return events
            event = self._line(line)
            if event is not None:
                events.append(event)

    def _next_line(self) -> str | None:
        """The next whole line of the buffer (None: none yet; a CR at the end may
        be the first half of a CRLF)."""
        found = (self._buffer.find("\r"), self._buffer.find("\n"))
        breaks = [i for i in found if i >= 0]
        if not breaks:
            return None
        cut = min(breaks)
        end = cut + 1
        if self._buffer[cut] == "\r":
            if end == len(self._buffer):
                return None
            if self._buffer[end] == "\n":
                end += 1
        line, self._buffer = self._buffer[:cut], self._buffer[end:]
        return line

    def _line(self, line: str) -> _RawEvent | None:
        if not line:
            return self._dispatch()
        name, colon, value = line.partition(":")
        if not name:
            return None  # a comment
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> _RawEvent | None:
        data, event, retry = self._data, self._event, self._retry
        self._data, self._event, self._retry = [], "", None
        if not data:
            return None
        return _RawEvent("\n".join(data), event or "message", self._id, retry)


class _EventDecoder:
    """UTF-8 bytes of an event stream (a leading BOM dropped) to events."""

    def __init__(self, parse_data: Callable[[str], Any]) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._parser = _EventParser()
        self._parse_data = parse_data
        self._started = False

    def feed(self, chunk: bytes) -> list[ServerSentEvent[Any]]:
        text = self._text.decode(chunk)
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")
        return [
            ServerSentEvent(self._parse_data(e.data), e.event, e.id, e.retry)
            for e in self._parser.feed(text)
        ]


class EventStream(Generic[T]):
    """The server-sent events of a response, read as they arrive: iterate it
    (once) for each `ServerSentEvent`. Use it in a ``with`` block (or
    ``close()`` it) to stop listening early."""

    def __init__(self, response: httpx.Response, parse_data: Callable[[str], T]) -> None:
        self.http_response = response
        self._parse_data = parse_data

    def __iter__(self) -> Iterator[ServerSentEvent[T]]:
        decoder = _EventDecoder(self._parse_data)
        try:
            for chunk in self.http_response.iter_bytes():
                yield from decoder.feed(chunk)
        finally:
            self.http_response.close()

    def close(self) -> None:
        """Stop listening: release the connection."""
        self.http_response.close()

    def __enter__(self) -> typing_extensions.Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.http_response.status_code}]>"


class AsyncEventStream(Generic[T]):
    """`EventStream` in async code: ``async for event in stream``, ``async with``
    or ``aclose()``."""

    def __init__(self, response: httpx.Response, parse_data: Callable[[str], T]) -> None:
        self.http_response = response
        self._parse_data = parse_data

    async def __aiter__(self) -> AsyncIterator[ServerSentEvent[T]]:
        decoder = _EventDecoder(self._parse_data)
        try:
            async for chunk in self.http_response.aiter_bytes():
                for event in decoder.feed(chunk):
                    yield event
        finally:
            await self.http_response.aclose()

    async def aclose(self) -> None:
        """Stop listening: release the connection."""
        await self.http_response.aclose()

    async def __aenter__(self) -> typing_extensions.Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.http_response.status_code}]>"
