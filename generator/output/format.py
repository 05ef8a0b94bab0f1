"""Format generated Python with black, in-process, reusing earlier results for unchanged input."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import black

MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY310})


def default_cache_dir() -> Path:
    """`$SDKGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/sdkgen`, else `~/.cache/sdkgen`."""
    if os.environ.get("SDKGEN_CACHE_DIR"):
        return Path(os.environ["SDKGEN_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sdkgen"


class Formatter:
    """black with a cache on disk: a file whose rendered text did not change is not reformatted.

    An entry is `sha256 of the text` + newline + the text; one that is unreadable or does not
    match its hash is ignored (and rewritten), and a cache that cannot be written only costs time.
    """

    def __init__(self, cache_dir: Path | None = None):
        self.cache_dir = cache_dir
        self.formatted = 0
        self.reused = 0

    def format(self, path: str, source: str) -> str:
        if not path.endswith(".py"):
            return source
        digest = hashlib.sha256(f"{black.__version__}\0{MODE}\0{source}".encode()).hexdigest()
        cached = self.cache_dir / digest if self.cache_dir else None
        result = _load(cached) if cached else None
        if result is not None:
            self.reused += 1
            return result
        result = black.format_str(source, mode=MODE)
        self.formatted += 1
        if cached:
            _store(cached, result)
        return result


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
