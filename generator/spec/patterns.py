"""Regex patterns from specs, made portable: one translation for the SDK, the examples and Prism.

OpenAPI says patterns are ECMA 262 regexes, and real specs also use Java's inline `(?i)`.
`normalize_pattern` rewrites a pattern so that it means the same in Java, JavaScript and
Python without flags; `python_pattern` is that rewrite where Python's `re` accepts it.
"""

from __future__ import annotations

import re

__all__ = ["PatternError", "normalize_pattern", "python_pattern"]


class PatternError(ValueError):
    """A regex pattern uses syntax that cannot be rewritten portably."""


_HEX = frozenset("0123456789abcdefABCDEF")


def _ascii_letter(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def _other_case(ch: str) -> str:
    return ch.upper() if ch.islower() else ch.lower()


def _escape_in_class(ch: str) -> str:
    """Source text for a literal character inside ``[...]`` that is safe in Java, JS and Python."""
    return "\\" + ch if ch in "\\]^-[" else ch


def _read_escape(p: str, i: int) -> tuple[str, str | None, int]:
    """Read the escape starting at ``p[i] == '\\'``.

    Returns ``(source_text, literal, next_index)``; ``literal`` is the one character the
    escape stands for (``\\.``, ``\\x41``, ``\\u0041``, ``\\n``), or None for classes
    (``\\d``), assertions (``\\b``) and back-references.
    """
    if i + 1 >= len(p):
        raise PatternError("pattern ends with a lone backslash")
    c = p[i + 1]
    for letter, width in (("x", 2), ("u", 4)):
        digits = p[i + 2 : i + 2 + width]
        if c == letter and len(digits) == width and all(d in _HEX for d in digits):
            return p[i : i + 2 + width], chr(int(digits, 16)), i + 2 + width
    if c in "pPkN" and i + 2 < len(p) and p[i + 2] in "{<":
        end = p.find("}" if p[i + 2] == "{" else ">", i + 3)
        if end < 0:
            raise PatternError(f"unterminated \\{c} escape")
        return p[i : end + 1], None, end + 1
    if c == "c" and i + 2 < len(p):
        return p[i : i + 3], None, i + 3
    controls = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
    if c in controls:
        return p[i : i + 2], controls[c], i + 2
    if c.isalnum():  # \d \w \s \b \B \1 ...: classes, assertions, back-references
        return p[i : i + 2], None, i + 2
    return p[i : i + 2], c, i + 2  # escaped punctuation stands for itself


def _rewrite_class(p: str, i: int, ci: bool) -> tuple[str, int]:
    """Rewrite the character class starting at ``p[i] == '['``; returns (text, next index).

    When case-insensitive, the class is rebuilt with the other case of every ASCII letter
    and range added, and with literal ``-``, ``]``, ``^``, ``[`` and ``\\`` escaped so the
    additions can never form an accidental range.
    """
    start = i
    i += 1
    negated = i < len(p) and p[i] == "^"
    if negated:
        i += 1
    items: list[tuple[str, str | None, bool]] = []  # (source, literal, is_unescaped_dash)
    while True:
        if i >= len(p):
            raise PatternError("unterminated character class")
        ch = p[i]
        if ch == "]" and items:
            i += 1
            break
        if ch == "\\":
            src, lit, i = _read_escape(p, i)
            items.append((src, lit, False))
            continue
        if ci and (ch == "[" or p.startswith("&&", i)):
            raise PatternError("nested character classes and class intersections (&&) are not portable")
        items.append((_escape_in_class(ch), ch, ch == "-"))
        i += 1
    if not ci:
        return p[start:i], i

    parts: list[str] = []
    k = 0
    while k < len(items):
        src, lo, _ = items[k]
        if (
            k + 2 < len(items)
            and items[k + 1][2]
            and lo is not None
            and items[k + 2][1] is not None
        ):
            hi_src, hi, _ = items[k + 2]
            assert hi is not None
            if lo > hi:
                raise PatternError(f"bad character range {lo}-{hi}")
            parts.append(f"{src}-{hi_src}")
            for first, last in (("a", "z"), ("A", "Z")):
                a, b = max(lo, first), min(hi, last)
                if a <= b:
                    parts.append(_other_case(a) if a == b else f"{_other_case(a)}-{_other_case(b)}")
            k += 3
            continue
        parts.append(src)
        if lo is not None and _ascii_letter(lo):
            parts.append(_other_case(lo))
        k += 1
    return "[" + ("^" if negated else "") + "".join(parts) + "]", i


def _parse_flags(spec: str) -> bool | None:
    """Interpret inline flags like ``i`` / ``-i``; returns new case-insensitivity or raises."""
    on, _, off = spec.partition("-")
    for letter in on + off:
        if letter != "i":
            raise PatternError(f"inline flag {letter!r} is not portable (only (?i) can be rewritten)")
    if "i" in off:
        return False
    if "i" in on:
        return True
    return None


def normalize_pattern(pattern: str) -> str:
    """Rewrite Java-style inline case-insensitivity into a flag-free, portable regex.

    ``(?i)`` (anywhere, applying to the rest of its group), ``(?-i)``, ``(?i:...)`` and
    ``(?-i:...)`` are removed; while case-insensitive, every ASCII letter ``x`` becomes
    ``[xX]`` and every class gains the other case (``[a-f0-9]`` → ``[a-fA-F0-9]``). Like
    Java's default ``(?i)``, only ASCII letters fold. The result needs no flags in Java,
    JavaScript (with or without ``u``) or Python ``re``. A lazy exact count ``{n}?`` (a
    no-op that randexp-based fakers misread as optional) becomes ``{n}``. Other patterns are
    returned unchanged. Raises ``PatternError`` for constructs that cannot be rewritten
    (other inline flags, back-references under ``(?i)``, class intersections).
    """
    if "(?" not in pattern and "}?" not in pattern:
        return pattern
    out: list[str] = []
    ci = False
    stack: list[bool] = []  # case-insensitivity to restore when each open group closes
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            src, lit, j = _read_escape(pattern, i)
            c = pattern[i + 1]
            if ci and ((c.isdigit() and c != "0") or c == "k"):
                raise PatternError("back-references cannot be made case-insensitive without flags")
            if ci and c == "Q":
                raise PatternError("\\Q...\\E quoting is not portable")
            folds = ci and lit is not None and _ascii_letter(lit)
            out.append(f"[{lit}{_other_case(lit)}]" if folds and lit else src)
            i = j
        elif ch == "[":
            text, i = _rewrite_class(pattern, i, ci)
            out.append(text)
        elif ch == "(" and pattern.startswith("(?", i):
            j = i + 2
            while j < n and (pattern[j].isalpha() or pattern[j] == "-"):
                j += 1
            flags = pattern[i + 2 : j]
            if flags and j < n and pattern[j] in "):" and flags[0] != "P":
                new_ci = _parse_flags(flags)
                if pattern[j] == ":":  # (?i:...) scopes the flag to the group
                    stack.append(ci)
                    out.append("(?:")
                ci = ci if new_ci is None else new_ci  # (?i) applies to the rest of its group
                i = j + 1
                continue
            if pattern.startswith("(?P=", i) and ci:
                raise PatternError("back-references cannot be made case-insensitive without flags")
            if pattern.startswith(("(?<", "(?P<"), i) and not pattern.startswith(("(?<=", "(?<!"), i):
                end = pattern.find(">", i)  # named group: copy the name verbatim
                if end < 0:
                    raise PatternError("unterminated group name")
            else:
                prefix = next(
                    (q for q in ("(?<=", "(?<!", "(?:", "(?=", "(?!", "(?>") if pattern.startswith(q, i)),
                    None,
                )
                if prefix is None:
                    raise PatternError(f"unsupported group syntax at offset {i}")
                end = i + len(prefix) - 1
            stack.append(ci)
            out.append(pattern[i : end + 1])
            i = end + 1
        elif ch == "(":
            stack.append(ci)
            out.append(ch)
            i += 1
        elif ch == ")":
            if not stack:
                raise PatternError("unbalanced parenthesis")
            ci = stack.pop()
            out.append(ch)
            i += 1
        elif ch == "{" and re.fullmatch(r"\{\d+(,\d*)?\}", pattern[i : pattern.find("}", i) + 1]):
            quantifier = pattern[i : pattern.find("}", i) + 1]
            out.append(quantifier)  # no letters to fold
            i += len(quantifier)
            if "," not in quantifier and pattern.startswith("?", i):
                i += 1  # "{n}?": lazy on an exact count is a no-op, but randexp reads it as "optional"
        else:
            out.append(f"[{ch}{_other_case(ch)}]" if ci and _ascii_letter(ch) else ch)
            i += 1
    if stack:
        raise PatternError("unbalanced parenthesis")
    return "".join(out)


def python_pattern(pattern: str) -> str | None:
    """The pattern as Python `re` accepts it (Java's `(?i)` made portable), or None."""
    try:
        portable = normalize_pattern(pattern)
        re.compile(portable)
    except (PatternError, re.error):
        return None
    return portable
