"""The pipeline wiring: documents to a named IR (load, validate, build, merge, name), then the IR
to every generated file (render the SDK and the site, format), then (`write_output`) into a folder."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from generator.config import Config, check_method_names
from generator.diagnostics import Reporter, SpecError
from generator.docs.render import render_site
from generator.ir.heuristics import configure_pagination
from generator.ir.merge import build_api
from generator.ir.naming import Namer
from generator.ir.operations import DocumentBuilder
from generator.ir.schemas import SchemaBuilder
from generator.output.cache import default_cache_dir
from generator.output.record import RunRecord
from generator.output.write import Changes, Files, compare, write_tree
from generator.python.format import Formatter
from generator.python.render import render_sdk, runtime_paths
from generator.spec.load import DocumentStore
from generator.spec.meta import CleanChecks
from generator.spec.refs import Resolver
from generator.spec.validate import validate_document


def load_api(config: Config, reporter: Reporter, store: DocumentStore | None = None, clean: CleanChecks | None = None) -> ir.Api:
    """The IR of every document in `config`; raises SpecError (all errors found) if unusable.
    `store` (if given) keeps every document that was read; `clean` skips repeated schema checks."""
    store = store if store is not None else DocumentStore()
    resolver = Resolver(store)
    documents = []
    for entry in config.documents:
        try:
            document = store.get(entry.path)
        except SpecError as exc:
            reporter.diagnostics.extend(exc.diagnostics)
            continue
        if validate_document(document, resolver, reporter, clean):
            documents.append((document, entry.resource))
    reporter.raise_if_errors()
    schemas = SchemaBuilder(resolver, reporter)
    built = [DocumentBuilder(document, schemas, resolver, reporter, resource).build() for document, resource in documents]
    schemas.check_aliases()
    reporter.raise_if_errors()
    tag_resources = any(entry.resource is None for entry in config.documents)
    api = build_api(built, schemas.declarations, schemas.hoisted, reporter, tag_resources)
    check_method_names(config, (op.operation_id for op in api.operations), reporter)
    api = configure_pagination(api, config.pagination, config.source or "sdk config", reporter)
    reporter.raise_if_errors()
    product = config.named_after(d.title for d in api.documents)
    named = Namer(reporter, config.method_names, reserved_classes={product.client, product.async_client}).name_api(api)
    reporter.raise_if_errors()  # naming warnings are errors under --strict
    return named


def render_all(api: ir.Api, config: Config, formatter: Formatter, cache_dir: Path | None = None) -> Files:
    """Every generated file, keyed by its path below the output directory. The formatter formats
    the SDK while the site is rendered; the runtime is copied as it is (it is kept formatted).
    Compiled templates are kept in `cache_dir`, if given."""
    template_cache = cache_dir / "templates" if cache_dir is not None else None
    sdk = render_sdk(api, config, template_cache)
    verbatim = runtime_paths(config.package)
    formatter.prefetch((path, text) for path, text in sdk.items() if path not in verbatim)
    site = render_site(api, config, template_cache)
    files: Files = {f"python/{path}": (text if path in verbatim else formatter.format(path, text)).encode("utf-8") for path, text in sdk.items()}
    files.update((f"docs/{path}", content) for path, content in site.items())
    return files


def write_output(config: Config, reporter: Reporter, out: Path, check: bool = False, force: bool = False, record: RunRecord | None = None) -> Changes:
    """Render everything and write it into `out` (with `check`, only compare). `record` learns
    what the run read, and is saved when the output ends up current."""
    store = DocumentStore()
    cache_dir = default_cache_dir()
    with Formatter(cache_dir) as formatter:
        if record is not None and config.changelog is not None:
            record.note(config.changelog)  # before rendering reads it
        api = load_api(config, reporter, store, CleanChecks(cache_dir / "checked"))
        read = [(document.path, document.digest) for document in store.documents]
        # Every diagnostic is located by now: the documents and their line tables can go before
        # the (larger) output is made, so that the two never take memory at the same time.
        del store
        reporter.lines.clear()
        files = render_all(api, config, formatter, cache_dir)
        del api
    changes = compare(files, out) if check else write_tree(files, out, force=force)
    if record is not None and not (check and changes.stale):  # written, or found current
        for path, digest in read:
            record.note(path, digest)
        record.save(reporter.diagnostics)
    return changes
