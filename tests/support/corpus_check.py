"""One public document through the whole tool, as a user would: `sdkgen generate`, then the SDK
imported module by module, `mypy --strict`, one method per operation, and the document's own
examples parsed by the models they belong to.

`python -m tests.support.corpus_check [FILE_OR_FOLDER ...]` prints the corpus table (document,
operations, methods, models, warnings by kind, mypy errors, generation time) as Markdown;
without arguments it takes ../shared/corpus and the folders of `SDKGEN_CORPUS`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema
import yaml
from click.testing import CliRunner

from generator import ir
from generator.cli import main as sdkgen
from generator.config import config_for_specs
from generator.diagnostics import Reporter, escape_token
from generator.pipeline import load_api
from generator.spec.validate import HTTP_METHODS
from tests.support.corpus import documents, label

BIN = Path(sys.executable).parent
PROBE = Path(__file__).with_name("sdk_probe.py")
PACKAGE = "corpus_sdk"
_MYPY_ERRORS = re.compile(r"Found (\d+) errors?")


@dataclass
class CorpusResult:
    """What one document gave; `problems` lists everything a user would call a failure."""

    document: str
    operations: int = 0
    methods: int = 0
    models: int = 0
    warnings: Counter[str] = field(default_factory=Counter)
    mypy_errors: int = 0
    seconds: float = 0.0
    examples: int = 0
    problems: list[str] = field(default_factory=list)


def check_document(document: Path, workdir: Path, mypy_cache: Path | None = None) -> CorpusResult:
    """Generate the SDK and site of `document` into `workdir` and check what a user relies on
    (`mypy_cache`: a mypy cache shared by several documents, whose runtime modules are the same)."""
    result = CorpusResult(label(document))
    out = workdir / "out"
    started = time.perf_counter()
    generated = CliRunner().invoke(sdkgen, ["generate", str(document), "--out", str(out), "--package", PACKAGE, "-v"])
    result.seconds = time.perf_counter() - started
    if generated.exit_code != 0:
        result.problems.append(f"generate exited {generated.exit_code}: {generated.output[-2000:]}")
        return result
    result.problems += [f"warning without a JSON pointer: {line}" for line in generated.output.splitlines() if "warning:" in line and "#/" not in line]
    reporter = Reporter()
    api = load_api(config_for_specs([document], package=PACKAGE), reporter)
    result.warnings = Counter(d.kind or "other" for d in reporter.diagnostics if d.severity == "warning")
    result.models = len(api.types)
    result.operations = spec_operations(document)
    examples = document_examples(document, api)
    result.examples = len(examples)
    sdk = out / "python"
    (workdir / "examples.json").write_text(json.dumps(examples), encoding="utf-8")
    probe = subprocess.run([sys.executable, PROBE, PACKAGE, workdir / "examples.json"], cwd=sdk, capture_output=True, text=True, timeout=600)
    if probe.returncode != 0:
        result.problems.append(f"the SDK does not import: {probe.stderr[-3000:]}")
    else:
        found = json.loads(probe.stdout)
        result.methods = found["methods"]
        result.problems += [f"example rejected: {failure}" for failure in found["example_failures"]]
    if result.methods != result.operations:
        result.problems.append(f"{result.operations} operations in the document, {result.methods} methods in the SDK")
    mypy = subprocess.run([BIN / "mypy", "--strict", "--cache-dir", mypy_cache or workdir / ".mypy", PACKAGE], cwd=sdk, capture_output=True, text=True, timeout=900)
    if mypy.returncode != 0:
        counted = _MYPY_ERRORS.search(mypy.stdout)
        result.mypy_errors = int(counted.group(1)) if counted else 1
        result.problems.append(f"mypy --strict: {mypy.stdout[-3000:]}")
    return result


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _resolved(node: Any, base: Path, root: Any) -> Any:
    """A path item as written, or the one its `$ref` points at (same or another file)."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
        target, _, pointer = node["$ref"].partition("#")
        document = _load(base.parent / target) if target else root
        node = node_at(document, pointer)
        seen += 1
    return node


