"""Whether a failed request may be retried, and how long to wait first."""

from __future__ import annotations

import random
import time
from email.utils import mktime_tz, parsedate_tz

import httpx

MAX_RETRY_AFTER = 60.0
"""Seconds; a longer ``Retry-After`` is not waited for: the error is raised."""

_INITIAL_BACKOFF = 0.5
_MAX_BACKOFF = 8.0
_JITTER = 0.25
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# The server cannot have seen the request: safe to retry any method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def retry_delay(
    method: str,
    attempt: int,
    max_retries: int,
    outcome: httpx.Response | httpx.RequestError,
) -> float | None:
    """Seconds to wait before retrying after `outcome`, or None not to retry.

    Idempotent methods are retried on network errors, timeouts, 408, 429 and 5xx;
    other methods (POST) only when the request never reached the server, or on 429.
    `attempt` counts from 0; at most `max_retries` retries are made.
    """
    if attempt >= max_retries or not _retryable(method.upper(), outcome):
        return None
    if isinstance(outcome, httpx.Response):
        header: str | None = outcome.headers.get("retry-after")
        wait = _parse_retry_after(header) if header else None
        if wait is not None:
            return wait if wait <= MAX_RETRY_AFTER else None
    backoff = min(_INITIAL_BACKOFF * 2.0**attempt, _MAX_BACKOFF)
    return backoff * (1 - _JITTER * random.random())


def _retryable(method: str, outcome: httpx.Response | httpx.RequestError) -> bool:
    if isinstance(outcome, httpx.Response):
        status = outcome.status_code
        return status == 429 or (method in _IDEMPOTENT and (status == 408 or status >= 500))
    if isinstance(outcome, _NOT_SENT):
        return True
    return method in _IDEMPOTENT and isinstance(outcome, _TRANSIENT)


def _parse_retry_after(value: str) -> float | None:
    """Seconds from a ``Retry-After`` value (delay-seconds or HTTP-date)."""
    try:
        return max(0.0, float(value))
    except ValueError:
        date = parsedate_tz(value)
    return None if date is None else max(0.0, mktime_tz(date) - time.time())
