"""Files as they were at a git revision, extracted into a folder: the OLD side of `git:REV`."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from generator.diagnostics import Diagnostic, SpecError


def _git(cwd: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise SpecError([Diagnostic("git", None, "git is not installed; a git:REV side needs it")]) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SpecError([Diagnostic(f"git:{args[-1] if args else ''}", None, message[-1] if message else "git failed")])
    return done.stdout


class GitRevision:
    """One revision of the repository that holds `near` (a file or folder in the working tree)."""

    def __init__(self, revision: str, near: Path):
        folder = near if near.is_dir() else near.parent
        if not folder.is_dir():
            raise SpecError([Diagnostic(str(near), None, "not found, so git:REV cannot tell which repository to read")])
        self.revision = revision
        self.root = Path(_git(folder.resolve(), "rev-parse", "--show-toplevel").decode().strip())
        try:
            self.commit = _git(self.root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").decode().strip()
        except SpecError:
            raise SpecError([Diagnostic(f"git:{revision}", None, "unknown revision (no such branch, tag or commit)")]) from None

    def relative(self, path: Path) -> str:
        """`path` as a POSIX path inside the repository."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            raise SpecError([Diagnostic(str(path), None, f"is outside the git repository {self.root}")]) from None

    def extract(self, folders: list[str], into: Path) -> None:
        """Every file below `folders` (repository paths) at this revision, written below `into`."""
        listed = _git(self.root, "ls-tree", "-r", "--name-only", "-z", self.commit, "--", *folders)
        if not listed.strip(b"\0"):
            shown = ", ".join(folders)
            raise SpecError([Diagnostic(f"git:{self.revision}", None, f"has no files in {shown}")])
        archive = _git(self.root, "archive", "--format=tar", self.commit, "--", *folders)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(into, filter="data")  # refuses links out of `into` and absolute names
