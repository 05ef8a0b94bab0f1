"""Merge the documents: one IR type per distinct schema, unique spec-level names, one Api.

Types declared by several documents with the same name and the same meaning (ignoring
descriptions and examples) become one type. Same name, different meaning: the first
document keeps the name, the others are prefixed with their document's name.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from typing import Any

from generator import ir
from generator.diagnostics import Reporter
from generator.ir.operations import DocumentIR, pascal_words

_TEXT = frozenset({"description", "title", "example"})
_PLACE = frozenset({"id", "source", "py_name"})


def _shape(node: Any, ignored: frozenset[str] = _TEXT | _PLACE) -> Any:
    """The parts of an IR node that change what values it accepts (texts and places ignored)."""
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        return {f.name: _shape(getattr(node, f.name), ignored) for f in dataclasses.fields(node) if f.name not in ignored}
    if isinstance(node, tuple):
        return [_shape(item, ignored) for item in node]
    return node


def _fingerprint(declaration: ir.NamedType, class_of: dict[str, str]) -> str:
    renamed = ir.map_refs(declaration, lambda ref: class_of.get(ref, ref))
    return json.dumps([declaration.name, _shape(renamed)], sort_keys=True, default=repr)


def _classes(declarations: dict[str, ir.NamedType]) -> dict[str, str]:
    """Partition refinement: keys whose types are equal up to the classes they refer to."""
    class_of = {key: decl.name for key, decl in declarations.items()}
    count = -1
    while True:
        signatures = {key: _fingerprint(decl, class_of) for key, decl in declarations.items()}
        numbering = {sig: str(i) for i, sig in enumerate(sorted(set(signatures.values())))}
        class_of = {key: numbering[sig] for key, sig in signatures.items()}
        if len(numbering) == count:
            return class_of
        count = len(numbering)


def _document_prefix(key: str) -> str:
    file = key.split("#", 1)[0].rsplit("/", 1)[-1]
    return pascal_words(file.rsplit(".", 1)[0])


def _same_name_aliases(declarations: dict[str, ir.NamedType]) -> dict[str, str]:
    """Plain aliases of a type with their own name (`Cat: {$ref: other.yaml#/Cat}`, as split specs
    write them), by key: the key of the type each stands for, which takes its place."""
    direct = {}
    for key, declaration in declarations.items():
        target = declaration.target if isinstance(declaration, ir.Alias) else None
        if target is not None and target.kind == "ref" and not target.nullable and target.ref in declarations and declarations[target.ref].name == declaration.name:
            direct[key] = target.ref or ""
    resolved = {}
    for key, target in direct.items():
        seen = {key}
        while target in direct and target not in seen:
            seen.add(target)
            target = direct[target]
        if target not in direct:
            resolved[key] = target
    return resolved


def merge_types(declarations: dict[str, ir.NamedType], file_order: list[str], hoisted: set[str], reporter: Reporter) -> dict[str, str]:
    """Final unique name for every declaration key; an alias of a type with its own name is that type."""
    redirect = _same_name_aliases(declarations)
    kept = {key: ir.map_refs(declaration, lambda ref: redirect.get(ref, ref)) for key, declaration in declarations.items() if key not in redirect}
    final = _unique_names(kept, file_order, hoisted, reporter)
    return final | {key: final[target] for key, target in redirect.items()}


def _unique_names(declarations: dict[str, ir.NamedType], file_order: list[str], hoisted: set[str], reporter: Reporter) -> dict[str, str]:
    """Final unique name for every declaration key: equal types share one, others are told apart."""
    order = {file: index for index, file in enumerate(file_order)}
    position = {key: index for index, key in enumerate(declarations)}
    keys = sorted(declarations, key=lambda k: (k in hoisted, order.get(declarations[k].source.file, len(order)), position[k]))
    class_of = _classes(declarations)
    members: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        members[class_of[key]].append(key)
    by_name: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        klass = class_of[key]
        if klass not in by_name[declarations[key].name]:
            by_name[declarations[key].name].append(klass)
    final: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted(by_name):
        for position_in_name, klass in enumerate(by_name[name]):
            first = members[klass][0]
            unique = _distinct_name(name, position_in_name, first, first in hoisted, taken | set(by_name) - {name})
            taken.add(unique)
            if position_in_name:
                _report_conflict(declarations, members[by_name[name][0]][0], first, first in hoisted, unique, reporter)
            _note_text_differences(declarations, members[klass], reporter)
            for key in members[klass]:
                final[key] = unique
    return final


def _distinct_name(name: str, position: int, key: str, is_hoisted: bool, taken: set[str]) -> str:
    """The first type of a name keeps it; others take their document's name, or a number."""
    if position == 0 and name not in taken:
        return name
    candidate = name if is_hoisted else f"{_document_prefix(key)}{name[:1].upper()}{name[1:]}"
    unique, n = candidate, 2
    while unique in taken or unique == name:
        unique, n = f"{candidate}{n}", n + 1
    return unique


