"""Parse JSON and YAML documents, remembering where each node came from."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, SpecError, join_pointer

YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIXES = (".json",)


@dataclass
class Document:
    """A parsed file: its data, the name shown in messages, and YAML line numbers by pointer."""

    path: Path
    display: str
    data: Any
    lines: dict[str, int] = field(default_factory=dict)


def display_name(path: Path) -> str:
    """The path as users see it in messages: relative to the working directory when inside it."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


class _PlainLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates and times as strings, as JSON Schema expects."""


_PlainLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct(loader: _PlainLoader, node: yaml.Node, pointer: str, lines: dict[str, int]) -> Any:
    lines[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            key = key if isinstance(key, str) else str(key).lower() if isinstance(key, bool) else str(key)
            result[key] = _construct(loader, value_node, join_pointer(pointer, key), lines)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(loader, item, join_pointer(pointer, i), lines) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def _parse_yaml(text: str) -> tuple[Any, dict[str, int]]:
    loader = _PlainLoader(text)
    try:
        node = loader.get_single_node()
        lines: dict[str, int] = {}
        data = None if node is None else _construct(loader, node, "", lines)
        return data, lines
    finally:
        loader.dispose()


def parse_file(path: Path) -> Document:
    """Read and parse one file; raise SpecError with a located message if it cannot be."""
    display = display_name(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError([Diagnostic(display, "", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError([Diagnostic(display, "", f"cannot read file: {exc}")]) from None
    if path.suffix.lower() in YAML_SUFFIXES:
        try:
            data, lines = _parse_yaml(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark else None
            problem = getattr(exc, "problem", None) or str(exc)
            raise SpecError([Diagnostic(display, "", f"invalid YAML: {problem}", line=line)]) from None
        return Document(path, display, data, lines)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"invalid JSON: {exc.msg} (column {exc.colno})"
        raise SpecError([Diagnostic(display, "", message, line=exc.lineno)]) from None
    return Document(path, display, data)


class DocumentStore:
    """Every document read in one run, by absolute path; referenced files load on demand."""

    def __init__(self) -> None:
        self._documents: dict[Path, Document] = {}

    def get(self, path: Path) -> Document:
        path = path.resolve()
        if path not in self._documents:
            self._documents[path] = parse_file(path)
        return self._documents[path]

    @property
    def documents(self) -> list[Document]:
        return list(self._documents.values())
