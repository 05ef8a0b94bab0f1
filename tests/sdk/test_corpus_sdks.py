"""The generator is general: every public document of the corpus (../shared/corpus and
`SDKGEN_CORPUS`) goes through `sdkgen generate` (exit 0, every warning located), gives an SDK
whose every module imports, that passes `mypy --strict` and `ruff check`, has one method per
operation of the document, and whose models accept the document's own valid examples."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.corpus import DOCUMENTS, corpus_params
from tests.support.corpus_check import PACKAGE, check_document

BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache per test process: the runtime modules are checked once, not per document."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.skipif(not DOCUMENTS, reason="no corpus: ../shared/corpus is not beside the project and SDKGEN_CORPUS is unset")
@pytest.mark.parametrize("document", corpus_params())
def test_corpus_document_gives_a_clean_sdk(document: Path, tmp_path: Path, mypy_cache: Path) -> None:
    result = check_document(document, tmp_path, mypy_cache)
    assert not result.problems, "\n".join(result.problems)
    assert result.operations == result.methods > 0 or not result.operations
    ruff = subprocess.run([BIN / "ruff", "check", "--no-cache", PACKAGE], cwd=tmp_path / "out" / "python", capture_output=True, text=True)
    assert ruff.returncode == 0, ruff.stdout[-3000:]
