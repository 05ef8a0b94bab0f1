"""Parameter serialization as a user meets it: an SDK generated from a small spec with every
style/explode combination of path, query, header and cookie parameters, called through
MockTransport, compared byte for byte with the OpenAPI 3.1 style table (color = blue, black,
brown; or R=100, G=200, B=150)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.diagnostics import Reporter
from generator.ir.naming import snake_case
from tests.support.small_sdk import imported, mock_http, write_sdk

ARRAY = ["blue", "black", "brown"]
OBJECT = {"R": 100, "G": 200, "B": 150}
SCHEMAS = {
    "array": {"type": "array", "items": {"type": "string"}},
    "object": {"$ref": "#/components/schemas/Rgb"},
    "string": {"type": "string"},
}
VALUES: dict[str, Any] = {"array": ARRAY, "object": OBJECT, "string": "blue"}
# (location, style, explode, kind) -> what the OAS 3.1 style table says is sent.
TABLE = {
    ("path", "simple", False, "array"): "blue,black,brown",
    ("path", "simple", False, "object"): "R,100,G,200,B,150",
    ("path", "simple", True, "array"): "blue,black,brown",
    ("path", "simple", True, "object"): "R=100,G=200,B=150",
    ("path", "label", False, "string"): ".blue",
    ("path", "label", False, "array"): ".blue,black,brown",
    ("path", "label", False, "object"): ".R,100,G,200,B,150",
    ("path", "label", True, "array"): ".blue.black.brown",
    ("path", "label", True, "object"): ".R=100.G=200.B=150",
    ("path", "matrix", False, "string"): ";color=blue",
    ("path", "matrix", False, "array"): ";color=blue,black,brown",
    ("path", "matrix", False, "object"): ";color=R,100,G,200,B,150",
    ("path", "matrix", True, "array"): ";color=blue;color=black;color=brown",
    ("path", "matrix", True, "object"): ";R=100;G=200;B=150",
    ("query", "form", False, "array"): "color=blue,black,brown",
    ("query", "form", False, "object"): "color=R,100,G,200,B,150",
    ("query", "form", True, "array"): "color=blue&color=black&color=brown",
    ("query", "form", True, "object"): "R=100&G=200&B=150",
    ("query", "spaceDelimited", False, "array"): "color=blue%20black%20brown",
    ("query", "spaceDelimited", False, "object"): "color=R%20100%20G%20200%20B%20150",
    ("query", "pipeDelimited", False, "array"): "color=blue%7Cblack%7Cbrown",
    ("query", "pipeDelimited", False, "object"): "color=R%7C100%7CG%7C200%7CB%7C150",
    ("query", "deepObject", True, "object"): "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
    ("header", "simple", False, "array"): "blue,black,brown",
    ("header", "simple", False, "object"): "R,100,G,200,B,150",
    ("header", "simple", True, "array"): "blue,black,brown",
    ("header", "simple", True, "object"): "R=100,G=200,B=150",
    ("cookie", "form", False, "array"): "color=blue,black,brown",
    ("cookie", "form", False, "object"): "color=R,100,G,200,B,150",
    ("cookie", "form", True, "array"): "color=blue; color=black; color=brown",
    ("cookie", "form", True, "object"): "R=100; G=200; B=150",
}  # fmt: skip
RESERVED = "a/b?c:d,e;f@g&h#i+j%20k"


def operation_id(location: str, style: str, explode: bool, kind: str) -> str:
    return f"{location}{style[:1].upper()}{style[1:]}{'Exploded' if explode else 'Flat'}{kind.title()}"


def _operation(operation_id: str, *parameters: dict[str, Any]) -> dict[str, Any]:
    return {"get": {"operationId": operation_id, "tags": ["calls"], "parameters": list(parameters), "responses": {"204": {"description": "done"}}}}


def _paths() -> dict[str, Any]:
    paths = {}
    for (location, style, explode, kind) in TABLE:
        name = operation_id(location, style, explode, kind)
        parameter = {"name": "color", "in": location, "required": True, "style": style, "explode": explode, "schema": SCHEMAS[kind]}
        paths["/" + name + ("/{color}" if location == "path" else "")] = _operation(name, parameter)
    paths["/reserved"] = _operation(
        "reserved",
        {"name": "kept", "in": "query", "required": True, "allowReserved": True, "schema": {"type": "string"}},
        {"name": "plain", "in": "query", "required": True, "schema": {"type": "string"}},
    )
    paths["/json"] = _operation("jsonFilter", {"name": "filter", "in": "query", "required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Rgb"}}}})
    paths["/map"] = _operation("mapFilter", {"name": "filter", "in": "query", "required": True, "style": "deepObject", "schema": {"type": "object", "additionalProperties": {"type": "integer"}}})
    paths["/bad"] = _operation(
        "badStyles",
        {"name": "s", "in": "query", "required": True, "style": "spaceDelimited", "explode": True, "schema": SCHEMAS["array"]},
        {"name": "p", "in": "query", "required": True, "style": "pipeDelimited", "explode": True, "schema": SCHEMAS["array"]},
        {"name": "t", "in": "query", "required": True, "content": {"text/csv": {"schema": {"type": "string"}}}},
    )
    return paths


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Styles", "version": "1"},
    "servers": [{"url": "https://api.styles.test"}],
    "components": {"schemas": {"Rgb": {"type": "object", "properties": {k: {"type": "integer"} for k in OBJECT}}}},
    "paths": _paths(),
}


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(204)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Reporter]:
    reporter = Reporter()
    return write_sdk(SPEC, tmp_path_factory.mktemp("styles"), package="styles", reporter=reporter), reporter


@pytest.fixture
def calls(generated: tuple[Path, Reporter]) -> Iterator[Any]:
    with imported(generated[0], "styles") as module:
        yield module.Styles(http_client=mock_http(Recorder())).calls


def sent(calls: Any, method: str, **arguments: Any) -> httpx.Request:
    getattr(calls, method)(**arguments)
    recorder: Recorder = calls._client._http._transport.handler
    return recorder.requests[-1]


def wire(request: httpx.Request, location: str, name: str) -> str:
    """What a request carries for one parameter, as bytes on the wire (decoded as ASCII)."""
    if location == "path":
        return request.url.raw_path.decode().split("/")[-1]
    if location == "query":
        return request.url.query.decode()
    return request.headers["Cookie" if location == "cookie" else "color"]


@pytest.mark.parametrize(("case", "expected"), list(TABLE.items()), ids=[operation_id(*case) for case in TABLE])
def test_style_table(calls: Any, case: tuple[str, str, bool, str], expected: str) -> None:
    location, _, _, kind = case
    request = sent(calls, snake_case(operation_id(*case)), color=VALUES[kind])
    assert wire(request, location, "color") == expected


def test_a_model_instance_is_sent_like_its_dict(generated: tuple[Path, Reporter], calls: Any) -> None:
    with imported(generated[0], "styles") as module:
        request = sent(calls, "query_deep_object_exploded_object", color=module.Rgb(r=100, g=200, b=150))
    assert request.url.query == b"color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"


def test_allow_reserved_keeps_reserved_characters(calls: Any) -> None:
    request = sent(calls, "reserved", kept=RESERVED, plain=RESERVED)
    assert request.url.query == b"kept=a/b?c:d,e;f@g%26h%23i%2Bj%20k&plain=a%2Fb%3Fc%3Ad%2Ce%3Bf%40g%26h%23i%2Bj%2520k"
    assert request.url.params["plain"] == RESERVED
    assert request.url.params["kept"] == RESERVED.replace("%20", " "), "a percent-encoded triple passes unchanged"


def test_content_json_parameter_is_sent_as_json_text(calls: Any) -> None:
    request = sent(calls, "json_filter", filter=OBJECT)
    assert request.url.query == b"filter=%7B%22R%22%3A100%2C%22G%22%3A200%2C%22B%22%3A150%7D"


def test_deep_object_map(calls: Any) -> None:
    assert sent(calls, "map_filter", filter={"min": 1, "max": 9}).url.query == b"filter%5Bmin%5D=1&filter%5Bmax%5D=9"


def test_unsupported_styles_warn_once_each_and_fall_back(generated: tuple[Path, Reporter], calls: Any) -> None:
    warnings = [d for d in generated[1].diagnostics if d.kind == "unsupported-style"]
    pointers = ["/paths/~1bad/get/parameters/0/explode", "/paths/~1bad/get/parameters/1/explode", "/paths/~1bad/get/parameters/2/content/text~1csv"]
    assert [w.pointer for w in warnings] == pointers
    assert "sent as repeated name=value pairs" in warnings[0].message
    assert "sent as plain text" in warnings[2].message
    request = sent(calls, "bad_styles", s=["a", "b"], p=["c", "d"], t="x,y")
    assert request.url.query == b"s=a&s=b&p=c&p=d&t=x%2Cy"
    assert len(generated[1].diagnostics) == len(warnings), "nothing else is reported"
