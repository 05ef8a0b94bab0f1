"""Shared by the docs tests: where things are, rendering a site to disk, a browser tab."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.config import load_config
from generator.diagnostics import Reporter
from generator.docs.render import render_site
from generator.pipeline import load_api

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = REPO_ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]  # fmt: skip
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def render_to(config_path: Path, out: Path) -> Path:
    """Render the site of `config_path` into `out` and return `out`."""
    config = load_config(config_path)
    files = render_site(load_api(config, Reporter()), config)
    for relative, content in files.items():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return out


@dataclass
class Tab:
    """A page in a fresh browser context, with every console error and page error it saw."""

    page: Any
    errors: list[str] = field(default_factory=list)

    def screenshot(self, name: str, full_page: bool = False) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path), full_page=full_page)
        return path
