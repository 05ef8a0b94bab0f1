"""Resolve `$ref`: local pointers, other files (relative paths), escapes, and chains of refs.

A `$ref` may read only regular files below the folder of the root document (the one named on
the command line or in the config): no absolute paths, no `..` or symlinks out of it, no URLs.
A URL is only looked up among the `$id`s of the documents already read (OAS 3.1), a fragment
that is not a pointer (`#foo`) among the `$anchor`s of its document. A pointer that runs into a
`$ref` part-way (`other.yaml#/A/properties/b` where A is a `$ref`) goes on at its target.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from generator.diagnostics import Diagnostic, SpecError, join_pointer, unescape_token
from generator.spec.load import JSON_SUFFIXES, YAML_SUFFIXES, Document, DocumentStore, display_name

MAX_SHOWN = 100  # characters of a $ref quoted in a message
MAX_HOPS = 100  # `$ref`s a pointer may pass through part-way before it is taken for a loop


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


def shown(text: str) -> str:
    """`text` quoted for a message, cut short when it is long."""
    return repr(text) if len(text) <= MAX_SHOWN else f"{text[:MAX_SHOWN]!r}… ({len(text)} characters)"


def _ref_error(origin: Location, ref: str, reason: str) -> RefError:
    return RefError([Diagnostic(origin.document.display, origin.pointer, f"$ref {shown(ref)}: {reason}")])


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _exists(path: Path) -> bool:
    """Whether `path` exists; False too for a name the system cannot look up (too long, ...)."""
    try:
        return path.exists()
    except OSError:
        return False


def _special_kind(path: Path) -> str | None:
    """What `path` is when it exists but is not a regular file ('a directory', ...), else None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # missing or unreadable: loading the file says which
    kinds = ((stat.S_ISREG, None), (stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
             (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))  # fmt: skip
    return next((kind for test, kind in kinds if test(mode)), "a socket or other special file")


def _url_refusal(origin: Location, ref: str, url: str, folder: str) -> RefError:
    """Why a `$ref` to `url` (`scheme:...`), which no `$id` of the documents read names, is not read."""
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("http", "https"):
        reason = f"remote references are not fetched (sdkgen never uses the network), and no schema in the documents read has `$id` {shown(url)}; save the file below the root document's folder and refer to it by a relative path"
        return _ref_error(origin, ref, reason)
    if scheme == "file":
        return _absolute_refusal(origin, ref, folder)
    return _ref_error(origin, ref, f"{scheme}: references are not supported (no schema in the documents read has `$id` {shown(url)}); refer to a file by a path relative to {origin.document.display}")


def _absolute_refusal(origin: Location, ref: str, folder: str) -> RefError:
    reason = f"absolute paths are refused: a $ref may only read files below {folder!r}, the root document's folder; use a path relative to {origin.document.display}"
    return _ref_error(origin, ref, reason)


def _refusal(origin: Location, ref: str, file_part: str, folder: str) -> RefError | None:
    """Why a `$ref` naming `file_part` cannot be read, if it is a URL, an absolute path or has a
    NUL character: no file below the sandbox is named so."""
    name = unquote(file_part)
    if urlsplit(file_part).scheme:
        return _url_refusal(origin, ref, file_part, folder)
    if os.path.isabs(name):
        return _absolute_refusal(origin, ref, folder)
    if "\0" in name:
        return _ref_error(origin, ref, "a file name cannot contain a NUL character")
    return None


def sandboxed_file(origin: Location, ref: str, file_part: str) -> Path:
    """The file a `$ref` names, once it is known to be readable: a regular file below the sandbox."""
    here = origin.document
    folder = display_name(here.sandbox)
    refusal = _refusal(origin, ref, file_part, folder)
    if refusal is not None:
        raise refusal
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


_DATA_KEYWORDS = frozenset({"enum", "const", "example", "examples", "default"})  # values, not schemas


@dataclass
class Identifiers:
    """The OAS 3.1 names of schemas in one document: `$id`s (made absolute) and `$anchor`s."""

    ids: dict[str, str] = field(default_factory=dict)  # URL without fragment -> pointer
    bases: dict[str, str] = field(default_factory=dict)  # pointer of a node with `$id` -> its URL
    anchors: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # name -> (base URL or "", pointer)

    @classmethod
    def of(cls, data: Any) -> Identifiers:
        found = cls()
        stack: list[tuple[str, Any, str]] = [("", data, "")]
        while stack:
            pointer, node, base = stack.pop()
            if isinstance(node, list):
                stack.extend((join_pointer(pointer, index), item, base) for index, item in enumerate(node))
                continue
            if not isinstance(node, dict):
                continue
            if isinstance(node.get("$id"), str):
                base = urljoin(base, node["$id"]).partition("#")[0]
                found.ids.setdefault(base, pointer)
                found.bases[pointer] = base
            if isinstance(node.get("$anchor"), str):
                found.anchors.setdefault(node["$anchor"], []).append((base, pointer))
            stack.extend((join_pointer(pointer, key), value, base) for key, value in node.items() if key not in _DATA_KEYWORDS)
        return found

    def base_of(self, pointer: str) -> str:
        """The `$id` URL in force at `pointer` (that of the nearest node above with one), or ""."""
        while True:
            if pointer in self.bases:
                return self.bases[pointer]
            if not pointer:
                return ""
            pointer = pointer.rsplit("/", 1)[0]


def _file_candidates(ref: str) -> list[tuple[str, str]]:
    """(file, fragment) for each `#` of `ref` taken as the start of the fragment, then `ref` whole:
    an unescaped `#` may be part of a file name (`a#b.yaml#/X`)."""
    splits = [(ref[:index], ref[index + 1 :]) for index, char in enumerate(ref) if char == "#"]
    return [*splits, (ref, "")]


class Resolver:
    """Follows `$ref` values from one document to wherever they point."""

    def __init__(self, store: DocumentStore):
        self.store = store
        self._identifiers: dict[Path, Identifiers] = {}

    def target(self, origin: Location, ref: Any) -> Location:
        """Where the `$ref` at `origin` points to (not following further refs)."""
        here = origin.document
        if not isinstance(ref, str):
            raise RefError([Diagnostic(here.display, origin.pointer, "$ref must be a string")])
        document, root, fragment = self._resource(origin, ref)
        if fragment and not fragment.startswith("/"):
            return self._anchored(origin, ref, document, root, unquote(fragment))
        return self._walk(origin, ref, document, root + unquote(fragment))

    def identifiers(self, document: Document) -> Identifiers:
        """The `$id`s and `$anchor`s of `document`, found once."""
        if document.path not in self._identifiers:
            self._identifiers[document.path] = Identifiers.of(document.data)
        return self._identifiers[document.path]

    def _resource(self, origin: Location, ref: str) -> tuple[Document, str, str]:
        """(document, pointer of the schema resource, fragment) that `ref` names: a URL is one of
        the `$id`s read; otherwise a file (this one when the part before `#` is empty)."""
        scheme = urlsplit(ref).scheme
        if scheme and len(scheme) > 1:  # one letter: a Windows drive, refused as an absolute path
            url, _, fragment = ref.partition("#")
            found = self._by_id(url)
            if found is None:
                raise _url_refusal(origin, ref, url, display_name(origin.document.sandbox))
            return found[0], found[1], fragment
        candidates = _file_candidates(ref)
        if not candidates[0][0]:
            return origin.document, "", candidates[0][1]
        for file_part, fragment in candidates:
            path = sandboxed_file(origin, ref, file_part)
            if _exists(path):
                return self._document(origin, ref, file_part, path), "", fragment
        return self._missing(origin, ref, candidates)

    def _missing(self, origin: Location, ref: str, candidates: list[tuple[str, str]]) -> tuple[Document, str, str]:
        """A `$ref` whose file is not there: a schema `$id` relative to the base URL in force,
        else the error of the likeliest file name (the first with a JSON or YAML suffix)."""
        base = self.identifiers(origin.document).base_of(origin.pointer)
        url, _, fragment = ref.partition("#")
        found = self._by_id(urljoin(base, url)) if base else None
        if found is not None:
            return found[0], found[1], fragment
        name, fragment = next((c for c in candidates if c[0].lower().endswith(YAML_SUFFIXES + JSON_SUFFIXES)), candidates[0])
        return self._document(origin, ref, name, sandboxed_file(origin, ref, name)), "", fragment  # file not found, with a hint

    def _by_id(self, url: str) -> tuple[Document, str] | None:
        """The document and pointer of the schema whose `$id` is `url`, among the documents read."""
        for document in self.store.documents:
            pointer = self.identifiers(document).ids.get(url)
            if pointer is not None:
                return document, pointer
        return None

    def _anchored(self, origin: Location, ref: str, document: Document, root: str, name: str) -> Location:
        """The schema with `$anchor: name` in the resource at `root` (any one of the document when
        the resource has none of that name, if there is exactly one)."""
        identifiers = self.identifiers(document)
        base = identifiers.base_of(root)
        places = identifiers.anchors.get(name, [])
        pointers = [pointer for anchor_base, pointer in places if anchor_base == base] or [pointer for _, pointer in places]
        if len(pointers) != 1:
            where = "several schemas have it: " + ", ".join(sorted(pointers)) if pointers else "no schema has it"
            raise _ref_error(origin, ref, f"`$anchor` {shown(name)} of {document.display}: {where}")
        return self._walk(origin, ref, document, pointers[0])

    def _walk(self, origin: Location, ref: str, document: Document, pointer: str) -> Location:
        """The node at `pointer` in `document`; where a `$ref` stands in the way, the pointer goes
        on below its target (as bundlers and split specs expect)."""
        location = Location(document, "", document.data)
        if pointer in ("", "/"):
            return location
        hops = 0
        for raw in pointer[1:].split("/"):
            token = unescape_token(raw)
            while isinstance(location.node, dict) and token not in location.node and "$ref" in location.node and hops < MAX_HOPS:
                location, hops = self.target(location, location.node["$ref"]), hops + 1
            node = location.node
            if isinstance(node, dict) and token in node:
                location = location.child(token)
            elif isinstance(node, list) and token.isascii() and token.isdigit() and int(token) < len(node):
                location = location.child(int(token))
            else:
                raise RefError([Diagnostic(origin.document.display, origin.pointer, f"$ref {shown(ref)} points to nothing")])
        return location

    def _document(self, origin: Location, ref: str, file_part: str, path: Path) -> Document:
        """The other document a `$ref` names (at `path`, see `sandboxed_file`), read under the
        sandbox of the referring one."""
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
