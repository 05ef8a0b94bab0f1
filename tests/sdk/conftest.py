"""The generated SDK, rendered fresh from specs/ into a temporary directory and imported."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator.config import DEFAULT_CONFIG, load_config
from generator.diagnostics import Reporter
from generator.format import Formatter
from generator.pipeline import load_api
from generator.render_python import render_sdk
from tests.prism.conftest import normalized_spec, prism  # noqa: F401 - shared fixtures

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def sdk_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding the SDK distribution as `make generate` would write it."""
    root = tmp_path_factory.mktemp("sdk")
    previous = Path.cwd()
    try:
        os.chdir(ROOT)
        config = load_config(DEFAULT_CONFIG)
        api = load_api(config, Reporter())
    finally:
        os.chdir(previous)
    formatter = Formatter()
    for relative, text in render_sdk(api, config).items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(formatter.format(relative, text), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def sdk(sdk_root: Path) -> Iterator[ModuleType]:
    """The freshly generated `kpn_things` package, imported."""
    for name in [n for n in sys.modules if n == "kpn_things" or n.startswith("kpn_things.")]:
        del sys.modules[name]
    sys.path.insert(0, str(sdk_root))
    try:
        yield importlib.import_module("kpn_things")
    finally:
        sys.path.remove(str(sdk_root))
