"""Security schemes as a user meets them: an SDK generated from a small spec of every scheme,
called through MockTransport, asserting exactly which credentials go on the wire."""

from __future__ import annotations

import base64
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.diagnostics import Reporter
from tests.support.small_sdk import imported, mock_http, write_sdk

ROOT = Path(__file__).resolve().parents[2]
NO_CONTENT = {"204": {"description": "done"}}


def _get(operation_id: str, security: list[dict[str, list[str]]] | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": operation_id, "tags": ["calls"], "responses": NO_CONTENT}
    if security is not None:
        operation["security"] = security
    return {"get": operation}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shop", "version": "1"},
    "servers": [{"url": "https://api.shop.test"}],
    "components": {
        "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
            "basic": {"type": "http", "scheme": "basic"},
            "headerKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            "queryKey": {"type": "apiKey", "in": "query", "name": "api_key"},
            "cookieKey": {"type": "apiKey", "in": "cookie", "name": "session"},
            "oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://auth.test/token", "scopes": {"read": "Read"}}}},
            "mtls": {"type": "mutualTLS"},
        }
    },
    "security": [{"bearer": []}],
    "paths": {
        "/bearer": _get("getBearer"),
        "/basic": _get("getBasic", [{"basic": []}]),
        "/either": _get("getEither", [{"headerKey": []}, {"queryKey": []}]),
        "/both": _get("getBoth", [{"headerKey": [], "cookieKey": []}]),
        "/open": _get("getOpen", []),
        "/optional": _get("getOptional", [{}, {"headerKey": []}]),
        "/oauth": _get("getOauth", [{"oauth": ["read"]}]),
        "/tls": _get("getTls", [{"mtls": []}]),
    },
}
EVERY_CREDENTIAL = {"token": "tok", "username": "ann", "password": "p4ss", "header_key": "hk", "query_key": "q/k", "cookie_key": "ck"}
ENV_NAMES = ("SHOP_TOKEN", "SHOP_USERNAME", "SHOP_PASSWORD", "SHOP_HEADER_KEY", "SHOP_QUERY_KEY", "SHOP_COOKIE_KEY")


class Recorder:
    """A MockTransport handler that keeps every request and answers `status` (default 204)."""

    def __init__(self, status: int = 204, body: dict[str, Any] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.status, self.body = status, body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body) if self.body else httpx.Response(self.status)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Reporter]:
    reporter = Reporter()
    return write_sdk(SPEC, tmp_path_factory.mktemp("auth"), package="shop", reporter=reporter), reporter


@pytest.fixture
def shop(generated: tuple[Path, Reporter], monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    with imported(generated[0], "shop") as module:
        yield module


def client(shop: ModuleType, recorder: Recorder, **credentials: Any) -> Any:
    return shop.Shop(**credentials, http_client=mock_http(recorder), max_retries=0)


def auth_of(request: httpx.Request) -> tuple[str | None, str | None, str | None, bytes]:
    """Everything a request carries that a scheme could have set."""
    return request.headers.get("Authorization"), request.headers.get("X-API-Key"), request.headers.get("Cookie"), request.url.query


def test_bearer_is_the_document_default(shop: ModuleType) -> None:
    recorder = Recorder()
    client(shop, recorder, token="tok").calls.get_bearer()
    assert auth_of(recorder.last) == ("Bearer tok", None, None, b"")


def test_basic_sends_base64_of_user_and_password(shop: ModuleType) -> None:
    recorder = Recorder()
    client(shop, recorder, username="ann", password="p\u00e4ss:word").calls.get_basic()
    expected = base64.b64encode("ann:p\u00e4ss:word".encode()).decode()
    assert auth_of(recorder.last) == (f"Basic {expected}", None, None, b"")


def test_api_keys_use_the_spec_names_in_header_query_and_cookie(shop: ModuleType) -> None:
    recorder = Recorder()
    client(shop, recorder, header_key="hk", cookie_key="c k").calls.get_both()
    client(shop, recorder, query_key="q/k&x").calls.get_either()
    assert auth_of(recorder.requests[0]) == (None, "hk", "session=c%20k", b"")
    assert auth_of(recorder.requests[1]) == (None, None, None, b"api_key=q%2Fk%26x")


def test_first_alternative_with_credentials_is_used(shop: ModuleType) -> None:
    recorder = Recorder()
    client(shop, recorder, header_key="hk", query_key="qk").calls.get_either()
    assert auth_of(recorder.last) == (None, "hk", None, b"")


def test_operation_security_empty_sends_nothing_even_with_credentials(shop: ModuleType) -> None:
    recorder = Recorder()
    every = client(shop, recorder, **EVERY_CREDENTIAL)
    every.calls.get_open()
    every.calls.get_tls()  # mutualTLS only: the SDK has nothing to send
    assert [auth_of(r) for r in recorder.requests] == [(None, None, None, b"")] * 2


def test_optional_security_sends_credentials_when_given(shop: ModuleType) -> None:
    recorder = Recorder()
    client(shop, recorder).calls.get_optional()
    client(shop, recorder, header_key="hk").calls.get_optional()
    assert [auth_of(r) for r in recorder.requests] == [(None, None, None, b""), (None, "hk", None, b"")]


def test_oauth2_sends_the_token_as_bearer(shop: ModuleType) -> None:
    recorder = Recorder()
    client(shop, recorder, token=lambda: "fresh").calls.get_oauth()
    assert auth_of(recorder.last) == ("Bearer fresh", None, None, b"")


def test_credentials_from_environment(shop: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHOP_USERNAME", "env-user")
    monkeypatch.setenv("SHOP_PASSWORD", "env-pass")
    monkeypatch.setenv("SHOP_QUERY_KEY", "env-key")
    recorder = Recorder()
    shop_client = client(shop, recorder)
    shop_client.calls.get_basic()
    shop_client.calls.get_either()
    assert recorder.requests[0].headers["Authorization"] == "Basic " + base64.b64encode(b"env-user:env-pass").decode()
    assert recorder.requests[1].url.query == b"api_key=env-key"


def test_missing_credential_names_argument_and_variable_and_sends_nothing(shop: ModuleType) -> None:
    recorder = Recorder()
    shop_client = client(shop, recorder, token="tok")  # constructs: no credential is needed by every call
    with pytest.raises(shop.APIError, match=r"pass username=\.\.\. and password=\.\.\. or set the SHOP_USERNAME and SHOP_PASSWORD"):
        shop_client.calls.get_basic()
    with pytest.raises(shop.APIError) as caught:
        shop_client.calls.get_either()
    assert "header_key=... or set the SHOP_HEADER_KEY" in str(caught.value)
    assert "query_key=... or set the SHOP_QUERY_KEY" in str(caught.value)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("call", "credentials", "secrets"),
    [
        ("get_bearer", {"token": "tok-123"}, ["tok-123"]),
        ("get_basic", {"username": "ann", "password": "pw-456"}, ["pw-456", base64.b64encode(b"ann:pw-456").decode()]),
        ("get_both", {"header_key": "hk-789", "cookie_key": "ck-000"}, ["hk-789", "ck-000"]),
        ("get_either", {"query_key": "qk 111"}, ["qk 111", "qk%20111"]),
    ],
)
def test_secrets_of_every_scheme_are_redacted_from_errors(shop: ModuleType, call: str, credentials: dict[str, str], secrets: list[str]) -> None:
    recorder = Recorder(401, {"message": "rejected: " + " ".join(secrets)})
    with pytest.raises(shop.AuthenticationError) as caught:
        getattr(client(shop, recorder, **credentials).calls, call)()
    assert "[redacted]" in str(caught.value)
    assert all(secret not in str(caught.value) for secret in secrets)


def test_with_options_replaces_one_credential(shop: ModuleType) -> None:
    recorder = Recorder()
    base = client(shop, recorder, header_key="old", cookie_key="ck")
    base.with_options(header_key="new").calls.get_both()
    assert auth_of(recorder.last) == (None, "new", "session=ck", b"")


async def test_async_client_applies_the_same_schemes(shop: ModuleType) -> None:
    recorder = Recorder()
    async with shop.AsyncShop(username="ann", password="pw", http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder))) as async_client:
        await async_client.calls.get_basic()
    assert recorder.last.headers["Authorization"] == "Basic " + base64.b64encode(b"ann:pw").decode()


