"""Python type annotations as values: a small expression tree that renders itself.

    UnionOf.of(Subscript(LIST, (MODELS.name("Device"),)), NONE).render()   # 'list[Device] | None'

`Name` is a name with the module it comes from (so an expression knows its imports), `Subscript`
is `list[X]` or `Annotated[X, ...]`, `UnionOf` is `A | B | None` (members once each, None last),
`LiteralOf` is `Literal['a', 'b']`, `Call` (with `Keyword` arguments) and `Value` are the metadata
inside `Annotated[...]`, `Quoted` is a forward reference. Transformations (`replace_names`) return new trees; nothing here
reads or rewrites source text.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar


class Expr:
    """A node of an annotation; `str()` is its Python source."""

    def render(self) -> str:
        raise NotImplementedError

    def children(self) -> tuple[Expr, ...]:
        return ()

    def rebuild(self, children: tuple[Expr, ...]) -> Expr:
        """The same node over other children."""
        return self

    def __str__(self) -> str:
        return self.render()

    def names(self) -> Iterator[Name]:
        """Every name the expression mentions, outermost first (quoted ones too)."""
        if isinstance(self, Name):
            yield self
        for child in self.children():
            yield from child.names()

    def replace_names(self, change: Callable[[Name], Expr | None]) -> Expr:
        """A copy with each name for which `change` gives an expression replaced by it."""
        if isinstance(self, Name):
            return change(self) or self
        return self.rebuild(tuple(child.replace_names(change) for child in self.children()))

    @property
    def is_nullable(self) -> bool:
        """True when the type admits None as it is: `None`, `Any`, or a union with a None member."""
        return False

    def or_none(self) -> Expr:
        """`self | None` (unchanged when it already admits None)."""
        return self if self.is_nullable else UnionOf.of(self, NONE)


@dataclass(frozen=True, eq=True)
class Name(Expr):
    """A name, and where it is imported from: a module (`typing`), or `.x` for the SDK's own `x`.

    `qualified` spells it `module.id` (`builtins.list`) and imports the module instead.
    """

    id: str
    module: str | None = None
    qualified: bool = False

    def render(self) -> str:
        return f"{self.module}.{self.id}" if self.qualified else self.id

    @property
    def is_builtin(self) -> bool:
        return self.module is None and hasattr(builtins, self.id)

    @property
    def is_nullable(self) -> bool:
        return self in (NONE, ANY)


@dataclass(frozen=True)
class _Applied(Expr):
    """`head` applied to `args`, in the brackets of the subclass."""

    head: Name
    args: tuple[Expr, ...]
    brackets: ClassVar[str]

    def render(self) -> str:
        opening, closing = self.brackets
        return f"{self.head.render()}{opening}{', '.join(arg.render() for arg in self.args)}{closing}"

    def children(self) -> tuple[Expr, ...]:
        return (self.head, *self.args)

    def rebuild(self, children: tuple[Expr, ...]) -> Expr:
        head = children[0]
        return type(self)(head if isinstance(head, Name) else self.head, children[1:])


class Subscript(_Applied):
    """`list[X]`, `Annotated[X, meta]`."""

    brackets = "[]"


class Call(_Applied):
    """`func(arg, ...)`: metadata inside `Annotated[...]`, such as `Tag('a')`."""

    brackets = "()"


@dataclass(frozen=True)
class UnionOf(Expr):
    """`A | B | None`; build it with `UnionOf.of`, which flattens, dedupes and puts None last."""

    members: tuple[Expr, ...]

    @staticmethod
    def of(*members: Expr) -> Expr:
        flat: list[Expr] = []
        nullable = False
        for member in members:
            for part in member.members if isinstance(member, UnionOf) else (member,):
                if part == NONE:
                    nullable = True
                elif part not in flat:
                    flat.append(part)
        if nullable:
            flat.append(NONE)
        if not flat:
            return NONE
        return flat[0] if len(flat) == 1 else UnionOf(tuple(flat))

    def render(self) -> str:
        return " | ".join(member.render() for member in self.members)

    def children(self) -> tuple[Expr, ...]:
        return self.members

    def rebuild(self, children: tuple[Expr, ...]) -> Expr:
        return UnionOf.of(*children)

    @property
    def is_nullable(self) -> bool:
        return NONE in self.members


@dataclass(frozen=True)
class Value(Expr):
    """A Python literal (a string, number, bool or None), spelled with `repr`."""

    value: Any

    def render(self) -> str:
        return repr(self.value)


@dataclass(frozen=True)
class Keyword(Expr):
    """`name=value`: a keyword argument of a `Call`."""

    name: str
    value: Expr

    def render(self) -> str:
        return f"{self.name}={self.value.render()}"

    def children(self) -> tuple[Expr, ...]:
        return (self.value,)

    def rebuild(self, children: tuple[Expr, ...]) -> Expr:
        return Keyword(self.name, children[0])


@dataclass(frozen=True)
class LiteralOf(Expr):
    """`Literal['a', 'b']`."""

    values: tuple[Any, ...]

    def render(self) -> str:
        return f"Literal[{', '.join(repr(v) for v in self.values)}]"

    def children(self) -> tuple[Expr, ...]:
        return (LITERAL,)


@dataclass(frozen=True)
class Quoted(Expr):
    """A forward reference, `"Tree"`: the name is looked up when the annotation is evaluated."""

    name: Name

    def render(self) -> str:
        return f'"{self.name.render()}"'

    def children(self) -> tuple[Expr, ...]:
        return (self.name,)

    def rebuild(self, children: tuple[Expr, ...]) -> Expr:
        name = children[0]
        return Quoted(name) if isinstance(name, Name) else name


NONE = Name("None")
ANY = Name("Any", "typing")
LITERAL = Name("Literal", "typing")
ANNOTATED = Name("Annotated", "typing")
LIST = Name("list")
DICT = Name("dict")
STR = Name("str")


def model(name: str) -> Name:
    """A type the SDK's `models` module declares."""
    return Name(name, ".models")


def runtime(name: str) -> Name:
    """A name from the SDK's runtime (`_types`, `_models`, ...), e.g. `runtime("_types.Duration")`."""
    module, _, attribute = name.rpartition(".")
    return Name(attribute, f".{module}")


def imports_of(expressions: Iterable[Expr], *, importer: str) -> set[str]:
    """The import lines the expressions need inside the SDK module `importer` (e.g. `resources.x`).

    The SDK's own modules are imported relatively; names of `importer` itself need no import.
    """
    lines: set[str] = set()
    for expression in expressions:
        for name in expression.names():
            if name.module is None:
                continue
            if name.qualified:
                lines.add(f"import {name.module}")
            elif not name.module.startswith("."):
                lines.add(f"from {name.module} import {name.id}")
            elif name.module[1:] != importer:
                dots = "." * (importer.count(".") + 1)
                lines.add(f"from {dots}{name.module[1:]} import {name.id}")
    return lines
