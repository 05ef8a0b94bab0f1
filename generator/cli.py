"""The `sdkgen` command line: validate, ir, generate, normalize."""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import Callable, TypeVar

import click

from generator.config import DEFAULT_CONFIG, Config, config_for_specs, load_config
from generator.diagnostics import Reporter, SpecError
from generator.ir import dump as irjson
from generator.pipeline import load_api
from generator.report import NORMAL, QUIET, VERBOSE, report, say

T = TypeVar("T")
EXIT_INVALID = 2
EXIT_INTERNAL = 3


def _run(reporter: Reporter, verbose: int, step: Callable[[], T]) -> T:
    """Run a step; bad input ends the program with located messages and exit 2, never a traceback."""
    try:
        result = step()
    except SpecError as exc:
        for diagnostic in exc.diagnostics:
            if diagnostic not in reporter.diagnostics:
                reporter.diagnostics.append(diagnostic)
        report(reporter.diagnostics, verbose)
        errors = len(reporter.errors)
        click.echo(f"{errors} error{'s' if errors != 1 else ''}; nothing was generated.", err=True)
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
    api = _run(reporter, verbose, lambda: load_api(_config(specs, config_path), reporter))
    click.echo(irjson.dumps(api), nl=False)


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
    from generator.output.format import Formatter, default_cache_dir
    from generator.output.write import Changes, compare, write_tree
    from generator.pipeline import render_all

    reporter = Reporter(strict=strict)
    formatter = Formatter(default_cache_dir())

    def run() -> Changes:
        config = _config(specs, config_path, package)
        files = render_all(load_api(config, reporter), config, formatter)
        return compare(files, out) if check else write_tree(files, out, force=force)

    changes = _run(reporter, verbose, run)
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
    if changes.interrupted:
        say(f"{out}: rolled back a run that was interrupted", verbose)
    for path in changes.conflicts:
        say(f"{out / path}: not ours, overwritten (--force)", verbose)
    say(f"generated {out}: {changes.summary()}", verbose)


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
