"""Nothing in a spec (descriptions, names, enum values, examples, URLs) can inject Python into
the generated SDK: a hostile document renders to code that compiles, imports without running
anything it carries, and keeps every text as data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from generator.config import Config, DocumentEntry
from generator.diagnostics import Reporter
from generator.pipeline import load_api
from generator.python.format import Formatter
from generator.python.render import render_sdk

PAYLOAD = '__import__("pathlib").Path("PWNED").write_text("x")'
TEXTS = [
    f'"""; {PAYLOAD}; """',
    f"'''; {PAYLOAD}; '''",
    f'\\"""\n{PAYLOAD}\n"""',
    "ends with a quote and a backslash \\\"\"\"\\",
    f"line\n{PAYLOAD} # comment",
    "\x00\x1b[31m control \r\n characters \u2028",
]


def hostile_spec() -> dict:
    description = " ".join(TEXTS)
    return {
        "openapi": "3.1.0",
        "info": {"title": f'T"""{PAYLOAD}', "version": "1", "description": description},
        "servers": [{"url": f'https://x.example/"; {PAYLOAD}; "'}],
        "paths": {
            f'/a/{{id"{PAYLOAD}}}': {"get": {
                "operationId": f'get"; {PAYLOAD}; "',
                "summary": description,
                "parameters": [
                    {"name": f'id"{PAYLOAD}', "in": "path", "required": True, "description": description, "schema": {"type": "string"}},
                    {"name": f"q');{PAYLOAD};('", "in": "query", "description": description, "schema": {"$ref": "#/components/schemas/Evil-Enum"}},
                ],
                "responses": {"200": {"description": description, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Evil"}}}}},
                "security": [{"Bearer": [f'scope"""{PAYLOAD}']}],
            }},
        },
        "components": {
            "securitySchemes": {"Bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Evil": {"type": "object", "description": description, "required": [f'x"{PAYLOAD}'], "properties": {
                    f'x"{PAYLOAD}': {"type": "string", "description": description, "example": description, "default": description, "pattern": f'^a"""{PAYLOAD}$'},
                    "__class__": {"type": "string"},
                    "model_config": {"type": "integer"},
                    "kind": {"const": f'"; {PAYLOAD}; "'},
                    "open": {"type": "string", "description": "Known values include: A, B and C"},
                }},
                "Evil-Enum": {"type": "string", "description": description, "enum": [f'"; {PAYLOAD}; "', "\\", '"""', "class", ""]},
                "EvilUnion": {"oneOf": [{"$ref": "#/components/schemas/Evil"}], "discriminator": {"propertyName": "kind", "mapping": {f'"{PAYLOAD}"': "#/components/schemas/Evil"}}},
            },
        },
    }


def test_hostile_spec_renders_inert_python(tmp_path: Path) -> None:
    spec = tmp_path / "hostile.json"
    spec.write_text(json.dumps(hostile_spec()))
    config = Config(package="hostile", documents=(DocumentEntry(spec, "things"),), client="Hostile", env_prefix="HOSTILE")
    api = load_api(config, Reporter())
    out = tmp_path / "sdk"
    formatter = Formatter()
    for relative, text in render_sdk(api, config).items():
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(formatter.format(relative, text), encoding="utf-8")  # the formatter parses every file
    script = (
        "import hostile, hostile.models as m\n"
        f"assert {PAYLOAD!r} in m.Evil.__doc__ and {PAYLOAD!r} in m.EvilEnum.__doc__\n"
        "values = sorted(member.value for member in m.EvilEnum)\n"
        "print(repr(values))\n"
        "print(repr(hostile.Hostile._default_base_url))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=out, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert not (out / "PWNED").exists() and not (tmp_path / "PWNED").exists()
    values, base_url = [eval(line) for line in result.stdout.splitlines()]
    assert values == sorted(['"; ' + PAYLOAD + '; "', "\\", '"""', "class", ""])
    assert base_url == f'https://x.example/"; {PAYLOAD}; "'
    models = (out / "hostile" / "models.py").read_text()
    assert "Known values include: A, B and C" in models
