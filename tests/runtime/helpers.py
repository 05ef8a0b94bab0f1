"""Scripted fake server, canned replies and constants shared by the runtime tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

TOKEN = "s3cr3t-T0KEN.value"
BASE_URL = "https://api.test"

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Server:
    """A scripted fake server: replies in order (the last one repeats)."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        if callable(reply):
            return reply(request)
        return httpx.Response(  # a fresh copy: a response can be sent only once
            reply.status_code, headers=reply.headers, content=reply.content
        )

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def json_reply(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def problem_reply(status: int, body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(
        status, json=body, headers={"Content-Type": "application/problem+json"}
    )


PROJECT_ID = "99086060-b099-416e-a321-53220f4edf99"
CLIENT_ID = "b7b953c9-b137-4d28-8d29-d266c720bc78"


def project_json(**overrides: Any) -> dict[str, Any]:
    """A project as the server sends it."""
    body: dict[str, Any] = {
        "id": PROJECT_ID,
        "clientId": CLIENT_ID,
        "createdAt": "2024-12-31T23:00:00Z",
        "name": "My first project",
        "definition": {"type": "FREEMIUM", "maxDevices": 3},
    }
    body.update(overrides)
    return body


BINDING_ID = "224ecc46-291d-482b-993f-c8b508adb0da"


def parse(sdk: Any, type_: Any, body: Any, *, strict: bool = False) -> Any:
    """`body` parsed as the runtime parses a 200 response to ``GET /x``."""
    response = httpx.Response(
        200, json=body, request=httpx.Request("GET", f"{BASE_URL}/x")
    )
    return sdk._parsing.parse_response(type_, response, strict=strict)
