"""The inputs the bench generates from: the KPN specs as they are, a variant with one field
changed, box, and the device-groups spec scaled ×N (renamed copies of every path and schema)."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
CORPUS = ROOT.parent / "shared" / "corpus"
KPN = ["http-bindings", "mqtt-bindings", "mqtt-downlinks", "projects", "device-groups"]
SCHEMAS = "#/components/schemas/"


def kpn_copy(folder: Path) -> Path:
    """The five specs and sdk.yaml in `folder` (a copy: the one-field workload edits it)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in [*KPN, "sdk"]:
        suffix = ".yaml" if name == "sdk" else ".json"
        shutil.copyfile(SPECS / f"{name}{suffix}", folder / f"{name}{suffix}")
    config = (folder / "sdk.yaml").read_text()
    (folder / "sdk.yaml").write_text("\n".join(line for line in config.splitlines() if not line.startswith("changelog:")) + "\n")
    return folder


def toggle_one_field(folder: Path) -> None:
    """Add or remove one optional property of one schema in device-groups.json."""
    path = folder / "device-groups.json"
    document = json.loads(path.read_text())
    properties = document["components"]["schemas"]["DeviceGroup"]["properties"]
    if "benchNote" in properties:
        del properties["benchNote"]
    else:
        properties["benchNote"] = {"type": "string", "description": "A field the bench adds and removes."}
    path.write_text(json.dumps(document, indent=2))


def _renamed(node: Any, suffix: str) -> Any:
    """`node` with every reference to a component schema (and every title) given `suffix`."""
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMAS):
                value = SCHEMAS + value.removeprefix(SCHEMAS) + suffix
            elif key == "mapping" and isinstance(value, dict):
                value = {tag: target + suffix if target.startswith(SCHEMAS) else target for tag, target in value.items()}
            elif key in ("title", "operationId") and isinstance(value, str):
                value = value + suffix
            else:
                value = _renamed(value, suffix)
            result[key] = value
        return result
    if isinstance(node, list):
        return [_renamed(item, suffix) for item in node]
    return node


def scaled(spec: Path, times: int, target: Path) -> Path:
    """`spec` with `times` copies of its paths (`/copyN/...`) and schemas (`NameN`); ×1 is the spec."""
    document = json.loads(spec.read_text())
    paths, schemas = document.get("paths", {}), document.get("components", {}).get("schemas", {})
    result = copy.deepcopy(document)
    result["paths"], result["components"]["schemas"] = {}, {}
    for index in range(1, times + 1):
        suffix = "" if index == 1 else str(index)
        prefix = "" if index == 1 else f"/copy{index}"
        for path, item in paths.items():
            result["paths"][prefix + path] = _renamed(item, suffix)
        for name, schema in schemas.items():
            result["components"]["schemas"][name + suffix] = _renamed(schema, suffix)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(result, indent=2))
    return target


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
