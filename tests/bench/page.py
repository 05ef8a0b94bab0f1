"""`python -m tests.bench.page FILE`: a page of 1,000 DeviceGroupDeviceLinkResponse items (with the
embedded device group and device, and the device's network adapters), from the spec's examples."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from generator.config import DEFAULT_CONFIG, load_config
from generator.diagnostics import Reporter
from generator.ir.examples import example_value
from generator.pipeline import load_api


def page(items: int = 1000) -> dict:
    api = load_api(load_config(DEFAULT_CONFIG), Reporter())
    operation = next(op for op in api.operations if op.operation_id == "listDevicesInDeviceGroup")
    example = example_value(operation.responses[0].contents[0].type, api, response=True)
    item = example["items"][0]
    return {"items": [item] * items}  # no `next` link: the whole answer is this page


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(page()), encoding="utf-8")
