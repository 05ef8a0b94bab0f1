"""The user cache folder: the formatter's results and the run records live there."""

from __future__ import annotations

import os
from pathlib import Path


def default_cache_dir() -> Path:
    """`$SDKGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/sdkgen`, else `~/.cache/sdkgen`."""
    if os.environ.get("SDKGEN_CACHE_DIR"):
        return Path(os.environ["SDKGEN_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sdkgen"