def test_an_unsupported_scheme_gives_one_located_warning(generated: tuple[Path, Reporter]) -> None:
    warnings = [d for d in generated[1].diagnostics if d.kind == "unsupported-security"]
    assert [(w.pointer, w.severity) for w in warnings] == [("/components/securitySchemes/mtls", "warning")]
    assert "http_client" in warnings[0].message and "cert" in warnings[0].message


def test_an_api_without_security_needs_no_credentials(tmp_path: Path) -> None:
    spec = {"openapi": "3.0.3", "info": {"title": "Open", "version": "1"}, "paths": {"/ping": _get("ping")}}
    recorder = Recorder()
    with imported(write_sdk(spec, tmp_path, package="open_api"), "open_api") as module:
        module.Open(base_url="https://open.test", http_client=mock_http(recorder)).calls.ping()
        with pytest.raises(TypeError):
            module.Open(token="t")  # no scheme, no credential argument
    assert auth_of(recorder.last) == (None, None, None, b"")


def test_a_credential_every_operation_needs_is_checked_at_construction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = {
        "openapi": "3.0.3", "info": {"title": "Keyed", "version": "1"}, "paths": {"/a": _get("getA"), "/b": _get("getB")},
        "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}}, "security": [{"key": []}],
    }  # fmt: skip
    monkeypatch.delenv("KEYED_API_KEY", raising=False)
    with imported(write_sdk(spec, tmp_path, package="keyed"), "keyed") as module:
        with pytest.raises(module.APIError, match=r"pass api_key=\.\.\. or set the KEYED_API_KEY environment variable"):
            module.Keyed()


USAGE = '''
from shop import AsyncShop, Shop

client = Shop(token="t", username="u", password=lambda: "p", header_key="h", query_key="q", cookie_key="c")
copy: Shop = client.with_options(header_key=lambda: "h2", timeout=None)
AsyncShop(cookie_key="c").with_options(token="t")
Shop(api_key="x")  # E: Unexpected keyword argument "api_key"
Shop(header_key=1)  # E: Argument "header_key" to "Shop" has incompatible type "int"
'''


def test_constructor_arguments_are_typed_for_mypy(generated: tuple[Path, Reporter], tmp_path: Path) -> None:
    usage = tmp_path / "usage.py"
    usage.write_text(USAGE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(usage)],
        capture_output=True, text=True, check=False, cwd=tmp_path, env={"MYPYPATH": str(generated[0]), "PATH": ""},
    )  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if ": error: " in line]
    auth_modules = ("_auth.py", "_client.py", "_base_client.py", "_encoding.py", "_request.py")
    assert not [line for line in lines if line.split(":")[0].endswith(auth_modules)], result.stdout
    errors = sorted(line.split(": error: ")[1].split("  [")[0] for line in lines if line.startswith("usage.py"))
    assert len(errors) == 2, result.stdout
    assert errors[0].startswith('Argument "header_key" to "Shop" has incompatible type "int"')
    assert errors[1].startswith('Unexpected keyword argument "api_key" for "Shop"')
