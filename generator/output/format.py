"""Format generated Python with black, in-process, reusing earlier results for unchanged input."""

from __future__ import annotations

import hashlib
from pathlib import Path

import black

MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY310})


class Formatter:
    """black with a cache on disk: a file whose rendered text did not change is not reformatted."""

    def __init__(self, cache_dir: Path | None = None):
        self.cache_dir = cache_dir
        self.formatted = 0
        self.reused = 0

    def format(self, path: str, source: str) -> str:
        if not path.endswith(".py"):
            return source
        digest = hashlib.sha256(f"{black.__version__}\0{MODE}\0{source}".encode()).hexdigest()
        cached = self.cache_dir / digest if self.cache_dir else None
        if cached and cached.exists():
            self.reused += 1
            return cached.read_text(encoding="utf-8")
        result = black.format_str(source, mode=MODE)
        self.formatted += 1
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_suffix(".tmp")
            temporary.write_text(result, encoding="utf-8")
            temporary.replace(cached)
        return result