def node_at(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer (RFC 6901) of `document`."""
    node = document
    for token in [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]:
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def spec_operations(document: Path) -> int:
    """How many operations the document's `paths` declare, counted from the file itself."""
    root = _load(document)
    count = 0
    for path, item in (root.get("paths") or {}).items():
        if path.startswith("x-"):
            continue
        item = _resolved(item, document, root)
        count += sum(1 for method in HTTP_METHODS if isinstance(item, dict) and isinstance(item.get(method), dict))
    return count


def document_examples(document: Path, api: ir.Api) -> list[list[Any]]:
    """`[class, pointer, value]` for each example the document gives for a generated component
    schema (on the schema, or on a body whose schema is a `$ref` to it) that is valid against
    that schema: an example the schema itself rejects says nothing about the SDK."""
    root = _load(document)
    dialect = jsonschema.Draft4Validator if str(root.get("openapi", "")).startswith("3.0") else jsonschema.Draft202012Validator
    uri = document.resolve().as_uri()
    registry = referencing.Registry().with_resource(uri, referencing.Resource(root, referencing.jsonschema.specification_with(dialect.META_SCHEMA["$schema"])))
    classes = {t.source.pointer: t.py_name for t in api.types if t.source and t.source.file == api.documents[0].file}
    found = []
    for pointer, value, at in _examples(root, document):
        if pointer not in classes:
            continue
        try:
            valid = dialect({"$ref": f"{uri}#{pointer}"}, registry=registry).is_valid(value)
        except Exception:  # noqa: BLE001 - a schema jsonschema cannot apply proves nothing
            valid = False
        if valid:
            found.append([classes[pointer], at, value])
    return found


def _examples(root: Any, document: Path) -> list[tuple[str, Any, str]]:
    """`(schema pointer, example, where the example is)` for every example of the document."""
    found = []
    for name, schema in ((root.get("components") or {}).get("schemas") or {}).items():
        pointer = f"/components/schemas/{escape_token(name)}"
        if isinstance(schema, dict):
            if "example" in schema:
                found.append((pointer, schema["example"], f"{pointer}/example"))
            if isinstance(schema.get("examples"), list):
                found += [(pointer, value, f"{pointer}/examples/{index}") for index, value in enumerate(schema["examples"])]
    for at, media in _media_types(root):
        target = (media.get("schema") or {}).get("$ref") if isinstance(media.get("schema"), dict) else None
        if not isinstance(target, str) or not target.startswith("#/components/schemas/"):
            continue
        if "example" in media:
            found.append((target[1:], media["example"], f"{at}/example"))
        for key, example in (media.get("examples") or {}).items():
            example = _resolved(example, document, root)
            if isinstance(example, dict) and "value" in example:
                found.append((target[1:], example["value"], f"{at}/examples/{key}"))
    return found


def _media_types(root: Any) -> list[tuple[str, dict[str, Any]]]:
    """Every JSON media type object under `paths` and `components`, with its pointer."""
    found: list[tuple[str, dict[str, Any]]] = []

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "content" and isinstance(value, dict):
                    found.extend((f"{pointer}/content/{escape_token(m)}", v) for m, v in value.items() if isinstance(v, dict) and ir.is_json(m))
                walk(value, f"{pointer}/{escape_token(str(key))}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{pointer}/{index}")

    walk({"paths": root.get("paths"), "components": root.get("components")}, "")
    return found


def table(results: list[CorpusResult]) -> str:
    """The corpus table of the closing note, as Markdown."""
    lines = [
        "| document | operations | methods | models | warnings by kind | mypy errors | examples checked | generation (s) | problems |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(r.warnings.items())) or "none"
        lines.append(f"| {r.document} | {r.operations} | {r.methods} | {r.models} | {kinds} | {r.mypy_errors} | {r.examples} | {r.seconds:.1f} | {len(r.problems)} |")
    return "\n".join(lines)


def main(arguments: list[str]) -> None:
    results = []
    for document in documents(arguments):
        with tempfile.TemporaryDirectory() as folder:
            result = check_document(document, Path(folder))
        results.append(result)
        for problem in result.problems:
            shown = problem if len(problem) < 700 else f"{problem[:200]} … {problem[-500:]}"
            print(f"{result.document}: {shown}", file=sys.stderr)
    print(table(results))


if __name__ == "__main__":
    main(sys.argv[1:])
