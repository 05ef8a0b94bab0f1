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
