"""Names in the SDK of an unseen document (issue 10): methods from method + path where the spec
gives no operationId (and no made-up operationId on the site), the product named after
`info.title`, and schema and property names that are keywords or not identifiers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.config import config_for_specs
from generator.diagnostics import Reporter
from generator.docs.render import render_site
from generator.pipeline import load_api
from tests.support.small_sdk import imported, mock_http, write_sdk

BASE = "https://api.test"
ANY_OBJECT = {"type": "object", "properties": {"id": {"type": "integer"}}}


def ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    content = {"content": {"application/json": {"schema": schema}}} if schema else {}
    return {"200": {"description": "ok", **content}}


def document(title: str, paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1"},
        "servers": [{"url": BASE}],
        "components": {"schemas": schemas or {}, "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "security": [{"bearer": []}],
        "paths": paths,
    }


ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
UNNAMED = document(
    "Library",
    {
        "/books": {"get": {"responses": ok()}, "post": {"responses": ok()}},
        "/books/{id}": {"get": {"parameters": ID, "responses": ok()}},
        "/api/2010-04-01/accounts.json": {"get": {"responses": ok()}},
        "/v1/users": {"get": {"responses": ok()}},
        "/v2/users": {"get": {"responses": ok()}},
        "/": {"get": {"responses": ok()}},
        "/albums/{id}": {"get": {"operationId": "get-an-album", "tags": ["albums"], "parameters": ID, "responses": ok()}},
        "/albums/{id}/tracks": {"get": {"operationId": "get-an-albums-tracks", "tags": ["albums"], "parameters": ID, "responses": ok()}},
    },
)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = write_sdk(UNNAMED, tmp_path_factory.mktemp("library"), package="library")
    with imported(root, "library") as module:
        yield module


def public_methods(resource: object) -> set[str]:
    return {name for name in vars(type(resource)) if not name.startswith("_") and name != "with_raw_response"}


def test_methods_without_operation_id_are_named_after_method_and_path(library: ModuleType) -> None:
    client = library.Library(token="t", base_url=BASE)
    assert public_methods(client.default) == {
        "get_books", "post_books", "get_books_by_id", "get_accounts", "get_v1_users", "get_v2_users", "get_root",
    }  # fmt: skip
    assert public_methods(client.albums) == {"get", "get_tracks"}  # never `get_an`


def test_a_path_named_method_calls_its_path(library: ModuleType) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    client = library.Library(token="t", base_url=BASE, http_client=mock_http(answer))
    client.default.get_books_by_id("b/1")
    client.default.get_accounts()
    assert [(r.method, str(r.url)) for r in sent] == [("GET", f"{BASE}/books/b%2F1"), ("GET", f"{BASE}/api/2010-04-01/accounts.json")]


def site_of(spec: dict[str, Any], folder: Path) -> str:
    """Every HTML page of the site of `spec`, joined."""
    path = folder / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    config = config_for_specs([path], package="library")
    site = render_site(load_api(config, Reporter()), config)
    return "\n".join(content.decode("utf-8") for name, content in site.items() if name.endswith(".html"))


def test_the_site_shows_only_operation_ids_the_spec_has(tmp_path: Path) -> None:
    html = site_of(UNNAMED, tmp_path)
    assert "operation ID <code>get-an-album</code>" in html
    assert html.count("operation ID") == 2  # the two albums operations, not the seven unnamed ones
    assert "get_books_by_id</code>" in html  # the method name, which is the SDK's to choose
    assert ">GET /books/{id}</a>" in html  # the heading of an operation with neither summary nor id


TRAVEL = document(
    "Train Travel API",
    {"/trips": {"get": {"operationId": "getTrips", "tags": ["trips"], "responses": ok({"$ref": "#/components/schemas/TrainTravel"})}}},
    {"TrainTravel": ANY_OBJECT},
)


@pytest.fixture(scope="module")
def travel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, Path]]:
    root = write_sdk(TRAVEL, tmp_path_factory.mktemp("travel"), package="travel")
    with imported(root, "travel") as module:
        yield module, root


def test_the_client_and_env_prefix_come_from_info_title(travel: tuple[ModuleType, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    module, _ = travel
    monkeypatch.setenv("TRAIN_TRAVEL_TOKEN", "from-env")
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(200, json={"id": 7})

    client = module.TrainTravel(base_url=BASE, http_client=mock_http(answer))
    assert module.AsyncTrainTravel.__name__ == "AsyncTrainTravel"
    trip = client.trips.get()
    assert isinstance(trip, module.TrainTravelModel) and trip.id == 7  # the schema yields the name to the client
    assert seen == ["Bearer from-env"]
    with pytest.raises(module.APIError, match="TRAIN_TRAVEL_TOKEN"):
        monkeypatch.delenv("TRAIN_TRAVEL_TOKEN")
        module.TrainTravel(base_url=BASE)


def test_the_docs_speak_of_the_title(travel: tuple[ModuleType, Path], tmp_path: Path) -> None:
    module, root = travel
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "the Train Travel API" in readme and "APIs" not in readme.split("\n", 3)[2]
    assert "the Train Travel API." in (module.__doc__ or "")
    assert "API APIs" not in readme and "API_TOKEN" not in readme.replace("TRAIN_TRAVEL_TOKEN", "")
    html = site_of(TRAVEL, tmp_path)
    assert "Train Travel API reference" in html and "Train Travel API API" not in html


def test_a_config_that_names_the_product_is_kept() -> None:
    from generator.config import load_config

    kpn = load_config(Path("specs/sdk.yaml"))
    assert kpn.named_after(["Something Else API"]) == kpn
    assert (kpn.title, kpn.client, kpn.env_prefix, kpn.api_noun) == ("KPN Things", "Things", "KPN_THINGS", "APIs")


ODD = document(
    "Odd",
    {
        "/things": {
            "post": {
                "operationId": "import",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/class"}}}},
                "responses": ok({"$ref": "#/components/schemas/my-thing.v2"}),
            }
        }
    },
    {
        "class": {
            "type": "object",
            "required": ["from"],
            "properties": {"from": {"type": "string"}, "@type": {"type": "string"}, "x-y": {"type": "integer"}, "2fa": {"type": "boolean"}, "self": {"type": "string"}},
        },
        "my-thing.v2": {"type": "object", "properties": {"model_config": {"type": "string"}, "import": {"$ref": "#/components/schemas/class"}}},
    },
)


def test_keyword_and_non_identifier_names_import_and_round_trip(tmp_path: Path) -> None:
    sent: list[bytes] = []
    reply = {"model_config": "c", "import": {"from": "b", "@type": "t", "x-y": 2, "2fa": False, "self": "s"}}

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, json=reply)

    with imported(write_sdk(ODD, tmp_path, package="odd"), "odd") as odd:
        body = odd.Class(from_="a", type="t", x_y=1, n2fa=True, self_="s")
        got = odd.Odd(token="t", base_url=BASE, http_client=mock_http(answer)).default.import_(body)
        assert json.loads(sent[0]) == {"from": "a", "@type": "t", "x-y": 1, "2fa": True, "self": "s"}
        assert isinstance(got, odd.MyThingV2) and got.model_config_ == "c"
        assert (got.import_.from_, got.import_.x_y, got.import_.n2fa) == ("b", 2, False)
        assert got.model_dump(by_alias=True, exclude_unset=True) == reply
