"""Raw HTTP response access: ``client.with_raw_response.<resource>.<method>()``."""

from __future__ import annotations

import functools
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


class APIResponse(Generic[R]):
    """The HTTP response of a call, and what the plain call returns (`parse`)."""

    def __init__(self, http_response: httpx.Response, parsed: R) -> None:
        self.http_response = http_response
        self._parsed = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    def parse(self) -> R:
        """Exactly what the method returns without ``with_raw_response``."""
        return self._parsed

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {describe(self.http_request)}>"


def _last(captured: list[httpx.Response]) -> httpx.Response:
    if not captured:
        raise RuntimeError("the wrapped method sent no request")
    return captured[-1]


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a sync resource method to return an `APIResponse` of its result.

    A `SyncPager` result has its first page fetched now, so the response is that
    page's; ``parse()`` returns the pager, which starts from that page.
    """

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        captured: list[httpx.Response] = []
        token = _captured.set(captured)
        try:
            result = func(*args, **kwargs)
            if isinstance(result, SyncPager):
                result.first_page()
        finally:
            _captured.reset(token)
        return APIResponse(_last(captured), result)

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
    an awaitable `APIResponse` of its result; a pager's first page is fetched now."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[Any]:
        captured: list[httpx.Response] = []
        token = _captured.set(captured)
        try:
            result = func(*args, **kwargs)
            if isinstance(result, AsyncPager):
                await result.first_page()
            else:
                result = await result
        finally:
            _captured.reset(token)
        return APIResponse(_last(captured), result)

    return wrapped
