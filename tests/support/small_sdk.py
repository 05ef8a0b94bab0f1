"""An SDK generated from a small spec of a test's own, written to a folder and imported.

    root = write_sdk(spec_dict_or_path, tmp_path, package="shop")
    with imported(root, "shop") as shop:
        client = shop.Shop(token="t", base_url="https://api.test", http_client=mock_http(handler))

The client class is named after `info.title` ("Shop API" -> `Shop`; `Client` when the title has no words).
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from generator.config import config_for_specs
from generator.diagnostics import Reporter
from generator.pipeline import load_api
from generator.python.format import Formatter
from generator.python.render import render_sdk


def write_sdk(spec: dict[str, Any] | Path, folder: Path, package: str = "shop", reporter: Reporter | None = None) -> Path:
    """Generate the SDK of `spec` (a document as a dict, or a file) into `folder`; returns `folder`."""
    if isinstance(spec, dict):
        path = folder / f"{package}.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
    else:
        path = spec
    config = config_for_specs([path], package=package)
    formatter = Formatter()
    for relative, text in render_sdk(load_api(config, reporter or Reporter()), config).items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(formatter.format(relative, text), encoding="utf-8")
    return folder


@contextmanager
def imported(root: Path, package: str) -> Iterator[ModuleType]:
    """`package` imported from `root`, forgotten again afterwards."""
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]


def mock_http(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.Client:
    """An httpx client whose transport is `handler`."""
    return httpx.Client(transport=httpx.MockTransport(handler))
