"""Write generated files into a folder sdkgen may share with other files (even a repository root).

sdkgen owns only the files listed in `OUT/.sdkgen-manifest.json` (path, sha256, generator
version): it replaces and removes those, adopts a file it would write identically, refuses to
overwrite any other file (unless forced) and never touches the rest. Unchanged files keep their
inode. A commit stages the new contents in `OUT/.sdkgen-staging/new/`, writes a journal, then
moves each file into place (old ones kept in `old/`); a run that fails or is killed part-way is
rolled back (by itself, or by the next run), so the output is always a whole previous or new tree.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator.diagnostics import Diagnostic, SpecError

Files = dict[str, bytes]  # POSIX relative path -> content
MANIFEST = ".sdkgen-manifest.json"
STAGING = ".sdkgen-staging"
JOURNAL = "journal.json"
ARTEFACTS = {"build", "dist", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}  # and *.egg-info
# Test hook: with SDKGEN_TEST_PAUSE_AFTER=N a commit stops (sleeps) after its Nth replace, so that
# a test can SIGKILL it half-way. Unset, it costs one environment lookup per replace.
PAUSE_AFTER = "SDKGEN_TEST_PAUSE_AFTER"


@dataclass
class Changes:
    """What a run changes (or, for --check, would change) in the output folder."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)  # not ours and different: written only when forced
    foreign: list[str] = field(default_factory=list)  # not ours, in a folder of ours: left alone
    interrupted: bool = False  # an earlier run was killed mid-commit (rolled back; with --check: pending)

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.conflicts)

    @property
    def stale(self) -> bool:
        return self.any or self.interrupted

    def summary(self) -> str:
        text = f"{len(self.added)} added, {len(self.changed) + len(self.conflicts)} changed, {len(self.removed)} removed, {self.unchanged} unchanged"
        if self.foreign:
            text += f"; {len(self.foreign)} file{'s' if len(self.foreign) != 1 else ''} not ours, left alone"
        return text

    def stale_lines(self, out: Path) -> list[str]:
        """One line per file that makes `out` stale."""
        lines = [f"stale: {out} was left half written by an interrupted run"] if self.interrupted else []
        for label, paths in (("added", self.added), ("changed", self.changed), ("removed", self.removed)):
            lines += [f"stale: {out / path} would be {label}" for path in paths]
        return lines + [f"stale: {out / path} would be changed (not ours: generate needs --force)" for path in self.conflicts]


def manifest_bytes(files: Files) -> bytes:
    """The manifest of `files`: the generator version and the sha256 of every file."""
    from importlib.metadata import version  # here: a run that finds its output current writes no manifest

    hashes = {rel: hashlib.sha256(content).hexdigest() for rel, content in sorted(files.items())}
    return (json.dumps({"generator": f"sdkgen {version('sdkgen')}", "files": hashes}, indent=1) + "\n").encode()


def read_manifest(out: Path) -> dict[str, str]:
    """The files the manifest in `out` lists, with their sha256 ({} when there is none)."""
    path = out / MANIFEST
    try:
        document = json.loads(path.read_bytes())
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except (OSError, ValueError) as exc:
        raise _error(path, f"not a readable sdkgen manifest ({exc}); delete it to start afresh") from exc
    files = document.get("files") if isinstance(document, dict) else None
    if not isinstance(files, dict) or not all(_safe(rel) and isinstance(digest, str) for rel, digest in files.items()):
        raise _error(path, "not an sdkgen manifest; delete it to start afresh")
    return files


def compare(files: Files, out: Path) -> Changes:
    """What writing `files` into `out` would change; writes nothing."""
    changes = _plan({**files, MANIFEST: manifest_bytes(files)}, out)
    changes.interrupted = (out / STAGING / JOURNAL).exists()
    return changes


def write_tree(files: Files, out: Path, force: bool = False) -> Changes:
    """Write `files` (and the manifest) into `out`; conflicts are errors unless `force`."""
    interrupted = recover(out)
    wanted = {**files, MANIFEST: manifest_bytes(files)}
    changes = _plan(wanted, out)
    changes.interrupted = interrupted
    if changes.conflicts and not force:
        raise SpecError([_conflict(out / rel) for rel in changes.conflicts])
    if changes.any:
        _commit(out, {rel: wanted[rel] for rel in (*changes.added, *changes.changed, *changes.conflicts)}, changes.removed)
    return changes


def recover(out: Path) -> bool:
    """Clean up after a run that was killed: roll back its commit (True) or drop its staged files."""
    staging = out / STAGING
    if not staging.is_dir():
        return False
    with _writing(out):
        if (staging / JOURNAL).exists():
            _rollback(out)
            return True
        shutil.rmtree(staging)
    return False


def _plan(wanted: Files, out: Path) -> Changes:
    """Sort each wanted file (added, changed, unchanged, conflict); find removals and foreign files."""
    previous = read_manifest(out)
    changes = Changes()
    for rel, content in sorted(wanted.items()):
        current = _read(out / rel)
        if current is None:
            changes.added.append(rel)
        elif current == content:
            changes.unchanged += 1  # a file of someone else's that we would write identically becomes ours
        elif rel in previous or rel == MANIFEST:
            changes.changed.append(rel)
        else:
            changes.conflicts.append(rel)
    changes.removed = sorted(rel for rel in previous if rel not in wanted and (out / rel).is_file())
    changes.foreign = foreign_files(out, set(wanted) | set(changes.removed))
    return changes


