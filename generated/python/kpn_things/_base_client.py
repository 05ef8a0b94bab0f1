"""Base classes of the generated clients: auth, URLs, retries, errors, pagination."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn

import httpx

from ._auth import Applied, Credentials, Security, TokenSource
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
from ._pagination import NEXT_LINKS, AsyncPager, Paging, ResultsPage, SyncPager
from ._parsing import parse_event_data, parse_response, type_name
from ._request import Call, CallArgs, RequestTimeout, make_call, with_query
from ._response import deferred, record
from ._retries import retry_delay
from ._streaming import (
    AsyncBinaryResponse,
    AsyncEventStream,
    BinaryResponse,
    EventStream,
    Returns,
    accept_header,
    expected_for,
    json_returns,
)
from ._types import NotGiven

if TYPE_CHECKING:
    import typing_extensions
    from typing_extensions import Unpack

__all__ = ["AsyncAPIClient", "RequestTimeout", "SyncAPIClient", "TokenSource"]

logger = logging.getLogger(__name__)

_ACCEPT = "application/json, application/problem+json"


class _BaseClient:
    """Configuration and request/response handling shared by both clients."""

    _default_base_url: ClassVar[str]
    _base_url_env: ClassVar[str]
    _user_agent: ClassVar[str]
    _security: ClassVar[Security] = Security()

    def __init__(
        self,
        *,
        credentials: Mapping[str, TokenSource | None],
        base_url: str | None,
        timeout: RequestTimeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        strict_response_validation: bool,
    ) -> None:
        self._credentials = Credentials(self._security, credentials)
        if max_retries < 0:
            raise ValueError("max_retries must not be negative")
        url = base_url or os.environ.get(self._base_url_env) or self._default_base_url
        self.base_url = httpx.URL(url)
        if self.base_url.scheme not in ("http", "https") or not self.base_url.host:
            raise ValueError(f"base_url must be an absolute http(s) URL: {url!r}")
        self.timeout = timeout
        self.max_retries = max_retries
        self.strict_response_validation = strict_response_validation
        self._headers = httpx.Headers({"Accept": _ACCEPT, "User-Agent": self._user_agent})
        self._headers.update(default_headers or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    def _options(
        self, credentials: Mapping[str, TokenSource | NotGiven], **changes: Any
    ) -> dict[str, Any]:
        """The constructor arguments of this client, with the given ones changed
        (credentials by argument name)."""
        options: dict[str, Any] = {
            **self._credentials.sources,
            **{k: v for k, v in credentials.items() if not isinstance(v, NotGiven)},
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

    def _auth(self, call: Call) -> Applied:
        """The credentials this call sends: its own security, or the client's."""
        if call.security is None:
            return self._credentials.apply(self._security.default)
        return self._credentials.apply(call.security)

    def _call(self, method: str, path: str, **call: Unpack[CallArgs]) -> Call:
        return make_call(method, self.base_url, path, **call)

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, call: Call, auth: Applied
    ) -> httpx.Request:
        merged = self._headers.copy()
        for headers in (call.headers, call.body.headers() if call.body else {}, auth.headers):
            if headers:
                merged.update(headers)
        if call.cookies or auth.cookies:
            cookies = [*merged.get_list("Cookie"), *call.cookies, *auth.cookies]
            merged["Cookie"] = "; ".join(cookies)
        if call.extra_headers:
            merged.update(call.extra_headers)
        return http.build_request(
            call.method,
            with_query(call.url, auth.query),
            **(call.body.httpx_arguments(http) if call.body else {}),
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
        secrets: Sequence[str],
    ) -> NoReturn:
        if isinstance(outcome, httpx.Response):
            raise make_status_error(outcome, secrets=secrets)
        if isinstance(outcome, httpx.TimeoutException):
            raise APITimeoutError(
                f"Request timed out: {describe(request)}", request=request
            ) from outcome
        message = f"Connection error for {describe(request)}: {outcome!r}"
        message = redact(message, *secrets)
        raise APIConnectionError(message, request=request) from outcome

    @staticmethod
    def _expected(
        response_type: Any, returns: Mapping[str, Returns] | None
    ) -> Mapping[str, Returns]:
        """What each status returns: `returns`, or JSON of `response_type`."""
        return json_returns(response_type) if returns is None else returns

    def _with_accept(self, call: CallArgs, returns: Mapping[str, Returns]) -> CallArgs:
        """`call` asking for the media types it can return (JSON: the default)."""
        accept = accept_header(returns)
        if accept is None:
            return call
        return {**call, "headers": {"Accept": accept, **call.get("headers", {})}}

    def _result(self, response: httpx.Response, expected: Returns) -> Any:
        """What the call returns for the body of `response`, as `expected` says
        (later, inside a raw wrapper)."""
        strict = self.strict_response_validation
        if expected.kind == "json":
            return deferred(lambda: parse_response(expected.type, response, strict=strict))
        if expected.kind == "text":
            return deferred(lambda: response.text)
        if expected.kind in ("binary", "events"):
            return deferred(lambda: self._stream_result(response, expected))
        return None

    def _stream_result(self, response: httpx.Response, expected: Returns) -> Any:
        """A streamed body as the caller reads it: binary, or events."""
        raise NotImplementedError

    def _event_data(self, response: httpx.Response, type_: Any) -> Any:
        """How each event's data of `response` is parsed: as `type_` (None: text)."""
        strict = self.strict_response_validation
        return lambda data: parse_event_data(type_, data, response=response, strict=strict)

    def _following(self, first: Call, url: httpx.URL | None) -> Call:
        """The call for a next page: none to another origin (it would get the token)."""
        if url is None:
            return first
        if _origin(url) != _origin(self.base_url):
            raise APIError(f"Refusing to follow a next link to another origin: {str(url)!r}")
        return first.following(url)

    def _page(
        self,
        response: httpx.Response,
        url: httpx.URL,
        page_type: type[Any],
        paging: Paging,
    ) -> ResultsPage[Any]:
        """The page in `response`, which answered `url` (the request before auth)."""
        strict = self.strict_response_validation
        model = parse_response(page_type, response, strict=strict)
        try:
            return paging.page(model, url)
        except TypeError as exc:
            what = describe(response.request)
            raise APIResponseValidationError(
                f"The response of {what} is not a page of results: {exc}",
                response=response,
                body=response.content.decode("utf-8", "replace"),
                errors=[],
            ) from None

    @staticmethod
    def _describe_pager(page_type: type[Any], call: Call) -> str:
        path = call.url.raw_path.partition(b"?")[0].decode()
        return f"of {type_name(page_type)} from {call.method} {path}"


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def _read_error_body(response: httpx.Response) -> None:
    """Read the body of a streamed error response (for the error), then close it."""
    try:
        response.read()
    finally:
        response.close()


