"""Spec patterns in the SDK: ECMA 262 regexes as Python `re` patterns that mean the same,
and the shape a pattern accepts in words, for error messages (`imei:<15-16 digits>`).

    python_regex("(?i)^imei:[0-9]{15,16}$")    # '^[iI][mM][eE][iI]:[0-9]{15,16}\\Z'
    describe_pattern("(?i)^imei:[0-9]{15,16}$")  # 'imei:<15-16 digits> (any case)'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.spec.patterns import python_pattern

# Outside a character class: ECMA's `$` is the end of the input (Python's `\Z`), its `.`
# excludes every line terminator, and `\d`/`\w` are ASCII-only.
_OUTSIDE = {"$": r"\Z", ".": r"[^\n\r\u2028\u2029]"}
_ESCAPES_OUTSIDE = {r"\d": "[0-9]", r"\D": "[^0-9]", r"\w": "[A-Za-z0-9_]", r"\W": "[^A-Za-z0-9_]"}
_ESCAPES_INSIDE = {r"\d": "0-9", r"\w": "A-Za-z0-9_"}


def python_regex(pattern: str) -> str | None:
    """The pattern as a Python regex with ECMA semantics (None: not portable)."""
    portable = python_pattern(pattern)
    if portable is None:
        return None
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(portable):
        char = portable[i]
        if char == "\\":
            escape = portable[i : i + 2]
            table = _ESCAPES_INSIDE if in_class else _ESCAPES_OUTSIDE
            out.append(table.get(escape, escape))
            i += 2
            continue
        if in_class:
            in_class = char != "]" or portable[i - 1] in "[^" and _class_start(portable, i)
        elif char == "[":
            in_class = True
        elif char in _OUTSIDE:
            char = _OUTSIDE[char]
        out.append(char)
        i += 1
    return "".join(out)


def _class_start(pattern: str, index: int) -> bool:
    """Whether the `]` at `index` is the first character of its class (a literal `]`)."""
    start = pattern.rfind("[", 0, index)
    return pattern[start + 1 : index] in ("", "^")


@dataclass(frozen=True)
class _Piece:
    text: str  # what the piece stands for, in words or literally
    literal: bool = False  # one literal character (may take `?`)
    kind: str = ""  # a character class: what one of its characters is ("hex digit")


_DIGITS, _LOWER = "0123456789", "abcdefghijklmnopqrstuvwxyz"
_CLASSES = {
    frozenset(_DIGITS): "digit",
    frozenset(_DIGITS + "abcdef"): "lower-case hex digit",
    frozenset(_DIGITS + "ABCDEF"): "upper-case hex digit",
    frozenset(_DIGITS + "abcdefABCDEF"): "hex digit",
    frozenset(_LOWER): "lower-case letter",
    frozenset(_LOWER.upper()): "capital letter",
    frozenset(_LOWER + _LOWER.upper()): "letter",
    frozenset(_DIGITS + _LOWER + _LOWER.upper()): "letter or digit",
}
_QUANTIFIER = re.compile(r"\{(\d+)(,(\d*))?\}\??|[?+*]")
_UUID = "<8 hex digits>-<4 hex digits>-<4 hex digits>-<4 hex digits>-<12 hex digits>"


def describe_pattern(pattern: str) -> str | None:
    """The values an anchored pattern accepts, in words; None when it is too intricate.

    Literal text stays, a class with a count becomes ``<16 hex digits>``, an optional
    character ``[x]``; `(?i)` adds ``(any case)``.
    """
    ci = pattern.startswith("(?i)")
    body = pattern[4:] if ci else pattern
    if not (body.startswith("^") and body.endswith("$") and not body.endswith("\\$")):
        return None
    try:
        pieces, end = _sequence(body[1:-1], 0, ci)
    except ValueError:
        return None
    if end != len(body) - 2:
        return None
    text = "".join(p.text for p in pieces).replace(_UUID, "<uuid>")
    return f"{text} (any case)" if ci and any(c.isalpha() for c in text.replace("<uuid>", "")) else text


def _sequence(p: str, i: int, ci: bool) -> tuple[list[_Piece], int]:
    """Pieces up to the end of `p` or a closing parenthesis; raises ValueError when lost."""
    pieces: list[_Piece] = []
    while i < len(p) and p[i] != ")":
        piece, i = _atom(p, i, ci)
        quantifier = _QUANTIFIER.match(p, i)
        if quantifier:
            pieces.extend(_quantified(piece, quantifier))
            i = quantifier.end()
        else:
            pieces.extend(piece)
    return pieces, i


def _atom(p: str, i: int, ci: bool) -> tuple[list[_Piece], int]:
    char = p[i]
    if char == "(":
        start = i + 3 if p.startswith("(?:", i) else i + 1
        if p.startswith("(?", i) and start == i + 1:
            raise ValueError("look-around or flags")
        inner, end = _sequence(p, start, ci)
        if end >= len(p):
            raise ValueError("unbalanced")
        return inner, end + 1
    if char == "[":
        end = p.index("]", i + 1)
        kind = _class_name(p[i + 1 : end], ci)
        return [_Piece(f"<{kind}>", kind=kind)], end + 1
    if char == "\\" and i + 1 < len(p):
        if p[i + 1] == "d":
            return [_Piece("<digit>", kind="digit")], i + 2
        if p[i + 1].isalnum():
            raise ValueError("escape")
        return [_Piece(p[i + 1], literal=True)], i + 2
    if char in "|.^$*+?{}":
        raise ValueError("alternation or wildcard")
    return [_Piece(char.lower() if ci else char, literal=True)], i + 1


def _class_name(content: str, ci: bool) -> str:
    chars: set[str] = set()
    i = 0
    while i < len(content):
        if i + 2 < len(content) and content[i + 1] == "-":
            chars.update(chr(c) for c in range(ord(content[i]), ord(content[i + 2]) + 1))
            i += 3
        elif content[i] in "\\^":
            raise ValueError("escaped or negated class")
        else:
            chars.add(content[i])
            i += 1
    if ci:
        chars |= {c.swapcase() for c in chars}
    name = _CLASSES.get(frozenset(chars))
    if name is None:
        raise ValueError("unnamed class")
    return name


def _quantified(piece: list[_Piece], quantifier: re.Match[str]) -> list[_Piece]:
    token = quantifier.group(0)
    if token == "?":
        if len(piece) == 1 and piece[0].literal:
            return [_Piece(f"[{piece[0].text}]")]
        raise ValueError("optional group")
    if len(piece) != 1 or not piece[0].kind:
        if token.startswith("{") and quantifier.group(2) is None:
            return piece * int(quantifier.group(1))  # a group repeated n times
        raise ValueError("repeated group")
    name = piece[0].kind
    if token == "+":
        return [_Piece(f"<{name}s>")]
    if token == "*":
        return [_Piece(f"<any {name}s>")]
    low, comma, high = quantifier.group(1), quantifier.group(2), quantifier.group(3)
    count = low if comma is None else f"{low} or more" if not high else f"{low}-{high}"
    plural = "" if count == "1" else "s"
    return [_Piece(f"<{count} {name}{plural}>")]
