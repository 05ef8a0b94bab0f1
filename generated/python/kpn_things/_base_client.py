"""Base classes of the generated clients: auth, URLs, retries, errors, pagination."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn, TypeAlias, TypeVar

import httpx

from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    NotFoundError,
    describe,
    make_status_error,
    redact,
)
from ._pagination import AsyncPager, PageModel, ResultsPage, SyncPager
from ._parsing import parse_response, type_name
from ._request import Call, CallArgs, RequestTimeout, make_call
from ._response import deferred, record
from ._retries import retry_delay
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import typing_extensions
    from typing_extensions import Unpack

__all__ = ["AsyncAPIClient", "RequestTimeout", "SyncAPIClient", "TokenSource"]

T = TypeVar("T")

TokenSource: TypeAlias = str | Callable[[], str]
"""A bearer token, or a zero-argument callable returning the current one."""

logger = logging.getLogger(__name__)

_TOKEN_CHARS = re.compile(r"[\x21-\x7e]+")
_ACCEPT = "application/json, application/problem+json"


class _BaseClient:
    """Configuration and request/response handling shared by both clients."""

    _default_base_url: ClassVar[str]
    _token_env: ClassVar[str]
    _base_url_env: ClassVar[str]
    _user_agent: ClassVar[str]

    def __init__(
        self,
        token: TokenSource | None,
        *,
        base_url: str | None,
        timeout: RequestTimeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        strict_response_validation: bool,
    ) -> None:
        token = token if token is not None else os.environ.get(self._token_env)
        if not token:
            raise APIError(
                f"No API token: pass token=... or set the {self._token_env} " "environment variable"
            )
        if max_retries < 0:
            raise ValueError("max_retries must not be negative")
        url = base_url or os.environ.get(self._base_url_env) or self._default_base_url
        self.base_url = httpx.URL(url)
        if self.base_url.scheme not in ("http", "https") or not self.base_url.host:
            raise ValueError(f"base_url must be an absolute http(s) URL: {url!r}")
        self.timeout = timeout
        self.max_retries = max_retries
        self.strict_response_validation = strict_response_validation
        self._token = token
        self._headers = httpx.Headers({"Accept": _ACCEPT, "User-Agent": self._user_agent})
        self._headers.update(default_headers or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    def _options(self, **changes: Any) -> dict[str, Any]:
        """The constructor arguments of this client, with the given ones changed."""
        options: dict[str, Any] = {
            "token": self._token,
            "base_url": str(self.base_url),
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "strict_response_validation": self.strict_response_validation,
        }
        options.update({k: v for k, v in changes.items() if not isinstance(v, NotGiven)})
        headers = dict(self._headers)
        headers.update(changes.get("default_headers") or {})
        options["default_headers"] = headers
        return options

    def _current_token(self) -> str:
        token = self._token() if callable(self._token) else self._token
        if not isinstance(token, str) or not _TOKEN_CHARS.fullmatch(token):
            raise APIError("The API token must be a non-empty string of visible ASCII characters")
        return token

    def _call(self, method: str, path: str, **call: Unpack[CallArgs]) -> Call:
        return make_call(method, self.base_url, path, **call)

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, call: Call, token: str
    ) -> httpx.Request:
        merged = self._headers.copy()
        merged.update(call.headers)
        merged["Authorization"] = f"Bearer {token}"
        merged.update(call.extra_headers)
        return http.build_request(
            call.method,
            call.url,
            params=call.params or None,
            json=None if isinstance(call.body, NotGiven) else call.body,
            headers=merged,
            timeout=(self.timeout if isinstance(call.timeout, NotGiven) else call.timeout),
        )

    def _retry_delay(
        self,
        call: Call,
        request: httpx.Request,
        attempt: int,
        outcome: httpx.Response | httpx.RequestError,
    ) -> float | None:
        limit = self.max_retries if isinstance(call.max_retries, NotGiven) else call.max_retries
        delay = retry_delay(request.method, attempt, limit, outcome)
        if delay is not None:
            reason = (
                f"status {outcome.status_code}"
                if isinstance(outcome, httpx.Response)
                else type(outcome).__name__
            )
            logger.info(
                "Retrying %s in %.2f s after %s (retry %d of %d)",
                describe(request),
                delay,
                reason,
                attempt + 1,
                limit,
            )
        return delay

    @staticmethod
    def _raise(
        outcome: httpx.Response | httpx.RequestError,
        request: httpx.Request,
        token: str,
    ) -> NoReturn:
        if isinstance(outcome, httpx.Response):
            raise make_status_error(outcome, secret=token)
        if isinstance(outcome, httpx.TimeoutException):
            raise APITimeoutError(
                f"Request timed out: {describe(request)}", request=request
            ) from outcome
        message = f"Connection error for {describe(request)}: {outcome!r}"
        raise APIConnectionError(redact(message, token), request=request) from outcome

    def _result(self, response: httpx.Response, response_type: Any) -> Any:
        """What the call returns: the parsed body (later, inside a raw wrapper)."""
        if response_type is None:
            return None
        strict = self.strict_response_validation
        return deferred(lambda: parse_response(response_type, response, strict=strict))

    def _following(self, first: Call, url: httpx.URL | None) -> Call:
        """The call for a next link: none to another origin (it would get the token)."""
        if url is None:
            return first
        if _origin(url) != _origin(self.base_url):
            raise APIError(f"Refusing to follow a next link to another origin: {str(url)!r}")
        return first.following(url)

    def _page(self, response: httpx.Response, page_type: type[PageModel[T]]) -> ResultsPage[T]:
        strict = self.strict_response_validation
        model: PageModel[T] = parse_response(page_type, response, strict=strict)
        url = response.request.url
        if not isinstance(model.items, list) or not isinstance(model.next, (str, type(None))):
            raise APIResponseValidationError(
                f"The response of {describe(response.request)} is not a page of "
                "results: its items are not a list, or its next link not a string",
                response=response,
                body=response.content.decode("utf-8", "replace"),
                errors=[],
            )
        return ResultsPage(model, url, url.join(model.next) if model.next else None)

    @staticmethod
    def _describe_pager(page_type: type[Any], call: Call) -> str:
        return f"of {type_name(page_type)} from {call.method} {call.url.raw_path.decode()}"


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


class SyncAPIClient(_BaseClient):
    """Base of generated synchronous clients; one connection pool per client.

    ``token``: a string or a zero-argument callable returning one (called for every
    request, so it may refresh); default: the ``_token_env`` environment variable.
    Without a token the constructor raises `APIError`. ``base_url``: default the
    ``_base_url_env`` environment variable, else ``_default_base_url``. ``timeout``
    (None: no timeout) applies to every request, also through your own
    ``http_client``; methods take ``timeout=`` to override it. ``max_retries``:
    retries of a failed request that is safe to retry. ``http_client``: your own
    `httpx.Client` (proxies, transports); `close` leaves it open.
    ``strict_response_validation``: raise `APIResponseValidationError` for a
    response that does not fit its schema, instead of keeping it as received.
    """

    def __init__(
        self,
        token: TokenSource | None = None,
        *,
        base_url: str | None = None,
        timeout: RequestTimeout = 30.0,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._owns_http = http_client is None
        self._http = httpx.Client() if http_client is None else http_client

    def with_options(
        self,
        *,
        token: TokenSource | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
    ) -> typing_extensions.Self:
        """A copy of this client with other options, sharing its connection pool.

        ``default_headers`` are added to this client's. Closing the copy leaves the
        pool open; it closes with this client.
        """
        options = self._options(
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        return type(self)(http_client=self._http, **options)

    def request(
        self,
        method: str,
        path: str,
        *,
        response_type: Any = None,
        **call: Unpack[CallArgs],
    ) -> Any:
        """Send a request; return the body parsed as `response_type` (None: no body).

        `call` holds the resource method's arguments and per-call options (`CallArgs`,
        see `make_call` for what each does).
        """
        response = self._send(self._call(method, path, **call))
        return self._result(response, response_type)

    def request_exists(self, path: str, **call: Unpack[CallArgs]) -> bool:
        """Send a HEAD request: True for 2xx, False for 404; other errors raise."""
        try:
            self._send(self._call("HEAD", path, **call))
        except NotFoundError:
            return False
        return True

    def paginate(
        self, path: str, *, page_type: type[PageModel[T]], **call: Unpack[CallArgs]
    ) -> SyncPager[T]:
        """A lazy pager over a paged GET; later pages follow the ``next`` links."""
        first = self._call("GET", path, **call)
        return SyncPager(
            lambda url: self._send(self._following(first, url)),
            lambda response: self._page(response, page_type),
            description=self._describe_pager(page_type, first),
        )

    def _send(self, call: Call) -> httpx.Response:
        attempt = 0
        while True:
            token = self._current_token()
            request = self._build_request(self._http, call, token)
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = self._http.send(request)
            except httpx.RequestError as exc:
                outcome = exc
            else:
                record(outcome)
                if outcome.is_success:
                    return outcome
            delay = self._retry_delay(call, request, attempt, outcome)
            if delay is None:
                self._raise(outcome, request, token)
            self._sleep(delay)
            attempt += 1

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def close(self) -> None:
        """Close the connection pool (an ``http_client`` you passed stays open)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> typing_extensions.Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_BaseClient):
    """Base of generated asynchronous clients; see `SyncAPIClient` for the
    arguments. ``http_client`` is an `httpx.AsyncClient`; `aclose` leaves it open.
    """

    def __init__(
        self,
        token: TokenSource | None = None,
        *,
        base_url: str | None = None,
        timeout: RequestTimeout = 30.0,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._owns_http = http_client is None
        self._http = httpx.AsyncClient() if http_client is None else http_client

    def with_options(
        self,
        *,
        token: TokenSource | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
    ) -> typing_extensions.Self:
        """A copy of this client with other options, sharing its connection pool
        (see `SyncAPIClient.with_options`)."""
        options = self._options(
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        return type(self)(http_client=self._http, **options)

    async def request(
        self,
        method: str,
        path: str,
        *,
        response_type: Any = None,
        **call: Unpack[CallArgs],
    ) -> Any:
        """Send a request; return the body parsed as `response_type` (None: no body).

        The arguments are those of `SyncAPIClient.request`.
        """
        response = await self._send(self._call(method, path, **call))
        return self._result(response, response_type)

    async def request_exists(self, path: str, **call: Unpack[CallArgs]) -> bool:
        """Send a HEAD request: True for 2xx, False for 404; other errors raise."""
        try:
            await self._send(self._call("HEAD", path, **call))
        except NotFoundError:
            return False
        return True

    def paginate(
        self, path: str, *, page_type: type[PageModel[T]], **call: Unpack[CallArgs]
    ) -> AsyncPager[T]:
        """A lazy pager over a paged GET; later pages follow the ``next`` links."""
        first = self._call("GET", path, **call)
        return AsyncPager(
            lambda url: self._send(self._following(first, url)),
            lambda response: self._page(response, page_type),
            description=self._describe_pager(page_type, first),
        )

    async def _send(self, call: Call) -> httpx.Response:
        attempt = 0
        while True:
            token = self._current_token()
            request = self._build_request(self._http, call, token)
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = await self._http.send(request)
            except httpx.RequestError as exc:
                outcome = exc
            else:
                record(outcome)
                if outcome.is_success:
                    return outcome
            delay = self._retry_delay(call, request, attempt, outcome)
            if delay is None:
                self._raise(outcome, request, token)
            await self._sleep(delay)
            attempt += 1

    async def _sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def aclose(self) -> None:
        """Close the connection pool (an ``http_client`` you passed stays open)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> typing_extensions.Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
