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

from ._encoding import expand_path, header_values, query_params
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    NotFoundError,
    describe,
    make_status_error,
    redact,
)
from ._models import parse_response, to_request_json
from ._pagination import AsyncPager, PageModel, ResultsPage, SyncPager
from ._response import record
from ._retries import retry_delay

if TYPE_CHECKING:
    import typing_extensions

T = TypeVar("T")

RequestTimeout: TypeAlias = float | httpx.Timeout | None
"""Seconds, an `httpx.Timeout`, or None for no timeout."""
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
        self._token = token
        self._headers = httpx.Headers({"Accept": _ACCEPT, "User-Agent": self._user_agent})
        self._headers.update(default_headers or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    def _current_token(self) -> str:
        token = self._token() if callable(self._token) else self._token
        if not isinstance(token, str) or not _TOKEN_CHARS.fullmatch(token):
            raise APIError("The API token must be a non-empty string of visible ASCII characters")
        return token

    def _url(self, path: str, path_params: Mapping[str, object] | None) -> httpx.URL:
        base = str(self.base_url).rstrip("/")
        return httpx.URL(base + expand_path(path, path_params or {}))

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        method: str,
        url: httpx.URL,
        *,
        params: tuple[tuple[str, str], ...] | None,
        headers: Mapping[str, str],
        body: object,
        timeout: RequestTimeout,
        token: str,
    ) -> httpx.Request:
        merged = self._headers.copy()
        merged.update(headers)
        merged["Authorization"] = f"Bearer {token}"
        return http.build_request(
            method,
            url,
            params=params,
            json=body,
            headers=merged,
            timeout=self.timeout if timeout is None else timeout,
        )

    def _retry_delay(
        self,
        request: httpx.Request,
        attempt: int,
        outcome: httpx.Response | httpx.RequestError,
    ) -> float | None:
        delay = retry_delay(request.method, attempt, self.max_retries, outcome)
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
                self.max_retries,
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

    def _followable(self, url: httpx.URL) -> httpx.URL:
        """A next link the pager may follow: none to another origin (with the token)."""
        if _origin(url) != _origin(self.base_url):
            raise APIError(f"Refusing to follow a next link to another origin: {str(url)!r}")
        return url

    def _page(self, response: httpx.Response, page_type: type[PageModel[T]]) -> ResultsPage[T]:
        model: PageModel[T] = parse_response(page_type, response.content)
        if not model.next:
            return ResultsPage(model, None)
        next_url = response.request.url.join(model.next)
        if next_url == response.request.url:
            raise APIError(f"The next link repeats the current page: {model.next!r}")
        return ResultsPage(model, next_url)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


