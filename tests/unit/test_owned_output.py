"""`sdkgen generate` owns only the files it wrote (its manifest): others survive and are reported,
a file in the way is a conflict, `--check` ignores foreign files and build artefacts, a commit
killed half-way is rolled back by the next run, and an unwritable output is a located error."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from click.testing import CliRunner
from irtools import openapi

import generator.output.write
from generator.cli import main

SDKGEN = Path(sys.executable).parent / "sdkgen"
MANIFEST = ".sdkgen-manifest.json"
PET = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
OWNER = {"type": "object", "properties": {"email": {"type": "string"}}}


def pets(**schemas: dict) -> dict:
    """A one-operation document with the given component schemas (and Pet)."""
    response = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}
    operation = {"operationId": "getPet", "summary": "One pet.", "responses": {"200": response}}
    return openapi(paths={"/pet": {"get": operation}}, schemas={"Pet": PET, **schemas}, servers=[{"url": "https://pets.example"}])


@pytest.fixture(scope="module")
def format_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One formatter cache for the module's runs."""
    return tmp_path_factory.mktemp("format-cache")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, format_cache: Path) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(format_cache))
    write_spec(tmp_path, pets(Owner=OWNER))
    (tmp_path / "sdk.yaml").write_text("package: pets\nclient: Pets\ndocuments:\n  - file: pets.json\n    resource: pets\n")
    return tmp_path


def write_spec(project: Path, document: dict) -> None:
    (project / "pets.json").write_text(json.dumps(document))


