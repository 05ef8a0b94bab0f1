"""Spec patterns in the SDK: ECMA semantics in Python `re`, and formats described in words."""

from __future__ import annotations

import re

import pytest

from generator.python.regex import describe_pattern, python_regex


@pytest.mark.parametrize(
    ("pattern", "accepted", "refused"),
    [
        ("^a$", ["a"], ["a\n", "\na"]),
        ("(?i)^imei:[0-9]{15,16}$", ["IMEI:350266800610993"], ["imei:350266800610993\n", "imei:3502668006109"]),
        ("^[0-9]+$", ["42"], ["\u0664\u0662", "4\n"]),
        (r"^\d+$", ["42"], ["\u0664\u0662"]),
        (r"^\w+$", ["a_1"], ["\u00e9t\u00e9"]),
        ("^.+$", ["x y"], ["x\ny", "x\ry", "x\u2028y"]),
        (r"^[$.]+$", ["$.$"], ["a"]),
        (r"^a\$$", ["a$"], ["a"]),
        (r"^(?!\s*$).+", ["x"], ["   ", "\n"]),
    ],
)
def test_python_regex_keeps_ecma_semantics(pattern: str, accepted: list[str], refused: list[str]) -> None:
    compiled = re.compile(python_regex(pattern) or "")
    assert all(compiled.search(value) for value in accepted)
    assert not any(compiled.search(value) for value in refused)


def test_a_pattern_python_cannot_take_gives_none() -> None:
    assert python_regex("(?x)a") is None and python_regex("[") is None


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("(?i)^imei:[0-9]{15,16}$", "imei:<15-16 digits> (any case)"),
        ("(?i)^deveui:[a-f0-9]{16}$", "deveui:<16 hex digits> (any case)"),
        ("(?i)^urn:dev:dvnuuid:[a-f0-9]{8}(-[a-f0-9]{4}){3}-[a-f0-9]{12}:?$", "urn:dev:dvnuuid:<uuid>[:] (any case)"),
        ("^[A-Z]{3}-[0-9]{4}$", "<3 capital letters>-<4 digits>"),
        ("^[a-z]+\\.[0-9]{2,}$", "<lower-case letters>.<2 or more digits>"),
        ("^x[0-9]*$", "x<any digits>"),
        ("^[A-F0-9]{1}$", "<1 upper-case hex digit>"),
    ],
)
def test_describe_pattern(pattern: str, words: str) -> None:
    assert describe_pattern(pattern) == words


@pytest.mark.parametrize("pattern", ["^a|b$", "a$", "^a", r"^(?!\s*$).+$", "^[^a]$", "^[a-c]$", r"^\s$", "^(ab)?$", "^(a)+$"])
def test_an_intricate_pattern_is_not_described(pattern: str) -> None:
    assert describe_pattern(pattern) is None
