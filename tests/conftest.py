"""Fixtures shared by the whole suite.

``prism`` is a session-wide pool of Prism mock servers: ``prism(spec_path, dynamic=..., errors=...)``
starts a server on first use and hands the same one to every later caller with the same
arguments; ``prism.start_many([(spec, {"dynamic": True}), ...])`` starts several at once (a Prism
takes ~2 s to boot). All are stopped when the session ends. ``normalized_spec(name)`` writes
``specs/NAME.json`` through ``normalize_document`` into a temporary directory (once).
``sdk_root`` is the SDK rendered fresh from ``specs/``; ``sdk`` is its ``kpn_things``, imported.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import DEFAULT_CONFIG, load_config
from generator.diagnostics import Reporter
from generator.pipeline import load_api
from generator.python.format import Formatter
from generator.python.render import render_sdk
from generator.spec.normalize import normalize_document
from tests.support.prism import PrismServer, prism_server

REPO_ROOT = Path(__file__).resolve().parents[1]
SPECS_DIR = REPO_ROOT / "specs"


class PrismPool:
    """Prism servers shared by a whole test session, keyed by spec and options."""

    def __init__(self, stack: ExitStack) -> None:
        self._stack = stack
        self._lock = threading.Lock()
        self._servers: dict[tuple[Any, ...], PrismServer] = {}

    def __call__(
        self, spec: Path, *, dynamic: bool = False, errors: bool = True, seed: str | None = None
    ) -> PrismServer:
        key = (str(Path(spec).resolve()), dynamic, errors, seed)
        with self._lock:
            server = self._servers.get(key)
            if server is not None and server.alive():
                return server
        server = self._stack.enter_context(prism_server(spec, dynamic=dynamic, errors=errors, seed=seed))
        with self._lock:
            self._servers[key] = server
        return server

    def start_many(self, wanted: Iterable[tuple[Path, dict[str, Any]]]) -> list[PrismServer]:
        """Start several servers concurrently (each ``(spec, options)``); returns them in order."""
        wanted = list(wanted)
        with ThreadPoolExecutor(max_workers=max(1, min(6, len(wanted)))) as pool:
            futures = [pool.submit(self, spec, **options) for spec, options in wanted]
            return [future.result() for future in futures]


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismPool]:
    """The session's pool of Prism servers (see ``PrismPool``)."""
    with ExitStack() as stack:
        yield PrismPool(stack)


@pytest.fixture(scope="session")
def normalized_spec(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """``normalized_spec("http-bindings")`` -> path of the normalized copy of that seed spec."""
    folder = tmp_path_factory.mktemp("normalized-specs")
    lock = threading.Lock()

    def write(name: str) -> Path:
        target = folder / f"{name}.json"
        with lock:
            if not target.exists():
                doc = json.loads((SPECS_DIR / f"{name}.json").read_text())
                target.write_text(json.dumps(normalize_document(doc), indent=1))
        return target

    return write


@pytest.fixture(scope="session")
def sdk_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding the SDK distribution as `make generate` would write it."""
    root = tmp_path_factory.mktemp("sdk")
    previous = Path.cwd()
    try:
        os.chdir(REPO_ROOT)
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
