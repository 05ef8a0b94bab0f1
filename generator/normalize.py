"""Make an OpenAPI document portable (and Prism-friendly) without changing its meaning.

``normalize_document`` returns a rewritten copy of a spec:

* ``"example": null`` keywords are dropped (they mean "no example" in the seed specs,
  but tools such as Prism serve them as a literal ``null`` body);
* regex patterns using Java's inline case-insensitive flag (``(?i)``) are rewritten into
  flag-free patterns that behave the same in Java, JavaScript and Python (and ``{n}?``,
  which randexp-based fakers misread, becomes the equivalent ``{n}``);
* each variant of a ``oneOf``/``anyOf`` union with a ``discriminator`` gets its
  discriminator value as an explicit ``const``, so that validators can tell variants apart;
* a schema ``example`` that its own schema rejects is dropped (a spec bug that mock servers
  would serve);
* ``format: byte`` beside ``contentEncoding: base64`` and a ``pattern`` is dropped: in 3.1 it is
  an annotation the other two already express, and Prism ignores the pattern when it is there.

``normalize_pattern`` is the pattern rewrite alone, shared with the SDK generator.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["PatternError", "normalize_document", "normalize_pattern"]


class PatternError(ValueError):
    """A regex pattern uses syntax that cannot be rewritten portably."""


# --------------------------------------------------------------------------------------
# (b) patterns
# --------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------
# the document walk: (a) drop "example": null, (b) rewrite patterns
# --------------------------------------------------------------------------------------

# Keys whose value is a map from user-chosen names to objects: a key found in such a map is a
# name (a property may well be called "example"), never a keyword. Value: what the map holds.
_NAME_MAPS = {
    **dict.fromkeys(
        (
            "properties", "$defs", "definitions", "dependentSchemas", "paths", "webhooks",
            "schemas", "responses", "requestBodies", "headers", "securitySchemes",
            "pathItems", "content", "encoding", "variables", "examples",
        ),
        "names",
    ),
    "links": "link-names",
    "callbacks": "callback-names",
}
# A map of names of a given kind -> the kind of its values.
_NAME_KINDS = {"names": "object", "link-names": "link", "callback-names": "names"}
# Keys whose value is plain data (examples, defaults, enums, name lists): copied untouched.
_LITERALS = frozenset(
    {"example", "default", "enum", "const", "value", "mapping", "scopes", "security",
     "required", "dependentRequired", "externalValue"}
)


_SCHEMA_KEYWORDS = frozenset(
    {"type", "properties", "items", "$ref", "allOf", "oneOf", "anyOf", "enum", "const",
     "format", "pattern", "additionalProperties", "minLength", "maxLength", "minimum", "maximum"}
)


class _Walker:
    def __init__(self) -> None:
        self.path: list[str] = []
        self.schema_examples: list[list[str]] = []  # paths of schemas that carry an example

    def where(self) -> str:
        return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in self.path)

    def pattern(self, value: str) -> str:
        try:
            return normalize_pattern(value)
        except PatternError as exc:
            raise PatternError(f"{self.where()}: {exc} (pattern {value!r})") from None

    def node(self, node: Any, kind: str = "object") -> Any:
        """Copy ``node``, normalizing as we go.

        ``kind`` says what a dict here is: ``"object"`` (a keyword object: Schema, Parameter,
        Media Type, ...), ``"link"`` (a Link Object, whose ``parameters``/``requestBody`` are
        data), or a map of names whose values are objects (``"names"``), links
        (``"link-names"``) or callbacks (``"callback-names"``). Lists are walked item by item.
        """
        if isinstance(node, list):
            out_list = []
            for index, item in enumerate(node):
                self.path.append(str(index))
                out_list.append(self.node(item, kind))
                self.path.pop()
            return out_list
        if not isinstance(node, dict):
            return copy.deepcopy(node)
        out: dict[str, Any] = {}
        for key, value in node.items():
            self.path.append(key)
            if kind in _NAME_KINDS:  # the key is a name, never a keyword
                out[key] = self.node(value, _NAME_KINDS[kind])
            elif key == "example" and value is None:
                pass  # (a) means "no example", not "an example of null"
            elif key.startswith("x-") or key in _LITERALS:
                out[key] = copy.deepcopy(value)
            elif kind == "link" and key in ("parameters", "requestBody"):
                out[key] = copy.deepcopy(value)  # runtime expressions or literal values
            elif key == "pattern" and isinstance(value, str):
                out[key] = self.pattern(value)
            elif key == "patternProperties" and isinstance(value, dict):
                # the names of this map are themselves regexes
                out[key] = {}
                for name, sub in value.items():
                    self.path.append(name)
                    out[key][self.pattern(name)] = self.node(sub)
                    self.path.pop()
            elif key == "examples" and isinstance(value, list):
                out[key] = copy.deepcopy(value)  # Schema "examples": a list of values
            elif key in _NAME_MAPS and isinstance(value, dict):
                out[key] = self.node(value, _NAME_MAPS[key])
            elif key == "parameters" and isinstance(value, dict):
                out[key] = self.node(value, "names")  # components/parameters
            else:
                out[key] = self.node(value)
            self.path.pop()
        if kind == "object" and out.get("format") == "byte" and out.get("contentEncoding") == "base64" and "pattern" in out:
            del out["format"]  # (e) contentEncoding says it; mock servers then generate from the pattern
        if kind == "object" and out.get("example") is not None and _SCHEMA_KEYWORDS & out.keys():
            self.schema_examples.append(list(self.path))
        return out


# --------------------------------------------------------------------------------------
# (c) explicit discriminator values
# --------------------------------------------------------------------------------------


def _resolve_local(doc: dict[str, Any], ref: str) -> Any:
    """The node a local ``#/...`` JSON pointer points at, or None."""
    node: Any = doc
    for raw in ref[2:].split("/") if ref != "#" else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def _target(doc: dict[str, Any], variant: Any) -> tuple[Any, str | None]:
    """Follow a variant's chain of local ``$ref``s; returns (schema, last ref followed)."""
    seen: set[str] = set()
    ref = None
    while isinstance(variant, dict) and isinstance(variant.get("$ref"), str):
        if not variant["$ref"].startswith("#") or variant["$ref"] in seen:
            break
        ref = variant["$ref"]
        seen.add(ref)
        variant = _resolve_local(doc, ref)
    return variant, ref


