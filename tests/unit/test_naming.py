"""Python names: identifiers from anything, keywords, reserved attributes, method names."""

from __future__ import annotations

import pytest
from irtools import named, openapi

from generator.ir.naming import constant_case, method_name, pascal_case, snake_case


@pytest.mark.parametrize(("raw", "expected"), [
    ("createdAt", "created_at"), ("HTTPBinding", "http_binding"), ("files[0]", "files_0"), ("$parent", "parent"),
    ("Parameter1.Name", "parameter1_name"), ("io.k8s.api.Pod", "io_k8s_api_pod"), ("class", "class_"),
    ("match", "match_"), ("123abc", "n123abc"), ("", "value"), ("_embedded", "embedded"), ("X-Request-ID", "x_request_id"),
])
def test_snake_case(raw, expected):
    assert snake_case(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("DeviceId-uuid", "DeviceIdUuid"), ("io.k8s.api.Pod", "IoK8sApiPod"), ("File--Full", "FileFull"),
    ("$parent", "Parent"), ("3dModel", "N3dModel"), ("PageOfHttpBindings", "PageOfHttpBindings"),
])
def test_pascal_case(raw, expected):
    assert pascal_case(raw) == expected


@pytest.mark.parametrize(("value", "expected"), [("http-senml", "HTTP_SENML"), ("AT_MOST_ONCE", "AT_MOST_ONCE"), (1, "V_1"), ("", "EMPTY"), (True, "TRUE")])
def test_constant_case(value, expected):
    assert constant_case(value) == expected


@pytest.mark.parametrize(("operation_id", "resource", "expected"), [
    ("searchHttpBindings", "http_bindings", "search"), ("setHttpBinding", "http_bindings", "set"),
    ("searchDownlinks", "mqtt_downlinks", "search"), ("cancelDownlink", "mqtt_downlinks", "cancel"),
    ("projectExists", "projects", "exists"), ("listDevicesInDeviceGroup", "device_groups", "list_devices"),
    ("addDeviceToDeviceGroup", "device_groups", "add_device"), ("removeDeviceFromDeviceGroup", "device_groups", "remove_device"),
    ("getDeviceGroup", "device_groups", "get"), ("listPets", "pets", "list"), ("uploadFile", "pets", "upload_file"),
])
def test_method_names_drop_the_resource_noun(operation_id, resource, expected):
    assert method_name(operation_id, resource) == expected


def test_reserved_and_colliding_names(build):
    api, reporter = build(openapi(
        schemas={
            "APIError": {"type": "object", "properties": {"json": {"type": "string"}, "model_config": {"type": "string"}, "self": {"type": "string"}}},
            "api_error": {"type": "string"},
            "list": {"type": "string"},
        },
        paths={"/x/{body}": {"get": {"operationId": "getX", "parameters": [
            {"name": "body", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "timeout", "in": "query", "schema": {"type": "integer"}}], "responses": {"204": {"description": "ok"}}}}},
    ))
    error_model = named(api, "APIError")
    assert error_model.py_name == "APIErrorModel", "does not shadow the SDK's APIError"
    assert [f.py_name for f in error_model.fields] == ["json_", "model_config_", "self_"]
    assert named(api, "api_error").py_name == "ApiError"
    assert named(api, "list").py_name == "ListModel"
    assert [p.py_name for p in api.operations[0].parameters] == ["body_", "timeout_"]


def test_class_names_that_collide_are_numbered_with_a_warning(build):
    api, reporter = build(openapi(schemas={"Device-Id": {"type": "string"}, "DeviceId": {"type": "integer"}, "device_id": {"type": "boolean"}}))
    assert sorted(t.py_name for t in api.types) == ["DeviceId", "DeviceId2", "DeviceId3"]
    assert sum("class name 'DeviceId' is taken" in d.message for d in reporter.diagnostics) == 2
