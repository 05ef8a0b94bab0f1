"""The stages from documents to a named IR, run in order: load, validate, build, merge, name."""

from __future__ import annotations

from generator import ir
from generator.build import DocumentBuilder
from generator.build_schemas import SchemaBuilder
from generator.config import Config
from generator.diagnostics import Reporter, SpecError
from generator.load import DocumentStore
from generator.merge import build_api
from generator.naming import Namer
from generator.refs import Resolver
from generator.validate import validate_document


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
    return Namer(reporter, config.method_names).name_api(api)

