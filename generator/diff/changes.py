"""One change between two API surfaces, and the place (in the spec and in the SDK) it is about."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from generator.diff.kinds import KINDS

Side = Literal["request", "response", "both", "none"]
Direction = Literal["request", "response"]


@dataclass(frozen=True)
class Where:
    """A place a type is compared: its location in the spec and its name in the SDK."""

    location: str  # FILE#/pointer in NEW (OLD for what was removed)
    subject: str  # how an SDK user names it: `client.projects.search(type=…)`, `Project.name`

    def child(self, pointer: str, subject: str) -> Where:
        return Where(self.location + pointer, subject)


@dataclass(frozen=True)
class Change:
    kind: str
    breaking: bool
    side: Side
    location: str
    message: str  # starts with the SDK subject: "`Project.name`: field removed"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown change kind {self.kind!r}")  # a bug of ours, not bad input

    @property
    def category(self) -> str:
        return KINDS[self.kind].category

    @property
    def is_documentation(self) -> bool:
        return self.category == "documentation"

    def as_json(self) -> dict[str, object]:
        return {"kind": self.kind, "breaking": self.breaking, "side": self.side, "location": self.location, "message": self.message}


def merge_sides(sides: set[Direction]) -> Side:
    """One `side` for the directions a change bites in."""
    if not sides:
        return "none"
    return "both" if len(sides) == 2 else next(iter(sides))


class ChangeSet:
    """The changes found so far; the same change found from several directions is kept once.

    A change bites on the sides where it is breaking (or, if it breaks nothing, where it is).
    """

    def __init__(self) -> None:
        self._found: dict[tuple[str, str, str], list[tuple[bool, Side]]] = {}

    def add(self, kind: str, breaking: bool, side: Side, location: str, message: str) -> None:
        self._found.setdefault((kind, location, message), []).append((breaking, side))

    def changes(self) -> list[Change]:
        result = []
        for (kind, location, message), found in self._found.items():
            breaking = any(b for b, _ in found)
            sides = {s for b, s in found if b or not breaking}
            directions: set[Direction] = set()
            for side in sides:
                directions |= {"request", "response"} if side == "both" else {side} if side != "none" else set()
            result.append(Change(kind, breaking, merge_sides(directions), location, message))
        return sorted(result, key=lambda c: (not c.breaking, c.is_documentation, c.location, c.kind, c.message))
