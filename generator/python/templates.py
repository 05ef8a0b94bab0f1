"""Jinja environments that compile each template once.

A template is compiled by jinja only when nothing better is at hand: a compiled template kept in
the cache folder from an earlier run (jinja's bytecode cache, keyed by the template's source), or
else its precompiled Python source shipped in `templates/compiled/` (written by `python -m
generator.precompile`; used only while its header still matches the template and the environment).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import jinja2
import sdkgen_templates

COMPILED = Path(next(iter(sdkgen_templates.__path__))) / "compiled"


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """jinja's bytecode cache, where a folder that cannot be read or written only costs time."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            pass  # compiled this time

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            Path(self.directory).mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass  # compiled again next time


class _Templates(jinja2.FileSystemLoader):
    """The templates of one folder, loaded from the bytecode cache, else from their precompiled
    source, else compiled."""

    def __init__(self, folder: Path, name: str):
        super().__init__(folder)
        self.name = name

    def load(self, environment: jinja2.Environment, name: str, globals: Any = None) -> jinja2.Template:
        source, filename, uptodate = self.get_source(environment, name)
        cache = environment.bytecode_cache
        bucket = cache.get_bucket(environment, name, filename, source) if cache is not None else None
        code = bucket.code if bucket is not None else None
        if code is None:
            python = _shipped(compiled_path(self.name, name), _header(environment, self.name, name, source))
            code = compile(python, filename or name, "exec") if python is not None else environment.compile(source, name, filename)
            if bucket is not None and cache is not None:
                bucket.code = code
                cache.set_bucket(bucket)
        return environment.template_class.from_code(environment, code, environment.make_globals(globals), uptodate)


def compiled_path(environment_name: str, template: str) -> Path:
    return COMPILED / f"{environment_name}.{template}.py.txt"


def precompiled_text(environment: jinja2.Environment, environment_name: str, template: str) -> str:
    """What `python -m generator.precompile` writes for `template`: a header naming what the code
    was compiled from, then the Python source jinja compiles the template to."""
    assert environment.loader is not None
    source, filename, _ = environment.loader.get_source(environment, template)
    return _header(environment, environment_name, template, source) + "\n" + environment.compile(source, template, filename, raw=True)


def _header(environment: jinja2.Environment, environment_name: str, template: str, source: str) -> str:
    """The first line of a precompiled template: the hash of its source, jinja's version and the
    environment's settings that change the code."""
    settings = (jinja2.__version__, environment.trim_blocks, environment.lstrip_blocks, environment.keep_trailing_newline,
                environment.newline_sequence, environment.optimized, environment.autoescape, source)  # fmt: skip
    return f"# jinja {jinja2.__version__}, {environment_name}/{template}: sha256 {hashlib.sha256(repr(settings).encode()).hexdigest()}"


def _shipped(path: Path, header: str) -> str | None:
    """The Python source in `path` when its header is `header` (None when it is stale or missing)."""
    try:
        first, _, body = path.read_text(encoding="utf-8").partition("\n")
    except OSError:
        return None
    return body if first == header else None


def environment(folder: Path, name: str, cache: Path | None, **options: Any) -> jinja2.Environment:
    """An environment over the templates in `folder` (strict about undefined names); `name` keeps
    its compiled templates apart from those of environments with other options."""
    compiled = _CompiledTemplates(str(cache / f"jinja-{jinja2.__version__}" / name)) if cache is not None else None
    return jinja2.Environment(loader=_Templates(folder, name), undefined=jinja2.StrictUndefined, bytecode_cache=compiled, **options)
