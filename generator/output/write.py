"""Write generated files: all or nothing, unchanged files untouched, stale files removed."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

Files = dict[str, bytes]  # POSIX relative path -> content


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def summary(self) -> str:
        return f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed, {self.unchanged} unchanged"


def _existing(out: Path) -> dict[str, Path]:
    if not out.is_dir():
        return {}
    return {p.relative_to(out).as_posix(): p for p in sorted(out.rglob("*")) if p.is_file()}


def compare(files: Files, out: Path) -> Changes:
    """What writing `files` into `out` would change."""
    existing = _existing(out)
    changes = Changes()
    for rel, content in sorted(files.items()):
        if rel not in existing:
            changes.added.append(rel)
        elif existing[rel].read_bytes() != content:
            changes.changed.append(rel)
        else:
            changes.unchanged += 1
    changes.removed = sorted(set(existing) - set(files))
    return changes


def write_tree(files: Files, out: Path) -> Changes:
    """Build the new tree beside `out`, then swap it in; unchanged files keep their inode."""
    changes = compare(files, out)
    if not changes.any and out.is_dir():
        return changes
    staging = out.parent / f".{out.name}.new-{os.getpid()}"
    backup = out.parent / f".{out.name}.old-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for rel, content in sorted(files.items()):
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            old = out / rel
            if rel not in changes.added and rel not in changes.changed:
                try:
                    os.link(old, target)
                    continue
                except OSError:
                    pass
            target.write_bytes(content)
        if out.exists():
            out.rename(backup)
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if backup.exists() and not out.exists():
            backup.rename(out)
        raise
    shutil.rmtree(backup, ignore_errors=True)
    return changes
