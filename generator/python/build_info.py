"""What an SDK was built from: per document its file name, title, `info.version` and content hash."""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator import ir
from generator.config import Config
from generator.spec.load import display_name


def built_from(api: ir.Api, config: Config) -> list[dict[str, str]]:
    """One entry per document, in config order; the hash is the SHA-256 of the file's bytes."""
    paths = {display_name(entry.path): entry.path for entry in config.documents}
    entries = []
    for document in api.documents:
        path = paths.get(document.file)
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path is not None and path.is_file() else ""
        entries.append({"file": Path(document.file).name, "title": document.title, "version": document.version, "sha256": digest})
    return entries
