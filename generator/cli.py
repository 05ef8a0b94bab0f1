"""The `sdkgen` command line: validate, ir, generate, diff, bump, normalize."""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TypeVar

import click

from generator.diagnostics import Reporter, SpecError
from generator.report import NORMAL, QUIET, VERBOSE, report, say

if TYPE_CHECKING:  # the stages are imported by the commands that run them: an up-to-date
    # `generate` answers from its run record without loading any of them
    from generator.config import Config
    from generator.diff.changes import Change
    from generator.output.record import RunRecord
    from generator.output.write import Changes

T = TypeVar("T")
EXIT_INVALID = 2
EXIT_INTERNAL = 3


def _run(reporter: Reporter, verbose: int, step: Callable[[], T], outcome: str = "nothing was generated") -> T:
    """Run a step; bad input ends the program with located messages and exit 2, never a traceback."""
    try:
        result = step()
    except SpecError as exc:
        for diagnostic in exc.diagnostics:
            if diagnostic not in reporter.diagnostics:
                reporter.diagnostics.append(diagnostic)
        report(reporter.diagnostics, verbose)
        errors = len(reporter.errors)
        click.echo(f"{errors} error{'s' if errors != 1 else ''}; {outcome}.", err=True)
        sys.exit(EXIT_INVALID)
    except RecursionError:
        click.echo("error: the document nests too deeply to process", err=True)
        sys.exit(EXIT_INVALID)
    except click.ClickException:
        raise  # a wrong command line: click prints the usage, exit 2
    except Exception as exc:  # a bug of ours: say so briefly, with where it happened
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        click.echo(f"internal error: {type(exc).__name__}: {exc} ({where}); this is a bug in sdkgen, please report it with the command you ran", err=True)
        sys.exit(EXIT_INTERNAL)
    report(reporter.diagnostics, verbose)
    return result


def _config(specs: tuple[Path, ...], config_path: Path | None, package: str | None = None) -> Config:
    """The config file's settings, or defaults for SPECS named on the command line (not both)."""
    from generator.config import DEFAULT_CONFIG, config_for_specs, load_config

    if specs and config_path:
        raise click.UsageError("name SPECS or --config, not both")
    if package and not specs:
        raise click.UsageError("--package goes with SPECS; a config file names its package itself")
    if specs:
        return config_for_specs(list(specs), package)
    return load_config(config_path or DEFAULT_CONFIG)


def _package_name(context: click.Context, parameter: click.Parameter, value: str | None) -> str | None:
    if value is not None and not (value.isidentifier() and value.islower() and value.isascii()):
        raise click.BadParameter(f"{value!r} is not a lower-case Python package name (e.g. my_api)")
    return value


spec_args = click.argument("specs", nargs=-1, type=click.Path(path_type=Path))
config_option = click.option("--config", "config_path", type=click.Path(path_type=Path), help="SDK config file [default: specs/sdk.yaml].")
strict_option = click.option("--strict", is_flag=True, help="Treat warnings as errors.")


def verbose_option(command: Callable[..., None]) -> Callable[..., None]:
    """`-v` (every warning and note) and `-q` (errors only), as one `verbose` level."""
    quiet = click.option("-q", "--quiet", "verbose", flag_value=QUIET, default=NORMAL, help="Print errors only.")
    loud = click.option("-v", "--verbose", "verbose", flag_value=VERBOSE, help="List every warning and informational note.")
    return quiet(loud(command))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sdkgen", prog_name="sdkgen", message="%(prog)s %(version)s")
def main() -> None:
    """Generate a typed Python SDK and a documentation site from OpenAPI 3.0/3.1 documents."""


@main.command()
@spec_args
@config_option
@strict_option
@verbose_option
def validate(specs: tuple[Path, ...], config_path: Path | None, strict: bool, verbose: int) -> None:
    """Check documents (default: those of the config); exit 2 when they cannot be used."""
    reporter = Reporter(strict=strict)
    from generator.pipeline import load_api

    api = _run(reporter, verbose, lambda: load_api(_config(specs, config_path), reporter))
    warnings = sum(1 for d in reporter.diagnostics if d.severity == "warning")
    say(f"ok: {len(api.documents)} documents, {len(api.operations)} operations, {len(api.types)} types, {warnings} warnings", verbose)


