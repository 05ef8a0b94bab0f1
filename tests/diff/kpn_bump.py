"""Realistic bumps of the KPN specs, applied to copies: one that breaks callers, one that must not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

SPECS = Path(__file__).resolve().parents[2] / "specs"


def copy_specs(into: Path) -> Path:
    """specs/ (documents, sdk.yaml, CHANGELOG.md) copied to INTO/specs; returns that folder."""
    target = into / "specs"
    shutil.copytree(SPECS, target)
    return target


def edit(path: Path, change: Any) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def breaking_bump(specs: Path) -> None:
    """`createdBy` removed from HttpStreamlineBinding, a field added, an open-set value and an
    `embed` value added, info.version raised."""

    def http(doc: dict[str, Any]) -> None:
        schemas = doc["components"]["schemas"]
        del schemas["HttpStreamlineBinding"]["properties"]["createdBy"]
        schemas["HttpSenmlBinding"]["properties"]["label"] = {"type": "string", "description": "A label for people."}
        doc["info"]["version"] = "0.7.0"

    def downlinks(doc: dict[str, Any]) -> None:
        status = doc["components"]["schemas"]["DownlinkStatus"]
        status["description"] = "The status of the downlink. Known values include: PENDING, EXECUTING, DONE and FAILED"

    def groups(doc: dict[str, Any]) -> None:
        for item in doc["paths"].values():
            for operation in item.values():
                for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                    if parameter.get("name") == "embed":
                        parameter["schema"]["items"]["enum"].append("networkAdapters")

    edit(specs / "http-bindings.json", http)
    edit(specs / "mqtt-downlinks.json", downlinks)
    edit(specs / "device-groups.json", groups)


CUSTOM_BINDING = {
    "id": "5b9e2c4e-7d1f-4c8e-9a3b-2f6d8e1c0a47",
    "type": "http-custom",
    "deviceId": "imei:350266800610993",
    "endpoint": "https://example.com/hook",
}


def compatible_bump(specs: Path) -> None:
    """What a newer server may do without breaking old SDKs: new optional response fields, a new
    known status value, a new HttpBinding variant, a new operation, a new optional query parameter.
    Examples make Prism answer with the new data."""

    def http(doc: dict[str, Any]) -> None:
        schemas = doc["components"]["schemas"]
        for name in ("HttpSenmlBinding", "HttpStreamlineBinding"):
            schemas[name]["properties"]["label"] = {"type": "string", "readOnly": True, "example": "north gate"}
        schemas["HttpCustomBinding"] = {
            "type": "object",
            "required": ["type", "deviceId", "endpoint"],
            "properties": {
                "id": {"type": "string", "format": "uuid", "readOnly": True},
                "type": {"type": "string"},
                "deviceId": {"$ref": "#/components/schemas/DeviceId"},
                "endpoint": {"type": "string", "format": "uri"},
            },
        }
        union = schemas["HttpBinding"]
        union["oneOf"].append({"$ref": "#/components/schemas/HttpCustomBinding"})
        union["discriminator"]["mapping"]["http-custom"] = "#/components/schemas/HttpCustomBinding"
        get = doc["paths"]["/http/bindings/{bindingId}"]["get"]
        get["responses"]["200"]["content"]["application/json"]["example"] = CUSTOM_BINDING
        search = doc["paths"]["/http/bindings"]["get"]
        search.setdefault("parameters", []).append({"name": "label", "in": "query", "schema": {"type": "string"}})
        doc["paths"]["/http/bindings/{bindingId}/stats"] = {
            "get": {
                "operationId": "getHttpBindingStats",
                "parameters": [{"name": "bindingId", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}],
                "responses": {"200": {"description": "Counters.", "content": {"application/json": {"schema": {"type": "object", "properties": {"messages": {"type": "integer"}}}}}}},
            }
        }

    def downlinks(doc: dict[str, Any]) -> None:
        status = doc["components"]["schemas"]["DownlinkStatus"]
        status["description"] = "The status of the downlink. Known values include: PENDING, EXECUTING, DONE and FAILED"
        status["example"] = "FAILED"

    edit(specs / "http-bindings.json", http)
    edit(specs / "mqtt-downlinks.json", downlinks)
