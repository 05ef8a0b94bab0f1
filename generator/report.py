"""How diagnostics reach the terminal: errors one by one, warnings grouped by kind, notes with -v.

Verbosity: -1 (`--quiet`) shows errors only, 0 adds one line per kind of warning (with a count),
1 (`-v`) lists every warning and informational note.
"""

from __future__ import annotations

from collections.abc import Iterable

import click

from generator.diagnostics import Diagnostic, one_line

QUIET, NORMAL, VERBOSE = -1, 0, 1


def report_lines(diagnostics: Iterable[Diagnostic], verbosity: int) -> list[str]:
    """The lines to print for `diagnostics`, in a stable order."""
    ordered = sorted(set(diagnostics))
    lines = [str(d) for d in ordered if d.severity == "error"]
    if verbosity <= QUIET:
        return lines
    warnings = [d for d in ordered if d.severity == "warning"]
    if verbosity >= VERBOSE:
        lines += [str(d) for d in warnings]
        lines += [str(d) for d in ordered if d.severity == "info"]
        return lines
    groups: dict[str, list[Diagnostic]] = {}
    for warning in warnings:
        groups.setdefault(warning.kind or warning.message, []).append(warning)
    for kind, group in groups.items():
        first = group[0]
        if len(group) == 1:
            lines.append(str(first))
        elif first.kind:
            where = f"{first.file}#{first.pointer}" + (f" (line {first.line})" if first.line else "")
            lines.append(one_line(f"warning: {len(group)}× {kind}, first at {where}: {first.message} (-v lists them all)"))
        else:
            lines.append(f"{first} (and {len(group) - 1} more like it; -v lists them)")
    return lines


def report(diagnostics: Iterable[Diagnostic], verbosity: int) -> None:
    for line in report_lines(diagnostics, verbosity):
        click.echo(line, err=True)


def say(message: str, verbosity: int) -> None:
    """A summary line on stderr, unless `--quiet`."""
    if verbosity > QUIET:
        click.echo(message, err=True)
