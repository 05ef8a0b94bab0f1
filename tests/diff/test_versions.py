"""The next version from the changes, and what the SDK says it was built from."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.diff.changes import Change
from generator.diff.version import next_version

BREAKING = Change("operation-removed", True, "both", "a.json#/paths/~1a/get", "`client.a.get()`: method removed")
ADDITION = Change("operation-added", False, "none", "a.json#/paths/~1b/get", "`client.a.list()`: new method")
OTHER = Change("parameter-optional", False, "request", "a.json#/paths/~1a/get", "`client.a.get(q=…)`: now optional")
DOCS = Change("description-changed", False, "none", "a.json#/paths/~1a/get", "`client.a.get()`: summary changed")


@pytest.mark.parametrize(
    ("current", "changes", "expected"),
    [
        ("1.2.3", [BREAKING, ADDITION], "2.0.0"),
        ("0.4.1", [BREAKING], "0.5.0"),  # breaking while 0.x: the next minor
        ("1.2.3", [ADDITION, OTHER], "1.3.0"),
        ("1.2.3", [OTHER], "1.2.4"),
        ("1.2.3", [DOCS], "1.2.4"),
        ("1.2.3", [], "1.2.3"),  # nothing to release
        ("2.0.0rc1", [ADDITION], "2.1.0"),
    ],
)
def test_next_version(current: str, changes: list[Change], expected: str) -> None:
    assert next_version(current, changes) == expected


def test_an_unknown_kind_is_a_bug_not_a_change() -> None:
    with pytest.raises(ValueError, match="unknown change kind"):
        Change("field-moved", False, "none", "", "")


def test_text_is_coloured_on_a_terminal(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    spec = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses: {'204': {description: ok}}\n"
    old.write_text(spec, encoding="utf-8")
    new.write_text(spec.replace("/a:", "/b:"), encoding="utf-8")
    coloured = CliRunner().invoke(main, ["diff", str(old), str(new)], color=True)
    plain = CliRunner().invoke(main, ["diff", str(old), str(new)])
    assert coloured.exit_code == plain.exit_code == 0
    assert "\x1b[31m\x1b[1mBreaking changes (1)" in coloured.output and "\x1b[" not in plain.output


def test_the_sdk_records_what_it_was_built_from(sdk: ModuleType) -> None:
    specs = Path(__file__).resolve().parents[2] / "specs"
    first = sdk.BUILT_FROM[0]
    assert [d["file"] for d in sdk.BUILT_FROM] == ["http-bindings.json", "mqtt-bindings.json", "mqtt-downlinks.json", "projects.json", "device-groups.json"]
    assert (first["title"], first["version"]) == ("Things HTTP Bindings API", "0.6.0")
    assert first["sha256"] == hashlib.sha256((specs / "http-bindings.json").read_bytes()).hexdigest()
    assert sdk.__version__ == "0.1.0"
