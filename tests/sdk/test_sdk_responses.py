"""Responses of every kind on an SDK generated from a small spec of its own: text as `str`
(charset honoured), binary downloads streamed (read, iter_bytes, write_to_file), server-sent
events (sync and async, JSON data parsed into a model), 204 as None, a union chosen by status,
declared response headers, the Accept sent, the raw-response wrapper for each, one located
warning for a body the SDK cannot parse, and return types that mypy sees (not Any)."""

from __future__ import annotations

import asyncio
import html
import inspect
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import nh3
import pytest

from generator.config import config_for_specs
from generator.diagnostics import Reporter
from generator.docs.render import render_site
from generator.pipeline import load_api
from tests.support.small_sdk import imported, mock_http, write_sdk

BIN = Path(sys.executable).parent
PATH_ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]


def _content(media_type: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {media_type: {"schema": schema}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _get(operation_id: str, tag: str, responses: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "tags": [tag], "responses": responses, **extra}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Media API", "version": "1.0.0"},
    "servers": [{"url": "https://api.test"}],
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Tick": {"type": "object", "required": ["price"], "properties": {"price": {"type": "number"}, "symbol": {"type": "string"}}},
            "Job": {"type": "object", "required": ["id", "result"], "properties": {"id": {"type": "string"}, "result": {"type": "string"}}},
            "Ticket": {"type": "object", "required": ["ticket"], "properties": {"ticket": {"type": "string"}}},
            "Report": {"type": "object", "properties": {"total": {"type": "integer"}}},
        },
    },
    "security": [{"bearer": []}],
    "paths": {
        "/notes/{id}": {
            "get": _get("readNote", "notes", {"200": {"description": "The note", "content": _content("text/plain", {"type": "string"})}}, parameters=PATH_ID),
            "delete": _get("deleteNote", "notes", {"204": {"description": "Deleted"}}, parameters=PATH_ID),
        },
        "/images/{id}": {
            "get": _get(
                "downloadImage",
                "images",
                {
                    "200": {
                        "description": "The image",
                        "headers": {"X-Image-Width": {"description": "Width in pixels.", "schema": {"type": "integer"}}},
                        "content": _content("image/png", {"type": "string", "format": "binary"}),
                    }
                },
                parameters=PATH_ID,
            )
        },
        "/ticks": {"get": _get("streamTicks", "ticks", {"200": {"description": "Prices", "content": _content("text/event-stream", _ref("Tick"))}})},
        "/logs": {"get": _get("tailLogs", "ticks", {"200": {"description": "Log lines", "content": _content("text/event-stream", {"type": "string"})}})},
        "/jobs": {
            "post": _get(
                "runJob",
                "jobs",
                {
                    "200": {"description": "Done at once", "content": _content("application/json", _ref("Job"))},
                    "202": {"description": "Queued", "content": _content("application/json", _ref("Ticket"))},
                    "204": {"description": "Nothing to do"},
                },
            )
        },
        "/report": {
            "get": _get(
                "getReport",
                "jobs",
                {"200": {"description": "The report", "content": {**_content("text/csv", {"type": "string"}), **_content("application/json", _ref("Report"))}}},
            )
        },
        "/export": {"get": _get("exportReport", "jobs", {"200": {"description": "XML", "content": _content("application/xml", _ref("Report"))}})},
        "/status": {"get": _get("getStatus", "jobs", {"200": {"description": "Any JSON", "content": {"application/json": {}}}})},
    },
}
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64
TICKS = (
    b": a comment the client ignores\r\n"
    b"retry: 3000\r\n"
    b"id: 1\r\n"
    b'data: {"price": 1.5,\r\n'
    b'data:  "symbol": "KPN"}\r\n'
    b"\r\n"
    b"event: quote\n"
    b'data: {"price": 2}\n'
    b"\n"
    b"id: ignored: no data, no event\n"
    b"\n"
    b'data: {"price": 3} but the stream ends before a blank line\n'
)


@pytest.fixture(scope="module")
def reporter() -> Reporter:
    return Reporter()


@pytest.fixture(scope="module")
def media_root(tmp_path_factory: pytest.TempPathFactory, reporter: Reporter) -> Path:
    return write_sdk(SPEC, tmp_path_factory.mktemp("media"), package="media", reporter=reporter)


@pytest.fixture(scope="module")
def media(media_root: Path) -> Iterator[ModuleType]:
    with imported(media_root, "media") as module:
        yield module


