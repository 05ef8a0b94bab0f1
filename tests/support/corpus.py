"""The public corpus beside the project (../shared/corpus), as test parameters: documents over
60 KB (box, phoenix, opc-baseline) are marked `slow` (`make test-slow` runs them; CI runs both)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
DOCUMENTS = sorted(p for p in CORPUS.glob("*") if p.suffix in (".json", ".yaml", ".yml"))
LARGE_BYTES = 60_000


def corpus_params() -> list[Any]:
    """Each corpus document as a `pytest.param`, the large ones marked slow."""
    return [pytest.param(p, id=p.name, marks=[pytest.mark.slow] if p.stat().st_size > LARGE_BYTES else []) for p in DOCUMENTS]
