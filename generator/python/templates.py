"""Jinja environments that compile each template once: with a cache folder, compiled templates are
kept there for the next run (keyed by the template's source, per jinja version and environment)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """jinja's bytecode cache, where a folder that cannot be written only costs time."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            Path(self.directory).mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass  # compiled again next time


def environment(folder: Path, name: str, cache: Path | None, **options: Any) -> jinja2.Environment:
    """An environment over the templates in `folder` (strict about undefined names); `name` keeps
    its compiled templates apart from those of environments with other options."""
    compiled = _CompiledTemplates(str(cache / f"jinja-{jinja2.__version__}" / name)) if cache is not None else None
    return jinja2.Environment(loader=jinja2.FileSystemLoader(folder), undefined=jinja2.StrictUndefined, bytecode_cache=compiled, **options)
