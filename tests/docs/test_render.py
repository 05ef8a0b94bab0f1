"""What the rendered site holds for the five KPN Things specs (no browser needed)."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import pytest

from generator.config import load_config
from generator.diagnostics import Reporter
from generator.docs.render import render_site
from generator.pipeline import load_api
from tests.docs.htmltools import Page, pages
from tests.docs.sitetools import REPO_ROOT

SERVER = "https://api.kpnthings.com"


@pytest.fixture(scope="module")
def site_pages(site: Path) -> dict[str, Page]:
    return pages(site)


@pytest.fixture(scope="module")
def examples(site_pages: dict[str, Page]) -> dict[tuple[str, str], str]:
    """(operationId, "python"|"async"|"curl") -> code, from the resource pages."""
    found = {}
    for name, page in site_pages.items():
        if name.startswith("resources/"):
            for example in page.examples:
                kind = {"sync": "python", "async": "async"}.get(example.attrs.get("data-variant", ""), "curl")
                key = (example.attrs["data-operation"], kind)
                assert key not in found, key
                found[key] = example.text
    return found


def test_output_is_deterministic() -> None:
    config = load_config(REPO_ROOT / "specs" / "sdk.yaml")
    api = load_api(config, Reporter())
    first, second = render_site(api, config), render_site(api, config)
    assert first == second
    assert sorted(first)[:3] == ["assets/search.js", "assets/site.js", "assets/style.css"]
    assert {p for p in first if p.startswith("resources/")} == {f"resources/{r.py_name}.html" for r in api.resources}
    assert len([p for p in first if p.startswith("models/")]) == len(api.types) + 1  # and models/index.html


def test_every_operation_has_three_runnable_looking_examples(examples: dict[tuple[str, str], str]) -> None:
    operations = {operation for operation, _ in examples}
    assert len(operations) == 25
    for operation in operations:
        sync, asynchronous, curl = (examples[operation, kind] for kind in ("python", "async", "curl"))
        for code, client in ((sync, "Things"), (asynchronous, "AsyncThings")):
            imports = [node for node in ast.walk(ast.parse(code)) if isinstance(node, (ast.Import, ast.ImportFrom))]
            modules = {node.module if isinstance(node, ast.ImportFrom) else node.names[0].name for node in imports}
            assert all(m == "kpn_things" or m in sys.stdlib_module_names for m in modules), (operation, modules)
            sdk_names = {a.name for node in imports if isinstance(node, ast.ImportFrom) and node.module == "kpn_things" for a in node.names}
            assert client in sdk_names, operation
        assert "async with AsyncThings() as client:" in asynchronous and "asyncio.run(main())" in asynchronous
        assert curl.startswith("curl ") and f" {SERVER}/" in curl or f" '{SERVER}/" in curl
        assert "{" not in curl.split("\n")[0], curl  # path parameters are filled in
        assert 'Authorization: Bearer $KPN_THINGS_TOKEN' in curl


def test_cancel_examples(examples: dict[tuple[str, str], str]) -> None:
    assert examples["cancelDownlink", "python"].endswith(
        'client = Things()  # reads the token from KPN_THINGS_TOKEN\n'
        'client.mqtt_downlinks.cancel(\n    UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6"), forced=True\n)\n'
    )
    assert "await client.mqtt_downlinks.cancel(" in examples["cancelDownlink", "async"]
    assert examples["cancelDownlink", "curl"] == (
        f"curl -X DELETE '{SERVER}/mqtt/downlinks/3fa85f64-5717-4562-b3fc-2c963f66afa6?forced=true' \\\n"
        '  -H "Authorization: Bearer $KPN_THINGS_TOKEN"\n'
    )


def test_examples_follow_the_sdk_call_shapes(examples: dict[tuple[str, str], str]) -> None:
    assert "for http_binding in client.http_bindings.search():" in examples["searchHttpBindings", "python"]
    assert "async for http_binding in client.http_bindings.search():" in examples["searchHttpBindings", "async"]
    assert "exists = client.projects.exists(" in examples["projectExists", "python"]
    create = examples["createDownlink", "python"]
    assert "MqttDownlink(" in create and "feedback_timeout=timedelta(hours=25)" in create and 'payload=b"Hello, world!"' in create
    assert "from datetime import timedelta" in create
    assert "client.device_groups.remove_device(" in examples["removeDeviceFromDeviceGroup", "python"]
    body = json.loads(examples["createDownlink", "curl"].split("--data-raw '", 1)[1].rsplit("'", 1)[0])
    assert body["feedbackTimeout"] == "PT25H" and body["message"]["type"] == "binary"
    assert "id" not in body and "status" not in body  # readOnly fields are never sent


def test_cancel_section(site_pages: dict[str, Page]) -> None:
    page = site_pages["resources/mqtt_downlinks.html"]
    assert "op-cancel" in page.ids
    text = " ".join(page.text.split())
    for expected in ("DELETE /mqtt/downlinks/{downlinkId}", "downlink.delete", "cancelDownlink", "forced", "409", "application/problem+json"):
        assert expected in text
    assert "../models/Problem.html" in page.links()


def test_model_pages(site_pages: dict[str, Page]) -> None:
    binding = " ".join(site_pages["models/HttpBinding.html"].text.split())
    assert '"http-senml" HttpSenmlBinding' in binding and '"http-streamline" HttpStreamlineBinding' in binding
    downlink = site_pages["models/MqttDownlink.html"]
    assert {"field-feedback_timeout", "field-dry_run", "field-device_id"} <= set(downlink.ids)
    text = " ".join(downlink.text.split())
    assert "feedback_timeout SimpleDuration JSON feedbackTimeout: SimpleDuration required sent and received" in text.replace(" :", ":")
    assert "read-only" in text and "default false" in text
    status = " ".join(site_pages["models/DownlinkStatus.html"].text.split())
    assert "Open set" in status and "DownlinkStatus.PENDING" in status
    device_id = site_pages["models/DeviceId.html"]
    assert "../resources/device_groups.html#op-remove_device" in device_id.links()  # used by
    assert "(?i)^imei:[0-9]{15,16}$" in device_id.text
    project = site_pages["models/Project.html"].text
    assert "required in responses" in project  # id: required but readOnly


def test_markdown_from_the_specs_is_rendered(site_pages: dict[str, Page]) -> None:
    qos = site_pages["models/MqttQualityOfService.html"]
    assert "https://mqtt.org/mqtt-specification/" in qos.links()
    assert any(e.tag == "code" for e in site_pages["models/MqttDownlink.html"].elements)


def test_search_index(site: Path) -> None:
    script = (site / "search-index.js").read_text()
    entries = json.loads(script[len("window.SEARCH_INDEX = ") : -2])
    cancel = [e for e in entries if e["t"] == "mqtt_downlinks.cancel"]
    assert cancel and cancel[0]["u"] == "resources/mqtt_downlinks.html#op-cancel"
    assert "cancelDownlink" in cancel[0]["w"]
    kinds = {e["k"] for e in entries}
    assert kinds == {"operation", "model", "union", "enum", "alias", "field", "exception", "scope", "guide"}
    assert any(e["k"] == "exception" and e["t"] == "ConflictError" and e["u"] == "guides/errors.html#status-codes" for e in entries)
    assert any(e["k"] == "guide" and e["t"] == "Status codes" and e["u"] == "guides/errors.html#status-codes" for e in entries)
    assert any(e["t"] == "MqttDownlink.feedback_timeout" and e["s"] == "feedbackTimeout" for e in entries)
