"""`$ref` reads only regular files below the root document's folder; everything else is refused, located."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from irtools import openapi

from generator.cli import main

SCHEMA = {"type": "object", "properties": {"name": {"type": "string"}}}


@pytest.fixture
def api(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp/api: the root document's folder, with a shared schema file in a subfolder; tmp/secret.json outside it."""
    folder = tmp_path / "api"
    (folder / "common").mkdir(parents=True)
    (folder / "common" / "pet.json").write_text(json.dumps({"Pet": SCHEMA}))
    (tmp_path / "secret.json").write_text(json.dumps({"Pet": SCHEMA}))
    monkeypatch.chdir(folder)
    return folder


def validate_ref(folder: Path, ref: str) -> tuple[int, list[str]]:
    """`sdkgen validate spec.json` where one schema property is `$ref: ref`."""
    doc = openapi(schemas={"Owner": {"type": "object", "properties": {"pet": {"$ref": ref}}}})
    (folder / "spec.json").write_text(json.dumps(doc, indent=2))
    result = CliRunner().invoke(main, ["validate", "spec.json"])
    assert result.exit_code in (0, 2) and "Traceback" not in result.output, result.output
    return result.exit_code, result.output.splitlines()


WHERE = "spec.json#/components/schemas/Owner/properties/pet (line 13): $ref "


@pytest.mark.parametrize("ref", ["common/pet.json#/Pet", "./common/../common/pet.json#/Pet", "common%2Fpet.json#/Pet"])
def test_refs_below_the_folder_work(api: Path, ref: str) -> None:
    code, lines = validate_ref(api, ref)
    assert code == 0, lines


@pytest.mark.parametrize(("ref", "reason"), [
    ("/etc/passwd", "absolute paths are refused: a $ref may only read files below '.', the root document's folder"),
    ("file:///etc/passwd#/x", "absolute paths are refused"),
    ("%2Fetc%2Fpasswd", "absolute paths are refused"),
    ("../secret.json#/Pet", "'..' leads out of '.', the root document's folder"),
    ("common/../../secret.json#/Pet", "'..' leads out of '.'"),
    ("http://example.com/pet.json#/Pet", "remote references are not fetched (sdkgen never uses the network)"),
    ("https://example.com/pet.json", "remote references are not fetched"),
    ("ftp://example.com/pet.json", "ftp: references are not supported"),
    ("common#/Pet", "'common' is a directory, not a regular file"),
    ("pet%00.json", "a file name cannot contain a NUL character"),
])  # fmt: skip
def test_refs_that_leave_the_folder_are_refused(api: Path, ref: str, reason: str) -> None:
    code, lines = validate_ref(api, ref)
    assert code == 2
    assert lines[0].startswith(f"{WHERE}{ref!r}: {reason}"), lines[0]


def test_a_symlink_out_of_the_folder_is_refused(api: Path) -> None:
    (api / "common" / "link.json").symlink_to(api.parent / "secret.json")
    code, lines = validate_ref(api, "common/link.json#/Pet")
    assert code == 2
    target = str((api.parent / "secret.json").resolve())
    assert lines[0] == f"{WHERE}'common/link.json#/Pet': a symbolic link leads to {target!r}, outside '.', the root document's folder; a $ref may only read files below it"


def test_a_symlink_inside_the_folder_works(api: Path) -> None:
    (api / "alias.json").symlink_to(api / "common" / "pet.json")
    assert validate_ref(api, "alias.json#/Pet")[0] == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(api: Path) -> None:
    os.mkfifo(api / "pipe.json")
    unblock = threading.Timer(10, (api / "pipe.json").write_text, args=("{}",))  # a reader stuck on the FIFO fails, not hangs
    unblock.start()
    try:
        code, lines = validate_ref(api, "pipe.json#/Pet")
    finally:
        unblock.cancel()
    assert code == 2
    assert lines[0] == f"{WHERE}'pipe.json#/Pet': 'pipe.json' is a FIFO (named pipe), not a regular file"


def test_a_device_behind_a_symlink_is_refused(api: Path) -> None:
    (api / "zero.json").symlink_to("/dev/zero")
    code, lines = validate_ref(api, "zero.json")
    assert code == 2
    assert "a symbolic link leads to '/dev/zero', outside '.'" in lines[0]


def test_refs_in_a_referenced_file_stay_in_the_root_documents_folder(api: Path) -> None:
    (api / "common" / "pet.json").write_text(json.dumps({"Pet": {"$ref": "../../secret.json#/Pet"}}))
    doc = openapi(paths={"/pets": {"get": {"operationId": "getPet", "responses": {"200": {"description": "ok", "content": {
        "application/json": {"schema": {"$ref": "common/pet.json#/Pet"}}}}}}}})  # fmt: skip
    (api / "spec.json").write_text(json.dumps(doc))
    result = CliRunner().invoke(main, ["validate", "spec.json"])
    assert result.exit_code == 2, result.output
    assert result.output.splitlines()[0] == "common/pet.json#/Pet: $ref '../../secret.json#/Pet': '..' leads out of '.', the root document's folder; a $ref may only read files below it"


def test_the_folder_is_that_of_the_document_named_not_the_working_directory(api: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (api / "spec.json").write_text(json.dumps(openapi(schemas={"A": {"$ref": "../secret.json#/Pet"}})))
    monkeypatch.chdir(api.parent)
    result = CliRunner().invoke(main, ["validate", "api/spec.json"])
    assert result.exit_code == 2
    assert "api/spec.json#/components/schemas/A: $ref '../secret.json#/Pet': '..' leads out of 'api'" in result.output
