"""Resolve `$ref`: local pointers, other files (relative paths), escapes, and chains of refs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import Diagnostic, SpecError, join_pointer, unescape_token
from generator.spec.load import Document, DocumentStore


@dataclass(frozen=True)
class Location:
    """A node and where it is: document and JSON pointer."""

    document: Document
    pointer: str
    node: Any = field(compare=False, repr=False)

    @classmethod
    def root(cls, document: Document) -> Location:
        return cls(document, "", document.data)

    def child(self, *tokens: str | int) -> Location:
        """The node below this one; KeyError/IndexError if it is not there."""
        node = self.node
        for token in tokens:
            node = node[token]
        return Location(self.document, join_pointer(self.pointer, *tokens), node)

    def with_node(self, node: Any) -> Location:
        """The same place, seen with a modified node (e.g. a schema without its allOf)."""
        return Location(self.document, self.pointer, node)

    @property
    def key(self) -> str:
        """A stable identifier for the place across the whole run."""
        return f"{self.document.display}#{self.pointer}"


class RefError(SpecError):
    pass


def resolve_pointer(document: Document, pointer: str) -> Any:
    """The node at `pointer`; raise RefError when it does not exist."""
    node = document.data
    if pointer in ("", "/"):
        return node
    if not pointer.startswith("/"):
        raise RefError([Diagnostic(document.display, pointer, "a JSON pointer must start with '/'")])
    for raw in pointer[1:].split("/"):
        token = unescape_token(raw)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            message = f"no such node (missing {token!r})"
            raise RefError([Diagnostic(document.display, pointer, message)])
    return node


class Resolver:
    """Follows `$ref` values from one document to wherever they point."""

    def __init__(self, store: DocumentStore):
        self.store = store

    def target(self, origin: Location, ref: Any) -> Location:
        """Where the `$ref` at `origin` points to (not following further refs)."""
        here = origin.document
        if not isinstance(ref, str):
            raise RefError([Diagnostic(here.display, origin.pointer, "$ref must be a string")])
        file_part, _, fragment = ref.partition("#")
        if "://" in file_part:
            message = f"remote reference {ref!r} is not supported; download the file and refer to it by path"
            raise RefError([Diagnostic(here.display, origin.pointer, message)])
        document = here
        if file_part:
            path = here.path.parent / unquote(file_part)
            try:
                document = self.store.get(path)
            except SpecError as exc:
                reason = exc.diagnostics[0].message
                message = f"$ref {ref!r}: cannot load {file_part!r}: {reason}"
                raise RefError([Diagnostic(here.display, origin.pointer, message)]) from None
        pointer = unquote(fragment)
        try:
            node = resolve_pointer(document, pointer)
        except RefError:
            message = f"$ref {ref!r} points to nothing"
            raise RefError([Diagnostic(here.display, origin.pointer, message)]) from None
        return Location(document, pointer, node)

    def follow(self, origin: Location) -> Location:
        """Follow `$ref` (siblings ignored, as for parameters and responses) to a real node."""
        seen = [origin.key]
        location = origin
        while True:
            node = location.node
            if not (isinstance(node, dict) and "$ref" in node):
                return location
            location = self.target(location, node["$ref"])
            if location.key in seen:
                chain = " -> ".join([*seen, location.key])
                message = f"reference cycle that never reaches a definition: {chain}"
                raise RefError([Diagnostic(origin.document.display, origin.pointer, message)])
            seen.append(location.key)
