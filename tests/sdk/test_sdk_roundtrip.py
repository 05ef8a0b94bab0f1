"""Property: every component schema's valid instances (hypothesis-jsonschema) parse with the SDK
model, in strict mode (every constraint checked, no lenient fallback), and dump back to the same
JSON (date-times and UUIDs compared by value)."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from generator.config import DEFAULT_CONFIG, load_config
from generator.diagnostics import Reporter
from generator.pipeline import load_api

ROOT = Path(__file__).resolve().parents[2]
KNOWN_FORMATS = {"date-time", "uuid", "date", "email", "uri"}
CUSTOM_FORMATS = {"uuid": st.uuids().map(str)}
DROPPED = {"discriminator", "example", "examples", "readOnly", "writeOnly", "contentEncoding", "title", "description", "default"}


def inline(node: Any, schemas: dict[str, Any], depth: int = 0) -> Any:
    """The schema with every `#/components/schemas/X` ref replaced by X (none is recursive)."""
    assert depth < 30, "unexpected recursion"
    if isinstance(node, list):
        return [inline(item, schemas, depth) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target = inline(schemas[node["$ref"].rsplit("/", 1)[-1]], schemas, depth + 1)
        rest = {k: v for k, v in node.items() if k not in ("$ref", *DROPPED)}
        return {"allOf": [target, inline(rest, schemas, depth)]} if rest else target
    result = {}
    for key, value in node.items():
        if key in DROPPED or (key == "format" and value not in KNOWN_FORMATS):
            continue
        # anyOf admits every oneOf instance and is far cheaper to generate (no exclusivity filter)
        result["anyOf" if key == "oneOf" else key] = inline(value, schemas, depth) if key not in ("enum", "const") else value
    if "properties" in node:
        result["properties"] = {name: inline(value, schemas, depth) for name, value in node["properties"].items()}
    return result


def component_cases() -> list[tuple[str, str, str]]:
    """(spec, component name, SDK name) for every component schema; a shared one is tested once."""
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        api = load_api(load_config(DEFAULT_CONFIG), Reporter())
    finally:
        os.chdir(previous)
    py_names = {t.name: t.py_name for t in api.types if t.source.pointer.startswith("/components/schemas/")}
    cases: dict[str, tuple[str, str, str]] = {}
    for spec in sorted((ROOT / "specs").glob("*.json")):
        for name in json.loads(spec.read_text())["components"]["schemas"]:
            cases.setdefault(py_names[name], (spec.stem, name, py_names[name]))
    return list(cases.values())


def canonical(value: Any) -> Any:
    """JSON with date-times and UUIDs in one spelling, so equal values compare equal."""
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return [canonical(v) for v in value]
    if isinstance(value, str):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00")).isoformat() if "T" in value or "t" in value else value
        except ValueError:
            return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


CASES = component_cases()


@pytest.mark.parametrize(("spec", "component", "py_name"), CASES, ids=[f"{s}:{c}" for s, c, _ in CASES])
def test_instances_round_trip(sdk: ModuleType, normalized_spec: Callable[[str], Path], spec: str, component: str, py_name: str) -> None:
    document = json.loads(normalized_spec(spec).read_text())
    schemas = document["components"]["schemas"]
    schema = inline(schemas[component], schemas)
    adapter = pydantic.TypeAdapter(getattr(sdk.models, py_name))
    request = httpx.Request("GET", "https://api.test/x")

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(from_schema(schema, custom_formats=CUSTOM_FORMATS))
    def round_trip(instance: Any) -> None:
        response = httpx.Response(200, content=json.dumps(instance).encode(), request=request)
        parsed = sdk._parsing.parse_response(getattr(sdk.models, py_name), response, strict=True)
        dumped = adapter.dump_python(parsed, mode="json", by_alias=True, exclude_unset=True)
        assert canonical(dumped) == canonical(instance)

    round_trip()
