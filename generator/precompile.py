"""`python -m generator.precompile`: write each template's Python source (as jinja compiles it)
into `templates/compiled/`, so that a run with an empty cache does not compile templates. Run it
after changing a template (`make generate` does); a stale file is only ignored, never used."""

from __future__ import annotations

import jinja2

from generator.docs import render as site
from generator.python import guides, render
from generator.python.templates import COMPILED, compiled_path, precompiled_text

ENVIRONMENTS = {"sdk": render._environment(None), "guides": guides._environment(None), "site": site._environment(None)}


def expected_files() -> dict[str, str]:
    """Every precompiled template, by file name below COMPILED."""
    files = {}
    for name, environment in ENVIRONMENTS.items():
        assert isinstance(environment.loader, jinja2.FileSystemLoader)
        for template in environment.loader.list_templates():
            if template.endswith((".j2", ".html")) and "/" not in template:  # sdk's guides/ are the guides'
                files[compiled_path(name, template).name] = precompiled_text(environment, name, template)
    return files


def main() -> None:
    COMPILED.mkdir(exist_ok=True)
    wanted = expected_files()
    for stale in COMPILED.glob("*.py.txt"):
        if stale.name not in wanted:
            stale.unlink()
    for file_name, text in wanted.items():
        path = COMPILED / file_name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
