"""A discriminator whose property is not a Python identifier (`x-kind-name`), a keyword, a
pydantic attribute or text meant to inject code still gives an SDK that imports, type-checks and
tells the variants apart, the unknown one included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.small_sdk import imported, mock_http, write_sdk

BIN = Path(sys.executable).parent


def tagged(prop: str) -> dict[str, Any]:
    """Cats and dogs told apart by `prop`, which no variant declares as a property."""
    variant = {"type": "object", "properties": {"name": {"type": "string"}}}
    union = {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
             "discriminator": {"propertyName": prop, "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"}}}  # fmt: skip
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {"/pet": {"get": {"operationId": "getPet", "responses": ok}}},
        "components": {"schemas": {"Cat": variant, "Dog": variant, "Pet": union}},
    }


@pytest.mark.parametrize("prop", ["x-kind-name", "class", "model_config", 'kind: int = 1\nimport os  # "'])
def test_a_discriminator_property_of_any_name_works(prop: str, tmp_path: Path) -> None:
    root = write_sdk(tagged(prop), tmp_path, package="pets")
    answers = [{prop: "dog", "name": "Rex"}, {prop: "bird", "name": "Tweety"}]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answers.pop(0))

    with imported(root, "pets") as pets:
        client = pets.Pets(base_url="https://api.test", http_client=mock_http(handler))
        assert isinstance(client.default.get_pet(), pets.Dog)
        unknown = client.default.get_pet()
        assert isinstance(unknown, pets.UnknownPet) and unknown.model_dump(by_alias=True)[prop] == "bird"
    mypy = subprocess.run([BIN / "mypy", "--strict", "--cache-dir", tmp_path / ".mypy", "pets"], cwd=root, capture_output=True, text=True)
    assert mypy.returncode == 0, mypy.stdout
