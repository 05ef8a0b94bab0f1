"""Resolve `$ref`: local pointers, other files (relative paths), escapes, and chains of refs.

A `$ref` may read only regular files below the folder of the root document (the one named on
the command line or in the config): no absolute paths, no `..` or symlinks out of it, no URLs.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.diagnostics import Diagnostic, SpecError, join_pointer, unescape_token
from generator.spec.load import Document, DocumentStore, display_name

MAX_SHOWN = 100  # characters of a $ref quoted in a message


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
        elif isinstance(node, list) and token.isascii() and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            message = f"no such node (missing {shown(token)})"
            raise RefError([Diagnostic(document.display, pointer, message)])
    return node


def shown(text: str) -> str:
    """`text` quoted for a message, cut short when it is long."""
    return repr(text) if len(text) <= MAX_SHOWN else f"{text[:MAX_SHOWN]!r}… ({len(text)} characters)"


def _ref_error(origin: Location, ref: str, reason: str) -> RefError:
    return RefError([Diagnostic(origin.document.display, origin.pointer, f"$ref {shown(ref)}: {reason}")])


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _special_kind(path: Path) -> str | None:
    """What `path` is when it exists but is not a regular file ('a directory', ...), else None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # missing or unreadable: loading the file says which
    kinds = ((stat.S_ISREG, None), (stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
             (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))  # fmt: skip
    return next((kind for test, kind in kinds if test(mode)), "a socket or other special file")


def _check_form(origin: Location, ref: str, file_part: str, folder: str) -> None:
    """Refuse URLs, absolute paths and NUL characters: no file below the sandbox is named so."""
    scheme = urlsplit(file_part).scheme.lower()
    name = unquote(file_part)
    if scheme in ("http", "https"):
        reason = "remote references are not fetched (sdkgen never uses the network); save the file below the root document's folder and refer to it by a relative path"
        raise _ref_error(origin, ref, reason)
    if scheme == "file" or os.path.isabs(name):
        reason = f"absolute paths are refused: a $ref may only read files below {folder!r}, the root document's folder; use a path relative to {origin.document.display}"
        raise _ref_error(origin, ref, reason)
    if scheme:
        raise _ref_error(origin, ref, f"{scheme}: references are not supported; refer to a file by a path relative to {origin.document.display}")
    if "\0" in name:
        raise _ref_error(origin, ref, "a file name cannot contain a NUL character")


def sandboxed_file(origin: Location, ref: str, file_part: str) -> Path:
    """The file a `$ref` names, once it is known to be readable: a regular file below the sandbox."""
    here = origin.document
    folder = display_name(here.sandbox)
    _check_form(origin, ref, file_part, folder)
    joined = here.path.parent / unquote(file_part)
    if not _inside(Path(os.path.normpath(joined)), here.sandbox):
        raise _ref_error(origin, ref, f"'..' leads out of {folder!r}, the root document's folder; a $ref may only read files below it")
    try:
        real = joined.resolve()
    except RuntimeError:
        raise _ref_error(origin, ref, "the path runs into a loop of symbolic links") from None
    if not _inside(real, here.sandbox):
        raise _ref_error(origin, ref, f"a symbolic link leads to {str(real)!r}, outside {folder!r}, the root document's folder; a $ref may only read files below it")
    kind = _special_kind(real)
    if kind:
        raise _ref_error(origin, ref, f"{shown(file_part)} is {kind}, not a regular file")
    return real


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
        document = self._document(origin, ref, file_part) if file_part else here
        pointer = unquote(fragment)
        try:
            node = resolve_pointer(document, pointer)
        except RefError:
            message = f"$ref {shown(ref)} points to nothing"
            raise RefError([Diagnostic(here.display, origin.pointer, message)]) from None
        return Location(document, pointer, node)

    def _document(self, origin: Location, ref: str, file_part: str) -> Document:
        """The other document a `$ref` names, read under the sandbox of the referring one."""
        path = sandboxed_file(origin, ref, file_part)
        try:
            return self.store.get(path, origin.document.sandbox)
        except SpecError as exc:
            raise _ref_error(origin, ref, f"cannot load {shown(file_part)}: {exc.diagnostics[0].message}") from None

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
