"""The generated SDK type-checks (mypy --strict), lints (ruff), is formatted and installs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
HERE = Path(__file__).parent


def run(*command: str | Path, cwd: Path) -> str:
    result = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{command[0]} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.parametrize("plugin", [False, True], ids=["plain", "pydantic-plugin"])
def test_mypy_strict(sdk_root: Path, tmp_path: Path, plugin: bool) -> None:
    """The SDK and `typing_usage.py` (good usage, and misuse mypy must reject)."""
    shutil.copy(HERE / "typing_usage.py", sdk_root / "typing_usage.py")
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = true\n" + ("plugins = pydantic.mypy\n" if plugin else ""))
    command = [BIN / "mypy", "--config-file", config, "--cache-dir", tmp_path / "mypy", "-p", "kpn_things", "-m", "typing_usage"]
    output = run(*command, cwd=sdk_root)
    assert "Success: no issues found" in output


def test_a_misuse_line_that_type_checks_fails_the_typing_test(sdk_root: Path, tmp_path: Path) -> None:
    """The misuse lines can fail: one that mypy accepts is an unused ignore."""
    usage = (HERE / "typing_usage.py").read_text() + "\nThings(token='t')  # type: ignore[arg-type]\n"
    (sdk_root / "typing_misuse.py").write_text(usage)
    result = subprocess.run([BIN / "mypy", "--strict", "--cache-dir", tmp_path / "mypy", "-m", "typing_misuse"], cwd=sdk_root, capture_output=True, text=True)
    assert result.returncode == 1 and 'Unused "type: ignore" comment' in result.stdout


def test_ruff(sdk_root: Path) -> None:
    run(BIN / "ruff", "check", "--no-cache", "kpn_things", cwd=sdk_root)  # rules: the SDK's pyproject.toml


def test_formatted(sdk_root: Path) -> None:
    run(BIN / "ruff", "format", "--check", "--no-cache", "kpn_things", cwd=sdk_root)  # settings: the SDK's pyproject.toml


def test_pip_install(sdk_root: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    run(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", target, sdk_root, cwd=tmp_path)
    assert (target / "kpn_things" / "py.typed").exists()
    assert (target / "kpn_things" / "models.py").exists()
    check = "import sys; sys.path.insert(0, sys.argv[1]); import kpn_things; assert kpn_things.__file__.startswith(sys.argv[1]); print(kpn_things.__version__)"
    assert run(sys.executable, "-c", check, target, cwd=tmp_path).strip() == "0.1.0"
