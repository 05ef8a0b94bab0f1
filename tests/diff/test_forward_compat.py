"""Old SDKs survive a compatible bump: the SDK generated from today's specs calls every operation
against Prism serving a bumped copy (new fields, status value, variant, operation, parameter);
every call succeeds and the new data is reachable. `sdkgen diff` agrees: nothing breaking."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import load_config
from generator.diagnostics import Reporter
from generator.diff.surface import diff_apis
from generator.pipeline import load_api
from generator.spec.normalize import normalize_document
from tests.diff.kpn_bump import CUSTOM_BINDING, compatible_bump, copy_specs
from tests.sdk.test_sdk_prism import SPECS, calls, check, server_options

pytestmark = pytest.mark.prism


@pytest.fixture(scope="module")
def bumped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    specs = copy_specs(tmp_path_factory.mktemp("bumped"))
    compatible_bump(specs)
    return specs


def _normalized(specs: Path, name: str) -> Path:
    path = specs / f"{name}.normalized.json"
    if not path.exists():
        data = json.loads((specs / f"{name}.json").read_text(encoding="utf-8"))
        path.write_text(json.dumps(normalize_document(data)), encoding="utf-8")
    return path


def test_the_bump_is_not_breaking_for_sdkgen_diff(bumped: Path) -> None:
    old = load_api(load_config(Path("specs/sdk.yaml")), Reporter())
    new = load_api(load_config(bumped / "sdk.yaml"), Reporter())
    changes = diff_apis(old, new)
    kinds = {c.kind for c in changes}
    assert [c.message for c in changes if c.breaking] == []
    assert {"operation-added", "parameter-added", "response-field-added", "union-variant-added", "enum-value-added"} <= kinds


def test_old_sdk_against_a_newer_server(sdk: ModuleType, prism: Any, bumped: Path) -> None:
    servers = prism.start_many([(_normalized(bumped, spec), server_options(False)) for spec in SPECS.values()])
    results: dict[tuple[str, str], Any] = {}
    unknown_variant: Callable[[Any], bool] = lambda r: type(r).__name__ == "UnknownHttpBinding"  # noqa: E731
    for (resource, spec), server in zip(SPECS.items(), servers):
        with sdk.Things(token="test-token", base_url=server.base_url) as client:
            for name, call, expected in calls(sdk)[resource]:
                try:
                    result = call(getattr(client, resource))
                except Exception as exc:
                    raise AssertionError(f"{resource}.{name} against the bumped {spec}: {exc!r}\n{server.output(40)}") from exc
                if not (resource, name) == ("http_bindings", "get") or not unknown_variant(result):
                    check(result, expected, sdk)
                results[resource, name] = result
    assert len(results) == 25
    custom = results["http_bindings", "get"]
    assert unknown_variant(custom) and custom.type == "http-custom"
    assert custom.model_dump(by_alias=True)["endpoint"] == CUSTOM_BINDING["endpoint"]  # an unknown variant keeps every field
    binding = results["http_bindings", "create"]
    assert (binding.model_extra or {}).get("label") == "north gate"  # a new field of a known model is readable
    downlink = results["mqtt_downlinks", "get"]
    assert downlink.status == "FAILED" and not downlink.status.is_known
