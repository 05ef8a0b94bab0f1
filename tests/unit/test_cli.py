"""The command line a person expects: --version, -h everywhere, grouped warnings, -q/-v,
"did you mean" for misspelled options and config keys, unknown method_names reported."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from irtools import openapi

from generator.cli import main

SDKGEN = Path(sys.executable).parent / "sdkgen"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def run(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.exit_code, [line for line in result.output.splitlines() if line]


def test_version_is_the_installed_distribution() -> None:
    result = subprocess.run([SDKGEN, "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"sdkgen {version('sdkgen')}"


@pytest.mark.parametrize("command", [[], ["validate"], ["ir"], ["generate"], ["normalize"]])
def test_short_help_on_every_command(command: list[str]) -> None:
    code, lines = run(*command, "-h")
    assert code == 0 and lines[0].startswith("Usage: ") and any("-h, --help" in line for line in lines)


def test_misspelled_option_is_suggested() -> None:
    code, lines = run("validate", "--stirct")
    assert code == 2 and "Did you mean '--strict'?" in lines[-1]


def _colliding_spec(count: int) -> dict:
    """`count` models whose properties `aB` and `a_b` collide after snake_casing: one warning each."""
    schemas = {f"M{i}": {"type": "object", "properties": {"aB": {"type": "string"}, "a_b": {"type": "string"}}} for i in range(count)}
    return openapi(schemas=schemas)


def test_warnings_of_one_kind_are_one_line_with_a_count(tmp_path: Path) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(_colliding_spec(3)))
    code, lines = run("validate", "spec.json")
    warnings = [line for line in lines if line.startswith("warning")]
    assert code == 0 and len(warnings) == 1, lines
    assert warnings[0].startswith("warning: 3× renamed, first at spec.json#/components/schemas/M0/properties/a_b")
    assert lines[-1] == "ok: 1 documents, 0 operations, 3 types, 3 warnings"


def test_verbose_lists_every_warning_and_quiet_prints_nothing(tmp_path: Path) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(_colliding_spec(3)))
    code, lines = run("validate", "spec.json", "-v")
    assert code == 0 and sum(": warning: property 'a_b' collides" in line for line in lines) == 3
    code, lines = run("validate", "spec.json", "-q")
    assert code == 0 and lines == []


def test_strict_turns_the_grouped_warnings_into_located_errors(tmp_path: Path) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(_colliding_spec(2)))
    code, lines = run("validate", "spec.json", "--strict", "-q")
    assert code == 2
    assert lines[:2] == [f"spec.json#/components/schemas/M{i}/properties/a_b: property 'a_b' collides with another after snake_casing; it is named 'a_b_2'" for i in range(2)]


def _config(tmp_path: Path, **extra: object) -> Path:
    (tmp_path / "spec.json").write_text(json.dumps(openapi(paths={"/pets": {"get": {"operationId": "listPets", "responses": {"204": {"description": "ok"}}}}})))
    config = tmp_path / "sdk.yaml"
    config.write_text(yaml.safe_dump({"package": "pets", "documents": [{"file": "spec.json"}], **extra}, sort_keys=False))
    return config


def test_misspelled_config_key_names_the_key_it_meant(tmp_path: Path) -> None:
    _config(tmp_path, pakage_version="1.0.0", vresion="1.0.0")
    code, lines = run("validate", "--config", "sdk.yaml")
    assert code == 2
    assert any(line.startswith("sdk.yaml#/vresion (line 5): unknown key 'vresion'; did you mean 'version'?") for line in lines), lines
    assert any(line.startswith("sdk.yaml#/pakage_version (line 4): unknown key 'pakage_version'") for line in lines), lines


def test_unknown_method_names_key_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    _config(tmp_path, method_names={"listPet": "all", "listPets": "every"})
    code, lines = run("validate", "--config", "sdk.yaml")
    assert code == 2
    assert lines[0].startswith("sdk.yaml#/method_names/listPet")
    assert "no operation has the operationId 'listPet'; did you mean 'listPets'?" in lines[0]
    assert not any("listPets'" in line and "no operation" in line and "did you mean" not in line for line in lines)


def test_generate_from_specs_without_a_config(tmp_path: Path) -> None:
    (tmp_path / "shop.json").write_text(json.dumps(openapi(schemas={"Item": {"type": "object", "properties": {"sku": {"type": "string"}}}})))
    code, lines = run("generate", "shop.json", "--out", "out", "--package", "shop_sdk")
    assert code == 0 and lines[-1].startswith("generated out: ") and " added" in lines[-1]
    check = subprocess.run([sys.executable, "-c", "from shop_sdk import Item; print(Item(sku='a').sku)"], cwd=tmp_path / "out" / "python", capture_output=True, text=True)
    assert check.stdout == "a\n", check.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["generate", "shop.json", "--config", "sdk.yaml"], "name SPECS or --config, not both"),
        (["generate", "--package", "shop"], "--package goes with SPECS"),
        (["generate", "shop.json", "--package", "Shop-SDK"], "'Shop-SDK' is not a lower-case Python package name"),
    ],
)
def test_generate_command_line_mistakes_are_usage_errors(args: list[str], message: str) -> None:
    code, lines = run(*args)
    assert code == 2 and message in lines[-1] and not any("internal error" in line for line in lines)


def test_an_extension_key_in_paths_is_no_operation(tmp_path: Path) -> None:
    ok = {"responses": {"204": {"description": "ok"}}}
    (tmp_path / "spec.json").write_text(json.dumps(openapi(paths={"/a": {"get": {"operationId": "a", **ok}}, "x-meta": {"get": ok}})))
    code, lines = run("validate", "spec.json", "-q")
    result = CliRunner().invoke(main, ["ir", "spec.json", "-q"])
    paths = [op["path"] for resource in json.loads(result.output)["resources"] for op in resource["operations"]]
    assert code == 0 and paths == ["/a"]
