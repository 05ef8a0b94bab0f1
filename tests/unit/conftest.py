"""Helpers for unit tests: build the IR of small inline documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from generator import ir
from generator.config import config_for_specs
from generator.diagnostics import Reporter
from generator.pipeline import load_api


@pytest.fixture
def write_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    monkeypatch.chdir(tmp_path)  # messages name files relative to the working directory
    def write(doc: Any, name: str = "spec.json") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(doc, str):
            path.write_text(doc)
        elif name.endswith((".yaml", ".yml")):
            path.write_text(yaml.safe_dump(doc, sort_keys=False))
        else:
            path.write_text(json.dumps(doc))
        return path

    return write


@pytest.fixture
def build(write_spec: Callable[..., Path]) -> Callable[..., tuple[ir.Api, Reporter]]:
    """Build the IR of inline documents: build(doc) or build(doc_a, doc_b)."""

    def run(*docs: Any, strict: bool = False) -> tuple[ir.Api, Reporter]:
        paths = [write_spec(doc, f"spec{i}.json") for i, doc in enumerate(docs)]
        reporter = Reporter(strict=strict)
        return load_api(config_for_specs(paths), reporter), reporter

    return run
