"""Unit tests for generator.spec.normalize (pattern rewrite, example:null removal, discriminators)."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator.spec.meta import SCHEMA_DIR
from generator.spec.normalize import normalize_document
from generator.spec.patterns import PatternError, normalize_pattern

SPECS = sorted((Path(__file__).resolve().parents[2] / "specs").glob("*.json"))
OAS_31_SCHEMA = SCHEMA_DIR / "oas-3.1.json"


def java_ci_search(pattern: str, text: str) -> bool:
    """What a leading Java ``(?i)`` means: ASCII-only case folding, search semantics."""
    assert pattern.startswith("(?i)") and pattern.count("(?") == 1
    return re.search(pattern[4:], text, re.IGNORECASE | re.ASCII) is not None


def js_search(cases: list[tuple[str, str]]) -> dict[str, list[bool]]:
    """``new RegExp(pattern, flags).test(text)`` for every case, without and with the ``u``
    flag (ajv, hence Prism, compiles patterns with ``u``), in one node process."""
    script = (
        "const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const run = (f) => cases.map(([p, s]) => new RegExp(p, f).test(s));"
        "process.stdout.write(JSON.stringify({plain: run(''), unicode: run('u')}));"
    )
    done = subprocess.run(
        ["node", "-e", script],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


# --------------------------------------------------------------------------------------
# normalize_pattern
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(?i)^imei:[0-9]{15,16}$", "^[iI][mM][eE][iI]:[0-9]{15,16}$"),
        ("^(?i)imei:[0-9]{15,16}$", "^[iI][mM][eE][iI]:[0-9]{15,16}$"),
        ("(?i)^deveui:[a-f0-9]{16}$", "^[dD][eE][vV][eE][uU][iI]:[a-fA-F0-9]{16}$"),
        (
            "(?i)^dvnuuid:[a-f0-9]{8}(-[a-f0-9]{4}){3}-[a-f0-9]{12}?$",
            "^[dD][vV][nN][uU][uU][iI][dD]:[a-fA-F0-9]{8}(-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}$",
        ),
        ("(?i)[^x-z_]", "[^x-zX-Z_]"),
        ("(?i)[A-F]", "[A-Fa-f]"),
        ("(?i)[0-z]", "[0-zA-Za-z]"),  # redundant but harmless additions
        ("(?i)[-a]", "[\\-aA]"),  # a literal dash is escaped: additions can never form a range
        ("(?i)[a-]", "[aA\\-]"),
        ("(?i)[]a]", "[\\]aA]"),  # a leading ] is a literal in Java, an empty class in JS
        ("(?i)[\\w.]", "[\\w.]"),
        ("(?i)\\x41\\.\\d", "[Aa]\\.\\d"),
        ("(?i)a{2,3}?b+", "[aA]{2,3}?[bB]+"),
        ("x(?i:ab)y", "x(?:[aA][bB])y"),
        ("(?i)a(?-i)b", "[aA]b"),
        ("(?i)a(b(?-i)c)d", "[aA]([bB]c)[dD]"),  # a flag lasts until its group closes
        ("(?i)(?<tag>ab)(?:c)(?=d)(?!e)(?<=f)(?<!g)", "(?<tag>[aA][bB])(?:[cC])(?=[dD])(?![eE])(?<=[fF])(?<![gG])"),
        ("a{12}?", "a{12}"),  # lazy exact count: a no-op that randexp misreads as optional
    ],
)
def test_normalize_pattern_rewrites(pattern: str, expected: str) -> None:
    assert normalize_pattern(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        "^(?!\\s*$).+",
        ".*\\S.*",
        "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
        "^P(?:(\\d+D)(T(?:(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,9})?S)?)?)|T(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,9})?S)?)$",
        "[a-z]{2,}?",
        "",
    ],
)
def test_patterns_without_inline_flags_are_unchanged(pattern: str) -> None:
    assert normalize_pattern(pattern) == pattern


@pytest.mark.parametrize(
    "pattern",
    ["(?s)a.b", "(?iu)a", "(?x)a b", "(?#comment)a", "(?i)(a)\\1", "(?i)(?<n>a)\\k<n>", "(?i)[a-z&&[^e]]", "(?i)(a", "(?i)a)", "(?i)[ab"],
)
def test_unportable_patterns_raise(pattern: str) -> None:
    with pytest.raises(PatternError):
        normalize_pattern(pattern)


# Java pattern -> the same meaning in Python's scoped-flag syntax (the test oracle)
EQUIVALENCE_PATTERNS = {
    "(?i)^imei:[0-9]{15,16}$": "(?i:^imei:[0-9]{15,16}$)",
    "(?i)^urn:dev:deveui:[a-f0-9]{16}:?$": "(?i:^urn:dev:deveui:[a-f0-9]{16}:?$)",
    "(?i)[^a-c]x": "(?i:[^a-c]x)",
    "(?i)[-b-dq]+": "(?i:[-b-dq]+)",
    "(?i)^[]z]+$": "(?i:^[]z]+$)",
    "^ab(?i)cd$": "^ab(?i:cd$)",
    "(?i)a(?-i)b": "(?i:a)b",
    "(?i)a(b(?-i)c)d": "(?i:a(b(?-i:c))d)",
}
EQUIVALENCE_TEXTS = ["", "a", "A", "b", "Ab", "aB", "x", "X", "Dx", "dX", "abcd", "abCD", "ABcd", "AbCd",
                     "-", "]", "z]Z", "qQ", "IMEI:123456789012345", "imei:1234567890123456", "iMeI:12345",
                     "urn:dev:DEVEUI:EA8FA35E2CF3489F:", "urn:dev:deveui:ea8fa35e2cf3489g", "zz", "cX", "Ex",
                     "abcD", "ABCd", "aBcD", "AbcD", "ABCD"]


def test_rewrite_matches_java_case_insensitive_semantics_in_python_and_js() -> None:
    cases = [(p, t) for p in EQUIVALENCE_PATTERNS for t in EQUIVALENCE_TEXTS]
    expected = [re.search(EQUIVALENCE_PATTERNS[p], t, re.ASCII) is not None for p, t in cases]
    python = [re.search(normalize_pattern(p), t) is not None for p, t in cases]
    assert python == expected
    if shutil.which("node"):
        rewritten = [(normalize_pattern(p), t) for p, t in cases]
        assert js_search(rewritten) == {"plain": expected, "unicode": expected}


# --------------------------------------------------------------------------------------
# The seven DeviceId formats of the seed specs
# --------------------------------------------------------------------------------------


def _device_id_variants() -> dict[str, dict[str, Any]]:
    variants: dict[str, dict[str, Any]] = {}
    for spec in SPECS:
        schemas = json.loads(spec.read_text())["components"]["schemas"]
        for name, schema in schemas.items():
            if name.startswith(("DeviceId-", "DeviceUrn-")):
                assert variants.setdefault(name, schema) == schema, f"{name} differs in {spec.name}"
    return variants


DEVICE_IDS = _device_id_variants()


def _case_variants(text: str) -> list[str]:
    flip = "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(text))
    return [text, text.lower(), text.upper(), text.swapcase(), flip]


def _wrong(example: str) -> list[str]:
    prefix, _, rest = example.rpartition(":") if not example.endswith(":") else example[:-1].rpartition(":")
    return [
        "",
        example[:-1] if not example.endswith(":") else example[:-2],  # one character short
        "x" + example,  # junk before the anchored start
        example + "x",  # junk after the anchored end
        example.replace(":", "-", 1),  # wrong separator
        prefix + ":" + "g" * len(rest),  # not a digit / hex digit
        "foo:" + rest,  # unknown scheme
        "478a82d4-128f-47a6-aa61-2eac3f2a23ad",  # a plain UUID is another variant, not this one
    ]


def test_seed_specs_have_the_seven_device_id_formats() -> None:
    assert sorted(DEVICE_IDS) == [
        "DeviceId-deveui", "DeviceId-dvnuuid", "DeviceId-imei", "DeviceId-uuid",
        "DeviceUrn-deveui", "DeviceUrn-dvnuuid", "DeviceUrn-imei",
    ]
    # six carry a Java (?i) pattern; the UUID one is a plain `format: uuid` with no pattern
    assert "pattern" not in DEVICE_IDS["DeviceId-uuid"]
    assert DEVICE_IDS["DeviceId-uuid"]["format"] == "uuid"
    assert all(s["pattern"].startswith("(?i)") for n, s in DEVICE_IDS.items() if n != "DeviceId-uuid")


PATTERNED = {name: schema for name, schema in DEVICE_IDS.items() if "pattern" in schema}


@pytest.mark.parametrize("name", sorted(PATTERNED))
def test_device_id_pattern_accepts_examples_in_any_case_and_rejects_wrong_input(name: str) -> None:
    original = PATTERNED[name]["pattern"]
    portable = normalize_pattern(original)
    assert "(?" not in portable
    good = _case_variants(PATTERNED[name]["example"])
    bad = _wrong(PATTERNED[name]["example"])
    for text in good:
        assert java_ci_search(original, text), text  # the example really is valid
        assert re.search(portable, text), f"{portable!r} should accept {text!r}"
    for text in bad:
        assert not java_ci_search(original, text), text
        assert not re.search(portable, text), f"{portable!r} should reject {text!r}"
    if shutil.which("node"):
        cases = [(portable, t) for t in good + bad]
        expected = [True] * len(good) + [False] * len(bad)
        assert js_search(cases) == {"plain": expected, "unicode": expected}
        # and the original really is unusable in JavaScript (the reason for all this)
        script = f"new RegExp({json.dumps(original)})"
        broken = subprocess.run(["node", "-e", script], capture_output=True, check=False)
        assert broken.returncode != 0


# --------------------------------------------------------------------------------------
# normalize_document: example: null
# --------------------------------------------------------------------------------------


def _doc(**components: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "components": components}


def test_drops_example_null_at_any_depth() -> None:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a/{id}": {
                "get": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "example": None,
                         "schema": {"type": "string", "example": None}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "example": None,
                                    "schema": {"allOf": [{"$ref": "#/components/schemas/A", "example": None}],
                                               "example": None},
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "A": {"type": "object", "example": None,
                      "properties": {"b": {"type": "array", "items": {"type": "string", "example": None}}}}
            }
        },
    }
    out = normalize_document(doc)
    assert '"example": null' not in json.dumps(out)
    op = out["paths"]["/a/{id}"]["get"]
    assert op["parameters"][0] == {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    assert op["responses"]["200"]["content"]["application/json"] == {
        "schema": {"allOf": [{"$ref": "#/components/schemas/A"}]}
    }
    assert out["components"]["schemas"]["A"] == {
        "type": "object", "properties": {"b": {"type": "array", "items": {"type": "string"}}}
    }


def test_keeps_things_named_example_and_literal_data() -> None:
    doc = _doc(
        schemas={
            "A": {
                "type": "object",
                "properties": {
                    "example": {"type": "string", "example": None},  # a property called "example"
                    "other": {"type": "object", "example": {"example": None}},  # data, not a keyword
                    "d": {"type": "object", "default": {"example": None}},
                    "e": {"enum": [None, "x"]},
                    "f": {"examples": [None, {"example": None}]},
                    "g": {"type": "string", "example": "kept", "x-note": {"example": None}},
                    "h": {"type": "integer", "example": 0},
                    "i": {"type": "boolean", "example": False},
                },
                "required": ["example"],
            },
            "Odd": {"properties": {"example": None}},  # invalid, but a name: left alone
        },
        examples={"example": {"summary": "an Example Object named example", "value": {"example": None}}},
        links={"example": {"operationId": "x", "parameters": {"example": None}}},
    )
    out = normalize_document(doc)
    props = out["components"]["schemas"]["A"]["properties"]
    assert props["example"] == {"type": "string"}
    assert props["other"]["example"] == {"example": None}
    assert props["d"]["default"] == {"example": None}
    assert props["e"]["enum"] == [None, "x"]
    assert props["f"]["examples"] == [None, {"example": None}]
    assert props["g"] == {"type": "string", "example": "kept", "x-note": {"example": None}}
    assert props["h"]["example"] == 0 and props["i"]["example"] is False
    assert out["components"]["schemas"]["A"]["required"] == ["example"]
    assert out["components"]["schemas"]["Odd"] == {"properties": {"example": None}}
    assert out["components"]["examples"]["example"]["value"] == {"example": None}
    assert out["components"]["links"]["example"]["parameters"] == {"example": None}


def test_input_is_untouched_and_output_shares_nothing() -> None:
    shared = {"type": "string", "example": None, "pattern": "(?i)^a$"}
    doc = _doc(schemas={"A": shared, "B": shared, "U": {"oneOf": [{"$ref": "#/components/schemas/V"}],
                                                        "discriminator": {"propertyName": "t"}},
                        "V": {"type": "object", "properties": {"t": {"type": "string"}}}})
    before = copy.deepcopy(doc)
    out = normalize_document(doc)
    assert doc == before
    out["components"]["schemas"]["A"]["type"] = "changed"
    assert out["components"]["schemas"]["B"]["type"] == "string"
    assert doc == before


def test_patterns_are_rewritten_wherever_they_are_and_errors_point_at_them() -> None:
    doc = _doc(
        schemas={
            "A": {
                "type": "object",
                "properties": {"pattern": {"type": "string", "pattern": "(?i)^ab$"}},  # a property named pattern
                "patternProperties": {"(?i)^x-": {"type": "string", "pattern": "^(?i)c"}},
            }
        },
        parameters={"p": {"name": "p", "in": "query", "schema": {"items": {"pattern": "(?i)d"}}}},
    )
    out = normalize_document(doc)
    a = out["components"]["schemas"]["A"]
    assert a["properties"]["pattern"]["pattern"] == "^[aA][bB]$"
    assert a["patternProperties"] == {"^[xX]-": {"type": "string", "pattern": "^[cC]"}}
    assert out["components"]["parameters"]["p"]["schema"]["items"]["pattern"] == "[dD]"

    bad = _doc(schemas={"A/B": {"properties": {"x": {"type": "string", "pattern": "(?s)a"}}}})
    with pytest.raises(PatternError, match=r"#/components/schemas/A~1B/properties/x/pattern: .*'s'"):
        normalize_document(bad)


# --------------------------------------------------------------------------------------
# normalize_document: discriminators
# --------------------------------------------------------------------------------------


def _union_doc(openapi: str = "3.1.0", *, mapping: dict[str, str] | None = None, key: str = "oneOf") -> dict[str, Any]:
    disc: dict[str, Any] = {"propertyName": "kind"}
    if mapping is not None:
        disc["mapping"] = mapping
    doc = _doc(
        schemas={
            "Pet": {
                "type": "object",
                "discriminator": disc,
                key: [
                    {"$ref": "#/components/schemas/Cat", "example": None},
                    {"$ref": "#/components/schemas/Dog"},
                    {"$ref": "#/components/schemas/Alias"},
                    {"type": "object", "properties": {"kind": {"type": "string"}}},  # inline: no name
                ],
                "properties": {"kind": {"type": "string"}},
            },
            "Cat": {"type": "object", "properties": {"kind": {"type": "string", "description": "d"}},
                    "required": ["name"]},
            "Dog": {"type": "object", "properties": {"bark": {"type": "boolean"}}},
            "Alias": {"$ref": "#/components/schemas/Bird"},
            "Bird": {"type": "object", "properties": {"kind": {"type": "string"}}, "required": ["kind"]},
        }
    )
    doc["openapi"] = openapi
    return doc


def test_discriminator_values_become_const_and_required() -> None:
    out = normalize_document(_union_doc(mapping={"cat": "#/components/schemas/Cat", "dog": "Dog"}))
    schemas = out["components"]["schemas"]
    assert schemas["Cat"]["properties"]["kind"] == {"type": "string", "description": "d", "const": "cat"}
    assert schemas["Cat"]["required"] == ["name", "kind"]
    assert schemas["Dog"]["properties"]["kind"] == {"const": "dog"}  # bare-name mapping value
    assert schemas["Dog"]["required"] == ["kind"]
    # not in the mapping: the implicit value is the component name (after following Alias)
    assert schemas["Bird"]["properties"]["kind"] == {"type": "string", "const": "Bird"}
    assert schemas["Bird"]["required"] == ["kind"]
    assert schemas["Pet"]["oneOf"][3] == {"type": "object", "properties": {"kind": {"type": "string"}}}
    assert schemas["Pet"]["properties"]["kind"] == {"type": "string"}  # the parent is left as it is


def test_discriminator_without_mapping_uses_component_names_and_anyof() -> None:
    out = normalize_document(_union_doc(key="anyOf"))
    schemas = out["components"]["schemas"]
    assert schemas["Cat"]["properties"]["kind"]["const"] == "Cat"
    assert schemas["Dog"]["properties"]["kind"]["const"] == "Dog"


def test_openapi_30_uses_enum_and_several_values_use_enum() -> None:
    out = normalize_document(_union_doc("3.0.3", mapping={"cat": "#/components/schemas/Cat"}))
    assert out["components"]["schemas"]["Cat"]["properties"]["kind"]["enum"] == ["cat"]
    assert "const" not in out["components"]["schemas"]["Cat"]["properties"]["kind"]
    both = normalize_document(
        _union_doc(mapping={"cat": "#/components/schemas/Cat", "kitty": "#/components/schemas/Cat"})
    )
    assert both["components"]["schemas"]["Cat"]["properties"]["kind"]["enum"] == ["cat", "kitty"]


def test_a_variant_shared_by_two_unions_gets_both_values() -> None:
    doc = _union_doc(mapping={"cat": "#/components/schemas/Cat"})
    doc["components"]["schemas"]["Zoo"] = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}],
        "discriminator": {"propertyName": "kind", "mapping": {"feline": "#/components/schemas/Cat"}},
    }
    out = normalize_document(doc)
    assert out["components"]["schemas"]["Cat"]["properties"]["kind"]["enum"] == ["cat", "feline"]
    assert normalize_document(out) == out


def test_conflicting_discriminator_values_raise() -> None:
    doc = _union_doc(mapping={"cat": "#/components/schemas/Cat"})
    doc["components"]["schemas"]["Cat"]["properties"]["kind"]["const"] = "feline"
    with pytest.raises(ValueError, match="/components/schemas/Pet"):
        normalize_document(doc)


# --------------------------------------------------------------------------------------
# the seed specs
# --------------------------------------------------------------------------------------


def _keyword_examples(node: Any, in_names: bool = False) -> list[Any]:
    """Values of `example` keywords (not of properties named example)."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "example" and not in_names:
                found.append(value)
            elif key not in ("example", "examples", "default", "enum", "const"):
                found += _keyword_examples(value, key in ("properties", "schemas"))
    elif isinstance(node, list):
        for item in node:
            found += _keyword_examples(item)
    return found


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_seed_specs_normalize_cleanly(spec: Path) -> None:
    raw = json.loads(spec.read_text())
    out = normalize_document(raw)
    assert None in _keyword_examples(raw)
    assert None not in _keyword_examples(out)
    assert "(?i)" not in json.dumps(out)
    assert normalize_document(out) == out  # idempotent
    jsonschema.Draft202012Validator(json.loads(OAS_31_SCHEMA.read_text())).validate(out)
    for name, schema in out["components"]["schemas"].items():
        jsonschema.Draft202012Validator.check_schema(schema)
        disc = schema.get("discriminator")
        for variant in schema.get("oneOf", []) if disc else []:
            target = out["components"]["schemas"][variant["$ref"].rsplit("/", 1)[1]]
            prop = target["properties"][disc["propertyName"]]
            assert disc["mapping"][prop["const"]] == variant["$ref"], name
            assert disc["propertyName"] in target["required"]


