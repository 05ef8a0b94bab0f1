"""Templates compile once: the precompiled code shipped in templates/compiled/ is current, is used
only while it matches its template, and the cache keeps what jinja compiled for the next run."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import precompile
from generator.python import templates
from generator.python.templates import COMPILED, environment


def test_the_shipped_precompiled_templates_are_current() -> None:
    shipped = {path.name: path.read_text(encoding="utf-8") for path in COMPILED.glob("*.py.txt")}
    assert shipped == precompile.expected_files(), "run: python -m generator.precompile (make generate does)"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(templates, "COMPILED", tmp_path / "compiled")
    (tmp_path / "compiled").mkdir()
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "page.j2").write_text("Hello {{ name }}!")
    return tmp_path


def _precompile(folder: Path) -> Path:
    env = environment(folder / "t", "test", None)
    path = templates.compiled_path("test", "page.j2")
    path.write_text(templates.precompiled_text(env, "test", "page.j2").replace("Hello ", "Precompiled "), encoding="utf-8")
    return path


def test_precompiled_code_is_used_while_its_template_is_unchanged(folder: Path) -> None:
    _precompile(folder)  # marked, to see which code ran
    assert environment(folder / "t", "test", None).get_template("page.j2").render(name="Ann") == "Precompiled Ann!"


def test_a_changed_template_is_compiled_again_not_taken_from_stale_code(folder: Path) -> None:
    _precompile(folder)
    (folder / "t" / "page.j2").write_text("Goodbye {{ name }}!")
    assert environment(folder / "t", "test", None).get_template("page.j2").render(name="Ann") == "Goodbye Ann!"


def test_other_environment_settings_do_not_use_the_code(folder: Path) -> None:
    _precompile(folder)
    env = environment(folder / "t", "test", None, keep_trailing_newline=True)
    assert env.get_template("page.j2").render(name="Ann") == "Hello Ann!"


def test_compiled_templates_are_kept_in_the_cache_and_an_unwritable_cache_only_costs_time(folder: Path) -> None:
    cache = folder / "cache"
    assert environment(folder / "t", "test", cache).get_template("page.j2").render(name="Ann") == "Hello Ann!"
    assert len(list(cache.rglob("*.cache"))) == 1
    _precompile(folder)  # the cache comes first
    assert environment(folder / "t", "test", cache).get_template("page.j2").render(name="Ann") == "Hello Ann!"
    blocked = folder / "file"
    blocked.write_text("not a folder")
    assert environment(folder / "t", "test", blocked / "cache").get_template("page.j2").render(name="Bo") == "Precompiled Bo!"
