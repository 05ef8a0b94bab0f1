"""How IR types are spelled in the generated Python SDK: annotations, literals, docstrings."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from typing import Any, Iterable

from generator import ir
from generator.spec.patterns import python_pattern

UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_FORMATS = {
    "date-time": ("datetime", "from datetime import datetime"),
    "date": ("date", "from datetime import date"),
    "uuid": ("UUID", "from uuid import UUID"),
    "byte": ("Base64Bytes", "from ._types import Base64Bytes"),
    "binary": ("bytes", None),
    "duration": ("Duration", "from ._types import Duration"),
}
_PRIMITIVES = {"integer": "int", "number": "float", "boolean": "bool", "null": "None", "any": "Any", "object": "dict[str, Any]"}
_NEEDS_ANY = {"any", "object"}


def py_string(text: str) -> str:
    """A Python string literal for any text (quotes, backslashes, newlines are escaped)."""
    return repr(text)


def docstring(text: str | None, indent: str = "", line_length: int = 100) -> str:
    """A safe triple-quoted docstring: nothing in `text` can end it or escape from it."""
    width = line_length - len(indent) - 6
    text = (text or "").strip().replace("\r\n", "\n")
    text = "".join(ch if ch == "\n" or ch.isprintable() else " " for ch in text)
    text = text.replace("\\", "\\\\")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lead = paragraph[: len(paragraph) - len(paragraph.lstrip())]
        hang = lead + "    " if lead else ""
        wrapped = textwrap.wrap(paragraph.strip(), width, initial_indent=lead, subsequent_indent=hang, break_long_words=False, break_on_hyphens=False)
        lines.extend(wrapped or [""])
    body = "\n".join(indent + line if line else "" for line in lines).lstrip()
    body = re.sub(r'"(?="|$)', r'\\"', body)  # no quote run, no closing quote: nothing ends it
    if len(lines) > 1:
        body += "\n" + indent
    return f'"""{body}"""'


def union_of(parts: list[str]) -> str:
    """`A | B | None`: members once each, None last (where ruff and readers expect it)."""
    nullable = False
    members: list[str] = []
    for part in parts:
        if part.endswith(" | None") or part == "None":
            nullable = True
            part = part.removesuffix(" | None").removesuffix("None")
        if part and part not in members:
            members.append(part)
    return " | ".join([*members, "None"] if nullable else members) or "None"


@dataclass
class TypeNamer:
    """Spells IR types as Python annotations, collecting the imports they need."""

    api: ir.Api
    imports: set[str] = field(default_factory=set)
    plain_enum_values: bool = False  # parameters: also accept an enum's values as plain literals

    def annotation(self, type_ref: ir.TypeRef) -> str:
        text = self._base(type_ref)
        if type_ref.nullable and text not in ("None", "Any"):
            return f"{text} | None"
        return text

    def _base(self, t: ir.TypeRef) -> str:
        if t.kind == "ref":
            named = self.api.type_by_id(t.ref or "")
            if self.plain_enum_values and isinstance(named, ir.Enum) and named.base == "string":
                plain = "str" if named.open else self.literal_type([v.value for v in named.values])
                return f"{named.py_name} | {plain}"
            return named.py_name
        if t.kind == "array":
            return f"list[{self.annotation(t.items or ir.TypeRef(kind='any'))}]"
        if t.kind == "map":
            return f"dict[str, {self.annotation(t.values or ir.TypeRef(kind='any'))}]"
        if t.kind == "union":
            parts = [self.annotation(v) for v in t.variants]
            if "Any" in parts:
                self.imports.add("from typing import Any")
                return "Any"
            return union_of(parts)
        if t.kind == "const":
            return self.literal_type([t.value])
        if t.kind == "string":
            return self.string(t)
        if t.kind in _NEEDS_ANY:
            self.imports.add("from typing import Any")
        return _PRIMITIVES[t.kind]

    def string(self, t: ir.TypeRef) -> str:
        if t.format in _FORMATS:
            name, needed = _FORMATS[t.format]
            if needed:
                self.imports.add(needed)
            return name
        pattern = python_pattern(t.constraints.pattern) if t.constraints.pattern else None
        if pattern is None:
            return "str"
        return self.pattern_str([pattern])

    def pattern_str(self, patterns: list[str]) -> str:
        """`str` checked (in requests) against one of `patterns`."""
        self.imports.add("from typing import Annotated")
        self.imports.add("from ._types import matches_any")
        return f"Annotated[str, matches_any({', '.join(py_string(p) for p in patterns)})]"

    def literal_type(self, values: list[Any]) -> str:
        if values == [None]:
            return "None"
        self.imports.add("from typing import Literal")
        return f"Literal[{', '.join(repr(v) for v in values)}]"


def string_union_patterns(union: ir.Union, api: ir.Api) -> list[str] | None:
    """For a union of string formats (DeviceId), the patterns of its variants; else None.

    A variant that accepts any string makes the whole union a plain `str` (empty list).
    """
    patterns: list[str] = []
    for variant in union.variants:
        target = variant
        while target.kind == "ref":
            named = api.type_by_id(target.ref or "")
            if not isinstance(named, ir.Alias):
                return None
            target = named.target
        if target.kind != "string" or target.nullable:
            return None
        if target.format == "uuid":
            patterns.append(UUID_PATTERN)
        elif target.constraints.pattern and (pattern := python_pattern(target.constraints.pattern)):
            patterns.append(pattern)
        elif target.format in _FORMATS:
            return None
        else:
            return []
    return patterns


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
    groups: list[list[str]] = [plain, [], []]
    for module in sorted(names):
        group = 2 if module.startswith(".") else 1 if module.split(".")[0] in ("pydantic", "httpx", "typing_extensions") else 0
        groups[group].append(f"from {module} import {', '.join(sorted(names[module], key=isort_key))}")
    return "\n\n".join("\n".join(group) for group in groups if group)