class Sent:
    """The requests a mock server received, and the reply it gives each."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[httpx.Request] = []
        self.reply = reply

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.reply(request)


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body sent in chunks that records how many were read: a client that reads the whole
    body before returning would have read them all."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks
        self.read = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.read += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.read += 1
            yield chunk


def sync_client(media: ModuleType, sent: Sent) -> Any:
    return media.Media(token="t", base_url="https://api.test", http_client=mock_http(sent))


def async_client(media: ModuleType, sent: Sent) -> Any:
    transport = httpx.MockTransport(sent)
    return media.AsyncMedia(token="t", base_url="https://api.test", http_client=httpx.AsyncClient(transport=transport))


def test_a_text_response_is_a_str_decoded_by_its_charset(media: ModuleType) -> None:
    sent = Sent(lambda r: httpx.Response(200, content="café".encode("latin-1"), headers={"Content-Type": "text/plain; charset=iso-8859-1"}))
    note = sync_client(media, sent).notes.read("n1")
    assert note == "café"
    assert sent.requests[0].headers["Accept"] == "text/plain, application/problem+json"
    assert sent.requests[0].url == "https://api.test/notes/n1"


def test_a_binary_download_is_streamed_not_read_before_the_caller_reads_it(media: ModuleType, tmp_path: Path) -> None:
    streams: list[Chunks] = []

    def reply(request: httpx.Request) -> httpx.Response:
        streams.append(Chunks(PNG[:100], PNG[100:5000], PNG[5000:]))
        return httpx.Response(200, stream=streams[-1], headers={"Content-Type": "image/png"})

    sent = Sent(reply)
    images = sync_client(media, sent).images
    download = images.download("i1")
    assert isinstance(download, media.BinaryResponse)
    assert (streams[0].read, download.http_response.is_stream_consumed) == (0, False)
    assert download.write_to_file(tmp_path / "i1.png") == len(PNG)
    assert (tmp_path / "i1.png").read_bytes() == PNG
    assert (streams[0].read, download.http_response.is_closed) == (3, True)
    assert images.download("i2").read() == PNG
    with images.download("i3") as chunked:
        assert b"".join(chunked.iter_bytes()) == PNG
    with images.download("i4") as unread:
        assert unread.content_type == "image/png"
    assert (streams[3].read, unread.http_response.is_closed) == (0, True)
    assert {r.headers["Accept"] for r in sent.requests} == {"image/png, application/problem+json"}


def test_an_error_status_of_a_streamed_call_raises_with_its_body(media: ModuleType) -> None:
    problem = b'{"title": "No such image", "status": 404}'
    sent = Sent(lambda r: httpx.Response(404, stream=Chunks(problem), headers={"Content-Type": "application/problem+json"}))
    with pytest.raises(media.NotFoundError) as raised:
        sync_client(media, sent).images.download("missing")
    assert raised.value.problem.title == "No such image"


def test_server_sent_events_are_parsed_as_they_arrive_with_json_data_as_the_model(media: ModuleType) -> None:
    stream = Chunks(TICKS[:20], TICKS[20:57], TICKS[57:])  # split inside a line and between \r and \n
    sent = Sent(lambda r: httpx.Response(200, stream=stream, headers={"Content-Type": "text/event-stream"}))
    events = sync_client(media, sent).ticks.stream()
    assert stream.read == 0
    received = list(events)
    assert [(e.event, e.id, e.retry) for e in received] == [("message", "1", 3000), ("quote", "1", None)]
    assert all(isinstance(e.data, media.Tick) for e in received)
    assert [(e.data.price, e.data.symbol) for e in received] == [(1.5, "KPN"), (2, None)]
    assert sent.requests[0].headers["Accept"] == "text/event-stream, application/problem+json"
    assert events.http_response.is_closed


def test_event_data_without_a_structured_schema_stays_text(media: ModuleType) -> None:
    body = b"data: first line\ndata: second line\n\ndata:\n\n:keep-alive\n\ndata: last\n\n"
    sent = Sent(lambda r: httpx.Response(200, content=body, headers={"Content-Type": "text/event-stream"}))
    assert [e.data for e in sync_client(media, sent).ticks.tail_logs()] == ["first line\nsecond line", "", "last"]


def test_event_data_that_is_not_json_raises_a_response_validation_error(media: ModuleType) -> None:
    sent = Sent(lambda r: httpx.Response(200, content=b"data: [DONE]\n\n", headers={"Content-Type": "text/event-stream"}))
    with pytest.raises(media.APIResponseValidationError, match="An event of the response of GET"):
        list(sync_client(media, sent).ticks.stream())


def test_async_event_streams_and_downloads(media: ModuleType, tmp_path: Path) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/ticks":
            return httpx.Response(200, stream=Chunks(TICKS[:33], TICKS[33:]), headers={"Content-Type": "text/event-stream"})
        return httpx.Response(200, stream=Chunks(PNG[:10], PNG[10:]), headers={"Content-Type": "image/png"})

    async def use() -> tuple[list[Any], bytes, int, list[bytes]]:
        client = async_client(media, Sent(reply))
        events = await client.ticks.stream()
        assert isinstance(events, media.AsyncEventStream)
        ticks = [event async for event in events]
        image = await client.images.download("i1")
        assert image.http_response.is_stream_consumed is False
        written = await (await client.images.download("i2")).write_to_file(tmp_path / "i2.png")
        async with await client.images.download("i3") as chunked:
            chunks = [chunk async for chunk in chunked.iter_bytes()]
        return ticks, await image.read(), written, chunks

    ticks, image, written, chunks = asyncio.run(use())
    assert [(e.event, e.data.price) for e in ticks] == [("message", 1.5), ("quote", 2)]
    assert (image, written, b"".join(chunks)) == (PNG, len(PNG), PNG)
    assert (tmp_path / "i2.png").read_bytes() == PNG


def test_no_content_is_none(media: ModuleType) -> None:
    sent = Sent(lambda r: httpx.Response(204))
    assert sync_client(media, sent).notes.delete("n1") is None
    assert sent.requests[0].method == "DELETE"
    assert sent.requests[0].headers["Accept"] == "application/json, application/problem+json"


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [(200, {"id": "j1", "result": "ok"}, ("Job", "j1")), (202, {"ticket": "t1"}, ("Ticket", "t1")), (204, None, ("NoneType", None))],
)
def test_the_status_decides_which_type_of_a_union_is_parsed(media: ModuleType, status: int, body: Any, expected: tuple[str, str | None]) -> None:
    sent = Sent(lambda r: httpx.Response(status, json=body) if body is not None else httpx.Response(status))
    result = sync_client(media, sent).jobs.run()
    assert (type(result).__name__, getattr(result, "id", None) or getattr(result, "ticket", None)) == expected


def test_json_is_preferred_when_a_response_offers_several_media_types(media: ModuleType) -> None:
    sent = Sent(lambda r: httpx.Response(200, json={"total": 3}))
    report = sync_client(media, sent).jobs.get_report()
    assert isinstance(report, media.Report) and report.total == 3
    assert sent.requests[0].headers["Accept"] == "application/json, application/problem+json"


def test_json_without_a_schema_is_returned_parsed(media: ModuleType) -> None:
    sent = Sent(lambda r: httpx.Response(200, json={"up": True, "load": [1, 2]}))
    assert sync_client(media, sent).jobs.get_status() == {"up": True, "load": [1, 2]}


def test_declared_response_headers_are_documented_and_reachable_on_the_raw_response(media: ModuleType) -> None:
    sent = Sent(lambda r: httpx.Response(200, stream=Chunks(PNG), headers={"Content-Type": "image/png", "X-Image-Width": "640"}))
    raw = sync_client(media, sent).with_raw_response.images.download("i1")
    assert (raw.status_code, raw.headers["X-Image-Width"]) == (200, "640")
    assert raw.parse().read() == PNG
    doc = inspect.getdoc(media.resources.ImagesResource.download)
    assert "``X-Image-Width``: Width in pixels." in (doc or "")


def test_the_raw_response_wrapper_works_for_text_events_unions_and_downloads(media: ModuleType) -> None:
    replies = {
        "/notes/n1": httpx.Response(200, text="hello", headers={"Content-Type": "text/plain"}),
        "/logs": httpx.Response(200, content=b"data: one\n\n", headers={"Content-Type": "text/event-stream"}),
        "/jobs": httpx.Response(202, json={"ticket": "t1"}),
        "/images/i1": httpx.Response(200, stream=Chunks(PNG), headers={"Content-Type": "image/png"}),
    }
    raw = sync_client(media, Sent(lambda r: replies[r.url.path])).with_raw_response
    text = raw.notes.read("n1")
    assert (text.text, text.parse()) == ("hello", "hello")
    assert [e.data for e in raw.ticks.tail_logs().parse()] == ["one"]
    job = raw.jobs.run()
    assert (job.status_code, job.json(), job.parse().ticket) == (202, {"ticket": "t1"}, "t1")
    download = raw.images.download("i1")
    assert download.content == PNG  # read on demand
    assert download.parse().read() == PNG


def test_a_structured_body_that_is_not_json_is_returned_as_text_with_one_located_warning(media: ModuleType, reporter: Reporter) -> None:
    sent = Sent(lambda r: httpx.Response(200, text="<report total='3'/>", headers={"Content-Type": "application/xml"}))
    assert sync_client(media, sent).jobs.export_report() == "<report total='3'/>"
    assert sent.requests[0].headers["Accept"] == "application/xml, application/problem+json"
    warnings = [d for d in reporter.diagnostics if d.kind == "unsupported-media-type"]
    assert [(w.pointer, w.severity) for w in warnings] == [("/paths/~1export/get/responses/200/content/application~1xml", "warning")]
    assert "GET /export" in warnings[0].message and "returns the body as text (str)" in warnings[0].message


def test_the_site_says_what_each_kind_of_response_returns(media_root: Path) -> None:
    config = config_for_specs([media_root / "media.json"], package="media")
    site = render_site(load_api(config, Reporter()), config)
    returns = {
        name: [_text(dd) for dd in _returns_cells(site[f"resources/{name}.html"].decode("utf-8"))] for name in ("images", "ticks", "jobs", "notes")
    }
    assert returns["images"] == [
        "BinaryResponse (AsyncBinaryResponse in async code) of the image/png body, streamed: read(), iter_bytes() or write_to_file(path);"
        " response headers X-Image-Width on with_raw_response (.headers)"
    ]
    assert returns["ticks"][0].startswith("EventStream[Tick] (AsyncEventStream[Tick] in async code): iterating it yields each server-sent event")
    assert "ServerSentEvent with data as Tick" in returns["ticks"][0] and "data as str" in returns["ticks"][1]
    assert returns["jobs"] == ["200: Job; 202: Ticket; 204: None", "Report", "str: the application/xml body as text", "Any"]
    assert returns["notes"] == ["str: the text/plain body as text", "None"]


def _text(markup: str) -> str:
    """The words of some HTML, whitespace collapsed."""
    return " ".join(html.unescape(nh3.clean(markup, tags=set())).split())


def _returns_cells(page: str) -> list[str]:
    """The HTML of each operation's Returns fact."""
    return [part.split("<dd>", 1)[1].split("</dd>", 1)[0] for part in page.split("<dt>Returns</dt>")[1:]]


