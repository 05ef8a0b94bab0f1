"""The built wheel is the whole tool: installed into a fresh venv, its `sdkgen` (run from another
folder) writes exactly the committed `generated/`. The package list in pyproject.toml is complete."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ".sdkgen-manifest.json"


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(map(str, command))} failed:\n{result.stdout}\n{result.stderr}"


def build_wheel(tmp_path: Path) -> Path:
    """Build the wheel from a copy of the sources (a build leaves build/ and *.egg-info behind)."""
    source = tmp_path / "source"
    for name in ("generator", "templates"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", source)
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", tmp_path / "wheels", source, cwd=tmp_path)
    return next((tmp_path / "wheels").glob("sdkgen-*.whl"))


def install(wheel: Path, venv: Path) -> Path:
    """A fresh venv (no system site-packages) with the wheel and its pinned dependencies; its sdkgen."""
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=venv.parent)
    run(sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "--quiet", wheel, cwd=venv.parent)
    return venv / "bin" / "sdkgen"


def committed() -> dict[str, bytes]:
    """The files of the committed generated/ that sdkgen owns (its manifest), and the manifest."""
    out = ROOT / "generated"
    owned = [*json.loads((out / MANIFEST).read_text())["files"], MANIFEST]
    return {rel: (out / rel).read_bytes() for rel in owned}


def test_the_installed_wheel_generates_the_committed_output_from_anywhere(tmp_path: Path) -> None:
    sdkgen = install(build_wheel(tmp_path), tmp_path / "venv")
    project = tmp_path / "project"  # the docs name each spec as seen from the working directory: specs/...
    shutil.copytree(ROOT / "specs", project / "specs")  # documents, sdk.yaml and the changelog it names
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["SDKGEN_CACHE_DIR"] = str(tmp_path / "cache")  # cold: the formatter runs in the new venv
    run(sdkgen, "generate", "-q", "--config", project / "specs" / "sdk.yaml", "--out", tmp_path / "out", cwd=project, env=env)
    out = tmp_path / "out"
    produced = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    expected = committed()
    assert sorted(produced) == sorted(expected)
    assert [rel for rel in expected if produced[rel] != expected[rel]] == [], "differs from the committed generated/"
    assert [p.name for p in project.iterdir()] == ["specs"], "nothing written to the working directory"


def test_pyproject_lists_every_package_folder() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"sdkgen_templates": "templates"}
    folders = {"generator": ROOT / "generator", "sdkgen_templates": ROOT / "templates"}
    found = {
        ".".join((name, *path.relative_to(root).parts))
        for name, root in folders.items()
        for path in [root, *root.rglob("*")]
        if path.is_dir() and path.name != "__pycache__"
    }
    assert sorted(setuptools["packages"]) == sorted(found)
