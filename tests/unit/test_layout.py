"""The generator's layout keeps its promises: stages import only earlier stages; modules stay small."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "generator"
STAGES = ["spec", "ir", "python", "docs", "diff", "output"]  # in pipeline order
SHARED = {"diagnostics", "config"}  # used by every stage
MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


def _stage(module: str) -> str | None:
    """`generator.ir.schemas` -> `ir`; None for the top (CLI, pipeline) and shared modules."""
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in STAGES else None


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    found |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    return {name for name in found if name.startswith("generator.")}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_stage_imports_only_earlier_stages(path: Path) -> None:
    module = ".".join(("generator", *path.relative_to(PACKAGE).with_suffix("").parts))
    stage = _stage(module)
    if stage is None:
        return
    for imported in _imports(path):
        target = _stage(imported)
        if target is None:
            assert imported.split(".")[1] in SHARED, f"{module} imports {imported}, which is the top (CLI, pipeline)"
        else:
            assert STAGES.index(target) <= STAGES.index(stage), f"{module} ({stage}) imports the later stage {imported}"


def test_modules_stay_small() -> None:
    sizes = {str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines()) for p in MODULES}
    assert {name: lines for name, lines in sizes.items() if lines > 400} == {}