def test_examples_that_contradict_their_schema_are_dropped() -> None:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {
            "Meta": {"type": "object", "additionalProperties": {"type": "string"}, "example": {"author": "x", "version": 1.2}},
            "Status": {"type": "integer", "minimum": 100, "example": "400"},
            "Good": {"type": "integer", "minimum": 100, "example": 400},
            "Holder": {"type": "object", "properties": {"example": {"type": "string", "example": "kept"}}},
        }},
    }
    schemas = normalize_document(doc)["components"]["schemas"]
    assert "example" not in schemas["Meta"] and "example" not in schemas["Status"]
    assert schemas["Good"]["example"] == 400
    assert schemas["Holder"]["properties"]["example"] == {"type": "string", "example": "kept"}
    assert doc["components"]["schemas"]["Meta"]["example"] == {"author": "x", "version": 1.2}, "input untouched"


def test_byte_format_beside_base64_encoding_and_pattern_is_dropped() -> None:
    schema = {"type": "string", "format": "byte", "contentEncoding": "base64", "pattern": "^[A-Za-z0-9+/=]*$"}
    doc = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": {"B": schema, "Plain": {"type": "string", "format": "byte"}}}}
    schemas = normalize_document(doc)["components"]["schemas"]
    assert schemas["B"] == {"type": "string", "contentEncoding": "base64", "pattern": "^[A-Za-z0-9+/=]*$"}
    assert schemas["Plain"] == {"type": "string", "format": "byte"}


def test_normalize_command_writes_portable_copies_of_the_seed_specs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    result = CliRunner().invoke(main, ["normalize", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.glob("*.json"))
    assert written == ["device-groups.json", "http-bindings.json", "mqtt-bindings.json", "mqtt-downlinks.json", "projects.json"]
    text = (tmp_path / "http-bindings.json").read_text()
    assert '"example": null' not in text and "(?i)" not in text
    binding = json.loads(text)["components"]["schemas"]["HttpSenmlBinding"]["properties"]["type"]
    assert binding["const"] == "http-senml"
