"""The peers, in a virtual environment of their own (never the project's), and how each is run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.bench.timing import Command

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / "build" / "bench-venv"
BIN = VENV / "bin"
# Pinned so that two runs of the bench compare the same peers. ruff is openapi-python-client's
# default post-generation hook (`ruff check --fix`, `ruff format`), which it finds on PATH.
PEERS = ["openapi-python-client==0.29.1", "openapi-generator-cli==7.26.0", "ruff==0.17.6", "pyinstrument==5.1.3"]
# What the generated SDKs import when the bench measures them in that environment.
SDK_NEEDS = ["pydantic==2.14.4", "httpx==0.28.1", "attrs==26.1.0", "python-dateutil==2.9.0.post0"]


def ensure_venv() -> None:
    """Create build/bench-venv and install the pinned peers into it (once)."""
    marker = VENV / "bench-packages.txt"
    wanted = "\n".join(PEERS + SDK_NEEDS) + "\n"
    if marker.exists() and marker.read_text() == wanted:
        return
    print(f"setting up the peers in {VENV}", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(BIN / "pip"), "install", "--quiet", *PEERS, *SDK_NEEDS], check=True)
    marker.write_text(wanted)


def environment(base: dict[str, str]) -> dict[str, str]:
    """The peers' bin folder first on PATH, so openapi-python-client finds its ruff."""
    return {**base, "PATH": f"{BIN}:{base.get('PATH', '')}"}


def openapi_python_client(specs: list[Path], out: Path, env: dict[str, str]) -> Command:
    """One client per document (that is how it works), one after the other in one process tree."""
    out.parent.mkdir(parents=True, exist_ok=True)
    runs = " && ".join(
        f"{BIN / 'openapi-python-client'} generate --path {spec} --output-path {out / spec.stem} --overwrite --meta setup" for spec in specs
    )
    return Command(["sh", "-c", runs], cwd=str(out.parent), env=environment(env))


def openapi_generator(spec: Path, out: Path, env: dict[str, str]) -> Command:
    """OpenAPI Generator's `python` target (Java 17, the jar that its PyPI package ships)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    argv = [str(BIN / "openapi-generator-cli"), "generate", "-g", "python", "-i", str(spec), "-o", str(out),
            "--skip-validate-spec", "--global-property", "apiDocs=false,modelDocs=false,apiTests=false,modelTests=false"]  # fmt: skip
    return Command(argv, cwd=str(out.parent), env=environment(env))
