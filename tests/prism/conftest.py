"""Fixtures that start Prism mock servers (see tests/support/prism.py).

``prism`` is a session-wide pool: ``prism(spec_path, dynamic=..., errors=...)`` starts a
server on first use and hands the same one to every later caller with the same arguments;
``prism.start_many([(spec, {"dynamic": True}), ...])`` starts several at once (in threads:
a Prism takes ~2 s to boot). All are stopped when the session ends.
``normalized_spec(name)`` writes ``specs/NAME.json`` through ``normalize_document`` into a
temporary directory (once) and returns its path.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # `pytest` (unlike `python -m pytest`) does not add it
    sys.path.insert(0, str(REPO_ROOT))

from generator.normalize import normalize_document
from tests.support.prism import PrismServer, prism_server

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