async def _aread_error_body(response: httpx.Response) -> None:
    """`_read_error_body` in async code."""
    try:
        await response.aread()
    finally:
        await response.aclose()


class SyncAPIClient(_BaseClient):
    """Base of generated synchronous clients; one connection pool per client.

    A generated client's constructor takes the API's credentials by argument name
    (``token``, ``api_key``, ``username``/``password`` ...: strings or zero-argument
    callables returning one, called for every request so they may refresh); each
    defaults to its environment variable (`Security.credentials`). A credential
    that every operation needs is checked here (`APIError` when missing); any other
    when a call needs it. ``base_url``: default the ``_base_url_env`` environment
    variable, else ``_default_base_url``. ``timeout`` (None: no timeout) applies to
    every request, also through your own ``http_client``; methods take
    ``timeout=`` to override it. ``max_retries``: retries of a failed request that
    is safe to retry. ``http_client``: your own `httpx.Client` (proxies,
    transports); `close` leaves it open. ``strict_response_validation``: raise
    `APIResponseValidationError` for a response that does not fit its schema,
    instead of keeping it as received.
    """

    def __init__(
        self,
        *,
        credentials: Mapping[str, TokenSource | None],
        base_url: str | None,
        timeout: RequestTimeout,
        max_retries: int,
        http_client: httpx.Client | None,
        default_headers: Mapping[str, str] | None,
        strict_response_validation: bool,
    ) -> None:
        super().__init__(
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._owns_http = http_client is None
        self._http = httpx.Client() if http_client is None else http_client

    def _copy(
        self, credentials: Mapping[str, TokenSource | NotGiven], **changes: Any
    ) -> typing_extensions.Self:
        """What ``with_options`` returns: a copy with other options (credentials by
        argument name, ``default_headers`` added to this client's) sharing this
        connection pool. Closing the copy leaves the pool open."""
        options = self._options(credentials, **changes)
        return type(self)(http_client=self._http, **options)

    def request(
        self,
        method: str,
        path: str,
        *,
        response_type: Any = None,
        returns: Mapping[str, Returns] | None = None,
        **call: Unpack[CallArgs],
    ) -> Any:
        """Send a request; return the body parsed as `response_type` (None: no body),
        or, with `returns`, what it says for the status answered (by status,
        ``2XX`` or ``default``; binary bodies and event streams unread).

        `call` holds the resource method's arguments and per-call options (`CallArgs`,
        see `make_call` for what each does).
        """
        expected = self._expected(response_type, returns)
        streamed = any(r.streamed for r in expected.values())
        call = self._with_accept(call, expected)
        response = self._send(self._call(method, path, **call), stream=streamed)
        chosen = expected_for(response.status_code, expected)
        if streamed and not chosen.streamed:
            response.read()
        return self._result(response, chosen)

    def request_exists(self, path: str, **call: Unpack[CallArgs]) -> bool:
        """Send a HEAD request: True for 2xx, False for 404; other errors raise."""
        try:
            self._send(self._call("HEAD", path, **call))
        except NotFoundError:
            return False
        return True

    def paginate(
        self,
        path: str,
        *,
        page_type: type[Any],
        method: str = "GET",
        paging: Paging = NEXT_LINKS,
        **call: Unpack[CallArgs],
    ) -> SyncPager[Any]:
        """A lazy pager over a paged operation: every page is requested with the same
        method, body and headers; `paging` says how the next one is found."""
        first = self._call(method, path, **call)
        start = first.url
        return SyncPager(
            lambda url: self._send(self._following(first, url)),
            lambda response, url: self._page(response, url or start, page_type, paging),
            description=self._describe_pager(page_type, first),
        )

    def _send(self, call: Call, *, stream: bool = False) -> httpx.Response:
        """The 2xx response to `call`, retried as allowed; errors raise. With
        `stream`, a 2xx body is left unread (an error body is read)."""
        attempt = 0
        while True:
            auth = self._auth(call)
            request = self._build_request(self._http, call, auth)
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = self._http.send(request, stream=stream)
                if stream and not outcome.is_success:
                    _read_error_body(outcome)
            except httpx.RequestError as exc:
                outcome = exc
            else:
                record(outcome)
                if outcome.is_success:
                    return outcome
            delay = self._retry_delay(call, request, attempt, outcome)
            if delay is None:
                self._raise(outcome, request, auth.secrets)
            self._sleep(delay)
            attempt += 1

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def _stream_result(self, response: httpx.Response, expected: Returns) -> Any:
        """A `BinaryResponse`, or an `EventStream` of data parsed as its type."""
        if expected.kind == "binary":
            return BinaryResponse(response)
        return EventStream(response, self._event_data(response, expected.type))

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
        *,
        credentials: Mapping[str, TokenSource | None],
        base_url: str | None,
        timeout: RequestTimeout,
        max_retries: int,
        http_client: httpx.AsyncClient | None,
        default_headers: Mapping[str, str] | None,
        strict_response_validation: bool,
    ) -> None:
        super().__init__(
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._owns_http = http_client is None
        self._http = httpx.AsyncClient() if http_client is None else http_client

    def _copy(
        self, credentials: Mapping[str, TokenSource | NotGiven], **changes: Any
    ) -> typing_extensions.Self:
        """What ``with_options`` returns (see `SyncAPIClient._copy`)."""
        options = self._options(credentials, **changes)
        return type(self)(http_client=self._http, **options)

    async def request(
        self,
        method: str,
        path: str,
        *,
        response_type: Any = None,
        returns: Mapping[str, Returns] | None = None,
        **call: Unpack[CallArgs],
    ) -> Any:
        """Send a request; return what `response_type` or `returns` say.

        The arguments are those of `SyncAPIClient.request`.
        """
        expected = self._expected(response_type, returns)
        streamed = any(r.streamed for r in expected.values())
        call = self._with_accept(call, expected)
        response = await self._send(self._call(method, path, **call), stream=streamed)
        chosen = expected_for(response.status_code, expected)
        if streamed and not chosen.streamed:
            await response.aread()
        return self._result(response, chosen)

    async def request_exists(self, path: str, **call: Unpack[CallArgs]) -> bool:
        """Send a HEAD request: True for 2xx, False for 404; other errors raise."""
        try:
            await self._send(self._call("HEAD", path, **call))
        except NotFoundError:
            return False
        return True

    def paginate(
        self,
        path: str,
        *,
        page_type: type[Any],
        method: str = "GET",
        paging: Paging = NEXT_LINKS,
        **call: Unpack[CallArgs],
    ) -> AsyncPager[Any]:
        """A lazy pager over a paged operation: every page is requested with the same
        method, body and headers; `paging` says how the next one is found."""
        first = self._call(method, path, **call)
        start = first.url
        return AsyncPager(
            lambda url: self._send(self._following(first, url)),
            lambda response, url: self._page(response, url or start, page_type, paging),
            description=self._describe_pager(page_type, first),
        )

    async def _send(self, call: Call, *, stream: bool = False) -> httpx.Response:
        """The 2xx response to `call` (see `SyncAPIClient._send`)."""
        attempt = 0
        while True:
            auth = self._auth(call)
            request = self._build_request(self._http, call, auth)
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = await self._http.send(request, stream=stream)
                if stream and not outcome.is_success:
                    await _aread_error_body(outcome)
            except httpx.RequestError as exc:
                outcome = exc
            else:
                record(outcome)
                if outcome.is_success:
                    return outcome
            delay = self._retry_delay(call, request, attempt, outcome)
            if delay is None:
                self._raise(outcome, request, auth.secrets)
            await self._sleep(delay)
            attempt += 1

    async def _sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    def _stream_result(self, response: httpx.Response, expected: Returns) -> Any:
        """An `AsyncBinaryResponse`, or an `AsyncEventStream`."""
        if expected.kind == "binary":
            return AsyncBinaryResponse(response)
        return AsyncEventStream(response, self._event_data(response, expected.type))

    async def aclose(self) -> None:
        """Close the connection pool (an ``http_client`` you passed stays open)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> typing_extensions.Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
