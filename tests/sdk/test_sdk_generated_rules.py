"""The rules of issue 9 on an SDK generated from a small spec of its own (`fixtures/shop.json`):
nullable fields, wire names that are not identifiers, enums used only by a parameter, bounds on
numbers and arrays, ECMA patterns, optional bodies. Imported, called through MockTransport, and
type-checked with a usage file that holds misuse mypy must reject."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from uuid import UUID

import httpx
import pytest

from generator.config import config_for_specs
from generator.diagnostics import Reporter
from generator.pipeline import load_api
from generator.python.format import Formatter
from generator.python.render import render_sdk

SPEC = Path(__file__).parent / "fixtures" / "shop.json"
BIN = Path(sys.executable).parent
ORDER = {"id": str(UUID(int=1)), "sku": "ABC-1234", "quantity": 2}
USAGE = """
from uuid import UUID

from shop import Kind, Order, OrderParam, Shop

client = Shop()
order: OrderParam = {"sku": "ABC-1234", "quantity": 1, "gift-note": None, "kind": "retail"}
client.orders.create(order)
client.orders.create(Order(sku="ABC-1234", quantity=1, kind=Kind.RETAIL, gift_note=None))
client.orders.list(state="open", max_items=5, code="ABC")
client.orders.set_notes(UUID(int=1))
client.orders.create({"quantity": 1})  # type: ignore[arg-type]
client.orders.list(state="pending")  # type: ignore[arg-type]
Order(sku="ABC-1234", quantity=1, tags=None)  # type: ignore[arg-type]
"""


@pytest.fixture(scope="module")
def shop_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = config_for_specs([SPEC])
    root = tmp_path_factory.mktemp("shop")
    formatter = Formatter()
    for relative, text in render_sdk(load_api(config, Reporter()), config).items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(formatter.format(relative, text), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def shop(shop_root: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(shop_root))
    try:
        yield importlib.import_module("shop")
    finally:
        sys.path.remove(str(shop_root))
        for name in [n for n in sys.modules if n == "shop" or n.startswith("shop.")]:
            del sys.modules[name]


def client(shop: ModuleType, requests: list[httpx.Request], reply: httpx.Response) -> object:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return reply

    return shop.Shop(base_url="https://api.test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def test_null_is_sent_where_the_schema_allows_it(shop: ModuleType) -> None:
    requests: list[httpx.Request] = []
    api = client(shop, requests, httpx.Response(201, json=ORDER))
    api.orders.create(shop.Order(sku="ABC-1234", quantity=2, gift_note=None, tags=None))
    api.orders.create({"sku": "ABC-1234", "quantity": 2, "gift-note": "hi"})
    assert [json.loads(r.content) for r in requests] == [
        {"sku": "ABC-1234", "quantity": 2, "gift-note": None},
        {"sku": "ABC-1234", "quantity": 2, "gift-note": "hi"},
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"sku": "ABC-1234\n", "quantity": 2}, "body.sku: must have the format <3 capital letters>-<4 digits>"),
        ({"sku": "ABC-1234", "quantity": 100}, "body.quantity: must be less than 100"),
        ({"sku": "ABC-1234", "quantity": 0}, "body.quantity: must be at least 1"),
        ({"sku": "ABC-1234", "quantity": 1, "gift-note": "x" * 21}, "body.gift-note: must have at most 20 characters"),
        ({"sku": "ABC-1234", "quantity": 1, "tags": ["a", "a"]}, "body.tags: must not contain an item twice"),
        ({"sku": "ABC-1234", "quantity": 1, "kind": "resale"}, "body.kind: Input should be 'retail' or 'wholesale'"),
    ],
)
def test_bodies_are_checked(shop: ModuleType, body: dict[str, object], message: str) -> None:
    requests: list[httpx.Request] = []
    with pytest.raises(shop.RequestValidationError) as caught:
        client(shop, requests, httpx.Response(201, json=ORDER)).orders.create(body)
    assert message in str(caught.value) and requests == []


def test_parameters_are_checked_and_sent_by_wire_name(shop: ModuleType) -> None:
    requests: list[httpx.Request] = []
    api = client(shop, requests, httpx.Response(200, json=[ORDER]))
    assert [o.sku for o in api.orders.list(state=shop.ListOrdersState.OPEN, max_items=50, code="ABC")] == ["ABC-1234"]
    assert requests[0].url.params.multi_items() == [("state", "open"), ("code", "ABC"), ("max-items", "50")]
    for arguments, message in [({"max_items": 51}, "max_items=51: must be at most 50"), ({"code": "ABCD"}, "code='ABCD': must have the format"),
                               ({"state": "pending"}, "state='pending': Input should be 'open' or 'closed'")]:
        with pytest.raises(shop.RequestValidationError, match=message):
            api.orders.list(**arguments)
    assert len(requests) == 1


def test_an_optional_body_may_be_left_out_and_an_array_body_is_checked(shop: ModuleType) -> None:
    requests: list[httpx.Request] = []
    api = client(shop, requests, httpx.Response(204))
    api.orders.set_notes(UUID(int=1))
    api.orders.set_notes(str(UUID(int=1)), ["a", "b"])
    with pytest.raises(shop.RequestValidationError, match="body: must have at most 2 items"):
        api.orders.set_notes(UUID(int=1), ["a", "b", "c"])
    assert [r.content for r in requests] == [b"", b'["a","b"]']


def test_only_used_enums_are_generated_and_dict_shapes_exist_at_runtime(shop: ModuleType) -> None:
    assert not hasattr(shop, "Unused") and hasattr(shop, "Kind") and hasattr(shop, "ListOrdersState")
    assert shop.OrderParam.__annotations__.keys() == {"sku", "quantity", "gift-note", "tags", "kind"}


def test_the_shop_sdk_type_checks_and_rejects_misuse(shop_root: Path, tmp_path: Path) -> None:
    (shop_root / "usage.py").write_text(USAGE)
    result = subprocess.run(
        [BIN / "mypy", "--strict", "--cache-dir", tmp_path / "mypy", "-p", "shop", "-m", "usage"], cwd=shop_root, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