def _report_conflict(declarations: dict[str, ir.NamedType], kept: str, renamed: str, is_hoisted: bool, unique: str, reporter: Reporter) -> None:
    where, source = declarations[kept].source, declarations[renamed].source
    message = f"schema {declarations[renamed].name!r} differs from the one at {where.file}#{where.pointer}; it is named {unique!r}"
    reporter.add("info" if is_hoisted else "warning", source.file, source.pointer, message)


def _note_text_differences(declarations: dict[str, ir.NamedType], keys: list[str], reporter: Reporter) -> None:
    first = declarations[keys[0]]
    for key in keys[1:]:
        other = declarations[key]
        if _shape(other, _PLACE) != _shape(first, _PLACE):
            reporter.info(other.source.file, other.source.pointer, f"merged with {first.source.file}#{first.source.pointer}; only descriptions or examples differ, the first is kept")


def build_api(documents: list[DocumentIR], declarations: dict[str, ir.NamedType], hoisted: set[str], reporter: Reporter, tag_resources: bool) -> ir.Api:
    """One Api from every document, with merged types and operations grouped into resources."""
    final = merge_types(declarations, [d.document.file for d in documents], hoisted, reporter)
    rename = final.__getitem__
    types: dict[str, ir.NamedType] = {}
    for key, declaration in declarations.items():
        stands_for_target = isinstance(declaration, ir.Alias) and final.get(declaration.target.ref or "") == final[key]
        if final[key] not in types and not stands_for_target:
            types[final[key]] = ir.map_refs(declaration, rename)
    grouped: dict[str, list[ir.Operation]] = defaultdict(list)
    descriptions: dict[str, str | None] = {}
    for document in documents:
        for resource, operation in document.operations:
            grouped[resource].append(ir.map_refs(operation, rename))
            description = document.tag_descriptions.get(resource) if tag_resources else document.document.description
            descriptions.setdefault(resource, description)
    schemes: dict[str, ir.SecurityScheme] = {}
    servers: dict[str, ir.Server] = {}
    for document in documents:
        for scheme in document.security_schemes:
            if scheme.id in schemes and schemes[scheme.id] != scheme:
                reporter.warning(document.document.file, f"/components/securitySchemes/{scheme.id}", "security scheme differs from an earlier document's; the first is used", kind="security-scheme-conflict")
            schemes.setdefault(scheme.id, scheme)
        for server in document.servers:
            servers.setdefault(server.url, server)
    return ir.Api(
        documents=tuple(d.document for d in documents),
        resources=tuple(ir.Resource(name, tuple(ops), descriptions.get(name)) for name, ops in grouped.items()),
        types=tuple(types[name] for name in sorted(types)),
        security_schemes=tuple(schemes.values()),
        servers=tuple(servers.values()),
        webhooks=tuple(ir.map_refs(webhook, rename) for document in documents for webhook in document.webhooks),
    )
