"""The IR of the five seed specs against a reviewed snapshot (UPDATE_GOLDEN=1 rewrites it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.config import DEFAULT_CONFIG, load_config
from generator.diagnostics import Reporter
from generator.ir import dump as irjson
from generator.pipeline import load_api

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).with_name("seed-ir.json")


def test_seed_ir_matches_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    reporter = Reporter()
    text = irjson.dumps(load_api(load_config(DEFAULT_CONFIG), reporter))
    assert not reporter.errors
    if os.environ.get("UPDATE_GOLDEN"):
        SNAPSHOT.write_text(text, encoding="utf-8")
    assert text == SNAPSHOT.read_text(encoding="utf-8"), "IR changed: review `git diff` after UPDATE_GOLDEN=1"
