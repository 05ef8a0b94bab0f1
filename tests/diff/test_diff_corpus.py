"""`sdkgen diff` on the public corpus: a document against itself changes nothing, and dropping a
path is seen as its operations removed (and nothing else breaking)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from generator import ir
from generator.config import config_for_specs
from generator.diagnostics import Reporter
from generator.diff.surface import diff_apis
from generator.pipeline import load_api
from tests.support.corpus import DOCUMENTS, corpus_params

SMALL = [param for param in corpus_params() if not param.marks]  # the quick ones

pytestmark = pytest.mark.skipif(not DOCUMENTS, reason="../shared/corpus is not beside the project")


@cache
def _loaded(document: Path) -> ir.Api:
    return load_api(config_for_specs([document]), Reporter())


@pytest.mark.parametrize("document", corpus_params())
def test_a_document_against_itself_changes_nothing(document: Path) -> None:
    assert diff_apis(_loaded(document), _loaded(document)) == []


@pytest.mark.parametrize("document", SMALL)
def test_dropping_a_path_removes_its_operations(document: Path, tmp_path: Path) -> None:
    data = yaml.safe_load(document.read_text(encoding="utf-8"))  # JSON is YAML
    path, item = next(iter(data["paths"].items()))
    methods = [m for m in item if m in ("get", "put", "post", "delete", "patch", "head", "options", "trace")]
    del data["paths"][path]
    bumped = tmp_path / document.name
    bumped.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    changes = diff_apis(_loaded(document), load_api(config_for_specs([bumped]), Reporter()))
    removed = [c for c in changes if c.kind == "operation-removed"]
    assert len(removed) == len(methods) and all(f"{path})" in c.message for c in removed)
    assert [c.kind for c in changes if c.breaking and c.kind not in ("operation-removed", "model-removed")] == []
