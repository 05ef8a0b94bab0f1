"""The public documents the corpus tests run on, as test parameters: ../shared/corpus beside the
project, ReadMe's construct-by-construct examples (the npm package `@readme/oas-examples`, OAS
3.0 and 3.1: uploads, form data, parameter styles, security, callbacks, webhooks, polymorphism),
plus every document in the folders (or files) that `SDKGEN_CORPUS` names, separated by
`os.pathsep` (`SDKGEN_CORPUS=~/specs make test`). Documents over 60 KB and the ReadMe examples
are marked `slow` (`make test-slow` runs them; CI runs both)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
README_EXAMPLES = REPO / "node_modules" / "@readme" / "oas-examples"
SUFFIXES = (".json", ".yaml", ".yml")
LARGE_BYTES = 60_000


def documents(places: list[str] | None = None) -> list[Path]:
    """The documents in `places` (files, or folders whose top-level spec files count), by
    default ../shared/corpus and `SDKGEN_CORPUS`."""
    if not places:
        places = [str(CORPUS), *filter(None, os.environ.get("SDKGEN_CORPUS", "").split(os.pathsep))]
        places += [str(README_EXAMPLES / version / "json") for version in ("3.0", "3.1")]
    found: list[Path] = []
    for place in map(Path, places):
        if place.is_dir():
            found += sorted(p for p in place.expanduser().glob("*") if p.suffix in SUFFIXES)
        elif place.suffix in SUFFIXES and place.is_file():
            found.append(place)
    return found


DOCUMENTS = documents()


def _is_slow(document: Path) -> bool:
    return document.stat().st_size > LARGE_BYTES or README_EXAMPLES in document.parents


def label(document: Path) -> str:
    """`box-openapi.json`; `oas-examples/3.1/petstore.json` for a ReadMe example."""
    return f"oas-examples/{document.parent.parent.name}/{document.name}" if README_EXAMPLES in document.parents else document.name


def corpus_params() -> list[Any]:
    """Each corpus document as a `pytest.param`, the slow ones marked."""
    return [pytest.param(p, id=label(p), marks=[pytest.mark.slow] if _is_slow(p) else []) for p in DOCUMENTS]
