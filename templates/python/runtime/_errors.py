"""Exceptions raised by the client, and mapping of error responses to them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import httpx
import pydantic
from pydantic_core import ErrorDetails

from ._models import BaseModel

_REDACTED = "[redacted]"
_FIRST_SERVER_ERROR = 500
_MESSAGE_KEYS = ("message", "error", "error_description", "title", "detail")


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


class RequestValidationError(APIError, ValueError):
    """An argument or the request body does not fit the spec; nothing was sent.

    ``errors`` are pydantic's error details, located by argument name (``body``
    for the request body) and then by wire name.
    """

    def __init__(self, message: str, *, errors: Sequence[ErrorDetails]) -> None:
        super().__init__(message)
        self.errors = list(errors)

    @classmethod
    def of(
        cls,
        error: pydantic.ValidationError,
        data: object,
        *,
        where: Sequence[str | int] = (),
        show_input: bool = True,
    ) -> RequestValidationError:
        """The SDK error for pydantic's `error` about `data`, located under `where`.

        Body values are not shown (`show_input` False): one may be a secret.
        """
        found: list[ErrorDetails] = []
        for detail in error.errors():
            detail["loc"] = (*where, *data_location(data, detail["loc"]))
            found.append(detail)
        lines = "; ".join(
            _location(e["loc"]) + (f"={_shown(e)}" if show_input else "") + f": {e['msg']}"
            for e in found
        )
        return cls(f"Invalid request, nothing was sent: {lines}", errors=found)


def data_location(data: object, loc: Sequence[str | int]) -> tuple[str | int, ...]:
    """The parts of a pydantic error location that are places in `data`.

    Union tags and other labels pydantic adds are dropped; a missing member (the
    last part) is kept.
    """
    found: list[str | int] = []
    node = data
    for index, part in enumerate(loc):
        present, child = _child(node, part)
        if present:
            node = child
        elif not (index == len(loc) - 1 and isinstance(node, (dict, BaseModel))):
            continue
        found.append(part)
    return tuple(found)


def _child(node: object, part: str | int) -> tuple[bool, object]:
    """Whether `node` has the member or item `part`, and its value."""
    if isinstance(node, dict) and part in node:
        return True, node[part]
    if isinstance(node, (list, tuple)) and isinstance(part, int) and part < len(node):
        return True, node[part]
    if isinstance(node, BaseModel) and isinstance(part, str) and _has(node, part):
        return True, _member(node, part)
    return False, None


def _has(model: BaseModel, name: str) -> bool:
    fields = type(model).model_fields
    return name in fields or any(f.serialization_alias == name for f in fields.values())


def _member(model: BaseModel, name: str) -> object:
    fields = type(model).model_fields
    attribute = next((n for n, f in fields.items() if f.serialization_alias == name), name)
    return getattr(model, attribute, None)


def _location(loc: Sequence[str | int]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else part
    return text or "value"


def _shown(detail: ErrorDetails) -> str:
    text = repr(detail.get("input"))
    return text if len(text) <= 60 else text[:57] + "..."


class APIConnectionError(APIError):
    """The request did not get a response (network error, refused connection)."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(APIError):
    """A successful response whose body does not fit its schema (or is not JSON).

    Raised for every such body with ``strict_response_validation=True``; otherwise
    only when nothing of the expected kind can be built from it. ``body`` is the
    decoded JSON (or the text), ``errors`` pydantic's error details.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        errors: Sequence[ErrorDetails],
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.errors = list(errors)


class APIStatusError(APIError):
    """The server answered with a non-2xx status.

    ``problem``: the RFC 9457 problem details of an ``application/problem+json``
    body; ``body``: any body, decoded from JSON when it is JSON, else its text
    (None when empty).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        problem: ProblemDetails | None,
        body: object = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.problem = problem
        self.body = body


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


def redact(message: str, *secrets: str) -> str:
    """`message` with every occurrence of each of `secrets` replaced (longest first)."""
    for secret in sorted(filter(None, secrets), key=len, reverse=True):
        message = message.replace(secret, _REDACTED)
    return message


def make_status_error(response: httpx.Response, *, secrets: Sequence[str] = ()) -> APIStatusError:
    """The `APIStatusError` subclass for a non-2xx response (`secrets` are redacted)."""
    status = response.status_code
    body = decode_body(response)
    problem = parse_problem(response, body)
    status_text = f"{status} {response.reason_phrase}".rstrip()
    message = f"{status_text} for {describe(response.request)}"
    if problem is not None:
        message += "".join(f": {t}" for t in (problem.title, problem.detail) if t)
    elif isinstance(body, dict):
        message += next((f": {body[k]}" for k in _MESSAGE_KEYS if _text(body.get(k))), "")
    cls = _BY_STATUS.get(status, APIStatusError)
    if status >= _FIRST_SERVER_ERROR:
        cls = InternalServerError
    return cls(redact(message, *secrets), response=response, problem=problem, body=body)


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def decode_body(response: httpx.Response) -> object:
    """The body as JSON if it parses as JSON, else as text; None when empty."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:  # JSON and Unicode decode errors are ValueErrors
        return response.text


def parse_problem(response: httpx.Response, body: object) -> ProblemDetails | None:
    """The problem details of an ``application/problem+json`` body, else None."""
    content_type = response.headers.get("content-type", "")
    if not content_type.lower().startswith("application/problem+json"):
        return None
    if not isinstance(body, dict):
        return None
    try:
        return ProblemDetails.model_validate(body)
    except pydantic.ValidationError:
        return None
