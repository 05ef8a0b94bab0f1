"""The SDK configuration (`specs/sdk.yaml`): package names, version, documents and groups."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import jsonschema

from generator.diagnostics import Diagnostic, Reporter, SpecError, join_pointer
from generator.ir.naming import snake_case
from generator.spec.load import parse_file

DEFAULT_CONFIG = Path("specs/sdk.yaml")
_IDENTIFIER = r"^[A-Za-z_][A-Za-z0-9_]*$"
_SCHEMA = {
    "type": "object",
    "required": ["package", "documents"],
    "additionalProperties": False,
    "properties": {
        "package": {"type": "string", "pattern": r"^[a-z_][a-z0-9_]*$"},
        "distribution": {"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9._-]*$"},
        "version": {"type": "string", "pattern": r"^\d+\.\d+\.\d+([.-]?[A-Za-z0-9.]+)?$"},
        "title": {"type": "string", "minLength": 1},
        "client": {"type": "string", "pattern": _IDENTIFIER},
        "env_prefix": {"type": "string", "pattern": r"^[A-Z][A-Z0-9_]*$"},
        "documents": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["file"],
                "additionalProperties": False,
                "properties": {"file": {"type": "string"}, "resource": {"type": "string", "pattern": r"^[a-z_][a-z0-9_]*$"}},
            },
        },
        "method_names": {"type": "object", "additionalProperties": {"type": "string", "pattern": r"^[a-z_][a-z0-9_]*$"}},
        "changelog": {"type": "string", "minLength": 1},
    },
}


@dataclass(frozen=True)
class DocumentEntry:
    path: Path
    resource: str | None = None  # None: group operations by their first tag


@dataclass(frozen=True)
class Config:
    package: str
    documents: tuple[DocumentEntry, ...]
    distribution: str = ""
    version: str = "0.1.0"
    title: str = "API"
    client: str = "Client"
    env_prefix: str = "API"
    method_names: dict[str, str] = field(default_factory=dict)
    source: str = ""  # the config file as displayed in messages; "" for specs named on the command line
    changelog: Path | None = None  # the SDK's CHANGELOG.md source, which `sdkgen bump` prepends to

    def changelog_text(self) -> str | None:
        """The changelog's Markdown, or None when there is none (yet)."""
        if self.changelog is None or not self.changelog.is_file():
            return None
        return self.changelog.read_text(encoding="utf-8")

    @property
    def async_client(self) -> str:
        return f"Async{self.client}"


def load_config(path: Path) -> Config:
    """Read and check a config file; document paths are relative to it."""
    document = parse_file(path)
    errors = sorted(jsonschema.Draft202012Validator(_SCHEMA).iter_errors(document.data), key=lambda e: list(e.absolute_path))
    problems = [problem for error in errors for problem in _problems(error)]
    if problems:
        raise SpecError([Diagnostic(document.display, pointer, message, line=document.lines.get(pointer)) for pointer, message in problems])
    data = document.data
    package = data["package"]
    return Config(
        package=package,
        documents=tuple(DocumentEntry((path.parent / d["file"]), d.get("resource")) for d in data["documents"]),
        distribution=data.get("distribution", package.replace("_", "-")),
        version=data.get("version", "0.1.0"),
        title=data.get("title", package),
        client=data.get("client", "Client"),
        env_prefix=data.get("env_prefix", package.upper()),
        method_names=dict(data.get("method_names") or {}),
        source=document.display,
        changelog=path.parent / data["changelog"] if "changelog" in data else None,
    )


def _problems(error: jsonschema.ValidationError) -> list[tuple[str, str]]:
    """(pointer, message) per problem; an unknown key is named, with the key it was probably meant to be."""
    pointer = join_pointer("", *error.absolute_path)
    if error.validator != "additionalProperties" or not isinstance(error.instance, dict):
        return [(pointer, error.message)]
    known = list(error.schema.get("properties") or {})
    return [
        (join_pointer(pointer, key), f"unknown key {key!r}{did_you_mean(key, known)}; the keys are {', '.join(known)}")
        for key in error.instance
        if key not in known
    ]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`; did you mean 'x'?` for the closest of `choices`, or ''."""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def check_method_names(config: Config, operation_ids: Iterable[str], reporter: Reporter) -> None:
    """Every `method_names` key must be an operationId of the documents: a typo renames nothing."""
    ids = sorted(set(operation_ids))
    for key in sorted(config.method_names):
        if key not in ids:
            message = f"no operation has the operationId {key!r}{did_you_mean(key, ids)}"
            reporter.error(config.source or "sdk config", join_pointer("/method_names", key), message)


def config_for_specs(paths: list[Path], package: str | None = None) -> Config:
    """A config for documents named on the command line: operations grouped by tag."""
    package = package or (snake_case(paths[0].stem) if len(paths) == 1 else "api")
    return Config(package=package, documents=tuple(DocumentEntry(p) for p in paths), distribution=package.replace("_", "-"))
