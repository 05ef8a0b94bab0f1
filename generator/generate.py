"""Render the SDK and the docs site from the IR into one set of files (nothing written yet)."""

from __future__ import annotations

from generator import ir
from generator.config import Config
from generator.format import Formatter
from generator.render_docs import render_site
from generator.render_python import render_sdk
from generator.write import Files


def render_all(api: ir.Api, config: Config, formatter: Formatter) -> Files:
    """Every generated file, keyed by its path below the output directory."""
    files: Files = {}
    for path, text in render_sdk(api, config).items():
        files[f"python/{path}"] = formatter.format(path, text).encode("utf-8")
    for path, content in render_site(api, config).items():
        files[f"docs/{path}"] = content if isinstance(content, bytes) else content.encode("utf-8")
    return files
