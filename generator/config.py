"""The SDK configuration (`specs/sdk.yaml`): package names, version, documents and groups."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from generator.diagnostics import Diagnostic, Reporter, SpecError, join_pointer
from generator.ir.naming import PACKAGE_RESERVED, pascal_case, snake_case, words
from generator.spec.load import parse_file
from generator.spec.meta import fast_check_passes

if TYPE_CHECKING:
    import jsonschema

DEFAULT_CONFIG = Path("specs/sdk.yaml")
_IDENTIFIER = r"^[A-Za-z_][A-Za-z0-9_]*$"
_NAME = {"type": "string", "minLength": 1}
# One operation's `pagination` entry: false (never paged), true (as detected, whatever the method)
# or the shape: `items`, and `next` (a link; a cursor with `cursor_param`), `offset_param` or `page_param`.
_PAGINATION = {
    "type": ["boolean", "object"],
    "additionalProperties": False,
    "properties": {
        "items": _NAME, "next": _NAME, "prev": _NAME, "total": _NAME,
        "cursor_param": _NAME, "offset_param": _NAME, "limit_param": _NAME, "page_param": _NAME,
        "first_page": {"type": "integer"},
    },
}  # fmt: skip
_SCHEMA = {
    "$defs": {"pagination": _PAGINATION},
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
        "pagination": {"type": "object", "additionalProperties": {"$ref": "#/$defs/pagination"}},
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
    pagination: dict[str, bool | dict[str, str | int]] = field(default_factory=dict)  # by operationId
    source: str = ""  # the config file as displayed in messages; "" for specs named on the command line
    changelog: Path | None = None  # the SDK's CHANGELOG.md source, which `sdkgen bump` prepends to
    named_by_documents: bool = False  # no config names the product: title, client and env prefix come from `info.title`

    def named_after(self, titles: Iterable[str]) -> Config:
        """This config, for one named by its documents, with the product named after their
        `info.title` (when they share one that has words): `"Train Travel API"` -> title
        `Train Travel`, client `TrainTravel`, env prefix `TRAIN_TRAVEL`."""
        distinct = {title.strip() for title in titles}
        product = product_title(distinct.pop()) if self.named_by_documents and len(distinct) == 1 else ""
        if not product:
            return self
        client = pascal_case(product)
        env_prefix = "_".join(words(product)).upper()
        return replace(
            self,
            title=product,
            client=f"{client}Client" if client in PACKAGE_RESERVED else client,
            env_prefix=env_prefix if env_prefix[:1].isalpha() else f"API_{env_prefix}",
            named_by_documents=False,
        )

    @property
    def api_noun(self) -> str:
        """`API` or `APIs`, as in "the KPN Things APIs": one per document."""
        return "API" if len(self.documents) == 1 else "APIs"

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
    problems = [problem for error in _schema_errors(document.data) for problem in _problems(error)]
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
        pagination=dict(data.get("pagination") or {}),
        source=document.display,
        changelog=path.parent / data["changelog"] if "changelog" in data else None,
    )


def _schema_errors(data: Any) -> list[jsonschema.ValidationError]:
    """The config schema's errors in `data`, in document order: none when jsonschema-rs finds it
    valid; else jsonschema's (imported only then), whose messages are reported."""
    if fast_check_passes(jsonschema_rs.Draft202012Validator(_SCHEMA), data):
        return []
    import jsonschema

    return sorted(jsonschema.Draft202012Validator(_SCHEMA).iter_errors(data), key=lambda e: list(e.absolute_path))


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
    """A config for documents named on the command line: operations grouped by tag, the
    product named after the documents' title once they are read (`Config.named_after`)."""
    package = package or (snake_case(paths[0].stem) if len(paths) == 1 else "api")
    return Config(package=package, documents=tuple(DocumentEntry(p) for p in paths), distribution=package.replace("_", "-"), named_by_documents=True)


def product_title(title: str) -> str:
    """A document title as a product name: `Train Travel API` -> `Train Travel` (a trailing
    API, APIs or REST API dropped); "" when nothing with ASCII letters or digits is left."""
    kept = title.split()
    while kept and kept[-1].lower() in ("api", "apis", "rest"):
        kept.pop()
    product = " ".join(kept)
    return product if words(product) else ""