def _commit(out: Path, writes: Files, removes: list[str]) -> None:
    """Stage `writes`, journal the plan, then move files into place (the manifest last)."""
    staging = out / STAGING
    order = sorted(writes, key=lambda rel: rel == MANIFEST)
    replaced = {rel for rel in order if os.path.lexists(out / rel)}
    journal = {"add": [rel for rel in order if rel not in replaced], "replace": sorted(replaced), "remove": removes}
    try:
        with _writing(out):
            for rel in order:
                _put(staging / "new" / rel, writes[rel])
            _put(staging / "journal.tmp", json.dumps(journal).encode())
            os.replace(staging / "journal.tmp", staging / JOURNAL)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        for done, rel in enumerate(removes, 1):
            _move(out / rel, staging / "old" / rel)
            _pause_for_tests(done)
        for done, rel in enumerate(order, len(removes) + 1):
            _install(out / rel, staging, rel, rel in replaced)
            _pause_for_tests(done)
    except BaseException:
        with _writing(out):
            _rollback(out)
        raise
    (staging / JOURNAL).unlink()
    shutil.rmtree(staging)
    _prune(out, removes)


def _rollback(out: Path) -> None:
    """Undo a commit that stopped part-way, as its journal says; safe to repeat if interrupted."""
    staging = out / STAGING
    journal = json.loads((staging / JOURNAL).read_bytes())
    for rel in journal["add"]:
        if not (staging / "new" / rel).exists():  # it was moved into place
            (out / rel).unlink(missing_ok=True)
    for rel in journal["replace"] + journal["remove"]:
        if (staging / "old" / rel).exists():
            os.replace(staging / "old" / rel, out / rel)
    _prune(out, journal["add"])
    (staging / JOURNAL).unlink()
    shutil.rmtree(staging)


def _install(target: Path, staging: Path, rel: str, replace: bool) -> None:
    """Move the staged `rel` to `target`, first keeping the file it replaces."""
    with _writing(target):
        if replace:
            _backup(target, staging / "old" / rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / "new" / rel, target)


def _backup(path: Path, backup: Path) -> None:
    """Keep `path` as `backup`: a hard link (no copy; rollback restores the same inode)."""
    backup.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(path, backup)
    except OSError:  # a file system without hard links
        shutil.copy2(path, backup)


def _move(path: Path, backup: Path) -> None:
    """Move a file being removed into the backups (rollback moves it back)."""
    with _writing(path):
        backup.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, backup)


def _put(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def _prune(out: Path, rels: Iterable[str]) -> None:
    """Remove the folders that removing `rels` left empty, up to (not including) `out`."""
    for rel in rels:
        for parent in PurePosixPath(rel).parents[:-1]:
            try:
                (out / parent).rmdir()
            except OSError:
                break


def _pause_for_tests(done: int) -> None:
    if os.environ.get(PAUSE_AFTER) == str(done):
        print(f"sdkgen: paused after {done} replaces", file=sys.stderr, flush=True)
        time.sleep(60)


def _read(path: Path) -> bytes | None:
    """The bytes of the file at `path`; None when there is none."""
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None
    except OSError as exc:
        raise _error(path, f"cannot read: {exc.strerror}") from exc


def foreign_files(out: Path, ours: set[str]) -> list[str]:
    """Files below the folders sdkgen writes into that are not ours (build artefacts aside)."""
    found: list[str] = []
    for top in sorted({rel.split("/")[0] for rel in ours if "/" in rel}):
        for root, folders, names in os.walk(out / top):
            folders[:] = [name for name in folders if name not in ARTEFACTS and not name.endswith(".egg-info")]
            found += [rel for name in names if (rel := (Path(root) / name).relative_to(out).as_posix()) not in ours]
    return sorted(found)


def _safe(rel: object) -> bool:
    """A manifest path: relative, normalised, inside the output and not our own bookkeeping."""
    if not isinstance(rel, str) or not rel:
        return False
    path = PurePosixPath(rel)
    return path.as_posix() == rel and not path.is_absolute() and ".." not in path.parts and path.parts[0] not in (MANIFEST, STAGING)


@contextmanager
def _writing(location: Path) -> Iterator[None]:
    """Turn an OSError into a located error: `out: cannot write: Permission denied`."""
    try:
        yield
    except OSError as exc:
        reason = "a file is in the way" if exc.errno in (errno.EEXIST, errno.ENOTDIR) else exc.strerror or str(exc)
        raise _error(location, f"cannot write: {reason}") from exc


def _conflict(path: Path) -> Diagnostic:
    return Diagnostic(str(path), None, "exists and sdkgen did not write it; move it away, or pass --force to overwrite it")


def _error(path: Path, message: str) -> SpecError:
    return SpecError([Diagnostic(str(path), None, message)])
