"""`sdkgen generate`: deterministic, only changed files written, files it wrote before and no longer
writes removed (never anyone else's), failures leave the output untouched, `--check` reports staleness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from irtools import openapi

from generator.cli import main

PETS = openapi(
    paths={"/pets/{petId}": {"get": {"operationId": "getPet", "summary": "One pet.", "parameters": [
        {"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}}}},
    schemas={"Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}},
    servers=[{"url": "https://pets.example"}],
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pets.json").write_text(json.dumps(PETS))
    (tmp_path / "sdk.yaml").write_text("package: pets\nclient: Pets\ndocuments:\n  - file: pets.json\n    resource: pets\n")
    return tmp_path


def generate(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["generate", "--config", "sdk.yaml", *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_ino) for p in sorted(folder.rglob("*")) if p.is_file()}


def test_generate_is_deterministic_and_touches_only_changed_files(project: Path) -> None:
    code, output = generate("--out", "out")
    assert code == 0 and "generated out:" in output
    first = snapshot(project / "out")
    assert "python/pets/models.py" in first and "docs/index.html" in first
    code, output = generate("--out", "out")
    assert code == 0 and "0 added, 0 changed, 0 removed" in output
    assert snapshot(project / "out") == first, "same bytes, same inodes: nothing rewritten"
    assert generate("--out", "again")[0] == 0
    assert {k: v[0] for k, v in snapshot(project / "again").items()} == {k: v[0] for k, v in first.items()}


def test_a_spec_change_rewrites_only_what_it_affects_and_removes_what_it_no_longer_writes(project: Path) -> None:
    with_toy = json.loads((project / "pets.json").read_text())
    with_toy["components"]["schemas"]["Toy"] = {"type": "object", "properties": {"name": {"type": "string"}}}
    (project / "pets.json").write_text(json.dumps(with_toy))
    generate("--out", "out")
    toy_pages = {path for path in snapshot(project / "out") if "Toy" in path}
    assert toy_pages, "the Toy model has a page of its own"
    before = snapshot(project / "out")
    (project / "out" / "python" / "pets" / "leftover.py").write_text("mine = True\n")
    changed = json.loads(json.dumps(PETS))
    changed["components"]["schemas"]["Pet"]["properties"]["age"] = {"type": "integer"}
    (project / "pets.json").write_text(json.dumps(changed))
    code, output = generate("--out", "out")
    assert code == 0 and f"{len(toy_pages)} removed" in output and "1 file not ours, left alone" in output
    after = snapshot(project / "out")
    assert not toy_pages & set(after), "what it wrote before and no longer writes is removed"
    assert after["python/pets/leftover.py"][0] == b"mine = True\n", "a file it never wrote is left alone"
    assert after["python/pets/models.py"][0] != before["python/pets/models.py"][0]
    assert after["python/pets/_errors.py"] == before["python/pets/_errors.py"], "an unaffected file keeps its inode"


def test_check_reports_a_stale_output(project: Path) -> None:
    generate("--out", "out")
    assert generate("--out", "out", "--check") == (0, "out is up to date (%d files)\n" % len(snapshot(project / "out")))
    (project / "out" / "python" / "pets" / "models.py").write_text("# edited by hand\n")
    code, output = generate("--out", "out", "--check")
    assert code == 1
    assert "stale: out/python/pets/models.py would be changed" in output
    assert (project / "out" / "python" / "pets" / "models.py").read_text() == "# edited by hand\n", "--check writes nothing"


def test_a_failing_run_leaves_the_output_untouched(project: Path) -> None:
    generate("--out", "out")
    before = snapshot(project / "out")
    broken = json.loads((project / "pets.json").read_text())
    broken["components"]["schemas"]["Pet"]["properties"]["owner"] = {"$ref": "#/components/schemas/Nobody"}
    (project / "pets.json").write_text(json.dumps(broken))
    code, output = generate("--out", "out")
    assert code == 2
    assert "pets.json#/components/schemas/Pet/properties/owner: $ref '#/components/schemas/Nobody' points to nothing" in output
    assert snapshot(project / "out") == before
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".")) == [], "no staging directory left behind"


def test_a_bad_config_is_located(project: Path) -> None:
    (project / "sdk.yaml").write_text("package: Not-A-Package\ndocuments: []\n")
    code, output = generate("--out", "out")
    assert code == 2
    assert "sdk.yaml#/documents (line 2): [] should be non-empty" in output
    assert "sdk.yaml#/package (line 1): 'Not-A-Package' does not match" in output
    assert not (project / "out").exists()
