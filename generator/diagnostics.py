"""Problems found in the input, located by file and JSON pointer, and how they are reported."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` with control characters and line breaks escaped (`\\n`), so a message stays on its line."""
    return _LINE_BREAKING.sub(lambda match: repr(match.group())[1:-1], text)


def escape_token(token: str) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_token(str(token)) for token in tokens)


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem: `FILE#/pointer (line N): message`."""

    file: str
    pointer: str | None  # None: about the file as a whole (missing, unreadable), not a place in it
    message: str
    severity: Severity = "error"
    line: int | None = field(default=None, compare=False)
    kind: str = field(default="", compare=False)  # groups warnings of one sort, e.g. "null-example"

    def __str__(self) -> str:
        where = self.file if self.pointer is None else f"{self.file}#{self.pointer}"
        line = f" (line {self.line})" if self.line else ""
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        return one_line(f"{where}{line}: {prefix}{self.message}")


class SpecError(Exception):
    """Raised when the input cannot be turned into an SDK; carries every error found."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = sorted(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


@dataclass
class Reporter:
    """Collects diagnostics across stages; `raise_if_errors` ends a stage that found errors."""

    strict: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)
    lines: dict[str, dict[str, int]] = field(default_factory=dict)  # file -> pointer -> line

    def add(self, severity: Severity, file: str, pointer: str, message: str, kind: str = "") -> None:
        if severity == "warning" and self.strict:
            severity = "error"
        line = self._line(file, pointer)
        diagnostic = Diagnostic(file, pointer, message, severity, line, kind)
        if diagnostic not in self.diagnostics:
            self.diagnostics.append(diagnostic)

    def error(self, file: str, pointer: str, message: str) -> None:
        self.add("error", file, pointer, message)

    def warning(self, file: str, pointer: str, message: str, kind: str = "") -> None:
        self.add("warning", file, pointer, message, kind)

    def info(self, file: str, pointer: str, message: str) -> None:
        self.add("info", file, pointer, message)

    @property
    def errors(self) -> list[Diagnostic]:
        return sorted(d for d in self.diagnostics if d.severity == "error")

    def raise_if_errors(self) -> None:
        if self.errors:
            raise SpecError(self.errors)

    def _line(self, file: str, pointer: str) -> int | None:
        lines = self.lines.get(file)
        if not lines:
            return None
        while pointer:
            if pointer in lines:
                return lines[pointer]
            pointer = pointer.rsplit("/", 1)[0]
        return lines.get("")
