"""Raw HTTP response access: ``client.with_raw_response.<resource>.<method>()``.

Inside a raw-response wrapper the runtime records every response and defers
parsing: the wrapper returns an `APIResponse` at once, and its ``parse()`` builds the
result on demand, so headers and body stay reachable even when the body does not
parse.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, Generic, ParamSpec, TypeVar, overload

import httpx

from ._errors import describe
from ._pagination import AsyncPager, SyncPager

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

_captured: ContextVar[list[httpx.Response] | None] = ContextVar("_captured", default=None)


def record(response: httpx.Response) -> None:
    """Remember `response` for a raw-response wrapper running in this context."""
    captured = _captured.get()
    if captured is not None:
        captured.append(response)


class Deferred:
    """A result to be parsed later, returned by the runtime inside a raw wrapper."""

    def __init__(self, parse: Callable[[], Any]) -> None:
        self.parse = parse


def deferred(parse: Callable[[], Any]) -> Any:
    """``parse()`` now, or a `Deferred` when a raw-response wrapper is capturing."""
    return Deferred(parse) if _captured.get() is not None else parse()


class APIResponse(Generic[R]):
    """The HTTP response of a call; ``parse()`` gives what the plain call returns."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], R]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[R] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def content(self) -> bytes:
        """The body as received. A streamed body (a binary download or an event
        stream) is read now in sync code; in async code ``parse()`` it and read that."""
        response = self.http_response
        if not response.is_stream_consumed and isinstance(response.stream, httpx.SyncByteStream):
            return response.read()
        return response.content

    @property
    def text(self) -> str:
        """The body decoded as text."""
        return self.http_response.text

    def json(self) -> Any:
        """The body decoded as JSON, without any schema."""
        return json.loads(self.http_response.content)

    def parse(self) -> R:
        """Exactly what the method returns without ``with_raw_response``.

        Parsed on the first call (its errors are raised here), then remembered.
        """
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {describe(self.http_request)}>"


def _last(captured: list[httpx.Response]) -> httpx.Response:
    if not captured:
        raise RuntimeError("the wrapped method sent no request")
    return captured[-1]


def _parser(result: Any) -> Callable[[], Any]:
    return result.parse if isinstance(result, Deferred) else lambda: result


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a sync resource method to return an `APIResponse` of its result.

    A `SyncPager` has its first page requested now, so the response is that page's;
    ``parse()`` returns the pager, which starts from that page.
    """

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        captured: list[httpx.Response] = []
        token = _captured.set(captured)
        try:
            result: Any = func(*args, **kwargs)
            if isinstance(result, SyncPager):
                result.prefetch()
        finally:
            _captured.reset(token)
        return APIResponse(_last(captured), _parser(result))

    return wrapped


@overload
def async_to_raw_response_wrapper(
    func: Callable[P, AsyncPager[T]],
) -> Callable[P, Awaitable[APIResponse[AsyncPager[T]]]]: ...


@overload
def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]: ...


def async_to_raw_response_wrapper(
    func: Callable[P, Any],
) -> Callable[P, Awaitable[APIResponse[Any]]]:
    """Wrap an async resource method (or one returning an `AsyncPager`) to return
    an awaitable `APIResponse` of its result; a pager's first page is requested now."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[Any]:
        captured: list[httpx.Response] = []
        token = _captured.set(captured)
        try:
            result = func(*args, **kwargs)
            if isinstance(result, AsyncPager):
                await result.prefetch()
            else:
                result = await result
        finally:
            _captured.reset(token)
        return APIResponse(_last(captured), _parser(result))

    return wrapped
