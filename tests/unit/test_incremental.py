"""Fast runs make the same bytes: a run whose inputs did not change is answered from its record
(nothing loaded, rendered, formatted or written), anything it was made from that changes brings a
full run back, and one ruff run over many files formats each exactly as a run of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from irtools import openapi

import generator.pipeline
from generator.cli import main
from generator.python.format import FormatError, Formatter

PET = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "example": None}}}
TOY = {"type": "object", "properties": {"colour": {"type": "string"}}}


def pets(**schemas: object) -> dict:
    response = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}
    operation = {"operationId": "getPet", "summary": "One pet.", "responses": {"200": response}}
    return openapi(paths={"/pet": {"get": operation}}, schemas={"Pet": PET, **schemas}, servers=[{"url": "https://pets.example"}])


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the module: the formatter's results are shared, run records are per output folder."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: Path) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(cache))
    (tmp_path / "pets.json").write_text(json.dumps(pets()))
    (tmp_path / "sdk.yaml").write_text("package: pets\nclient: Pets\nchangelog: CHANGES.md\ndocuments:\n  - file: pets.json\n    resource: pets\n")
    return tmp_path


@pytest.fixture
def full_runs(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The output folders of the runs that went through the whole pipeline."""
    runs: list[Path] = []
    write_output = generator.pipeline.write_output

    def counted(config, reporter, out, *args):  # type: ignore[no-untyped-def]
        runs.append(out)
        return write_output(config, reporter, out, *args)

    monkeypatch.setattr(generator.pipeline, "write_output", counted)
    return runs


def generate(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["generate", "--config", "sdk.yaml", "--out", "out", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def tree(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_ino, p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def test_an_unchanged_run_is_answered_from_its_record_with_the_same_messages(project: Path, full_runs: list[Path]) -> None:
    code, output = generate()
    *warnings, summary = output.splitlines()
    assert code == 0 and "example: null" in warnings[0] and len(full_runs) == 1
    before = tree(project / "out")
    assert generate() == (0, "\n".join([*warnings, f"generated out: 0 added, 0 changed, 0 removed, {len(before)} unchanged"]) + "\n")
    assert generate("--check") == (0, "\n".join([*warnings, f"out is up to date ({len(before)} files)"]) + "\n")
    assert generate("-q") == (0, "")
    assert len(full_runs) == 1, "nothing was loaded, rendered or formatted"
    assert tree(project / "out") == before, "same bytes, inodes and times: nothing written"


@pytest.mark.parametrize("change", ["spec", "config", "changelog appears", "output edited", "output deleted", "foreign file", "strict"])
def test_whatever_the_output_was_made_from_changing_brings_the_full_run_back(project: Path, full_runs: list[Path], change: str) -> None:
    assert generate()[0] == 0
    options: list[str] = []
    if change == "spec":
        (project / "pets.json").write_text(json.dumps(pets(Toy=TOY)))
    elif change == "config":
        (project / "sdk.yaml").write_text((project / "sdk.yaml").read_text().replace("Pets", "PetShop"))
    elif change == "changelog appears":
        (project / "CHANGES.md").write_text("# Changelog\n")
    elif change == "output edited":
        (project / "out/python/pets/models.py").write_text("# edited by hand\n")
    elif change == "output deleted":
        (project / "out/docs/index.html").unlink()
    elif change == "foreign file":
        (project / "out/python/notes.txt").write_text("mine\n")
    else:
        options = ["--strict"]
    code, output = generate(*options)
    if change == "foreign file":  # not an input: the record answers, and says what a full run says
        assert code == 0 and "out/python/notes.txt: not ours, left alone" in output and len(full_runs) == 1
        return
    assert len(full_runs) == 2, f"a {change} is noticed"
    if change == "strict":
        assert code == 2 and "error" in output
        return
    cold = project / "cold"
    assert CliRunner().invoke(main, ["generate", "--config", "sdk.yaml", "--out", str(cold)]).exit_code == 0
    assert {rel: data for rel, (data, _, _) in tree(project / "out").items()} == {rel: data for rel, (data, _, _) in tree(cold).items()}


def test_a_referenced_file_is_an_input_too(project: Path, full_runs: list[Path]) -> None:
    (project / "common.json").write_text(json.dumps({"Pet": PET}))
    response = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "common.json#/Pet"}}}}
    document = openapi(paths={"/pet": {"get": {"operationId": "getPet", "responses": {"200": response}}}})
    (project / "pets.json").write_text(json.dumps(document))
    assert generate()[0] == 0 and generate()[0] == 0 and len(full_runs) == 1
    before = tree(project / "out")
    (project / "common.json").write_text(json.dumps({"Pet": {**PET, "description": "A pet with a name."}}))
    assert generate()[0] == 0 and len(full_runs) == 2
    assert tree(project / "out") != before


