"""The IR as JSON: what `sdkgen ir` prints, with stable key order and defaults left out."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from generator import ir


def to_data(node: Any) -> Any:
    """Plain JSON data for an IR node; fields still at their default value are omitted."""
    if isinstance(node, ir.Source):
        return str(node)
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        data: dict[str, Any] = {}
        for field in dataclasses.fields(node):
            value = getattr(node, field.name)
            if field.default is not dataclasses.MISSING:
                default = field.default
            elif field.default_factory is not dataclasses.MISSING:
                default = field.default_factory()
            else:
                default = dataclasses.MISSING
            if field.name == "kind" or value != default or type(value) is not type(default):
                data[field.name] = to_data(value)
        return data
    if isinstance(node, tuple):
        return [to_data(item) for item in node]
    return node


def dumps(api: ir.Api) -> str:
    return json.dumps(to_data(api), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
