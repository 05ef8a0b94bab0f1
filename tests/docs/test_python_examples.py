"""Every Python example on the site (sync and async), run as a user would: token and base URL
from the environment, against Prism mocking the operation's (normalized) spec. Prism runs with
`--errors`, so a request that violates the spec fails the example.

Prism invents a `next` link for every page (to another host), which the SDK rightly refuses to
follow; the specs served here leave `next`/`prev` out of page schemas, so a paged example reads
one page and stops. Following links is covered by the SDK's own tests.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import load_config
from generator.diagnostics import Reporter
from generator.pipeline import load_api
from tests.docs.htmltools import pages
from tests.docs.sitetools import REPO_ROOT

pytestmark = pytest.mark.prism


def without_next_links(document: dict[str, Any]) -> dict[str, Any]:
    """The document with its page schemas' `next`/`prev` links removed (every page is the last)."""
    for schema in document["components"]["schemas"].values():
        for part in [schema, *schema.get("allOf", [])]:
            properties = part.get("properties", {})
            if "items" in properties or "next" in properties:
                properties.pop("next", None)
                properties.pop("prev", None)
    return document


@pytest.fixture(scope="module")
def single_page_prism(prism: Any, normalized_spec: Callable[[str], Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Spec file name -> base URL of a static Prism serving it without next links."""
    folder = tmp_path_factory.mktemp("single-page-specs")
    specs = [Path(entry.path) for entry in load_config(REPO_ROOT / "specs" / "sdk.yaml").documents]
    paths = []
    for spec in specs:
        target = folder / spec.name
        target.write_text(json.dumps(without_next_links(json.loads(normalized_spec(spec.stem).read_text()))))
        paths.append(target)
    servers = prism.start_many([(path, {}) for path in paths])
    return {spec.name: server.base_url for spec, server in zip(specs, servers)}


def test_every_python_example_runs(site: Path, sdk: ModuleType, single_page_prism: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    api = load_api(load_config(REPO_ROOT / "specs" / "sdk.yaml"), Reporter())
    spec_of = {op.operation_id: Path(op.source.file).name for op in api.operations}
    examples = [
        (example.attrs["data-operation"], example.attrs.get("data-variant", ""), example.text)
        for name, page in pages(site).items()
        if name.startswith("resources/")
        for example in page.examples
        if example.attrs["data-example"] == "python"
    ]
    assert sorted((op, variant) for op, variant, _ in examples) == sorted((op.operation_id, v) for op in api.operations for v in ("sync", "async"))
    monkeypatch.setenv("KPN_THINGS_TOKEN", "test-token")
    failures = []
    for operation, variant, code in examples:
        monkeypatch.setenv("KPN_THINGS_BASE_URL", single_page_prism[spec_of[operation]])
        output = io.StringIO()
        try:
            with contextlib.redirect_stdout(output):
                exec(compile(code, f"<{operation} {variant} example>", "exec"), {"__name__": "__main__"})
        except Exception as exc:  # collect every failing example
            failures.append(f"{operation} ({variant}): {exc!r}\n{code}")
    assert failures == []