@main.command(name="ir")
@spec_args
@config_option
@strict_option
@verbose_option
def ir_command(specs: tuple[Path, ...], config_path: Path | None, strict: bool, verbose: int) -> None:
    """Print the intermediate representation as JSON."""
    reporter = Reporter(strict=strict)
    from generator.ir import dump as irjson
    from generator.pipeline import load_api

    api = _run(reporter, verbose, lambda: load_api(_config(specs, config_path), reporter))
    click.echo(irjson.dumps(api), nl=False)


def _write_output(config: Config, reporter: Reporter, out: Path, check: bool, force: bool, record: RunRecord | None = None) -> Changes:
    """Render everything and write it to OUT (or, with `check`, only compare)."""
    from generator.pipeline import write_output

    return write_output(config, reporter, out, check, force, record)


def _report_written(changes: Changes, out: Path, verbose: int) -> None:
    if changes.interrupted:
        say(f"{out}: rolled back a run that was interrupted", verbose)
    for path in changes.conflicts:
        say(f"{out / path}: not ours, overwritten (--force)", verbose)
    say(f"generated {out}: {changes.summary()}", verbose)


def _generate(specs: tuple[Path, ...], config_path: Path | None, package: str | None, out: Path, check: bool, force: bool, reporter: Reporter, record: RunRecord) -> Changes:
    """The full `generate` run; the config file is recorded as an input before it is read."""
    from generator.config import DEFAULT_CONFIG

    if not specs:
        record.note(config_path or DEFAULT_CONFIG)
    return _write_output(_config(specs, config_path, package), reporter, out, check, force, record)


