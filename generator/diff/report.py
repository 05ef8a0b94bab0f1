"""`sdkgen diff` output: text (grouped, breaking first), Markdown, JSON, and the changelog section."""

from __future__ import annotations

import json
from collections.abc import Callable

from generator.diff.changes import Change
from generator.diff.kinds import ACTIONS

_GROUPS = (
    ("Breaking changes", lambda c: c.breaking),
    ("Added", lambda c: not c.breaking and c.category == "addition"),
    ("Changed", lambda c: not c.breaking and c.category in ("change", "removal")),
    ("Documentation", lambda c: not c.breaking and c.is_documentation),
)


def _groups(changes: list[Change]) -> list[tuple[str, list[Change]]]:
    groups: list[tuple[str, list[Change]]] = []
    for title, belongs in _GROUPS:
        members = [c for c in changes if belongs(c)]
        if members:
            groups.append((title, members))
    return groups


def summary(changes: list[Change]) -> str:
    breaking = sum(1 for c in changes if c.breaking)
    return f"{len(changes)} change{'s' if len(changes) != 1 else ''}, {breaking} breaking"


def as_text(changes: list[Change], old: str, new: str, next_version: str, style: Callable[[str, str], str]) -> str:
    """Plain text; `style(text, role)` colours it (role: breaking, heading, dim) or returns it."""
    lines = [f"{old} → {new}: {summary(changes)}; next version {next_version}"]
    for title, members in _groups(changes):
        lines += ["", style(f"{title} ({len(members)})", "breaking" if title.startswith("Breaking") else "heading")]
        for change in members:
            lines.append(f"  {change.message}  [{change.kind}, {change.side}]")
            lines.append("    " + style(change.location, "dim"))
    return "\n".join(lines) + "\n"


def as_markdown(changes: list[Change], old: str, new: str, next_version: str) -> str:
    """For a pull-request comment: a summary line, then a table per group."""
    lines = [f"**API diff** `{old}` → `{new}`: {summary(changes)}; next version **{next_version}**"]
    for title, members in _groups(changes):
        lines += ["", f"### {title} ({len(members)})", "", "| change | kind | side | location |", "|---|---|---|---|"]
        lines += [f"| {_cell(c.message)} | `{c.kind}` | {c.side} | `{_cell(c.location)}` |" for c in members]
    return "\n".join(lines) + "\n"


def as_json(changes: list[Change], old: str, new: str, next_version: str) -> str:
    data = {
        "old": old,
        "new": new,
        "changes": [c.as_json() for c in changes],
        "breaking": sum(1 for c in changes if c.breaking),
        "non_breaking": sum(1 for c in changes if not c.breaking),
        "next_version": next_version,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def changelog_section(changes: list[Change], version: str, built_from: list[str]) -> str:
    """The CHANGELOG.md section for `version`: breaking changes first, each saying what to change."""
    lines = [f"## {version}", ""]
    if built_from:
        lines += [f"Built from {', '.join(built_from)}.", ""]
    if not changes:
        lines += ["No changes to the API.", ""]
    for title, members in _groups(changes):
        lines += [f"### {title}", ""]
        once = {c.location + c.kind.split("-", 1)[-1]: c for c in reversed(members)}  # a field added to requests and responses: one line
        lines += [f"- {_bullet(c.message)}{_action(c)}" for c in members if once[c.location + c.kind.split("-", 1)[-1]] is c]
        lines.append("")
    return "\n".join(lines)


def _action(change: Change) -> str:
    """What a user of the SDK must change, for a breaking change."""
    action = ACTIONS.get(change.kind, "") if change.breaking else ""
    return f" ({action})" if action else ""


def _bullet(message: str) -> str:
    return " ".join(message.split())


def _cell(text: str) -> str:
    return _bullet(text).replace("|", "\\|")
