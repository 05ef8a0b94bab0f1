"""Format generated Python with black, reusing earlier results for unchanged input.

Only a text black has not seen before is formatted (results are cached on disk by content). With
`workers`, those texts are formatted in worker processes, started by `prefetch` as soon as they are
known, so black runs while the caller renders the rest; `format` then picks the results up. black
is deterministic: where it runs changes no byte of the result.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from types import TracebackType

import black

MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY310})


def default_workers() -> int:
    """One worker per core, none on a single core (a worker would only add its start-up)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores if cores > 1 else 0


def format_source(source: str) -> str:
    """black's result for one file (what a worker runs)."""
    return black.format_str(source, mode=MODE)


class Formatter:
    """black with a cache on disk: a file whose rendered text did not change is not reformatted.

    An entry is `sha256 of the text` + newline + the text; one that is unreadable or does not
    match its hash is ignored (and rewritten), and a cache that cannot be written only costs time.
    Use it as a context manager when it has workers, so that they are stopped.
    """

    def __init__(self, cache_dir: Path | None = None, workers: int = 0):
        self.cache_dir = cache_dir
        self.workers = workers
        self.formatted = 0
        self.reused = 0
        self._pool: ProcessPoolExecutor | None = None
        self._pending: dict[str, Future[str]] = {}  # by digest: texts being formatted by a worker

    def __enter__(self) -> Formatter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def prefetch(self, files: Iterable[tuple[str, str]]) -> None:
        """Start formatting, in the workers, each Python file that is not cached (without workers:
        nothing happens until `format`)."""
        if not self.workers:
            return
        for path, source in files:
            digest = _digest(source)
            if not path.endswith(".py") or digest in self._pending or self._cached(digest) is not None:
                continue
            if self._pool is None:
                self._pool = ProcessPoolExecutor(self.workers, mp_context=_fork_context())
            self._pending[digest] = self._pool.submit(format_source, source)

    def format(self, path: str, source: str) -> str:
        if not path.endswith(".py"):
            return source
        digest = _digest(source)
        pending = self._pending.pop(digest, None)
        result = self._cached(digest) if pending is None else None
        if result is not None:
            self.reused += 1
            return result
        result = pending.result() if pending is not None else format_source(source)
        self.formatted += 1
        if self.cache_dir:
            _store(self.cache_dir / digest, result)
        return result

    def _cached(self, digest: str) -> str | None:
        return _load(self.cache_dir / digest) if self.cache_dir else None


def _digest(source: str) -> str:
    return hashlib.sha256(f"{black.__version__}\0{MODE}\0{source}".encode()).hexdigest()


def _fork_context() -> multiprocessing.context.BaseContext:
    """Workers forked from this process start at once, with black already imported; where there
    is no fork, they are spawned."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _load(entry: Path) -> str | None:
    """The text of a cache entry; None if it is missing, unreadable or corrupt."""
    try:
        data = entry.read_bytes()
    except OSError:
        return None
    digest, _, body = data.partition(b"\n")
    if digest != hashlib.sha256(body).hexdigest().encode():
        return None
    return body.decode("utf-8")


def _store(entry: Path, text: str) -> None:
    body = text.encode("utf-8")
    temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
        temporary.replace(entry)
    except OSError:
        pass  # no cache this time
