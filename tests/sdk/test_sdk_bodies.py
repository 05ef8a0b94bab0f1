"""Request bodies of every kind (issue 10, "Bodies"), on an SDK generated from a small spec of
this file's own and called through httpx.MockTransport: the exact bytes and headers sent for
multipart (boundary, parts, filenames, per-part Content-Types), form fields, raw bytes (bytes, file
objects, iterators streamed and not retried), text with its charset, `+json`, several media types
on one operation (JSON by default, the others by `content_type=`), sync and async; a media type the
SDK cannot encode is one located warning and a method without that body; the docs examples are
valid calls; the signatures type-check with mypy --strict."""

from __future__ import annotations

import asyncio
import inspect
import io
import json
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from generator import ir
from generator.cli import main
from generator.config import Config, config_for_specs
from generator.diagnostics import Reporter
from generator.pipeline import load_api
from generator.python.format import Formatter
from generator.python.snippets import EXAMPLE_LINE_LENGTH, Snippets
from tests.support.small_sdk import imported, write_sdk

BIN = Path(sys.executable).parent
BASE_URL = "https://api.test"


def _body(content: dict[str, Any], required: bool = True) -> dict[str, Any]:
    return {"required": required, "content": content}


def _operation(operation_id: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"operationId": operation_id, "requestBody": body, "responses": {"204": {"description": "done"}}}


