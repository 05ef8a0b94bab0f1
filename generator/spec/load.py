"""Parse JSON and YAML documents, remembering where each node came from."""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, SpecError, escape_token, join_pointer

YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIXES = (".json",)


@dataclass
class Document:
    """A parsed file: its data, the name shown in messages and line numbers by pointer.

    `sandbox` is the folder its `$ref`s may read files from: that of the root document; `digest`
    the sha256 of the bytes that were parsed (what a run record says it was made from).
    """

    path: Path
    display: str
    data: Any
    lines: dict[str, int] = field(default_factory=dict)
    digest: str = ""
    sandbox: Path = field(init=False)

    def __post_init__(self) -> None:
        self.sandbox = self.path.parent


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


_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_SCALAR = r'[^\s{}\[\]:,"]+'
# A line break (with the token after it, if any) and then: an object key (with its value when that
# is a string or a scalar after the colon on the same line), a lone value, or a bracket.
_JSON_TOKEN = re.compile(rf"(\n[ \t\r]*)?(?:({_STRING})(\s*):(?:[ \t\r]*(?:{_STRING}|{_SCALAR}))?|{_STRING}|{_SCALAR}|[{{}}\[\]])|\n")


def _json_key_token(key: str) -> str:
    """The pointer token of an object key as written in the JSON text (quotes included)."""
    name = json.loads(key) if "\\" in key else key[1:-1]
    return escape_token(name) if "~" in name or "/" in name else name


def json_lines(text: str) -> dict[str, int]:
    """The line of every node of a valid JSON text, by pointer (an object member: its key's line)."""
    lines: dict[str, int] = {}
    line = 1
    open_nodes: list[list[Any]] = []  # [pointer, index of the next item]; index -1 for an object
    pointer = ""
    for match in _JSON_TOKEN.finditer(text):
        token, line_break, key, before_colon = match[0], match[1], match[2], match[3]
        if token[0] == "\n":
            line += 1
            if line_break is None:
                continue
        if key is not None:
            pointer = f"{open_nodes[-1][0]}/{_json_key_token(key)}"
            lines[pointer] = line
            line += before_colon.count("\n") if before_colon else 0
            continue
        first = token[len(line_break)] if line_break else token[0]
        if first in "}]":
            open_nodes.pop()
            continue
        if not open_nodes:
            lines[""] = line
        elif open_nodes[-1][1] >= 0:
            parent = open_nodes[-1]
            pointer = f"{parent[0]}/{parent[1]}"
            parent[1] += 1
            lines[pointer] = line
        if first in "{[":
            open_nodes.append([pointer, -1 if first == "{" else 0])
    return lines


def _parse_json(text: str) -> tuple[Any, dict[str, int]]:
    """The data and its lines; a document on one line has none worth giving (all would be 1)."""
    data = json.loads(text)
    return data, json_lines(text) if "\n" in text.strip() else {}


def _missing(path: Path, display: str) -> SpecError:
    """`FILE: file not found`, suggesting a close name from the same folder."""
    try:
        names = sorted(os.listdir(path.parent))
    except OSError:
        names = []
    close = difflib.get_close_matches(path.name, names, n=1, cutoff=0.8)
    hint = f"; did you mean {close[0]}?" if close else ""
    return SpecError([Diagnostic(display, None, f"file not found{hint}")])


def read_text(path: Path, display: str) -> tuple[str, str]:
    """The file's text (newlines made `\\n`, as text mode does) and the sha256 of its bytes;
    SpecError (about the file itself) when it is missing or unreadable."""
    try:
        content = path.read_bytes()
        text = content.decode("utf-8")
    except IsADirectoryError:
        raise SpecError([Diagnostic(display, None, "is a directory, not an OpenAPI document")]) from None
    except FileNotFoundError:
        raise _missing(path, display) from None
    except UnicodeDecodeError as exc:
        message = f"not UTF-8 text: byte {exc.object[exc.start]:#04x} at offset {exc.start}"
        raise SpecError([Diagnostic(display, None, message)]) from None
    except OSError as exc:
        raise SpecError([Diagnostic(display, None, f"cannot read file: {exc.strerror or exc}")]) from None
    return text.replace("\r\n", "\n").replace("\r", "\n"), hashlib.sha256(content).hexdigest()


def parse_file(path: Path) -> Document:
    """Read and parse one file; raise SpecError with a located message if it cannot be."""
    display = display_name(path)
    text, digest = read_text(path, display)
    if path.suffix.lower() in YAML_SUFFIXES:
        try:
            data, lines = _parse_yaml(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark else None
            problem = getattr(exc, "problem", None) or str(exc)
            raise SpecError([Diagnostic(display, "", f"invalid YAML: {problem}", line=line)]) from None
        return Document(path, display, data, lines, digest)
    try:
        data, lines = _parse_json(text)
    except json.JSONDecodeError as exc:
        message = f"invalid JSON: {exc.msg} (column {exc.colno})"
        raise SpecError([Diagnostic(display, "", message, line=exc.lineno)]) from None
    return Document(path, display, data, lines, digest)


class DocumentStore:
    """Every document read in one run, by absolute path; referenced files load on demand."""

    def __init__(self) -> None:
        self._documents: dict[Path, Document] = {}

    def get(self, path: Path, sandbox: Path | None = None) -> Document:
        """The document at `path`, read once; its refs stay in `sandbox` (a root document: its own
        folder). A file reached both ways keeps the sandbox of its first reading."""
        path = path.resolve()
        if path not in self._documents:
            document = parse_file(path)
            if sandbox is not None:
                document.sandbox = sandbox
            self._documents[path] = document
        return self._documents[path]

    @property
    def documents(self) -> list[Document]:
        return list(self._documents.values())