@main.command()
@spec_args
@config_option
@click.option("--package", metavar="NAME", callback=_package_name, help="Python package name, for SPECS given without a config.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("generated"), show_default=True, help="Output directory.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if the output is stale.")
@click.option("--force", is_flag=True, help="Overwrite files in OUT that sdkgen did not write.")
@strict_option
@verbose_option
def generate(specs: tuple[Path, ...], config_path: Path | None, package: str | None, out: Path, check: bool, force: bool, strict: bool, verbose: int) -> None:
    """Generate the SDK (OUT/python) and the docs site (OUT/docs) from SPECS or the config.

    Only files sdkgen wrote (listed in OUT/.sdkgen-manifest.json) are replaced or removed.
    """
    from generator.output.cache import default_cache_dir
    from generator.output.record import RunRecord

    reporter = Reporter(strict=strict)
    options = {"specs": [str(spec) for spec in specs], "config": str(config_path) if config_path else None, "package": package, "strict": strict}
    record = RunRecord(default_cache_dir(), out, options)
    current = record.up_to_date()
    if current is None:
        changes = _run(reporter, verbose, lambda: _generate(specs, config_path, package, out, check, force, reporter, record))
    else:  # nothing it was made from changed: say what the run that made it said
        changes, reporter.diagnostics = current
        report(reporter.diagnostics, verbose)
    for path in changes.foreign:
        say(f"{out / path}: not ours, left alone", verbose)
    if check and changes.stale:
        for line in changes.stale_lines(out):
            click.echo(line, err=True)
        click.echo(f"{out} is stale ({changes.summary()}); run `make generate`", err=True)
        sys.exit(1)
    if check:
        say(f"{out} is up to date ({changes.unchanged} files)", verbose)
        return
    _report_written(changes, out, verbose)


@main.command()
@click.argument("old")
@click.argument("new", required=False)
@click.option("--format", "output", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True, help="Output format.")
@click.option("--fail-on-breaking", is_flag=True, help="Exit 1 when any change is breaking.")
@click.option("--next-version", "only_version", is_flag=True, help="Print only the proposed next SDK version.")
@click.option("--changelog", "only_changelog", is_flag=True, help="Print only the changelog section (Markdown) for the next version.")
@verbose_option
def diff(old: str, new: str | None, output: str, fail_on_breaking: bool, only_version: bool, only_changelog: bool, verbose: int) -> None:
    """What changed for SDK users from OLD to NEW, each breaking or not, and the next version.

    OLD and NEW are each a spec file, a folder of specs, an sdk config or git:REV[:PATH] (the
    other side's documents at that git revision). NEW defaults to specs/sdk.yaml. Exit 1 with
    --fail-on-breaking when a change is breaking, 2 when a side cannot be read.
    """
    from generator.bump import built_from
    from generator.config import DEFAULT_CONFIG
    from generator.diff import report as diff_report
    from generator.diff.version import next_version
    from generator.spec_diff import GIT_PREFIX, diff_sides, load_side

    new = new or str(DEFAULT_CONFIG)
    reporter = Reporter()
    reference = DEFAULT_CONFIG if new.startswith(GIT_PREFIX) else Path(new)

    def run() -> tuple[list[Change], str, list[str]]:
        old_side, new_side = load_side(old, reference, reporter), load_side(new, reference, reporter)
        changes = diff_sides(old_side, new_side)
        return changes, next_version(old_side.config.version, changes), built_from(new_side)

    changes, version, documents = _run(reporter, verbose if verbose > NORMAL else QUIET, run, "nothing was compared")
    if only_version:
        click.echo(version)
    elif only_changelog:
        click.echo(diff_report.changelog_section(changes, version, documents), nl=False)
    elif output == "json":
        click.echo(diff_report.as_json(changes, old, new, version), nl=False)
    elif output == "markdown":
        click.echo(diff_report.as_markdown(changes, old, new, version), nl=False)
    else:
        click.echo(diff_report.as_text(changes, old, new, version, _style), nl=False)
    if fail_on_breaking and any(c.breaking for c in changes):
        sys.exit(1)


def _style(text: str, role: str) -> str:
    """Colours for a terminal; click drops them when the output is not one."""
    if role == "dim":
        return click.style(text, dim=True)
    return click.style(text, fg="red" if role == "breaking" else "cyan", bold=True)


@main.command()
@config_option
@click.option("--against", default="git:HEAD", show_default=True, help="The side to compare with (see `sdkgen diff`).")
@click.option("--out", type=click.Path(path_type=Path), default=Path("generated"), show_default=True, help="Output directory.")
@verbose_option
def bump(config_path: Path | None, against: str, out: Path, verbose: int) -> None:
    """The spec-bump routine: diff against git:HEAD, write the next version into the config,
    prepend its section to the changelog, regenerate."""
    from generator.bump import apply_bump, plan_bump
    from generator.config import DEFAULT_CONFIG, load_config

    path = config_path or DEFAULT_CONFIG
    reporter = Reporter()
    planned = _run(reporter, QUIET, lambda: plan_bump(path, against, reporter), "nothing was changed")
    if not planned.changes:
        say(f"no API changes against {against}; version stays {planned.current}", verbose)
        return
    changelog = _run(reporter, QUIET, lambda: apply_bump(planned), "nothing was changed")
    breaking = sum(1 for c in planned.changes if c.breaking)
    say(f"{path}: version {planned.current} → {planned.version} ({len(planned.changes)} changes, {breaking} breaking); {changelog}: section added", verbose)
    reporter = Reporter()
    changes = _run(reporter, verbose, lambda: _write_output(load_config(path), reporter, out, False, False))
    _report_written(changes, out, verbose)


@main.command()
@spec_args
@config_option
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Directory for the cleaned documents.")
def normalize(specs: tuple[Path, ...], config_path: Path | None, out: Path) -> None:
    """Write equivalent, portable copies of the documents (for mock servers such as Prism).

    Null examples are dropped, Java-style `(?i)` patterns are rewritten portably and every
    discriminated union variant gets its discriminator value as a `const`.
    """
    from generator.spec.load import parse_file
    from generator.spec.normalize import normalize_document

    def run() -> None:
        paths = [entry.path for entry in _config(specs, config_path).documents]
        documents = [parse_file(path) for path in paths]
        out.mkdir(parents=True, exist_ok=True)
        for path, document in zip(paths, documents):
            target = out / f"{path.stem}.json"
            target.write_text(json.dumps(normalize_document(document.data), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            click.echo(f"wrote {target}", err=True)

    _run(Reporter(), NORMAL, run)
