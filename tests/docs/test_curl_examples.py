"""Every curl example on the site, run against Prism mocking its (normalized) spec.

Prism runs with `--errors`: a request that violates the spec gets an error answer and an
`sl-violations` header, so an answer with no request violation means the example's URL,
headers and body are valid. (Violations in Prism's response come from the spec's examples.)
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.config import load_config
from generator.diagnostics import Reporter
from generator.pipeline import load_api
from tests.docs.htmltools import pages
from tests.docs.sitetools import REPO_ROOT

pytestmark = pytest.mark.prism

SERVER = "https://api.kpnthings.com"


@pytest.fixture(scope="module")
def prism_for_spec(prism: Any, normalized_spec: Callable[[str], Path]) -> dict[str, str]:
    """Spec file name (`projects.json`) -> base URL of the (static) Prism that mocks it."""
    specs = [entry.path for entry in load_config(REPO_ROOT / "specs" / "sdk.yaml").documents]
    servers = prism.start_many([(normalized_spec(Path(spec).stem), {}) for spec in specs])
    return {Path(spec).name: server.base_url for spec, server in zip(specs, servers)}


def _curl_examples(site: Path) -> list[tuple[str, str]]:
    """(operationId, command) for every curl example on the resource pages."""
    return [
        (example.attrs["data-operation"], example.text)
        for name, page in pages(site).items()
        if name.startswith("resources/")
        for example in page.examples
        if example.attrs["data-example"] == "curl"
    ]


def test_every_curl_example_is_accepted_by_prism(site: Path, prism_for_spec: dict[str, str], tmp_path: Path) -> None:
    api = load_api(load_config(REPO_ROOT / "specs" / "sdk.yaml"), Reporter())
    spec_of = {op.operation_id: Path(op.source.file).name for op in api.operations}
    examples = _curl_examples(site)
    assert len(examples) == len(api.operations)
    failures = []
    for operation, command in examples:
        assert SERVER in command, command
        headers = tmp_path / f"{operation}.headers"
        body = tmp_path / f"{operation}.body"
        script = command.rstrip("\n").replace(SERVER, prism_for_spec[spec_of[operation]])
        script += f" \\\n  --silent --show-error --max-time 30 --dump-header {headers} --output {body}\n"
        run = subprocess.run(["bash", "-c", script], check=False, env={**os.environ, "KPN_THINGS_TOKEN": "test-token"}, capture_output=True, text=True, timeout=60)
        lines = headers.read_text().splitlines() if headers.exists() else []
        status = lines[0].split()[1] if lines else "none"
        violations = [v for line in lines if line.lower().startswith("sl-violations:") for v in json.loads(line.split(":", 1)[1])]
        request_violations = [v for v in violations if v.get("location", [""])[0] == "request"]
        # A 500 that carries only response violations is Prism rejecting the spec's own example.
        answered = status.startswith("2") or (status == "500" and violations and not request_violations)
        if run.returncode != 0 or request_violations or not answered:
            answer = body.read_text(errors="replace")[:500] if body.exists() else ""
            failures.append(f"{operation}: exit {run.returncode}, status {status}, {request_violations} {run.stderr} {answer}")
    assert failures == []
