"""The two sides of `sdkgen diff`: a spec file, a folder of specs, an sdk config or `git:REV`, each
loaded to an IR the way `generate` loads it."""

from __future__ import annotations

import dataclasses
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator import ir
from generator.config import DEFAULT_CONFIG, Config, config_for_specs, load_config
from generator.diagnostics import Diagnostic, Reporter, SpecError
from generator.diff.changes import Change
from generator.diff.git import GitRevision
from generator.diff.surface import diff_apis
from generator.pipeline import load_api
from generator.spec.load import YAML_SUFFIXES, display_name, parse_file

GIT_PREFIX = "git:"
_SPEC_SUFFIXES = (".json", *YAML_SUFFIXES)


@dataclass(frozen=True)
class Side:
    label: str  # as given on the command line
    config: Config
    api: ir.Api
    shown_as: tuple[str, str] | None = None  # (extracted folder as displayed, what to show instead)

    def relabel(self, text: str) -> str:
        return _relabel(text, self.shown_as)


def _relabel(text: str, shown_as: tuple[str, str] | None) -> str:
    """A file name of an extracted revision as `git:REV:path`."""
    if shown_as and text.startswith(shown_as[0] + os.sep):
        return shown_as[1] + text[len(shown_as[0]) + 1 :].replace(os.sep, "/")
    return text


def config_of(path: Path) -> Config:
    """The config a path stands for: an sdk config, one OpenAPI document, or a folder of them."""
    if path.is_dir():
        if (path / DEFAULT_CONFIG.name).is_file():
            return load_config(path / DEFAULT_CONFIG.name)
        specs = sorted(p for p in path.iterdir() if p.suffix.lower() in _SPEC_SUFFIXES and _is_openapi(p))
        if not specs:
            raise SpecError([Diagnostic(display_name(path), None, "is a folder without OpenAPI documents (or an sdk.yaml)")])
        return config_for_specs(specs)
    data = parse_file(path).data
    if isinstance(data, dict) and "documents" in data and "openapi" not in data:
        return load_config(path)
    return config_for_specs([path])


def _is_openapi(path: Path) -> bool:
    try:
        data = parse_file(path).data
    except SpecError:
        return False
    return isinstance(data, dict) and ("openapi" in data or "swagger" in data)


def load_side(argument: str, reference: Path, reporter: Reporter) -> Side:
    """Load one side; `reference` is the working-tree path a bare `git:REV` stands for."""
    if not argument.startswith(GIT_PREFIX):
        return Side(argument, *_load(Path(argument), reporter))
    revision, _, path = argument[len(GIT_PREFIX) :].partition(":")
    if not revision:
        raise SpecError([Diagnostic(argument, None, "name a revision: git:REV or git:REV:PATH (e.g. git:origin/main)")])
    target = Path(path) if path else reference
    repository = GitRevision(revision, target)
    relative = repository.relative(target)
    with tempfile.TemporaryDirectory(prefix="sdkgen-diff-") as folder:
        root = Path(folder)
        inside = relative if target.is_dir() else (Path(relative).parent.as_posix())
        repository.extract([inside], root)
        extracted = root / relative
        if not extracted.exists():
            raise SpecError([Diagnostic(argument, None, f"{relative} does not exist at {revision}")])
        if extracted.is_file() and not _is_openapi(extracted):  # a config: its documents may live elsewhere
            folders = {Path(os.path.relpath(e.path.resolve(), root.resolve())).parent.as_posix() for e in config_of(extracted).documents}
            missing = sorted(f for f in folders if not f.startswith("..") and not (root / f).is_dir())
            if missing:
                repository.extract(missing, root)
        shown_as = (display_name(root), f"{GIT_PREFIX}{revision}:")
        side = Side(argument, *_load(extracted, reporter, shown_as), shown_as=shown_as)
    return side


def _load(path: Path, reporter: Reporter, shown_as: tuple[str, str] | None = None) -> tuple[Config, ir.Api]:
    try:
        config = config_of(path)
        return config, load_api(config, reporter)
    except SpecError as exc:
        if shown_as is None:
            raise
        raise SpecError([dataclasses.replace(d, file=_relabel(d.file, shown_as)) for d in exc.diagnostics]) from None


def diff_sides(old: Side, new: Side) -> list[Change]:
    """The changes from OLD to NEW, with locations of extracted revisions shown as `git:REV:path`."""
    changes = diff_apis(old.api, new.api)
    return [dataclasses.replace(c, location=new.relabel(old.relabel(c.location))) for c in changes]
