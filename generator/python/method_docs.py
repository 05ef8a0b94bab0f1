"""The docstring of each SDK method: summary, arguments, what it returns and what it raises."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import ir

if TYPE_CHECKING:
    from generator.python.resources import MethodView

# The exception each documented status raises (see the runtime's `_errors`).
STATUS_ERRORS = {
    "400": "BadRequestError", "401": "AuthenticationError", "403": "PermissionDeniedError", "404": "NotFoundError",
    "409": "ConflictError", "422": "UnprocessableEntityError", "429": "RateLimitError",
}  # fmt: skip
# What each kind of body accepts, in the method's docstring.
BODY_KIND_DOCS = {
    "json": "a model, or a dict of its wire names",
    "multipart": "a model, or a dict of its wire names; files as bytes, file objects or ``(filename, content, media_type)`` tuples",
    "form": "a model, or a dict of its wire names, sent as form fields",
    "text": "a str",
    "binary": "bytes, a file opened in binary mode, or an iterator of bytes (streamed, and then not retried)",
}  # fmt: skip


def exception_for(status: str) -> str:
    """The SDK exception class a response status raises (see the runtime's `_errors`)."""
    return STATUS_ERRORS.get(status) or ("InternalServerError" if status.startswith("5") else "APIStatusError")


def method_doc(op: ir.Operation, method: MethodView) -> str:
    parts = [op.summary or f"{op.method.upper()} {op.path}"]
    if op.description and op.description != op.summary:
        parts.append(op.description)
    if op.deprecated:
        parts.append("Deprecated.")
    scopes = sorted({scope for requirement in op.security for scheme in requirement.schemes for scope in scheme.scopes})
    if scopes:
        parts.append("Scopes: " + ", ".join(f"``{s}``" for s in scopes) + ".")
    args = [f"    {arg.py_name}: {arg.doc}" for arg in [*method.path_params, *method.query, *method.headers, *method.cookies]]
    if method.body is not None:
        args.append(f"    body: {_body_doc(op.request_body, method)}")
    args += [
        "    extra_headers: Headers to add to (or replace in) this request.",
        "    extra_query: Query parameters to add to (or replace in) this request.",
        *([f"    extra_body: Members to add to (or replace in) the {'JSON ' if method.plain_json else ''}body."] if method.extra_body else []),
        "    timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout); default: the client's.",
        "    max_retries: Retries for this call; default: the client's.",
    ]
    parts.append("Args:\n" + "\n".join(args))
    if method.call == "exists":
        parts.append("Returns:\n    True when the server answers 2xx, False when it answers 404.")
    elif method.call == "paginate":
        parts.append("Returns:\n    A lazy iterator over every item, page by page (``pages()``; ``first_page()`` for one page).")
    elif method.response_type or method.results:
        parts.append("Returns:\n" + _returns_doc(method))
    parts.append("Raises:\n" + "\n".join(f"    {line}" for line in _raises(op, method)))
    return "\n\n".join(parts)


def _returns_doc(method: MethodView) -> str:
    """The Returns section: what the call gives (by status, when they differ), then the
    response headers the spec declares."""
    if method.response_type:
        lines = [f"The parsed ``{method.response_type}``."]
    elif len({(r.kind, str(r.type)) for r in method.results}) == 1:
        only = method.results[0].doc()
        lines = [only[:1].upper() + only[1:] + "."]
    else:
        lines = ["By status:", *(f"- {r.status}: {r.doc()}." for r in method.results)]
    if method.response_headers:
        lines.append("Response headers (``with_raw_response``: ``.headers``):")
        lines += [f"- ``{h.name}``: {' '.join((h.description or '').split()) or 'declared by the spec.'}" for h in method.response_headers]
    return "\n".join(f"    {line}" for line in lines)


def _body_doc(body: ir.RequestBody | None, method: MethodView) -> str:
    """The `body` argument's docstring: the spec's text, then what each media type takes."""
    first, *others = method.body_formats
    description = body.description.strip() if body and body.description else None
    if method.plain_json:
        return description or "The request body: a model, or a dict of its wire names."
    text = " ".join((description or "The request body.").split())
    if not others:
        return f"{text} Sent as ``{first.media_type}``: {BODY_KIND_DOCS[first.kind]}."
    name = method.content_type.py_name if method.content_type else "content_type"
    ways = [f"as ``{first.media_type}`` by default: {BODY_KIND_DOCS[first.kind]}"]
    ways += [f'with ``{name}="{f.media_type}"``: {BODY_KIND_DOCS[f.kind]}' for f in others]
    return f"{text} Sent " + "; ".join(ways) + "."


def _raises(op: ir.Operation, method: MethodView) -> list[str]:
    """One line per exception the call can raise: documented statuses first, then any call's."""
    lines = []
    if method.checks or method.body is not None:
        lines.append("RequestValidationError: an argument does not fit the spec; nothing is sent.")
    documented = {r.status for r in op.responses}
    for response in op.responses:
        if response.status.startswith("2") or (method.call == "exists" and response.status == "404"):
            continue
        name = exception_for(response.status)
        text = " ".join((response.description or "").split()).rstrip(".")
        lines.append(f"{name}: {response.status}" + (f", {text}." if text else "."))
    if method.path_params and method.call != "exists" and "404" not in documented:
        lines.append("NotFoundError: 404, nothing at this path.")
    lines.append(
        "APIStatusError: any other error status (``status_code``, ``body``, ``problem``), as its"
        " subclass: AuthenticationError (401), PermissionDeniedError (403), RateLimitError (429),"
        " InternalServerError (5xx) ..."
    )
    lines.append("APIConnectionError: the server could not be reached (APITimeoutError: no answer in time).")
    if method.response_type or method.call == "paginate" or any(r.type is not None for r in method.results):
        lines.append("APIResponseValidationError: with ``strict_response_validation``, a body that does not fit its schema.")
    return lines