PET = {"$ref": "#/components/schemas/Pet"}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shop", "version": "1"},
    "servers": [{"url": BASE_URL}],
    "paths": {
        "/uploads": {
            "post": _operation(
                "upload",
                _body({
                    "multipart/form-data": {
                        "schema": {"$ref": "#/components/schemas/Upload"},
                        "encoding": {"image": {"contentType": "image/png"}, "note": {"contentType": "text/markdown"}},
                    }
                }),
            )
        },
        "/search": {
            "post": _operation(
                "search",
                _body({
                    "application/x-www-form-urlencoded": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "q": {"type": "string"},
                                "tags": {"type": "array", "items": {"type": "string"}},
                                "exact": {"type": "boolean"},
                                "limit": {"type": "integer"},
                            },
                        }
                    }
                }, required=False),
            )
        },
        "/blobs": {"put": _operation("putBlob", _body({"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}))},
        "/photos": {"put": _operation("putPhoto", _body({"image/*": {}}))},
        "/notes": {"put": _operation("putNote", _body({"text/plain": {"schema": {"type": "string"}}}))},
        "/legacy-notes": {"put": _operation("putLegacyNote", _body({"text/csv; charset=iso-8859-1": {"schema": {"type": "string"}}}))},
        "/pets": {
            "post": _operation(
                "createPet",
                _body({
                    "application/json": {"schema": PET},
                    "application/x-www-form-urlencoded": {"schema": PET},
                    "application/cbor": {"schema": PET},
                }),
            )
        },
        "/pets/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "patch": _operation("patchPet", _body({"application/merge-patch+json": {"schema": PET}})),
        },
        "/frames": {"post": _operation("sendFrame", _body({"application/cbor": {"schema": {"type": "object", "properties": {"n": {"type": "integer"}}}}}))},
    },
    "components": {
        "schemas": {
            "Upload": {
                "type": "object",
                "required": ["image"],
                "properties": {
                    "title": {"type": "string"},
                    "image": {"type": "string", "format": "binary"},
                    "pages": {"type": "array", "items": {"type": "string", "contentMediaType": "application/pdf"}},
                    "meta": {"type": "object", "properties": {"size": {"type": "integer"}}},
                    "note": {"type": "string"},
                    "public": {"type": "boolean"},
                },
            },
            "Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}},
        }
    },
}
USAGE = """
import io
from collections.abc import Iterator

from shop import BinaryContent, FileTypes, Shop, Upload

client = Shop()
image: FileTypes = ("a.png", b"PNG", "image/png")
client.default.upload({"image": image, "pages": [b"%PDF", io.BytesIO(b"%PDF")]})
client.default.upload(Upload(image=open("a.png", "rb"), title="t"))


def chunks() -> Iterator[bytes]:
    yield b"a"


blob: BinaryContent = chunks()
client.default.put_blob(blob)
client.default.put_blob(io.BytesIO(b"x"))
client.default.put_note("text")
client.default.create_pet({"name": "Rex"}, content_type="application/x-www-form-urlencoded")
client.default.search()
client.default.send_frame()
client.default.put_note(b"bytes")  # type: ignore[arg-type]
client.default.put_blob("text")  # type: ignore[arg-type]
client.default.upload({"image": "not a file"})  # type: ignore[arg-type]
client.default.create_pet({"name": "Rex"}, content_type="application/cbor")  # type: ignore[arg-type]
client.default.send_frame(body={"n": 1})  # type: ignore[call-arg]
"""


@pytest.fixture(scope="module")
def spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spec") / "shop.json"
    path.write_text(json.dumps(SPEC), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def shop_root(spec_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sdk(spec_path, tmp_path_factory.mktemp("shop"))


@pytest.fixture(scope="module")
def shop(shop_root: Path) -> Iterator[ModuleType]:
    with imported(shop_root, "shop") as module:
        yield module


class Recorder:
    """A handler that keeps each request, its body read only when the request arrives."""

    def __init__(self, *statuses: int, events: list[str] | None = None):
        self.statuses = list(statuses)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self.events = events if events is not None else []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.events.append("sent")
        self.requests.append(request)
        self.bodies.append(request.read())
        return httpx.Response(self.statuses.pop(0) if self.statuses else 204)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        self.events.append("sent")
        self.requests.append(request)
        self.bodies.append(await request.aread())
        return httpx.Response(204)


class Transport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Like httpx.MockTransport, but the handler gets the request before its body is read
    (MockTransport reads it first), so a test can see that a body is streamed."""

    def __init__(self, recorder: Recorder):
        self.recorder = recorder

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.recorder(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.recorder.handle_async(request)


def client(shop: ModuleType, recorder: Recorder) -> Any:
    made = shop.Shop(base_url=BASE_URL, http_client=httpx.Client(transport=Transport(recorder)))
    made._sleep = lambda seconds: None
    return made


def async_client(shop: ModuleType, recorder: Recorder) -> Any:
    return shop.AsyncShop(base_url=BASE_URL, http_client=httpx.AsyncClient(transport=Transport(recorder)))


def boundary(request: httpx.Request) -> bytes:
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    return content_type.partition("boundary=")[2].encode()


def multipart(marker: bytes, *parts: tuple[bytes, bytes]) -> bytes:
    """The multipart body of `(headers, content)` parts, each headers line ending in CRLF."""
    body = b"".join(b"--" + marker + b"\r\n" + headers + b"\r\n" + content + b"\r\n" for headers, content in parts)
    return body + b"--" + marker + b"--\r\n"


def disposition(name: str, filename: str | None = None, content_type: str | None = None) -> bytes:
    line = f'Content-Disposition: form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "") + "\r\n"
    return (line + (f"Content-Type: {content_type}\r\n" if content_type else "")).encode()


# -- multipart --------------------------------------------------------------------------------


def test_multipart_sends_files_fields_and_per_part_content_types(shop: ModuleType) -> None:
    recorder = Recorder()
    pages = io.BytesIO(b"%PDF-2")
    pages.name = "/tmp/second.pdf"
    body = {"image": ("cat.png", b"\x89PNG", None), "title": "Cat", "pages": [b"%PDF-1", pages], "meta": {"size": 4}, "note": "*hi*", "public": True}
    client(shop, recorder).default.upload(body)
    request = recorder.requests[0]
    assert recorder.bodies[0] == multipart(
        boundary(request),
        (disposition("title"), b"Cat"),
        (disposition("image", "cat.png", "image/png"), b"\x89PNG"),  # the spec's encoding
        (disposition("pages", "upload", "application/pdf"), b"%PDF-1"),  # the items' contentMediaType
        (disposition("pages", "second.pdf", "application/pdf"), b"%PDF-2"),
        (disposition("meta", None, "application/json"), b'{"size":4}'),
        (disposition("note", None, "text/markdown"), b"*hi*"),
        (disposition("public"), b"true"),
    )
    assert request.headers["Content-Length"] == str(len(recorder.bodies[0]))


def test_a_file_tuple_media_type_and_a_model_with_an_open_file(shop: ModuleType, tmp_path: Path) -> None:
    recorder = Recorder()
    (tmp_path / "dog.jpg").write_bytes(b"JPEG")
    with open(tmp_path / "dog.jpg", "rb") as file:
        client(shop, recorder).default.upload(shop.Upload(image=file))
    client(shop, recorder).default.upload({"image": (None, b"raw", "image/jpeg")})
    assert recorder.bodies[0] == multipart(boundary(recorder.requests[0]), (disposition("image", "dog.jpg", "image/png"), b"JPEG"))
    assert recorder.bodies[1] == multipart(boundary(recorder.requests[1]), (disposition("image", None, "image/jpeg"), b"raw"))


def test_a_multipart_body_is_checked_before_sending(shop: ModuleType) -> None:
    recorder = Recorder()
    with pytest.raises(shop.RequestValidationError, match="body.image: Field required"):
        client(shop, recorder).default.upload({"title": "no file"})
    with pytest.raises(shop.RequestValidationError, match="body.image: expected bytes, a file opened in binary mode"):
        client(shop, recorder).default.upload({"image": 42})
    assert recorder.requests == []


# -- form -------------------------------------------------------------------------------------


def test_form_fields_repeat_arrays_and_spell_booleans_as_json(shop: ModuleType) -> None:
    recorder = Recorder()
    api = client(shop, recorder).default
    api.search({"q": "a b&c", "tags": ["x", "y"], "exact": False, "limit": 5}, extra_body={"page": 2})
    api.search()
    assert recorder.requests[0].headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert recorder.bodies == [b"q=a+b%26c&tags=x&tags=y&exact=false&limit=5&page=2", b""]
    assert "Content-Type" not in recorder.requests[1].headers


# -- raw bytes --------------------------------------------------------------------------------


def test_binary_bodies_from_bytes_and_files_with_their_length(shop: ModuleType) -> None:
    recorder = Recorder()
    api = client(shop, recorder).default
    api.put_blob(b"\x00\x01")
    file = io.BytesIO(b"skip:payload")
    file.seek(5)
    api.put_blob(file)
    api.put_photo(b"img")
    assert recorder.bodies == [b"\x00\x01", b"payload", b"img"]
    assert [r.headers["Content-Type"] for r in recorder.requests] == ["application/octet-stream"] * 3  # image/* is no type to send
    assert [r.headers["Content-Length"] for r in recorder.requests] == ["2", "7", "3"]


def test_an_iterator_body_is_streamed_and_not_retried(shop: ModuleType) -> None:
    events: list[str] = []

    def chunks() -> Iterator[bytes]:
        for chunk in (b"one", b"two"):
            events.append("read")
            yield chunk

    recorder = Recorder(503, events=events)
    with pytest.raises(shop.InternalServerError):
        client(shop, recorder).default.put_blob(chunks())
    assert events == ["sent", "read", "read"]  # nothing was read before the request went out
    assert recorder.bodies == [b"onetwo"] and recorder.requests[0].headers["Transfer-Encoding"] == "chunked"


def test_a_file_body_is_sent_again_whole_on_a_retry(shop: ModuleType) -> None:
    recorder = Recorder(503)
    client(shop, recorder).default.put_blob(io.BytesIO(b"again"))
    assert recorder.bodies == [b"again", b"again"]


def test_a_binary_body_of_the_wrong_kind_is_refused(shop: ModuleType) -> None:
    with pytest.raises(shop.RequestValidationError, match="bytes, a file opened in binary mode or an iterator of bytes, not int"):
        client(shop, Recorder()).default.put_blob(3)


# -- text and JSON ----------------------------------------------------------------------------


def test_text_is_sent_in_the_charset_of_its_media_type(shop: ModuleType) -> None:
    recorder = Recorder()
    api = client(shop, recorder).default
    api.put_note("café")
    api.put_legacy_note("café")
    assert [r.headers["Content-Type"] for r in recorder.requests] == ["text/plain; charset=utf-8", "text/csv; charset=iso-8859-1"]
    assert recorder.bodies == ["café".encode(), "café".encode("latin-1")]
    with pytest.raises(shop.RequestValidationError, match="a text/plain body is a str, not bytes"):
        api.put_note(b"x")


def test_json_is_the_default_and_form_is_reachable_by_content_type(shop: ModuleType) -> None:
    recorder = Recorder()
    api = client(shop, recorder).default
    api.create_pet({"name": "Rex", "age": 3})
    api.create_pet(shop.Pet(name="Rex"), content_type="application/x-www-form-urlencoded")
    assert [r.headers["Content-Type"] for r in recorder.requests] == ["application/json", "application/x-www-form-urlencoded"]
    assert recorder.bodies == [b'{"name":"Rex","age":3}', b"name=Rex"]
    with pytest.raises(shop.RequestValidationError, match="content_type must be one of application/json, application/x-www-form-urlencoded, not 'application/cbor'"):
        api.create_pet({"name": "Rex"}, content_type="application/cbor")
    assert len(recorder.requests) == 2


def test_a_plus_json_body_is_sent_with_its_own_media_type(shop: ModuleType) -> None:
    recorder = Recorder()
    client(shop, recorder).default.patch_pet("7", {"name": "Rex"}, extra_body={"age": None})
    assert recorder.requests[0].headers["Content-Type"] == "application/merge-patch+json"
    assert recorder.bodies == [b'{"name":"Rex","age":null}']


# -- async ------------------------------------------------------------------------------------


def test_async_multipart_and_an_async_iterator_are_streamed(shop: ModuleType) -> None:
    events: list[str] = []

    async def chunks() -> AsyncIterator[bytes]:
        events.append("read")
        yield b"async"

    async def calls(recorder: Recorder) -> None:
        async with async_client(shop, recorder) as api:
            await api.default.upload({"image": b"PNG", "title": "T"})
            await api.default.put_blob(chunks())
            await api.default.put_blob(io.BytesIO(b"file"))

    recorder = Recorder(events=events)
    asyncio.run(calls(recorder))
    marker = boundary(recorder.requests[0])
    assert recorder.bodies == [
        multipart(marker, (disposition("title"), b"T"), (disposition("image", "upload", "image/png"), b"PNG")),
        b"async",
        b"file",
    ]
    assert events == ["sent", "sent", "read", "sent"]


def test_an_async_iterator_needs_the_async_client(shop: ModuleType) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"x"

    with pytest.raises(shop.RequestValidationError, match="an async iterator body needs the async client"):
        client(shop, Recorder()).default.put_blob(chunks())


# -- what the SDK cannot send -----------------------------------------------------------------


def _validate(*options: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["validate", "shop.json", "-v", *options])
    return result.exit_code, result.output


def test_an_unsupported_media_type_is_one_located_warning_and_an_error_under_strict(spec_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(spec_path.parent)
    code, output = _validate()
    warnings = [line for line in output.splitlines() if ": warning: operation" in line]
    pointer = "shop.json#/paths/~1frames/post/requestBody/content/application~1cbor"
    assert code == 0
    assert [w for w in warnings if w.startswith(pointer)] == [
        f"{pointer}: warning: operation POST /frames: request body application/cbor is not supported (the SDK cannot "
        "encode it); the method is generated without a body parameter"
    ]
    assert any(
        "~1pets/post/requestBody/content/application~1cbor" in w and w.endswith("the method sends only application/json, application/x-www-form-urlencoded")
        for w in warnings
    )
    assert len(warnings) == 2
    code, output = _validate("--strict")
    assert code == 2 and f"{pointer}: operation POST /frames" in output


def test_the_method_of_an_unsupported_body_has_no_body_argument(shop: ModuleType) -> None:
    recorder = Recorder()
    api = client(shop, recorder).default
    assert "body" not in inspect.signature(api.send_frame).parameters
    api.send_frame()
    assert recorder.bodies == [b""]
    assert list(inspect.signature(api.create_pet).parameters)[:2] == ["body", "content_type"]


# -- docs and types ---------------------------------------------------------------------------


def _api(spec_path: Path) -> tuple[ir.Api, Config]:
    """The IR of the spec and its SDK config, the product named after the document."""
    config = config_for_specs([spec_path], package="shop")
    api = load_api(config, Reporter())
    return api, config.named_after(d.title for d in api.documents)


def test_every_docs_example_is_a_valid_call(spec_path: Path, shop_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    api, config = _api(spec_path)
    snippets = Snippets(api, config, Formatter(line_length=EXAMPLE_LINE_LENGTH))
    sent: list[httpx.Request] = []

    def send(self: object, request: httpx.Request, **_: object) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204, request=request)

    async def send_async(self: object, request: httpx.Request, **_: object) -> httpx.Response:
        return send(self, request)

    monkeypatch.setattr(httpx.Client, "send", send)
    monkeypatch.setattr(httpx.AsyncClient, "send", send_async)
    with imported(shop_root, "shop"):
        for resource in api.resources:
            for op in resource.operations:
                examples = snippets.operation(resource, op)
                for code in (examples.python, examples.python_async):
                    exec(compile(code, f"<{op.operation_id} example>", "exec"), {"__name__": "__main__"})
    assert len(sent) == 2 * len(api.operations)
    by_path = {r.url.path: r for r in sent}
    assert by_path["/uploads"].headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert by_path["/blobs"].headers["Content-Type"] == "application/octet-stream"


def test_the_curl_examples_send_the_body_as_its_media_type(spec_path: Path) -> None:
    api, config = _api(spec_path)
    snippets = Snippets(api, config, Formatter(line_length=EXAMPLE_LINE_LENGTH))
    curl = {op.operation_id: snippets.operation(resource, op).curl for resource in api.resources for op in resource.operations}
    assert "-F image=@image.bin" in curl["upload"] and "Content-Type" not in curl["upload"]  # curl writes the boundary
    assert "-H 'Content-Type: application/x-www-form-urlencoded' \\\n  --data-urlencode q=string" in curl["search"]
    assert "--data-binary @file.bin" in curl["putBlob"]


def test_the_new_signatures_type_check_and_reject_misuse(shop_root: Path, tmp_path: Path) -> None:
    (shop_root / "usage.py").write_text(USAGE)
    result = subprocess.run(
        [BIN / "mypy", "--strict", "--warn-unused-ignores", "--cache-dir", tmp_path / "mypy", "-p", "shop", "-m", "usage"],
        cwd=shop_root, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout

