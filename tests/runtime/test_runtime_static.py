"""The runtime and the generated-shape fake SDK pass mypy --strict and ruff."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.python.format import Formatter

from .conftest import RUNTIME

BIN = Path(sys.executable).parent
EXTRA_RUFF_RULES = "E,W,F,I,B,SIM,RUF,C4,PIE,PERF"


def run(*command: str | Path, cwd: Path) -> None:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("version", ["3.10", "3.11", "3.13"])
def test_mypy_strict(sdk_root: Path, tmp_path: Path, version: str) -> None:
    """The package on every Python it supports; what users see on 3.11+."""
    usage = [] if version == "3.10" else ["-m", "typing_usage"]
    run(
        BIN / "mypy",
        "--strict",
        "--python-version",
        version,
        "--cache-dir",
        tmp_path / "mypy-cache",
        "-p",
        "fake_things",
        *usage,
        cwd=sdk_root,
    )


@pytest.mark.parametrize("version", ["py310", "py311"])
def test_ruff(sdk_root: Path, version: str) -> None:
    """Ruff's default rules and a stricter set (at the formatter's line length), for the oldest
    and the repo Python.

    UP035 is off: a package for Python 3.10 takes `Required` from typing_extensions.
    """
    run(
        BIN / "ruff",
        "check",
        "--isolated",
        "--no-cache",
        "--line-length",
        "100",
        "--target-version",
        version,
        "--extend-select",
        EXTRA_RUFF_RULES,
        "--extend-ignore",
        "UP035",
        "fake_things",
        cwd=sdk_root,
    )


@pytest.mark.parametrize("module", sorted(path.name for path in RUNTIME.glob("_*.py")))
def test_the_runtime_is_kept_as_the_formatter_makes_it(module: str) -> None:
    """The runtime is copied into every SDK unformatted, so it must already be formatted."""
    text = (RUNTIME / module).read_text(encoding="utf-8")
    assert Formatter().format(module, text) == text, f"run: ruff format --isolated --line-length 100 --target-version py310 {RUNTIME / module}"
