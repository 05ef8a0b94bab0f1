"""The pipeline wiring: documents to a named IR (load, validate, build, merge, name), then the IR
to every generated file (render the SDK and the site, format). Writing is the caller's choice."""

from __future__ import annotations

from generator import ir
from generator.config import Config, check_method_names
from generator.diagnostics import Reporter, SpecError
from generator.docs.render import render_site
from generator.ir.merge import build_api
from generator.ir.naming import Namer
from generator.ir.operations import DocumentBuilder
from generator.ir.schemas import SchemaBuilder
from generator.output.format import Formatter
from generator.output.write import Files
from generator.python.render import render_sdk
from generator.spec.load import DocumentStore
from generator.spec.refs import Resolver
from generator.spec.validate import validate_document


def load_api(config: Config, reporter: Reporter) -> ir.Api:
    """The IR of every document in `config`; raises SpecError (all errors found) if unusable."""
    store = DocumentStore()
    resolver = Resolver(store)
    documents = []
    for entry in config.documents:
        try:
            document = store.get(entry.path)
        except SpecError as exc:
            reporter.diagnostics.extend(exc.diagnostics)
            continue
        if validate_document(document, resolver, reporter):
            documents.append((document, entry.resource))
    reporter.raise_if_errors()
    schemas = SchemaBuilder(resolver, reporter)
    built = [DocumentBuilder(document, schemas, resolver, reporter, resource).build() for document, resource in documents]
    schemas.check_aliases()
    reporter.raise_if_errors()
    tag_resources = any(entry.resource is None for entry in config.documents)
    api = build_api(built, schemas.declarations, schemas.hoisted, reporter, tag_resources)
    check_method_names(config, (op.operation_id for op in api.operations), reporter)
    reporter.raise_if_errors()
    named = Namer(reporter, config.method_names).name_api(api)
    reporter.raise_if_errors()  # naming warnings are errors under --strict
    return named



def render_all(api: ir.Api, config: Config, formatter: Formatter) -> Files:
    """Every generated file, keyed by its path below the output directory."""
    files: Files = {}
    for path, text in render_sdk(api, config).items():
        files[f"python/{path}"] = formatter.format(path, text).encode("utf-8")
    for path, content in render_site(api, config).items():
        files[f"docs/{path}"] = content if isinstance(content, bytes) else content.encode("utf-8")
    return files
