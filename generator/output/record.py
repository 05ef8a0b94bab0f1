"""The run record: what the last `generate` into an output folder was made from.

With it, a run whose inputs did not change is recognised without loading, rendering, formatting
or writing anything. A record sits in the cache folder, one per output folder, and holds:

- `key`: the sha256 of the generator's own files (code, templates, schemas), the installed
  packages, the Python version, the working directory (messages name files relative to it) and
  the options that shape the output;
- `inputs`: the sha256 of every file the run read (config, documents, files they `$ref`,
  changelog), or null for one that was absent;
- `manifest`: the sha256 of the manifest it left in the output folder;
- `diagnostics`: what it reported, to report the same again.

A later run with the same key and inputs, whose output folder still holds exactly the files its
manifest lists (by hash) and no interrupted commit, is up to date. Hashes an input is recorded
with are taken before the run reads it (or of the very bytes it parsed), so a file edited during a
run makes the next run regenerate rather than skip. A record that is missing, unreadable or
unwritable only costs time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

import sdkgen_templates

import generator
from generator.diagnostics import Diagnostic, SpecError
from generator.output.write import MANIFEST, STAGING, Changes, foreign_files, read_manifest

Inputs = dict[str, str | None]  # absolute path -> sha256 of its bytes, None when absent


def digest_file(path: Path) -> str | None:
    """The sha256 of the file's bytes; None when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _tree_digest(root: Path, into: "hashlib._Hash") -> None:
    """Add the relative path and bytes of every file below `root` to `into`."""
    for folder, folders, names in os.walk(root):
        folders[:] = sorted(name for name in folders if name != "__pycache__")
        for name in sorted(names):
            path = Path(folder, name)
            into.update(f"{path.relative_to(root).as_posix()}\0".encode())
            into.update(path.read_bytes())


def generator_digest() -> str:
    """The generator as it is installed: its files, its templates, every installed package's
    version (the names of the `.dist-info` folders) and the Python version."""
    digest = hashlib.sha256(sys.version.encode())
    _tree_digest(Path(generator.__file__).parent, digest)
    _tree_digest(Path(next(iter(sdkgen_templates.__path__))), digest)  # the folder the renderers read
    for entry in sorted({entry for entry in sys.path if entry.endswith("site-packages") and os.path.isdir(entry)}):
        digest.update("\0".join(sorted(name for name in os.listdir(entry) if name.endswith(".dist-info"))).encode())
    return digest.hexdigest()


class RunRecord:
    """The record of the runs into `out` with one set of options (see the module docstring)."""

    def __init__(self, cache_dir: Path, out: Path, options: dict[str, object]):
        location = str(out.resolve())
        self.out = out
        self.path = cache_dir / "runs" / f"{hashlib.sha256(location.encode()).hexdigest()[:32]}.json"
        identity = {"generator": generator_digest(), "cwd": os.getcwd(), "out": location, "options": options}
        self.key = hashlib.sha256(json.dumps(identity, sort_keys=True, default=str).encode()).hexdigest()
        self.inputs: Inputs = {}

    def note(self, path: Path, digest: str | None = None) -> None:
        """Record an input file; hash it now unless the caller has the digest of what it read."""
        self.inputs[str(path.resolve())] = digest if digest is not None else digest_file(path)

    def up_to_date(self) -> tuple[Changes, list[Diagnostic]] | None:
        """What the last run reported, when nothing it was made from has changed; else None."""
        try:
            saved = json.loads(self.path.read_bytes())
            if saved["key"] != self.key or (self.out / STAGING).exists():
                return None
            if any(digest_file(Path(path)) != digest for path, digest in saved["inputs"].items()):
                return None
            if digest_file(self.out / MANIFEST) != saved["manifest"]:
                return None
            files = read_manifest(self.out)
            if any(digest_file(self.out / rel) != digest for rel, digest in files.items()):
                return None
            diagnostics = [Diagnostic(**fields) for fields in saved["diagnostics"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError, SpecError):
            return None  # the full run reports a manifest that cannot be read
        return Changes(unchanged=len(files) + 1, foreign=foreign_files(self.out, {*files, MANIFEST})), diagnostics

    def save(self, diagnostics: list[Diagnostic]) -> None:
        """Record the run that just left the output up to date."""
        record = {
            "key": self.key,
            "inputs": self.inputs,
            "manifest": digest_file(self.out / MANIFEST),
            "diagnostics": [asdict(diagnostic) for diagnostic in diagnostics],
        }
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(record, indent=1), encoding="utf-8")
            temporary.replace(self.path)
        except OSError:
            pass  # no record this time: the next run is a full one
