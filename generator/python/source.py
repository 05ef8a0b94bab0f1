"""How Python source is spelled: string literals, docstrings, and import blocks as isort sorts them."""

from __future__ import annotations

import functools
import re
import textwrap
from typing import Iterable

from generator.python.annotations import UnionOf


def py_string(text: str) -> str:
    """A Python string literal for any text (quotes, backslashes, newlines are escaped)."""
    return repr(text)


@functools.lru_cache(maxsize=8192)  # specs repeat their descriptions
def docstring(text: str | None, indent: str = "", line_length: int = 100) -> str:
    """A safe triple-quoted docstring: nothing in `text` can end it or escape from it."""
    width = line_length - len(indent) - 6
    text = (text or "").strip().replace("\r\n", "\n")
    if not text.replace("\n", "").isprintable():
        text = "".join(ch if ch == "\n" or ch.isprintable() else " " for ch in text)
    text = text.replace("\\", "\\\\")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lead = paragraph[: len(paragraph) - len(paragraph.lstrip())]
        hang = lead + "    " if lead else ""
        wrapped = textwrap.wrap(paragraph.strip(), width, initial_indent=lead, subsequent_indent=hang, break_long_words=False, break_on_hyphens=False)
        lines.extend(wrapped or [""])
    body = "\n".join(indent + line if line else "" for line in lines).lstrip()
    body = _escape_quote_runs(body)
    if len(lines) > 1:
        body += "\n" + indent
    return f'"""{body}"""'


def parameter(name: str, annotation: object, default: str | None, indent: int, line_length: int = 100) -> str:
    """`name: annotation = default` as one parameter line of a signature (without its comma); a
    union that makes the line too long is put in parentheses, where the formatter (which keeps
    them) can break it the way black does, rather than between the annotation and its default."""
    text = str(annotation)
    suffix = "" if default is None else f" = {default}"
    if isinstance(annotation, UnionOf) and indent + len(f"{name}: {text}{suffix},") > line_length:
        text = f"({text})"
    return f"{name}: {text}{suffix}"


def _escape_quote_runs(body: str) -> str:
    """A backslash before each `"` that another `"` (or the end) follows: nothing can end the docstring."""
    if '"' not in body:
        return body
    end = len(body) - 1 if body.endswith("\n") else len(body)  # where `$` matches: the end, or before a final newline
    out = []
    for index, char in enumerate(body):
        closes = index + 1 >= end or body[index + 1] == '"'
        out.append('\\"' if char == '"' and closes else char)
    return "".join(out)


def _natural(text: str) -> list[object]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def isort_key(name: str, case_sensitive: bool = False) -> tuple[int, list[object]]:
    """isort's (and ruff's) order: CONSTANTS, then Classes, then everything else, naturally."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return kind, _natural(name if case_sensitive else name.lower())


def sorted_names(names: Iterable[str]) -> list[str]:
    """The order ruff wants in `__all__` (case-sensitive)."""
    return sorted(set(names), key=lambda name: isort_key(name, case_sensitive=True))


def import_block(imports: set[str]) -> str:
    """Import lines merged per module and grouped as isort does: stdlib, third party, local;
    `import x` before `from x import y` in each group."""
    names: dict[str, set[str]] = {}
    plain = sorted(line for line in imports if line.startswith("import "))
    for line in imports - set(plain):
        module, _, imported = line.removeprefix("from ").partition(" import ")
        names.setdefault(module, set()).update(n.strip() for n in imported.split(","))
    groups: list[list[str]] = [[], [], []]
    for line in plain:
        groups[_import_group(line.removeprefix("import "))].append(line)
    for module in sorted(names):
        groups[_import_group(module)].append(f"from {module} import {', '.join(sorted(names[module], key=isort_key))}")
    return "\n\n".join("\n".join(group) for group in groups if group)


def _import_group(module: str) -> int:
    """isort's section of a module: 0 standard library, 1 third party, 2 this package."""
    return 2 if module.startswith(".") else 1 if module.split(".")[0] in ("pydantic", "httpx", "typing_extensions") else 0
