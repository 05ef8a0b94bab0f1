"""Run inside a generated SDK's folder: `python sdk_probe.py PACKAGE EXAMPLES.json`.

Imports every module of PACKAGE, counts the client's methods (one per operation, sync client),
and parses each example of EXAMPLES.json (`[[class_name, pointer, value], ...]`) strictly as its
model. Prints one JSON object: `{"modules": N, "methods": N, "example_failures": [...]}`.
This file imports only the generated package, never the generator.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import sys
from functools import cached_property
from typing import Any


def import_all(package: str) -> list[str]:
    """Every module of `package`, imported; their names."""
    root = importlib.import_module(package)
    names = [package]
    for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
        importlib.import_module(info.name)
        names.append(info.name)
    return names


def method_count(package: str) -> int:
    """Public methods over every resource of the sync client (raw-response twins not counted)."""
    root = importlib.import_module(package)
    client_class = next(
        value for name, value in vars(root).items() if inspect.isclass(value) and not name.startswith("Async") and hasattr(value, "with_raw_response") and hasattr(value, "_default_base_url")
    )
    count = 0
    for name, member in vars(client_class).items():
        if not isinstance(member, cached_property) or name == "with_raw_response":
            continue
        resource_class = inspect.get_annotations(member.func, eval_str=True)["return"]
        count += sum(1 for attribute, value in vars(resource_class).items() if inspect.isfunction(value) and not attribute.startswith("_"))
    return count


def example_failures(package: str, examples: list[list[Any]]) -> list[str]:
    """The examples that the strict parse of their generated type rejects, with the reason."""
    models = importlib.import_module(f"{package}.models")
    models_base = importlib.import_module(f"{package}._models")
    context = importlib.import_module(f"{package}._context")
    failures = []
    for class_name, pointer, value in examples:
        target = getattr(models, class_name, None)
        if target is None:
            continue
        try:
            models_base.adapter(target).validate_json(json.dumps(value), context=context.response_context(strict=True))
        except Exception as exc:  # noqa: BLE001 - every failure is reported, whatever its type
            failures.append(f"{class_name} ({pointer}): {str(exc).splitlines()[0:3]}")
    return failures


def main() -> None:
    package, examples_file = sys.argv[1], sys.argv[2]
    sys.path.insert(0, ".")  # the SDK folder, where this runs
    with open(examples_file, encoding="utf-8") as handle:
        examples = json.load(handle)
    result = {"modules": len(import_all(package)), "methods": method_count(package), "example_failures": example_failures(package, examples)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