def test_an_unchanged_run_imports_none_of_the_stages(project: Path) -> None:
    assert generate()[0] == 0
    script = (
        "import sys\nfrom generator.cli import main\n"
        "try:\n    main(['generate', '--config', 'sdk.yaml', '--out', 'out', '-q'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('ruff', 'jinja2', 'jsonschema', 'yaml', 'generator.pipeline', 'generator.config') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=os.environ, check=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_one_ruff_run_formats_each_file_exactly_as_a_run_of_its_own(tmp_path: Path) -> None:
    sources = {f"m{i}.py": f"def f{i}( a,b ):\n  return {{'k':a,  'v':[b]*{i}}}\n" for i in range(6)}
    sources["resources/__init__.py"] = "from .a import (A)\n"  # two files of one name
    sources["__init__.py"] = "x=[ 1,\n2 ]\n"
    sources["notes.md"] = "not  python\n"
    with Formatter(tmp_path / "cache") as formatter:
        formatter.prefetch(sources.items())
        together = {path: formatter.format(path, text) for path, text in sources.items()}
    alone = {path: Formatter().format(path, text) for path, text in sources.items()}
    assert together == alone
    assert together["m2.py"] == 'def f2(a, b):\n    return {"k": a, "v": [b] * 2}\n' and together["notes.md"] == "not  python\n"
    assert formatter.formatted == 8 and len(list((tmp_path / "cache").iterdir())) == 8
    with Formatter(tmp_path / "cache") as warm:
        warm.prefetch(sources.items())
        assert {path: warm.format(path, text) for path, text in sources.items()} == together
    assert (warm.formatted, warm.reused) == (0, 8), "a cached text is neither sent to ruff nor formatted again"


def test_code_ruff_cannot_parse_is_a_format_error_and_a_stopped_run_leaves_no_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    with Formatter() as formatter:
        with pytest.raises(FormatError, match="ruff could not format generated code"):
            formatter.format("broken.py", "def f(:\n")
        formatter.prefetch([("big.py", "x = 1\n" * 20000)])
    assert list(tmp_path.iterdir()) == []


def test_a_document_the_official_schema_found_clean_is_not_checked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.diagnostics import Reporter
    from generator.spec import validate
    from generator.spec.load import parse_file
    from generator.spec.meta import CleanChecks

    clean = CleanChecks(tmp_path / "checked")
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(pets()))
    bad.write_text(json.dumps({**pets(), "paths": {"/pet": {"get": {"responses": "none"}}}}))
    for path in (good, bad, bad):
        assert validate.check_schema(parse_file(path), "3.1", Reporter(), clean) is (path == good)
    checked: list[object] = []
    real = validate.official_validator
    monkeypatch.setattr(validate, "official_validator", lambda *args: checked.append(args) or real(*args))
    assert validate.check_schema(parse_file(good), "3.1", Reporter(), clean) and checked == []
    reporter = Reporter()
    assert not validate.check_schema(parse_file(bad), "3.1", reporter, clean) and checked and reporter.errors, "errors are never remembered"
