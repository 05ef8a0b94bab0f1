"""Python annotations as values: rendering, imports and transformations of the expression tree,
and the SDK code they produce for the constructs that once needed regexes over source text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.config import config_for_specs
from generator.diagnostics import Reporter
from generator.pipeline import load_api
from generator.python.annotations import (
    ANNOTATED,
    ANY,
    DICT,
    LIST,
    NONE,
    STR,
    Call,
    LiteralOf,
    Name,
    Quoted,
    Subscript,
    UnionOf,
    Value,
    imports_of,
    model,
    runtime,
)  # fmt: skip
from generator.python.format import Formatter
from generator.python.render import render_sdk

BIN = Path(sys.executable).parent
DATETIME = Name("datetime", "datetime")


def test_union_flattens_dedupes_and_puts_none_last() -> None:
    inner = UnionOf.of(model("A"), NONE)
    union = UnionOf.of(inner, STR, model("A"), Subscript(LIST, (model("B"),)))
    assert union.render() == "A | str | list[B] | None"
    assert union.is_nullable and not UnionOf.of(STR, model("A")).is_nullable
    assert UnionOf.of(model("A")) == model("A") and UnionOf.of() == NONE


def test_or_none_adds_none_once() -> None:
    assert STR.or_none().render() == "str | None"
    assert STR.or_none().or_none().render() == "str | None"
    assert ANY.or_none() == ANY and NONE.or_none() == NONE


def test_nested_rendering_of_every_node() -> None:
    tagged = Subscript(ANNOTATED, (model("Cat"), Call(Name("Tag", "pydantic"), (Value("cat"),))))
    expression = Subscript(DICT, (STR, UnionOf.of(tagged, LiteralOf(("a", 1)), Quoted(model("Tree")))))
    assert expression.render() == "dict[str, Annotated[Cat, Tag('cat')] | Literal['a', 1] | \"Tree\"]"
    assert str(expression) == expression.render()


def test_imports_follow_the_importing_module() -> None:
    expression = UnionOf.of(model("Device"), runtime("_types.Duration"), DATETIME, LiteralOf(("x",)), ANY)
    assert imports_of([expression], importer="models") == {
        "from ._types import Duration", "from datetime import datetime", "from typing import Literal", "from typing import Any",
    }  # fmt: skip
    assert imports_of([expression], importer="resources.devices") >= {"from ..models import Device", "from .._types import Duration"}


def test_replace_names_qualifies_builtins_and_quotes_without_touching_strings() -> None:
    expression = Subscript(LIST, (Subscript(ANNOTATED, (model("list"), Call(Name("Tag", "pydantic"), (Value("list"),)))),))
    qualified = expression.replace_names(lambda n: Name(n.id, "builtins", qualified=True) if n.is_builtin and n.id == "list" else None)
    assert qualified.render() == "builtins.list[Annotated[list, Tag('list')]]"
    assert "import builtins" in imports_of([qualified], importer="resources.x")
    quoted = expression.replace_names(lambda n: Quoted(n) if n == model("list") else None)
    assert quoted.render() == "list[Annotated[\"list\", Tag('list')]]"


SPEC = """{
  "openapi": "3.1.0", "info": {"title": "Shelf", "version": "1"}, "servers": [{"url": "https://shelf.example"}],
  "paths": {"/items": {"get": {"operationId": "list", "tags": ["items"],
    "parameters": [{"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}],
    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
      "type": "array", "items": {"$ref": "#/components/schemas/Item"}}}}}}}}},
  "components": {"schemas": {
    "Item": {"type": "object", "properties": {"tree": {"$ref": "#/components/schemas/Tree"}, "label": {"$ref": "#/components/schemas/Label"}}},
    "Tree": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"$ref": "#/components/schemas/Forest"}}]},
    "Forest": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
    "Label": {"oneOf": [{"type": "string"}, {"type": "string", "pattern": "^[a-z]+$"}]}
  }}
}"""


def test_generated_sdk_with_recursive_aliases_and_a_method_named_list(tmp_path: Path) -> None:
    """Recursive aliases quoted, `list` qualified where a method hides it: the SDK imports,
    parses a nested tree and passes mypy --strict."""
    spec = tmp_path / "shelf.json"
    spec.write_text(SPEC)
    config = config_for_specs([spec])
    out = tmp_path / "out"
    formatter = Formatter()
    for relative, text in render_sdk(load_api(config, Reporter()), config).items():
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        (out / relative).write_text(formatter.format(relative, text), encoding="utf-8")
    package = config.package
    usage = (
        f"from {package} import Item\n"
        "item = Item.model_validate({'tree': [['oak', [['elm']]]], 'label': 'Anything'})\n"
        "assert item.tree == [['oak', [['elm']]]], item.tree\n"
        "assert item.label == 'Anything'\n"
        f"from {package}.resources.items import ItemsResource\n"
        "assert ItemsResource.list.__annotations__['return'] == 'builtins.list[Item]'\n"
    )
    run = subprocess.run([sys.executable, "-c", usage], cwd=out, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    mypy = subprocess.run([BIN / "mypy", "--strict", "--cache-dir", tmp_path / ".mypy", package], cwd=out, capture_output=True, text=True)
    assert mypy.returncode == 0, mypy.stdout