def generate(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["generate", "--config", "sdk.yaml", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output.splitlines()


def tree(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file below `folder`: content, inode and mtime."""
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_ino, p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def contents(folder: Path) -> dict[str, bytes]:
    return {rel: content for rel, (content, _, _) in tree(folder).items()}


def test_files_it_did_not_write_survive_and_those_in_its_folders_are_reported_once(project: Path) -> None:
    (project / "out" / "src").mkdir(parents=True)
    (project / "out" / "NOTES.md").write_text("my notes\n")
    (project / "out" / "src" / "app.py").write_text("print('mine')\n")
    assert generate("--out", "out")[0] == 0
    (project / "out" / "python" / "pets" / "mine.py").write_text("mine = True\n")
    code, lines = generate("--out", "out")
    assert code == 0
    assert lines == ["out/python/pets/mine.py: not ours, left alone", f"generated out: 0 added, 0 changed, 0 removed, {len(read_manifest(project / 'out')) + 1} unchanged; 1 file not ours, left alone"]
    assert (project / "out" / "NOTES.md").read_text() == "my notes\n"
    assert (project / "out" / "src" / "app.py").read_text() == "print('mine')\n"
    assert (project / "out" / "python" / "pets" / "mine.py").read_text() == "mine = True\n"


def read_manifest(out: Path) -> dict[str, str]:
    return json.loads((out / MANIFEST).read_text())["files"]


def test_the_manifest_lists_every_file_written_with_its_sha256_and_the_generator_version(project: Path) -> None:
    generate("--out", "out")
    document = json.loads((project / "out" / MANIFEST).read_text())
    assert document["generator"] == f"sdkgen {version('sdkgen')}"
    on_disk = {rel: hashlib.sha256(content).hexdigest() for rel, content in contents(project / "out").items() if rel != MANIFEST}
    assert document["files"] == on_disk and "python/pets/models.py" in on_disk


def test_only_files_it_no_longer_produces_are_removed_and_emptied_folders_go(project: Path) -> None:
    generate("--out", "out")
    owner_page = next(rel for rel in read_manifest(project / "out") if rel.startswith("docs/") and "Owner" in rel)
    (project / "out" / "docs" / "mine.html").write_text("<p>mine</p>\n")
    write_spec(project, pets())
    code, lines = generate("--out", "out")
    assert code == 0 and "1 removed" in lines[-1] and "; 1 file not ours, left alone" in lines[-1]
    assert not (project / "out" / owner_page).exists() and owner_page not in read_manifest(project / "out")
    assert (project / "out" / "docs" / "mine.html").read_text() == "<p>mine</p>\n"


def test_a_file_in_the_way_is_an_error_unless_identical_or_forced(project: Path) -> None:
    (project / "out" / "python").mkdir(parents=True)
    (project / "out" / "python" / "README.md").write_text("my readme\n")
    code, lines = generate("--out", "out")
    assert code == 2
    assert lines[-2:] == ["out/python/README.md: exists and sdkgen did not write it; move it away, or pass --force to overwrite it", "1 error; nothing was generated."]
    assert contents(project / "out") == {"python/README.md": b"my readme\n"}, "nothing written"
    code, lines = generate("--out", "out", "--force")
    assert code == 0 and "out/python/README.md: not ours, overwritten (--force)" in lines
    assert "python/README.md" in read_manifest(project / "out")
    assert generate("--out", "out")[0] == 0, "an overwritten file is ours from then on"


def test_the_first_run_over_an_output_without_manifest_adopts_identical_files(project: Path) -> None:
    generate("--out", "old")
    (project / "old" / MANIFEST).unlink()  # as the committed generated/ was before manifests
    before = tree(project / "old")
    code, lines = generate("--out", "old", "--check")
    assert code == 1 and lines[0] == "stale: old/.sdkgen-manifest.json would be added"
    code, lines = generate("--out", "old")
    assert code == 0 and lines[-1] == f"generated old: 1 added, 0 changed, 0 removed, {len(before)} unchanged"
    assert {rel: info for rel, info in tree(project / "old").items() if rel != MANIFEST} == before, "adopted, not rewritten"
    write_spec(project, pets())
    assert "1 removed" in generate("--out", "old")[1][-1], "adopted files are ours: removed when no longer produced"


def test_check_fails_for_owned_files_only_never_for_foreign_files_or_build_artefacts(project: Path) -> None:
    generate("--out", "out")
    sdk = project / "out" / "python"
    for artefact in ("build/lib/pets/models.py", "pets.egg-info/PKG-INFO", "pets/__pycache__/models.cpython-311.pyc", ".mypy_cache/x.json", ".pytest_cache/v"):
        (sdk / artefact).parent.mkdir(parents=True, exist_ok=True)
        (sdk / artefact).write_text("artefact\n")
    (sdk / "pets" / "mine.py").write_text("mine = True\n")
    code, lines = generate("--out", "out", "--check")
    assert (code, lines) == (0, ["out/python/pets/mine.py: not ours, left alone", f"out is up to date ({len(read_manifest(project / 'out')) + 1} files)"])
    (sdk / "pets" / "models.py").unlink()
    (sdk / "README.md").write_text("edited\n")
    code, lines = generate("--out", "out", "--check")
    assert code == 1
    unchanged = len(read_manifest(project / "out")) + 1 - 2
    assert lines[1:] == [
        "stale: out/python/pets/models.py would be added",
        "stale: out/python/README.md would be changed",
        f"out is stale (1 added, 1 changed, 0 removed, {unchanged} unchanged; 1 file not ours, left alone); run `make generate`",
    ]
    assert generate("--out", "out")[0] == 0
    assert (sdk / "build" / "lib" / "pets" / "models.py").read_text() == "artefact\n", "artefacts are left alone"


def test_unchanged_files_keep_inode_and_mtime(project: Path) -> None:
    generate("--out", "out")
    before = tree(project / "out")
    assert generate("--out", "out")[1][-1].startswith("generated out: 0 added, 0 changed, 0 removed")
    assert tree(project / "out") == before


def sdkgen(project: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen([SDKGEN, "generate", "--config", "sdk.yaml", *args], cwd=project, env={**os.environ, **env}, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("pause_after", [1, 3])
def test_a_run_killed_in_the_middle_of_its_commit_is_rolled_back_by_the_next(project: Path, pause_after: int) -> None:
    assert sdkgen(project, "--out", "out").wait() == 0
    before = tree(project / "out")
    write_spec(project, pets(Pet={**PET, "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}}))  # changes and removes files
    run = sdkgen(project, "--out", "out", SDKGEN_TEST_PAUSE_AFTER=str(pause_after))
    assert run.stderr is not None
    assert any(line.startswith(f"sdkgen: paused after {pause_after} replaces") for line in run.stderr), "the hook was reached"
    assert contents(project / "out") != {rel: content for rel, (content, _, _) in before.items()}, "half written"
    run.send_signal(signal.SIGKILL)
    assert run.wait() == -signal.SIGKILL
    run.stderr.close()
    code, lines = generate("--out", "out", "--check")
    assert code == 1 and "stale: out was left half written by an interrupted run" in lines

    write_spec(project, pets(Owner=OWNER))  # the previous spec: the rollback alone restores everything
    code, lines = generate("--out", "out")
    assert code == 0 and "out: rolled back a run that was interrupted" in lines
    assert tree(project / "out") == before, "the previous output, same bytes, inodes and mtimes"

    write_spec(project, pets(Pet={**PET, "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}}))
    run = sdkgen(project, "--out", "out", SDKGEN_TEST_PAUSE_AFTER=str(pause_after))
    assert run.stderr is not None and any(line.startswith("sdkgen: paused") for line in run.stderr)
    run.send_signal(signal.SIGKILL)
    run.wait()
    run.stderr.close()
    assert generate("--out", "out")[0] == 0 and generate("--out", "fresh")[0] == 0
    assert contents(project / "out") == contents(project / "fresh"), "the next run leaves the new output, whole"


def test_files_staged_by_a_run_killed_before_its_commit_are_dropped(project: Path) -> None:
    generate("--out", "out")
    before = tree(project / "out")
    (project / "out" / ".sdkgen-staging" / "new" / "python").mkdir(parents=True)
    (project / "out" / ".sdkgen-staging" / "new" / "python" / "README.md").write_text("half staged\n")
    assert generate("--out", "out", "--check")[0] == 0, "no journal: nothing was replaced yet"
    assert generate("--out", "out")[0] == 0
    assert tree(project / "out") == before and not (project / "out" / ".sdkgen-staging").exists()


def test_a_failure_in_the_middle_of_the_commit_rolls_back_with_a_located_error(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    generate("--out", "out")
    before = tree(project / "out")
    write_spec(project, pets())
    replace = os.replace
    installed: list[Path] = []

    def failing_replace(source: Path, target: Path) -> None:
        """Fail to move the second new file into place, once."""
        target = Path(target)
        if target.parts[0] == "out" and ".sdkgen-staging" not in target.parts:
            installed.append(target)
            if len(installed) == 2:
                raise PermissionError(13, "Permission denied", str(target))
        replace(source, target)

    monkeypatch.setattr(generator.output.write.os, "replace", failing_replace)
    code, lines = generate("--out", "out")
    assert code == 2 and lines[-2:] == [f"{installed[1]}: cannot write: Permission denied", "1 error; nothing was generated."]
    monkeypatch.undo()
    assert tree(project / "out") == before and not (project / "out" / ".sdkgen-staging").exists()


def test_an_output_that_cannot_be_written_is_a_located_error(project: Path) -> None:
    (project / "out").write_text("a file\n")
    code, lines = generate("--out", "out")
    assert (code, lines[-2:]) == (2, ["out: cannot write: a file is in the way", "1 error; nothing was generated."])
    (project / "out").unlink()
    (project / "out").mkdir()
    (project / "out" / "python").write_text("a file where a folder goes\n")
    code, lines = generate("--out", "out")
    assert code == 2 and lines[-2] == "out/python/README.md: cannot write: a file is in the way"
    assert contents(project / "out") == {"python": b"a file where a folder goes\n"}, "docs/ was written, then rolled back"
    assert not (project / "out" / "docs").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_output_folder_is_a_located_error(project: Path) -> None:
    (project / "out").mkdir(mode=0o555)
    code, lines = generate("--out", "out")
    assert (code, lines[-2:]) == (2, ["out: cannot write: Permission denied", "1 error; nothing was generated."])


def test_a_manifest_naming_files_outside_the_output_is_refused(project: Path) -> None:
    generate("--out", "out")
    (project / "keep.txt").write_text("keep\n")
    (project / "out" / MANIFEST).write_text(json.dumps({"generator": "sdkgen 0.1.0", "files": {"../keep.txt": "0" * 64}}))
    code, lines = generate("--out", "out")
    assert code == 2 and lines[-2] == "out/.sdkgen-manifest.json: not an sdkgen manifest; delete it to start afresh"
    assert (project / "keep.txt").read_text() == "keep\n"


def test_the_format_cache_lives_in_the_user_cache_and_a_corrupt_entry_is_ignored(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SDKGEN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(project / "xdg"))
    generate("--out", "out")
    expected = contents(project / "out")
    entries = sorted((project / "xdg" / "sdkgen").iterdir())
    assert entries and not (project / "build").exists(), "nothing cached in the working directory"
    entries[0].write_text("garbage")
    entries[1].unlink()
    entries[1].mkdir()  # unreadable, and cannot be rewritten
    assert generate("--out", "again")[0] == 0
    assert contents(project / "again") == expected
    assert entries[0].read_bytes() != b"garbage", "a corrupt entry is rewritten"
