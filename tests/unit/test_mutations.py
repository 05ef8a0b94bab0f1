"""Mutation test: real documents broken a few hundred seeded ways never crash sdkgen.

Every `sdkgen validate` ends in exit 0 or 2 with one located message per line
(`FILE#/pointer (line N): message`); a `sdkgen generate` that fails leaves OUT byte-identical.
Cases are counted, not timed, so a run is deterministic; a failure names its `Mutator(document
name, index)`, which rebuilds the same case.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = "sdkgen-mutations-1"
SPECS = sorted((ROOT / "specs").glob("*.json"))
# (document, validate cases): many for the small seed specs, a few for the large corpus documents.
VALIDATE_PLAN = [(path, 36) for path in SPECS] + [
    (CORPUS / "oai-v3.0-petstore-expanded.yaml", 30),
    (CORPUS / "redocly-museum.openapi.yaml", 24),
    (CORPUS / "train-travel-api.openapi.yaml", 16),
    (CORPUS / "opc-baseline_openapi_3.1.yaml", 6),
    (CORPUS / "box-openapi.json", 3),
]
MAX_VALID_RENDERS = 2  # per document of GENERATE_PLAN
GENERATE_PLAN = [(ROOT / "specs" / "projects.json", 12), (CORPUS / "oai-v3.0-petstore-expanded.yaml", 12)]
MISSING = [str(path) for path, _ in VALIDATE_PLAN if not path.exists()]

ODD_NAMES = [
    "class", "def", "None", "True", "self", "async", "__class__", "__init__", "model_config", "_", "", " ",
    "1st", "x-y", "a.b", "a/b~c", "日本語", "💥", "naïve", "a'b", 'a"b', "a\nb", "tab\there", "back\\slash",
    "{id}", "$ref", "#", "%2F", "a" * 300,
]  # fmt: skip
NAME_MAPS = ("properties", "schemas", "paths", "responses", "parameters", "headers")
KEYWORDS = [
    "paths", "components", "schemas", "properties", "items", "allOf", "oneOf", "anyOf", "parameters",
    "responses", "content", "schema", "type", "required", "enum", "discriminator", "mapping", "$ref",
    "additionalProperties", "requestBody", "in", "name", "operationId", "format", "nullable", "default",
    "example", "examples", "tags", "servers", "security", "style", "explode", "headers", "title",
]  # fmt: skip
ESCAPING_REFS = [
    "/etc/passwd", "file:///etc/hostname#/x", "../outside.json#/Pet", "sub/../../outside.json#/Pet",
    "http://example.com/pet.json#/Pet", "https://127.0.0.1:1/x.json", "%2Fetc%2Fhostname", "link.json#/Pet",
    "sub", "sub/common.json#/Pet", "sub/../sub/common.json#/Pet", "sub/missing.json#/Pet", "mailto:x@y",
]  # fmt: skip
DANGLING_REFS = ["#/components/schemas/Nope", "#/nope/~1x", "#", "", "#/paths", "#/components/schemas/~2", "#/info/title/0", "#/components/schemas/%7B", 5, None]
BROKEN_SCHEMAS = [
    {"properties": [1]}, {"type": {"a": 1}}, {"allOf": "x"}, {"items": 5}, {"enum": 3}, {"required": "name"},
    {"oneOf": [5]}, {"discriminator": 5}, [], "str", None, {"$ref": "#/Pet"}, {"$ref": "../../outside.json"},
    {"type": "object", "properties": {"class": {"type": "string"}, "": {"type": "integer"}}},
    {"allOf": [{"$ref": "#/Pet"}, {"type": "object"}]}, {"type": ["string", 5]}, {"default": {"x": []}, "type": [[]]},
]  # fmt: skip
FOREIGN_KEYWORDS = ["const", "examples", "prefixItems", "patternProperties", "$defs", "dependentSchemas", "if", "then", "contains",
                    "unevaluatedProperties", "propertyNames", "contentMediaType", "$anchor", "$id", "$schema", "x-nullable", "nullable"]  # fmt: skip
SWAP_VALUES: list[Any] = [{}, [], "text", None, 0, -1, 3.5, True, {"a": 1}, [1, "x"]]


def _positions(node: Any) -> Iterator[tuple[Any, Any]]:
    """Every (container, key or index) in the tree, parents before children."""
    stack = [node]
    while stack:
        current = stack.pop()
        items = current.items() if isinstance(current, dict) else enumerate(current) if isinstance(current, list) else ()
        for key, value in items:
            yield current, key
            stack.append(value)


class Mutator:
    """Breaks a copy of one document a few ways, chosen by a generator seeded with (source, index)."""

    def __init__(self, document: Any, source: str, index: int):
        self.rng = random.Random(f"{SEED}/{source}/{index}")
        self.doc = json.loads(json.dumps(document))
        self.positions = list(_positions(self.doc))
        self.external: Any = {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}
        self.done: list[str] = []

    def mutate(self) -> Any:
        """Apply one to three breakages: half the cases only ones the official schema lets through,
        so that the semantic checks and the IR builders see them too."""
        lenient = [(self.odd_name, 4), (self.huge_string, 2), (self.loop_refs, 2), (self.escaping_ref, 2), (self.dangle_ref, 1),
                   (self.broken_external, 3), (self.foreign_keyword, 2)]  # fmt: skip
        structural = [(self.drop_key, 3), (self.swap_type, 3), (self.duplicate_operation_id, 1), (self.other_version, 1)]
        operations, weights = zip(*(lenient if self.rng.random() < 0.5 else lenient + structural))
        for _ in range(self.rng.randint(1, 3)):
            self.done.append(self.rng.choices(operations, weights)[0]())
            self.positions = list(_positions(self.doc))
        return self.doc

    def _position(self, containers: type | tuple[type, ...] = (dict, list)) -> tuple[Any, Any] | None:
        """A random place; half the time one under an OpenAPI keyword, so structure gets hit."""
        places = [(c, k) for c, k in self.positions if isinstance(c, containers)]
        keyed = [(c, k) for c, k in places if k in KEYWORDS]
        pool = keyed if keyed and self.rng.random() < 0.5 else places
        return self.rng.choice(pool) if pool else None

    def _a_dict(self) -> dict[str, Any]:
        dicts = [c[k] for c, k in self.positions if isinstance(c[k], dict)]
        return self.rng.choice(dicts) if dicts else self.doc

    def drop_key(self) -> str:
        place = self._position(dict)
        if place is None:
            return "drop: nothing"
        container, key = place
        del container[key]
        return f"drop {key!r}"

    def swap_type(self) -> str:
        place = self._position()
        if place is None:
            return "swap: nothing"
        container, key = place
        choices = [v for v in SWAP_VALUES if type(v) is not type(container[key])]
        container[key] = json.loads(json.dumps(self.rng.choice(choices)))
        return f"swap {key!r} -> {container[key]!r}"

    def dangle_ref(self) -> str:
        ref = self.rng.choice(DANGLING_REFS)
        self._a_dict()["$ref"] = ref
        return f"dangling $ref {ref!r}"

    def _schemas(self) -> dict[str, Any]:
        components = self.doc.setdefault("components", {}) if isinstance(self.doc, dict) else {}
        schemas = components.setdefault("schemas", {}) if isinstance(components, dict) else {}
        return schemas if isinstance(schemas, dict) else {}

    def loop_refs(self) -> str:
        schemas = self._schemas()
        shape = self.rng.choice(["self", "pair", "allOf", "items"])
        loops = {
            "self": {"LoopA": {"$ref": "#/components/schemas/LoopA"}},
            "pair": {"LoopA": {"$ref": "#/components/schemas/LoopB"}, "LoopB": {"$ref": "#/components/schemas/LoopA"}},
            "allOf": {"LoopA": {"allOf": [{"$ref": "#/components/schemas/LoopA"}]}},
            "items": {"LoopA": {"type": "array", "items": {"$ref": "#/components/schemas/LoopA"}}},
        }
        schemas.update(loops[shape])
        self._a_dict()["$ref"] = "#/components/schemas/LoopA"
        return f"loop of refs ({shape})"

    def escaping_ref(self) -> str:
        ref = self.rng.choice(ESCAPING_REFS)
        self._a_dict()["$ref"] = ref
        return f"$ref {ref!r}"

    def odd_name(self) -> str:
        name = self.rng.choice(ODD_NAMES)
        maps = [(k, c[k]) for c, k in self.positions if k in NAME_MAPS and isinstance(c[k], dict) and c[k]]
        if maps and self.rng.random() < 0.7:
            kind, target = self.rng.choice(maps)
            old = self.rng.choice(sorted(target))
            new = "/" + name if kind == "paths" else name
            target[new] = target.pop(old)
            return f"rename {old!r} -> {new!r}"
        named = [c for c, k in self.positions if k in ("name", "operationId", "title") and isinstance(c, dict)]
        if not named:
            return "rename: nothing"
        holder = self.rng.choice(named)
        key = next(k for k in ("name", "operationId", "title") if k in holder)
        holder[key] = name
        return f"{key} -> {name!r}"

    def huge_string(self) -> str:
        text = self.rng.choice(["x" * 200_000, "é" * 50_000, "\n" * 2_000, "{" * 10_000])
        strings = [(c, k) for c, k in self.positions if isinstance(c[k], str)]
        if strings and self.rng.random() < 0.7:
            container, key = self.rng.choice(strings)
            container[key] = text
            return f"huge string at {str(key)[:20]!r}"
        self._a_dict()[text[:5_000]] = {"type": "string"}
        return "huge key"

    def broken_external(self) -> str:
        self.external = {"Pet": json.loads(json.dumps(self.rng.choice(BROKEN_SCHEMAS)))}
        self._a_dict()["$ref"] = "sub/common.json#/Pet"
        return f"$ref to a broken schema {self.external['Pet']!r} in another file"

    def foreign_keyword(self) -> str:
        """A JSON Schema keyword 3.0 does not know (so only warned about there), with a junk value."""
        schemas = [c[k] for c, k in self.positions if k in ("schema", "items") and isinstance(c[k], dict)] + list(self._schemas().values())
        keyword = self.rng.choice(FOREIGN_KEYWORDS)
        value = json.loads(json.dumps(self.rng.choice(SWAP_VALUES + BROKEN_SCHEMAS)))
        target = self.rng.choice([s for s in schemas if isinstance(s, dict)] or [self._a_dict()])
        target[keyword] = value
        return f"{keyword}: {value!r}"

    def duplicate_operation_id(self) -> str:
        holders = [c for c, k in self.positions if k == "operationId" and isinstance(c, dict)]
        if len(holders) < 2:
            return "duplicate operationId: too few"
        first, second = self.rng.sample(holders, 2)
        second["operationId"] = first["operationId"]
        return "duplicate operationId"

    def other_version(self) -> str:
        if not isinstance(self.doc, dict):
            return "version: not an object"
        self.doc["openapi"] = self.rng.choice(["3.0.3", "3.1.0", "3.2.0", "2.0", 3.1, None])
        return f"openapi -> {self.doc['openapi']!r}"


def _original(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def _folder(tmp_path: Path) -> Path:
    """tmp/api with what escaping refs aim at: ../outside.json, a symlink out, a subfolder."""
    folder = tmp_path / "api"
    (folder / "sub").mkdir(parents=True)
    (tmp_path / "outside.json").write_text(json.dumps({"Pet": {"type": "string"}}))
    (folder / "link.json").symlink_to(tmp_path / "outside.json")
    return folder


def _write_case(folder: Path, mutator: Mutator, document: Any, as_yaml: bool) -> str:
    """Write the mutated document (JSON on one line or indented, or YAML) and the other file; its name."""
    name = "spec.yaml" if as_yaml else "spec.json"
    for old in ("spec.yaml", "spec.json"):
        (folder / old).unlink(missing_ok=True)
    if as_yaml:
        text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    else:
        text = json.dumps(document, ensure_ascii=False, indent=mutator.rng.choice([None, 1]))
    (folder / name).write_text(text, encoding="utf-8")
    (folder / "sub" / "common.json").write_text(json.dumps(mutator.external, indent=1), encoding="utf-8")
    return name


_SUMMARY = re.compile(r"\d+ errors?; nothing was generated\.")


def _bad_lines(output: str, files: tuple[str, ...]) -> list[str]:
    """Output lines that are neither a located message nor a summary."""
    located = tuple(f"{name}#" for name in files)
    bad = []
    for line in output.splitlines():
        if line.startswith(located) and ": " in line:
            continue
        if line.startswith("warning: ") and any(f" first at {name}#" in line for name in files):
            continue
        if not _SUMMARY.fullmatch(line):
            bad.append(line)
    return bad


def _problem(result: Result, files: tuple[str, ...]) -> str | None:
    """Why this run is a failure of sdkgen, or None when it ended properly."""
    if result.exit_code not in (0, 2) or "Traceback" in result.output or "internal error" in result.output:
        return f"exit {result.exit_code}: {result.exception!r}: {result.output[-300:]}"
    bad = _bad_lines(result.output, files) if result.exit_code == 2 else []
    return f"unlocated lines: {[line[:200] for line in bad[:3]]}" if bad else None


def _report(failures: list[str]) -> str:
    return f"{len(failures)} failing cases:\n" + "\n".join(failures[:20])


@pytest.mark.skipif(bool(MISSING), reason=f"documents missing: {MISSING}")
@pytest.mark.parametrize(("source", "cases"), VALIDATE_PLAN, ids=lambda p: p.name if isinstance(p, Path) else str(p))
def test_mutated_documents_validate_with_located_messages(source: Path, cases: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    monkeypatch.chdir(folder)
    original = _original(source)
    runner = CliRunner()
    failures, exits = [], Counter()
    for index in range(cases):
        mutator = Mutator(original, source.name, index)
        name = _write_case(folder, mutator, mutator.mutate(), as_yaml=source.suffix == ".yaml" and index % 2 == 0)
        result = runner.invoke(main, ["validate", name])
        exits[result.exit_code] += 1
        problem = _problem(result, (name, "sub/common.json"))
        if problem:
            failures.append(f"Mutator({source.name!r}, {index}) {mutator.done}: {problem}")
    print(f"{source.name}: {cases} cases, exits {dict(sorted(exits.items()))}")
    assert not failures, _report(failures)


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


GENERATE = ["generate", "--config", "sdk.yaml", "--out"]


def _generate_case(runner: CliRunner, mutator: Mutator, renders: Counter[int]) -> str | None:
    """Generate from one mutant: into `out` when validate refuses it (that must fail, exit 2), into
    `out-valid` when it accepts it (at most MAX_VALID_RENDERS times); what went wrong, if anything."""
    valid = runner.invoke(main, ["validate", "-q", "spec.json"]).exit_code == 0
    if valid and renders[0] >= MAX_VALID_RENDERS:
        return None  # rendering is slow; a few odd but valid documents are enough
    result = runner.invoke(main, [*GENERATE, "out-valid" if valid else "out"])
    renders[result.exit_code] += 1
    expected = 0 if valid else 2  # what validate said
    problem = _problem(result, ("spec.json", "sub/common.json", "sdk.yaml"))
    return problem or (None if result.exit_code == expected else f"exit {result.exit_code}, validate {expected}")


@pytest.mark.skipif(bool(MISSING), reason=f"documents missing: {MISSING}")
@pytest.mark.parametrize(("source", "cases"), GENERATE_PLAN, ids=lambda p: p.name if isinstance(p, Path) else str(p))
def test_a_failed_generate_leaves_the_output_as_it_was(source: Path, cases: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    monkeypatch.chdir(folder)
    (folder / "sdk.yaml").write_text("package: mutant\ndocuments:\n  - file: spec.json\n", encoding="utf-8")
    original = _original(source)
    (folder / "spec.json").write_text(json.dumps(original), encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(main, [*GENERATE, "out"])
    assert first.exit_code == 0, first.output
    before = _tree(folder / "out")
    failures, exits = [], Counter()
    for index in range(cases):
        mutator = Mutator(original, f"generate/{source.name}", index)
        _write_case(folder, mutator, mutator.mutate(), as_yaml=False)
        problem = _generate_case(runner, mutator, exits)
        if problem is None and _tree(folder / "out") != before:
            problem = "OUT changed after a failed run"
        if problem:
            failures.append(f"Mutator('generate/{source.name}', {index}) {mutator.done}: {problem}")
    print(f"generate {source.name}: {cases} cases, exits {dict(sorted(exits.items()))}")
    assert not failures, _report(failures)


# -- cases the mutation run once failed on, kept small ------------------------------------------

def _validate(folder: Path, doc: Any, other: Any = None) -> tuple[int, list[str]]:
    """`sdkgen validate spec.json` (indented, so lines count) beside sub/common.json holding `other`."""
    (folder / "spec.json").write_text(json.dumps(doc, indent=1), encoding="utf-8")
    (folder / "sub" / "common.json").write_text(json.dumps(other), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "spec.json"])
    assert _problem(result, ("spec.json", "sub/common.json")) is None, result.output
    return result.exit_code, [line for line in result.output.splitlines() if ": warning: " not in line]


def _operation(**fields: Any) -> dict[str, Any]:
    responses = {"204": {"description": "none"}}
    return {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"post": {"operationId": "a", "responses": responses, **fields}}}}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = _folder(tmp_path)
    monkeypatch.chdir(folder)
    return folder


def test_an_unknown_key_in_a_map_is_an_error_not_a_status_code(folder: Path) -> None:
    # Mutator('http-bindings.json', 6): the IR read `$ref` as a response (AttributeError, exit 3)
    doc = _operation(responses={"204": {"description": "none"}, "$ref": "sub/common.json#/Pet"})
    assert _validate(folder, doc, {"Pet": None}) == (2, [
        "spec.json#/paths/~1a/post/responses (line 11): not valid OpenAPI 3.1: Unevaluated properties are not allowed ('$ref' was unexpected)",
        "1 error; nothing was generated.",
    ])  # fmt: skip


@pytest.mark.parametrize(("fields", "target", "kind", "site"), [
    ({"requestBody": {"$ref": "sub/common.json#/Pet"}}, [], "RequestBody", "requestBody"),  # Mutator('device-groups.json', 21)
    ({"parameters": [{"$ref": "sub/common.json#/Pet"}]}, "str", "Parameter", "parameters/0"),  # Mutator('http-bindings.json', 20)
    ({"responses": {"200": {"$ref": "sub/common.json#/Pet"}}}, [], "Response", "responses/200"),  # Mutator('projects.json', 8)
])  # fmt: skip
def test_a_ref_target_in_another_file_has_the_shape_its_place_calls_for(folder: Path, fields: dict[str, Any], target: Any, kind: str, site: str) -> None:
    code, lines = _validate(folder, _operation(**fields), {"Pet": target})
    assert code == 2
    assert lines[0] == f"sub/common.json#/Pet: not valid OpenAPI 3.1: {target!r} is not of type 'object' (as the {kind} that the $ref at spec.json#/paths/~1a/post/{site} points to)"


def test_a_ref_target_elsewhere_in_the_document_is_checked_too(folder: Path) -> None:
    code, lines = _validate(folder, _operation(responses={"200": {"$ref": "#/info/title"}}))
    assert (code, lines[0]) == (2, "spec.json#/info/title (line 4): not valid OpenAPI 3.1: 'T' is not of type 'object' (as the Response that the $ref at spec.json#/paths/~1a/post/responses/200 points to)")


def test_a_schema_in_another_file_is_checked_against_the_dialect(folder: Path) -> None:
    schema = {"content": {"application/json": {"schema": {"$ref": "sub/common.json#/Pet"}}}}
    code, lines = _validate(folder, _operation(requestBody=schema), {"Pet": {"type": "object", "properties": [1]}})
    assert (code, lines[0]) == (2, "sub/common.json#/Pet/properties: not valid OpenAPI 3.1: [1] is not of type 'object' (as the Schema that the $ref at spec.json#/paths/~1a/post/requestBody/content/application~1json/schema points to)")


def test_a_ref_inside_a_media_type_is_only_an_unknown_field(folder: Path) -> None:
    # Mutator('device-groups.json', 21), first fix: a $ref where none may be was taken for one (KeyError, exit 3)
    doc = _operation(requestBody={"content": {"application/json": {"$ref": "sub/common.json#/Pet", "schema": {"type": "string"}}}})
    assert _validate(folder, doc, {"Pet": []})[0] == 0


def test_a_ref_as_long_as_a_huge_string_is_an_error_not_a_crash(folder: Path) -> None:
    # Mutator('http-bindings.json', 7) with the schema stop disabled: OSError: File name too long (exit 3)
    code, lines = _validate(folder, _operation(requestBody={"$ref": "é" * 50_000}))
    assert code == 2
    assert lines[0].startswith("spec.json#/paths/~1a/post/requestBody (line 16): $ref 'ééé")
    assert lines[0].endswith("… (50000 characters): cannot read file: File name too long")


def test_a_name_with_a_line_break_stays_on_its_line(folder: Path) -> None:
    # ODD_NAMES "a\nb": the pointer in the message broke the line in two
    doc = _operation(requestBody={"content": {"application/json": {"schema": {"properties": {"a\nb": {"type": 5}}}}}})
    code, lines = _validate(folder, doc)
    assert code == 2
    assert lines[0].startswith("spec.json#/paths/~1a/post/requestBody/content/application~1json/schema/properties/a\\nb/type (line 22): not valid OpenAPI 3.1: 5 is not valid")


def test_an_extension_in_responses_is_ignored(folder: Path) -> None:
    assert _validate(folder, _operation(responses={"204": {"description": "none"}, "x-note": "hi"}))[0] == 0


def test_an_extension_in_oauth_flows_is_ignored(folder: Path) -> None:
    flows = {"clientCredentials": {"tokenUrl": "https://example.com/token", "scopes": {}}, "x-note": 1}
    doc = {**_operation(), "components": {"securitySchemes": {"oauth": {"type": "oauth2", "flows": flows}}}}
    assert _validate(folder, doc)[0] == 0
