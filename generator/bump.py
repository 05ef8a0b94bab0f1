"""`sdkgen bump`: the spec-bump routine. Compare the config's documents with a git revision, write
the next version into the config and prepend its section to the changelog; the caller regenerates."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from generator.config import load_config
from generator.diagnostics import Diagnostic, Reporter, SpecError
from generator.diff.changes import Change
from generator.diff.report import changelog_section
from generator.diff.version import next_version
from generator.spec_diff import Side, diff_sides, load_side

CHANGELOG_TITLE = "# Changelog\n\n"


@dataclass(frozen=True)
class Bump:
    config_path: Path
    changes: list[Change]
    current: str
    version: str
    section: str


def plan_bump(config_path: Path, against: str, reporter: Reporter) -> Bump:
    """What a bump would do, without writing anything."""
    old = load_side(against, config_path, reporter)
    new = load_side(str(config_path), config_path, reporter)
    changes = diff_sides(old, new)
    current = old.config.version
    version = next_version(current, changes)
    return Bump(config_path, changes, current, version, changelog_section(changes, version, built_from(new)))


def built_from(side: Side) -> list[str]:
    """`HTTP bindings 1.4.0` per document: what a changelog section was built from."""
    return [f"{d.title} {d.version}".strip() for d in side.api.documents]


def apply_bump(bump: Bump) -> Path:
    """Write the version into the config and the section into its changelog; returns the changelog."""
    config = load_config(bump.config_path)
    text = bump.config_path.read_text(encoding="utf-8")
    lines = _set_key(text.splitlines(keepends=True), "version", bump.version)
    changelog = config.changelog
    if changelog is None:
        changelog = bump.config_path.parent / "CHANGELOG.md"
        lines = _set_key(lines, "changelog", changelog.name)
    previous = changelog.read_text(encoding="utf-8") if changelog.is_file() else CHANGELOG_TITLE
    body = previous.removeprefix(CHANGELOG_TITLE)
    if body.startswith(f"## {bump.version}\n"):  # bumped again before a release: replace that section
        rest = body.find("\n## ", 1)
        body = body[rest + 1 :] if rest >= 0 else ""
    _write(changelog, CHANGELOG_TITLE + bump.section.rstrip("\n") + "\n\n" + body)
    _write(bump.config_path, "".join(lines))
    load_config(bump.config_path)  # still a valid config
    return changelog


def _set_key(lines: list[str], key: str, value: str) -> list[str]:
    """The top-level `key:` line set to `value` (its comment kept), or added after `package:`."""
    for index, line in enumerate(lines):
        name, colon, rest = line.partition(":")
        if colon and name == key:
            old_value, hash_sign, comment = rest.rstrip("\n").partition("#")
            if not hash_sign:
                lines[index] = f"{key}: {value}\n"
            else:  # keep the comment in its column
                width = max(len(old_value) - 1, len(value) + 1)
                lines[index] = f"{key}: {value.ljust(width)}#{comment}\n"
            return lines
    after = next((i for i, line in enumerate(lines) if line.startswith("package:")), None)
    if after is None:
        raise SpecError([Diagnostic("sdk config", None, "has no top-level package: line to add the version after")])
    return [*lines[: after + 1], f"{key}: {value}\n", *lines[after + 1 :]]


def _write(path: Path, text: str) -> None:
    """Replace the file in one step (a crash leaves the old one)."""
    staging = path.with_name(f".{path.name}.sdkgen-tmp")
    staging.write_text(text, encoding="utf-8")
    os.replace(staging, path)
