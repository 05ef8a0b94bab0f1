"""Keywords read as JSON Schema reads them: a bound that does not apply to a value's type checks
nothing (and never crashes the SDK), and OpenAPI 3.0's boolean `exclusiveMinimum` in a 3.1
document is followed with one located warning (an error under --strict)."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.support.small_sdk import imported, mock_http, write_sdk


def spec(schemas: dict[str, Any], parameters: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    item = {"get": {"operationId": "getCard", "parameters": parameters or [], "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Card"}}}}}}}
    return {"openapi": "3.1.0", "info": {"title": "Cards", "version": "1"}, "paths": {"/card": item}, "components": {"schemas": schemas}}


CARD = {
    "type": "object",
    "properties": {
        "cvc": {"type": "integer", "minLength": 3, "maxLength": 4},  # lengths say nothing of integers
        "days": {"oneOf": [{"type": "string", "enum": ["none"]}, {"type": "string", "pattern": "^[1-9][0-9]*$", "minimum": 1}]},
        "tags": {"type": "array", "items": {"type": "string"}, "maxLength": 1, "minItems": 1},
    },
}


def test_bounds_of_another_type_check_nothing_and_the_ones_that_apply_still_do(tmp_path: Path) -> None:
    root = write_sdk(spec({"Card": CARD}), tmp_path, package="cards")
    answers = [{"cvc": 123, "days": "365", "tags": ["a", "b"]}, {"cvc": 123, "days": "365", "tags": []}]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answers.pop(0))

    with imported(root, "cards") as cards:
        client = cards.Cards(base_url="https://api.test", http_client=mock_http(handler), strict_response_validation=True)
        card = client.default.get_card()
        assert (card.cvc, card.days, card.tags) == (123, "365", ["a", "b"])
        with pytest.raises(cards.APIResponseValidationError, match="tags"):
            client.default.get_card()  # minItems applies to an array


def run(folder: Path, *args: str) -> tuple[int, list[str]]:
    with contextlib.chdir(folder):
        result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output.splitlines()


LEGACY = [{"name": "count", "in": "query", "schema": {"type": "integer", "minimum": 1, "exclusiveMinimum": True, "maximum": 9, "exclusiveMaximum": False}}]


def test_a_boolean_exclusive_bound_in_31_is_read_as_30_reads_it_with_one_warning_each(tmp_path: Path) -> None:
    (tmp_path / "cards.json").write_text(json.dumps(spec({"Card": CARD}, LEGACY)), encoding="utf-8")
    code, lines = run(tmp_path, "validate", "cards.json", "-v")
    warnings = [line for line in lines if "warning:" in line]
    assert code == 0 and len(warnings) == 2, lines
    assert "#/paths/~1card/get/parameters/0/schema/exclusiveMaximum" in warnings[0] and "`maximum` is read as inclusive" in warnings[0]
    assert "/schema/exclusiveMinimum" in warnings[1] and "`minimum` is read as exclusive" in warnings[1]
    assert run(tmp_path, "validate", "cards.json", "--strict")[0] == 2
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    root = write_sdk(tmp_path / "cards.json", tmp_path / "sdk", package="cards")
    with imported(root, "cards") as cards:
        client = cards.Cards(base_url="https://api.test", http_client=mock_http(handler))
        with pytest.raises(cards.RequestValidationError):
            client.default.get_card(count=1)  # exclusive
        client.default.get_card(count=9)  # inclusive
    assert [str(r.url) for r in sent] == ["https://api.test/card?count=9"]


def test_a_false_schema_is_a_property_that_never_appears_or_one_located_warning(tmp_path: Path) -> None:
    card = {"type": "object", "properties": {"name": {"type": "string"}, "legacy": False, "tags": {"type": "array", "items": False}}}
    (tmp_path / "cards.json").write_text(json.dumps(spec({"Card": card})), encoding="utf-8")
    code, lines = run(tmp_path, "validate", "cards.json", "-v")
    warnings = [line for line in lines if "warning:" in line]
    assert code == 0 and len(warnings) == 1 and "#/components/schemas/Card/properties/tags/items" in warnings[0], lines
    root = write_sdk(tmp_path / "cards.json", tmp_path / "sdk", package="cards")
    with imported(root, "cards") as cards:
        assert set(cards.Card.model_fields) == {"name", "tags"}
