"""Format generated Python with ruff's formatter (black's style), reusing earlier results.

Only a text not seen before is formatted (results are cached on disk by content). `prefetch`
starts one ruff run, in the background, over every such text as soon as it is known, so ruff works
while the caller renders the rest; `format` then picks the results up. ruff is pinned (see
pyproject.toml) and run without any configuration file: the same text always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from types import TracebackType

from ruff.__main__ import find_ruff_bin

LINE_LENGTH = 100
TARGET_VERSION = "py310"


class FormatError(RuntimeError):
    """ruff could not format a text we generated (a generator bug)."""


class Formatter:
    """ruff with a cache on disk: a file whose rendered text did not change is not reformatted.

    An entry is `sha256 of the text` + newline + the text; one that is unreadable or does not
    match its hash is ignored (and rewritten), and a cache that cannot be written only costs time.
    Use it as a context manager, so that a ruff run still going is stopped.
    """

    def __init__(self, cache_dir: Path | None = None, line_length: int = LINE_LENGTH):
        self.cache_dir = cache_dir
        self.line_length = line_length
        self.formatted = 0
        self.reused = 0
        self._pending: dict[str, _Run] = {}  # by digest: texts a ruff run is formatting

    def __enter__(self) -> Formatter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        for run in set(self._pending.values()):
            run.close()
        self._pending.clear()

    def prefetch(self, files: Iterable[tuple[str, str]]) -> None:
        """Start one ruff run over each Python file that is neither cached nor being formatted."""
        todo: dict[str, tuple[str, str]] = {}
        for path, source in files:
            digest = self._digest(source)
            if path.endswith(".py") and digest not in self._pending and digest not in todo and self._cached(digest) is None:
                todo[digest] = (path, source)
        if todo:
            run = _Run(todo, self.line_length)
            self._pending.update(dict.fromkeys(todo, run))

    def format(self, path: str, source: str) -> str:
        if not path.endswith(".py"):
            return source
        digest = self._digest(source)
        run = self._pending.pop(digest, None)
        result = self._cached(digest) if run is None else None
        if result is not None:
            self.reused += 1
            return result
        result = (run or _Run({digest: (path, source)}, self.line_length)).result(digest)
        self.formatted += 1
        if self.cache_dir:
            _store(self.cache_dir / digest, result)
        return result

    def _digest(self, source: str) -> str:
        key = f"ruff {_ruff_version()}\0{self.line_length}\0{TARGET_VERSION}\0{source}"
        return hashlib.sha256(key.encode()).hexdigest()

    def _cached(self, digest: str) -> str | None:
        return _load(self.cache_dir / digest) if self.cache_dir else None


class _Run:
    """One `ruff format` process over texts written to a temporary folder, started at once."""

    def __init__(self, sources: dict[str, tuple[str, str]], line_length: int):
        self._folder = tempfile.TemporaryDirectory(prefix="sdkgen-format-")
        self._names: dict[str, str] = {}  # digest -> file name in the folder
        for index, (digest, (path, source)) in enumerate(sources.items()):
            name = self._names[digest] = f"{index}-{Path(path).name}"
            Path(self._folder.name, name).write_text(source, encoding="utf-8", newline="")
        argv = [find_ruff_bin(), "format", "--isolated", "--no-cache", "--quiet",
                f"--line-length={line_length}", f"--target-version={TARGET_VERSION}", "--", *self._names.values()]  # fmt: skip
        self._process = subprocess.Popen(argv, cwd=self._folder.name, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self._results: dict[str, str] | None = None

    def result(self, digest: str) -> str:
        """The formatted text (waits for the run the first time)."""
        if self._results is None:
            _, errors = self._process.communicate()
            if self._process.returncode != 0:
                self.close()
                raise FormatError(f"ruff could not format generated code: {errors.strip()}")
            folder = Path(self._folder.name)
            self._results = {d: (folder / name).read_bytes().decode("utf-8") for d, name in self._names.items()}
            self.close()
        return self._results[digest]

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        self._folder.cleanup()


@cache
def _ruff_version() -> str:
    return metadata.version("ruff")


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
