"""Every public document in ../shared/corpus validates and turns into an IR."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.support.corpus import DOCUMENTS, corpus_params


@pytest.mark.skipif(not DOCUMENTS, reason="../shared/corpus is not beside the project")
@pytest.mark.parametrize("document", corpus_params())
def test_corpus_document_validates_and_builds(document: Path) -> None:
    runner = CliRunner()
    validated = runner.invoke(main, ["validate", str(document)])
    assert validated.exit_code == 0, validated.output
    built = runner.invoke(main, ["ir", str(document)])
    assert built.exit_code == 0
    api = json.loads(built.stdout)
    operations = [op for resource in api["resources"] for op in resource["operations"]]
    assert operations or api["webhooks"], "every corpus document has operations or webhooks"
    names = [op["py_name"] for resource in api["resources"] for op in resource["operations"]]
    assert all(name.isidentifier() for name in names)
    for resource in api["resources"]:
        method_names = [op["py_name"] for op in resource["operations"]]
        assert len(method_names) == len(set(method_names)), f"duplicate method names in {resource['name']}"
    class_names = [t["py_name"] for t in api["types"]]
    assert len(class_names) == len(set(class_names)) and all(n.isidentifier() for n in class_names)
