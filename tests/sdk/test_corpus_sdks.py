"""The generator is general: every public document in ../shared/corpus gives an SDK that
imports, passes `mypy --strict` and `ruff check`, and is black-formatted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import config_for_specs
from generator.diagnostics import Reporter
from generator.output.format import Formatter
from generator.pipeline import load_api
from generator.python.render import render_sdk
from tests.support.corpus import DOCUMENTS, corpus_params

BIN = Path(sys.executable).parent


def check(*command: str | Path, cwd: Path) -> None:
    result = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{command[0]}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"


@pytest.mark.skipif(not DOCUMENTS, reason="../shared/corpus is not beside the project")
@pytest.mark.parametrize("document", corpus_params())
def test_corpus_document_gives_a_clean_sdk(document: Path, tmp_path: Path) -> None:
    config = config_for_specs([document])
    api = load_api(config, Reporter())
    formatter = Formatter()
    for relative, text in render_sdk(api, config).items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(formatter.format(relative, text), encoding="utf-8")
    package = config.package
    check(sys.executable, "-c", f"import {package}, {package}.models; assert {package}.{config.client}", cwd=tmp_path)
    check(BIN / "mypy", "--strict", "--cache-dir", tmp_path / ".mypy", package, cwd=tmp_path)
    check(BIN / "ruff", "check", "--no-cache", package, cwd=tmp_path)