def _explicit_discriminators(doc: dict[str, Any], walker: _Walker) -> None:
    """Give every discriminated union variant an explicit ``const`` (in place, on the copy)."""
    use_enum = str(doc.get("openapi", "")).startswith("3.0")  # 3.0 schemas have no const
    unions: list[tuple[list[str], dict[str, Any]]] = []
    pinned: dict[int, list[str]] = {}  # id(variant schema) -> values pinned so far

    def collect(node: Any, path: list[str]) -> None:
        if isinstance(node, dict):
            disc = node.get("discriminator")
            if (
                isinstance(disc, dict)
                and isinstance(disc.get("propertyName"), str)
                and any(isinstance(node.get(k), list) for k in ("oneOf", "anyOf"))
            ):
                unions.append((path, node))
            for key, value in node.items():
                if not key.startswith("x-") and key not in _LITERALS and key != "examples":
                    collect(value, path + [key])
        elif isinstance(node, list):
            for index, item in enumerate(node):
                collect(item, path + [str(index)])

    collect(doc, [])
    for path, union in unions:
        walker.path = list(path)
        prop = union["discriminator"]["propertyName"]
        mapping = union["discriminator"].get("mapping") or {}
        for key in ("oneOf", "anyOf"):
            for variant in union.get(key) or []:
                schema, ref = _target(doc, variant)
                if not isinstance(schema, dict):
                    continue
                values = [
                    value
                    for value, target in mapping.items()
                    if isinstance(target, str)
                    and ref is not None
                    and (target == ref or ("#/components/schemas/" + target) == ref)
                ]
                if not values and ref and ref.startswith("#/components/schemas/"):
                    values = [ref.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")]
                if not values:
                    continue  # an inline variant with no mapping: nothing to make explicit
                _pin(schema, prop, values, use_enum, f"{walker.where()}/{key} -> {ref}", pinned)


def _pin(
    schema: dict[str, Any],
    prop: str,
    values: list[str],
    use_enum: bool,
    where: str,
    pinned: dict[int, list[str]],
) -> None:
    """Constrain ``schema[properties][prop]`` to ``values`` and make ``prop`` required.

    A variant shared by several unions collects all of their values (``enum``); values that
    contradict a ``const``/``enum`` written in the spec itself raise ``ValueError``.
    """
    properties = schema.setdefault("properties", {})
    current = properties.get(prop)
    current = dict(current) if isinstance(current, dict) else {}
    ours = pinned.setdefault(id(schema), [])
    if ours:
        values = ours + [v for v in values if v not in ours]  # ours: earlier unions' values
    elif "const" in current or "enum" in current:
        allowed = [current["const"]] if "const" in current else list(current["enum"])
        if not set(values) <= set(allowed):
            raise ValueError(
                f"{where}: discriminator values {values} conflict with {prop!r} "
                f"already limited to {allowed!r}"
            )
    ours[:] = values
    current.pop("const", None)
    current.pop("enum", None)
    if len(values) == 1 and not use_enum:
        current["const"] = values[0]
    else:
        current["enum"] = list(values)
    properties[prop] = current
    required = schema.setdefault("required", [])
    if prop not in required:
        required.append(prop)


def normalize_document(doc: dict[str, Any]) -> dict[str, Any]:
    """Return a Prism-friendly, semantically equivalent copy of an OpenAPI document.

    Drops ``"example": null`` keywords, rewrites patterns with ``normalize_pattern``, and
    pins each discriminated variant's discriminator property to its value(s) (``const``;
    ``enum`` for OpenAPI 3.0 or several values), making it ``required``: what the
    discriminator already says, spelled out for plain validators. ``doc`` is untouched.
    Raises ``PatternError``/``ValueError`` naming the JSON pointer of an offending node.
    """
    walker = _Walker()
    out: dict[str, Any] = walker.node(doc)
    _explicit_discriminators(out, walker)
    _drop_invalid_examples(out, walker.schema_examples)
    return out


def _drop_invalid_examples(doc: dict[str, Any], paths: list[list[str]]) -> None:
    """(d) A schema's ``example`` that its own schema rejects is a spec bug: drop it."""
    registry = Registry().with_resource("urn:openapi", Resource.from_contents(doc, default_specification=DRAFT202012))
    for path in paths:
        node: Any = doc
        for token in path:
            node = node[int(token)] if isinstance(node, list) else node[token]
        pointer = "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in path)
        validator = Draft202012Validator({"$ref": f"urn:openapi#{pointer}"}, registry=registry)
        if not validator.is_valid(node["example"]):
            del node["example"]
