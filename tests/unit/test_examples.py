"""Example values (generator/examples.py): spec examples when valid, generated ones that fit."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.config import load_config
from generator.diagnostics import Reporter
from generator.ir.example_check import fits
from generator.ir.examples import example_value
from generator.pipeline import load_api
from generator.python.example_code import import_block, python_expression
from tests.unit.irtools import openapi

REPO_ROOT = Path(__file__).resolve().parents[2]
Build = Callable[..., tuple[ir.Api, Reporter]]


def ref(type_id: str) -> ir.TypeRef:
    return ir.TypeRef(kind="ref", ref=type_id)


@pytest.fixture(scope="module")
def kpn() -> ir.Api:
    return load_api(load_config(REPO_ROOT / "specs" / "sdk.yaml"), Reporter())


def code(value: Any, t: ir.TypeRef, api: ir.Api) -> str:
    return python_expression(value, t, api, package="kpn_things").code


def test_device_id_matches_one_of_its_patterns(kpn: ir.Api) -> None:
    value = example_value(ref("DeviceId"), kpn)
    assert isinstance(value, str) and fits(value, ref("DeviceId"), kpn)
    assert fits("imei:350266800610993", ref("DeviceId"), kpn)
    assert fits("IMEI:350266800610993", ref("DeviceId"), kpn)  # (?i) is honoured
    assert not fits("imei:12", ref("DeviceId"), kpn)
    assert code("imei:350266800610993", ref("DeviceId"), kpn) == "'imei:350266800610993'"


def test_formats(kpn: ir.Api) -> None:
    uuid = ir.TypeRef(kind="string", format="uuid")
    assert re.fullmatch(r"[0-9a-f-]{36}", example_value(uuid, kpn))
    assert example_value(ref("SimpleDuration"), kpn) == "P3DT4H5M6.5S"  # the type's example
    assert example_value(ir.TypeRef(kind="string", format="duration"), kpn) == "PT1H30M"
    assert fits(example_value(ir.TypeRef(kind="string", format="date-time"), kpn), ir.TypeRef(kind="string", format="date-time"), kpn)
    assert example_value(ref("Base64String"), kpn) == "SGVsbG8sIHdvcmxkIQ=="
    assert code("PT25H", ref("SimpleDuration"), kpn) == "timedelta(hours=25)"
    assert code("P3DT4H5M6.5S", ref("SimpleDuration"), kpn) == "timedelta(days=3, hours=4, minutes=5, seconds=6.5)"
    assert code("SGVsbG8sIHdvcmxkIQ==", ref("Base64String"), kpn) == "b'Hello, world!'"
    assert code("2025-01-01T12:00:00Z", ir.TypeRef(kind="string", format="date-time"), kpn) == "datetime.fromisoformat('2025-01-01T12:00:00Z')"
    expression = python_expression("3fa85f64-5717-4562-b3fc-2c963f66afa6", uuid, kpn, package="kpn_things")
    assert expression.code == "UUID('3fa85f64-5717-4562-b3fc-2c963f66afa6')" and expression.imports == {("uuid", "UUID")}


def test_enums(kpn: ir.Api) -> None:
    assert example_value(ref("ListDevicesInDeviceGroupEmbedItem"), kpn) == "device"  # first value
    assert code("PENDING", ref("DownlinkStatus"), kpn) == "DownlinkStatus.PENDING"
    assert code("SOMETHING_NEW", ref("DownlinkStatus"), kpn) == "'SOMETHING_NEW'"  # open: any string
    assert fits("SOMETHING_NEW", ref("DownlinkStatus"), kpn)
    assert not fits("other", ref("ListDevicesInDeviceGroupEmbedItem"), kpn)  # closed


def test_discriminated_union_takes_the_first_variant_with_its_tag(kpn: ir.Api) -> None:
    value = example_value(ref("HttpBinding"), kpn)
    assert value["type"] == "http-streamline" and "deviceId" in value
    assert code(value, ref("HttpBinding"), kpn).startswith("HttpStreamlineBinding(device_id=")  # tag left to the SDK
    senml = {"type": "http-senml", "deviceId": "imei:350266800610993", "sharedSecret": "s3cret"}
    assert code(senml, ref("HttpBinding"), kpn) == "HttpSenmlBinding(device_id='imei:350266800610993', shared_secret='s3cret')"


def test_request_examples_leave_out_read_only_fields(kpn: ir.Api) -> None:
    request = example_value(ref("MqttDownlink"), kpn)
    assert set(request) == {"message", "deviceId", "feedbackTimeout"}  # required only; dryRun has no example
    assert request["feedbackTimeout"] == "PT25H"  # the field's example
    response = example_value(ref("MqttDownlink"), kpn, response=True)
    assert {"id", "status", "createdAt"} <= set(response)
    assert "password" in example_value(ref("MqttBinding"), kpn)  # writeOnly: requests only
    assert "password" not in example_value(ref("MqttBinding"), kpn, response=True)


def test_whole_model_expression_with_imports(kpn: ir.Api) -> None:
    expression = python_expression(example_value(ref("MqttDownlink"), kpn), ref("MqttDownlink"), kpn, package="kpn_things")
    assert expression.code.startswith("MqttDownlink(message=MqttBinaryMessage(payload=b'Hello, world!'")
    assert "feedback_timeout=timedelta(hours=25)" in expression.code
    assert import_block([expression.imports]) == (
        "from datetime import timedelta\n\n"
        "from kpn_things import MqttBinaryMessage, MqttDownlink, MqttQualityOfService"
    )
    assert import_block([{("asyncio", "")}, {("uuid", "UUID")}]) == "import asyncio\nfrom uuid import UUID"
    assert import_block([{("datetime", "datetime")}]) == "from datetime import datetime"


def test_invalid_spec_examples_are_replaced(kpn: ir.Api) -> None:
    device = kpn.type_by_id("Device")
    metadata = next(f for f in device.fields if f.wire_name == "metadata")
    assert metadata.example == {"author": "John Doe", "version": 1.2}  # 1.2 is not a string
    assert example_value(metadata.type, kpn, example=metadata.example) == {"key": "string"}


def test_scalar_example_of_an_array_parameter_is_wrapped(kpn: ir.Api) -> None:
    op = next(op for op in kpn.operations if op.operation_id == "listDevicesInDeviceGroup")
    embed = next(p for p in op.parameters if p.wire_name == "embed")
    assert embed.example == "device"
    assert example_value(embed.type, kpn, example=embed.example) == ["device"]
    assert code(["device"], embed.type, kpn) == "[ListDevicesInDeviceGroupEmbedItem.DEVICE]"


def test_generated_values_fit_constraints(build: Build) -> None:
    api, _ = build(openapi(schemas={
        "Small": {"type": "integer", "minimum": 5, "maximum": 9, "multipleOf": 3},
        "Ratio": {"type": "number", "exclusiveMinimum": 0.5, "maximum": 0.75},
        "Code": {"type": "string", "minLength": 8, "maxLength": 10},
        "Tags": {"type": "array", "items": {"type": "string"}, "minItems": 2},
        "Node": {"type": "object", "required": ["child"], "properties": {"child": {"$ref": "#/components/schemas/Node"}}},
    }))  # fmt: skip
    for name in ("Small", "Code", "Tags"):
        value = example_value(ref(name), api)
        assert fits(value, ref(name), api), (name, value)
    assert example_value(ref("Small"), api) == 6
    assert example_value(ref("Node"), api) == {"child": {}}  # a cycle ends


def test_nullable_and_const(build: Build) -> None:
    api, _ = build(openapi(schemas={
        "Maybe": {"type": ["string", "null"]},
        "Fixed": {"const": "v1"},
    }))  # fmt: skip
    assert fits(None, ref("Maybe"), api)
    assert example_value(ref("Fixed"), api) == "v1"
