"""Exceptions raised by the client, and mapping of error responses to them."""

from __future__ import annotations

import json

import httpx

from ._models import BaseModel

_REDACTED = "[redacted]"
_FIRST_SERVER_ERROR = 500


class ProblemDetails(BaseModel):
    """An RFC 9457 ``application/problem+json`` body; other members are extras."""

    type: str = "about:blank"
    title: str | None = None
    status: int | None = None
    detail: str | None = None
    instance: str | None = None


class APIError(Exception):
    """Base of every error this SDK raises."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(APIError):
    """The request did not get a response (network error, refused connection)."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(APIError):
    """The server answered with a non-2xx status."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        problem: ProblemDetails | None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.problem = problem


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests."""


class InternalServerError(APIStatusError):
    """Any 5xx status."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def describe(request: httpx.Request) -> str:
    """``METHOD /path`` of a request, without query string or host."""
    path = request.url.raw_path.partition(b"?")[0].decode("ascii")
    return f"{request.method} {path}"


def redact(message: str, secret: str | None) -> str:
    """`message` with every occurrence of `secret` replaced."""
    return message.replace(secret, _REDACTED) if secret else message


def make_status_error(response: httpx.Response, *, secret: str | None = None) -> APIStatusError:
    """The `APIStatusError` subclass for a non-2xx response (`secret` is redacted)."""
    status = response.status_code
    problem = parse_problem(response)
    status_text = f"{status} {response.reason_phrase}".rstrip()
    message = f"{status_text} for {describe(response.request)}"
    if problem is not None:
        message += "".join(f": {t}" for t in (problem.title, problem.detail) if t)
    cls = _BY_STATUS.get(status, APIStatusError)
    if status >= _FIRST_SERVER_ERROR:
        cls = InternalServerError
    return cls(redact(message, secret), response=response, problem=problem)


def parse_problem(response: httpx.Response) -> ProblemDetails | None:
    """The problem details of an ``application/problem+json`` body, else None."""
    content_type = response.headers.get("content-type", "")
    if not content_type.lower().startswith("application/problem+json"):
        return None
    try:  # pydantic.ValidationError and JSON/Unicode decode errors are ValueErrors
        data = json.loads(response.content)
        return ProblemDetails.model_validate(data) if isinstance(data, dict) else None
    except ValueError:
        return None