USAGE = """
from typing_extensions import assert_type

from media import AsyncEventStream, AsyncMedia, BinaryResponse, EventStream, Job, Media, ServerSentEvent, Tick, Ticket
from media._response import APIResponse


def use(client: Media) -> None:
    assert_type(client.notes.read("n1"), str)
    assert_type(client.notes.delete("n1"), None)
    assert_type(client.images.download("i1"), BinaryResponse)
    assert_type(client.images.download("i1").read(), bytes)
    assert_type(client.ticks.stream(), EventStream[Tick])
    for event in client.ticks.stream():
        assert_type(event, ServerSentEvent[Tick])
        assert_type(event.data.price, float)
    assert_type(client.ticks.tail_logs(), EventStream[str])
    assert_type(client.jobs.run(), Job | Ticket | None)
    assert_type(client.with_raw_response.images.download("i1"), APIResponse[BinaryResponse])
    width: int = client.notes.read("n1")  # type: ignore[assignment]


async def use_async(client: AsyncMedia) -> None:
    assert_type(await client.ticks.stream(), AsyncEventStream[Tick])
    async for event in await client.ticks.stream():
        assert_type(event.data, Tick)
    image = await client.images.download("i1")
    assert_type(await image.read(), bytes)
    async for chunk in image.iter_bytes():
        assert_type(chunk, bytes)
"""


def test_the_sdk_type_checks_and_return_types_are_not_any(media_root: Path, tmp_path: Path) -> None:
    (media_root / "usage.py").write_text(USAGE)
    command = [BIN / "mypy", "--strict", "--cache-dir", tmp_path / "mypy", "-p", "media", "-m", "usage"]
    result = subprocess.run(command, cwd=media_root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    lint = subprocess.run([BIN / "ruff", "check", "--no-cache", "media"], cwd=media_root, capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout
