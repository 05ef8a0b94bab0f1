"""The next SDK version from the changes: breaking → major (minor while 0.x), additions → minor."""

from __future__ import annotations

from generator.diff.changes import Change


def next_version(current: str, changes: list[Change]) -> str:
    """The version to release after `current` (X.Y.Z, a pre-release suffix dropped); unchanged when
    nothing changed at all."""
    if not changes:
        return current
    major, minor, patch = (int(part) for part in _release(current))
    if any(c.breaking for c in changes):
        return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    if any(c.category == "addition" for c in changes):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _release(version: str) -> list[str]:
    digits = []
    for part in version.split(".")[:3]:
        number = ""
        for char in part:
            if not char.isdigit():
                break
            number += char
        digits.append(number or "0")
    return (digits + ["0", "0", "0"])[:3]
