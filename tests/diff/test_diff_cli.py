"""`sdkgen diff` and `sdkgen bump` as CI runs them: git:REV sides, output formats, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.diff.kpn_bump import breaking_bump, copy_specs, edit


@dataclass(frozen=True)
class Done:
    returncode: int
    stdout: str
    stderr: str


def sdkgen(cwd: Path, *args: str) -> Done:
    """`sdkgen ARGS` run in `cwd`, in this process (the installed command is tested in tests/unit)."""
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, list(args))
    finally:
        os.chdir(previous)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    return Done(result.exit_code, result.stdout, result.stderr)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding a copy of specs/ at HEAD (committed, unchanged)."""
    copy_specs(tmp_path)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "specs")
    return tmp_path


def test_nothing_changed_against_head(repo: Path) -> None:
    done = sdkgen(repo, "diff", "git:HEAD", "specs/sdk.yaml", "--format", "json")
    result = json.loads(done.stdout)
    assert (done.returncode, result["changes"], result["next_version"]) == (0, [], "0.1.0")


def test_a_kpn_bump_as_json(repo: Path) -> None:
    breaking_bump(repo / "specs")
    done = sdkgen(repo, "diff", "git:HEAD", "specs/sdk.yaml", "--format", "json")
    result = json.loads(done.stdout)
    found = {(c["kind"], c["breaking"], c["side"], c["location"]) for c in result["changes"]}
    assert ("response-field-removed", True, "response", "git:HEAD:specs/http-bindings.json#/components/schemas/HttpStreamlineBinding/properties/createdBy") in found
    assert ("response-field-added", False, "response", "specs/http-bindings.json#/components/schemas/HttpSenmlBinding/properties/label") in found
    downlink_status = ("enum-value-added", False, "both", "specs/mqtt-downlinks.json#/components/schemas/DownlinkStatus")
    assert downlink_status in found  # a response field and a query filter: open in both
    assert any(kind == "enum-value-added" and side == "request" and "device-groups.json" in where for kind, _, side, where in found)
    assert ("api-version-changed", False, "none", "specs/http-bindings.json#/info/version") in found
    assert (result["old"], result["new"], result["breaking"], result["next_version"]) == ("git:HEAD", "specs/sdk.yaml", 1, "0.2.0")
    assert result["non_breaking"] == len(result["changes"]) - 1


def test_text_lists_breaking_changes_first_and_fail_on_breaking_exits_1(repo: Path) -> None:
    breaking_bump(repo / "specs")
    done = sdkgen(repo, "diff", "git:HEAD", "--fail-on-breaking")
    lines = done.stdout.splitlines()
    assert done.returncode == 1
    assert lines[0].startswith("git:HEAD → specs/sdk.yaml: ") and "1 breaking; next version 0.2.0" in lines[0]
    assert lines[2] == "Breaking changes (1)"
    assert lines[3].strip().startswith("`HttpStreamlineBinding.created_by`: field removed")
    assert "\x1b[" not in done.stdout  # no colours when the output is not a terminal


def test_non_breaking_bump_passes_fail_on_breaking(repo: Path) -> None:
    edit(repo / "specs" / "projects.json", lambda d: d["info"].update(version="9.9.9"))
    done = sdkgen(repo, "diff", "git:HEAD", "specs/sdk.yaml", "--fail-on-breaking", "--next-version")
    assert (done.returncode, done.stdout) == (0, "0.1.1\n")


def test_markdown_for_a_pull_request(repo: Path) -> None:
    breaking_bump(repo / "specs")
    done = sdkgen(repo, "diff", "git:HEAD", "specs/sdk.yaml", "--format", "markdown")
    assert done.stdout.startswith("**API diff** `git:HEAD` → `specs/sdk.yaml`: ")
    assert "### Breaking changes (1)\n\n| change | kind | side | location |" in done.stdout
    assert "| `HttpStreamlineBinding.created_by`: field removed | `response-field-removed` | response |" in done.stdout


def test_changelog_of_a_kpn_bump(repo: Path) -> None:
    breaking_bump(repo / "specs")
    done = sdkgen(repo, "diff", "git:HEAD", "specs/sdk.yaml", "--changelog")
    text = done.stdout
    assert text.startswith("## 0.2.0\n\nBuilt from Things HTTP Bindings API 0.7.0, ")
    assert text.index("### Breaking changes") < text.index("### Added")
    assert "- `HttpStreamlineBinding.created_by`: field removed (stop reading it)\n" in text
    assert "- `client.device_groups.list_devices(embed=…)`: value 'networkAdapters' added to a closed set\n" in text
    assert text.count("`HttpSenmlBinding.label`") == 1  # added to requests and responses: one line
    assert "- `DownlinkStatus`: value 'FAILED' added\n" in text


def test_bad_sides_exit_2_with_a_message(repo: Path) -> None:
    unknown = sdkgen(repo, "diff", "git:no-such-branch", "specs/sdk.yaml")
    missing = sdkgen(repo, "diff", "specs/nope.json", "specs/sdk.yaml")
    (repo / "specs" / "http-bindings.json").write_text("{", encoding="utf-8")
    broken = sdkgen(repo, "diff", "git:HEAD", "specs/sdk.yaml")
    assert unknown.returncode == missing.returncode == broken.returncode == 2
    assert "git:no-such-branch: unknown revision" in unknown.stderr and "nothing was compared" in unknown.stderr
    assert "specs/nope.json: file not found" in missing.stderr
    assert "specs/http-bindings.json" in broken.stderr and "invalid JSON" in broken.stderr


def test_sides_can_be_files_folders_and_paths_at_a_revision(repo: Path, tmp_path: Path) -> None:
    breaking_bump(repo / "specs")
    one_file = sdkgen(repo, "diff", "git:HEAD:specs/http-bindings.json", "specs/http-bindings.json", "--format", "json")
    folder = sdkgen(repo, "diff", "git:HEAD", "specs", "--format", "json")
    assert json.loads(one_file.stdout)["breaking"] == 1
    assert json.loads(folder.stdout)["breaking"] == 1


def test_bump_writes_the_version_and_changelog_and_regenerates(repo: Path) -> None:
    breaking_bump(repo / "specs")
    before = (repo / "specs" / "sdk.yaml").read_text(encoding="utf-8")
    done = sdkgen(repo, "bump")
    assert done.returncode == 0, done.stderr
    assert "specs/sdk.yaml: version 0.1.0 → 0.2.0" in done.stderr
    assert (repo / "specs" / "sdk.yaml").read_text(encoding="utf-8") == before.replace("version: 0.1.0", "version: 0.2.0")  # comments kept
    changelog = (repo / "generated" / "python" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith("# Changelog\n\n## 0.2.0\n") and changelog.index("## 0.2.0") < changelog.index("## 0.1.0")
    assert changelog == (repo / "specs" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert '__version__ = "0.2.0"' in (repo / "generated" / "python" / "kpn_things" / "_version.py").read_text(encoding="utf-8")
    page = (repo / "generated" / "docs" / "changelog.html").read_text(encoding="utf-8")
    assert "<h2 id=\"0-2-0\">0.2.0</h2>" in page and "<code>HttpStreamlineBinding.created_by</code>: field removed" in page
    again = sdkgen(repo, "bump")  # before the release is committed: HEAD is still 0.1.0
    assert again.returncode == 0 and "version: 0.2.0 " in (repo / "specs" / "sdk.yaml").read_text(encoding="utf-8")
    assert (repo / "specs" / "CHANGELOG.md").read_text(encoding="utf-8").count("## 0.2.0") == 1