class SyncAPIClient(_BaseClient):
    """Base of generated synchronous clients; one connection pool per client.

    ``token``: a string or a zero-argument callable returning one (called for every
    request, so it may refresh); default: the ``_token_env`` environment variable.
    Without a token the constructor raises `APIError`. ``base_url``: default the
    ``_base_url_env`` environment variable, else ``_default_base_url``. ``timeout``
    applies to every request, also through your own ``http_client``; methods take
    ``timeout=`` to override it. ``max_retries``: retries of a failed request that
    is safe to retry. ``http_client``: your own `httpx.Client` (proxies,
    transports); `close` leaves it open.
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
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = httpx.Client() if http_client is None else http_client

    def request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        json: object = None,
        body_type: Any = None,
        response_type: Any = None,
        timeout: RequestTimeout = None,
    ) -> Any:
        """Send a request; return the body parsed as `response_type` (None: no body).

        `path` has ``{wireName}`` placeholders filled from `path_params`; None values
        in `query` and `headers` are left out; `json` (a model, or a dict validated
        as `body_type`) is sent without unset and readOnly fields.
        """
        body = None if json is None else to_request_json(json, body_type)
        response = self._send(
            method,
            self._url(path, path_params),
            params=query_params(query or {}),
            headers=header_values(headers or {}),
            body=body,
            timeout=timeout,
        )
        if response_type is None:
            return None
        return parse_response(response_type, response.content)

    def request_exists(
        self,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        timeout: RequestTimeout = None,
    ) -> bool:
        """Send a HEAD request: True for 2xx, False for 404; other errors raise."""
        try:
            self._send(
                "HEAD",
                self._url(path, path_params),
                params=query_params(query or {}),
                headers=header_values(headers or {}),
                timeout=timeout,
            )
        except NotFoundError:
            return False
        return True

    def paginate(
        self,
        path: str,
        *,
        page_type: type[PageModel[T]],
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        timeout: RequestTimeout = None,
    ) -> SyncPager[T]:
        """A lazy pager over a paged GET; later pages follow the ``next`` links."""
        first_url = self._url(path, path_params)
        params = query_params(query or {})
        header_params = header_values(headers or {})

        def fetch(url: httpx.URL | None) -> ResultsPage[T]:
            if url is None:
                response = self._send(
                    "GET",
                    first_url,
                    params=params,
                    headers=header_params,
                    timeout=timeout,
                )
            else:
                response = self._send(
                    "GET", self._followable(url), headers=header_params, timeout=timeout
                )
            return self._page(response, page_type)

        return SyncPager(fetch)

    def _send(
        self,
        method: str,
        url: httpx.URL,
        *,
        params: tuple[tuple[str, str], ...] | None = None,
        headers: Mapping[str, str] | None = None,
        body: object = None,
        timeout: RequestTimeout = None,
    ) -> httpx.Response:
        attempt = 0
        while True:
            token = self._current_token()
            request = self._build_request(
                self._http,
                method,
                url,
                params=params,
                headers=headers or {},
                body=body,
                timeout=timeout,
                token=token,
            )
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = self._http.send(request)
            except httpx.RequestError as exc:
                outcome = exc
            else:
                record(outcome)
                if outcome.is_success:
                    return outcome
            delay = self._retry_delay(request, attempt, outcome)
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
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = httpx.AsyncClient() if http_client is None else http_client

    async def request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        json: object = None,
        body_type: Any = None,
        response_type: Any = None,
        timeout: RequestTimeout = None,
    ) -> Any:
        """Send a request; return the body parsed as `response_type` (None: no body).

        `path` has ``{wireName}`` placeholders filled from `path_params`; None values
        in `query` and `headers` are left out; `json` (a model, or a dict validated
        as `body_type`) is sent without unset and readOnly fields.
        """
        body = None if json is None else to_request_json(json, body_type)
        response = await self._send(
            method,
            self._url(path, path_params),
            params=query_params(query or {}),
            headers=header_values(headers or {}),
            body=body,
            timeout=timeout,
        )
        if response_type is None:
            return None
        return parse_response(response_type, response.content)

    async def request_exists(
        self,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        timeout: RequestTimeout = None,
    ) -> bool:
        """Send a HEAD request: True for 2xx, False for 404; other errors raise."""
        try:
            await self._send(
                "HEAD",
                self._url(path, path_params),
                params=query_params(query or {}),
                headers=header_values(headers or {}),
                timeout=timeout,
            )
        except NotFoundError:
            return False
        return True

    def paginate(
        self,
        path: str,
        *,
        page_type: type[PageModel[T]],
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        timeout: RequestTimeout = None,
    ) -> AsyncPager[T]:
        """A lazy pager over a paged GET; later pages follow the ``next`` links."""
        first_url = self._url(path, path_params)
        params = query_params(query or {})
        header_params = header_values(headers or {})

        async def fetch(url: httpx.URL | None) -> ResultsPage[T]:
            if url is None:
                response = await self._send(
                    "GET",
                    first_url,
                    params=params,
                    headers=header_params,
                    timeout=timeout,
                )
            else:
                response = await self._send(
                    "GET", self._followable(url), headers=header_params, timeout=timeout
                )
            return self._page(response, page_type)

        return AsyncPager(fetch)

    async def _send(
        self,
        method: str,
        url: httpx.URL,
        *,
        params: tuple[tuple[str, str], ...] | None = None,
        headers: Mapping[str, str] | None = None,
        body: object = None,
        timeout: RequestTimeout = None,
    ) -> httpx.Response:
        attempt = 0
        while True:
            token = self._current_token()
            request = self._build_request(
                self._http,
                method,
                url,
                params=params,
                headers=headers or {},
                body=body,
                timeout=timeout,
                token=token,
            )
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = await self._http.send(request)
            except httpx.RequestError as exc:
                outcome = exc
            else:
                record(outcome)
                if outcome.is_success:
                    return outcome
            delay = self._retry_delay(request, attempt, outcome)
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
