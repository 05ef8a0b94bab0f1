"""Where everything lives on the docs site (pages, anchors, titles) and who uses each type."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from generator import ir
from generator.docs.markdown import slug


@dataclass(frozen=True)
class Usage:
    """One place that refers to a named type: an operation or another type."""

    kind: str  # "operation" or "type"
    title: str
    url: str  # relative to the site root
    role: str  # e.g. "request body", "response 200", "field device_id"


class SiteMap:
    """Page paths (relative to the site root), anchors and display titles, decided once."""

    def __init__(self, api: ir.Api):
        self.api = api
        names = [r.py_name for r in api.resources]
        self._type_pages = dict(zip((t.id for t in api.types), _unique_pages("models", [t.py_name for t in api.types])))
        self._resource_pages = dict(zip(names, _unique_pages("resources", names)))
        self._titles = dict(zip(names, _resource_titles(api)))

    def type_url(self, type_id: str) -> str:
        return self._type_pages[type_id]

    def resource_url(self, resource: ir.Resource) -> str:
        return self._resource_pages[resource.py_name]

    def resource_title(self, resource: ir.Resource) -> str:
        return self._titles[resource.py_name]

    def document_resource(self, document: ir.Document) -> ir.Resource | None:
        """The resource made of exactly this document's operations, if there is one."""
        return _document_owners(self.api).get(document.file)

    @staticmethod
    def operation_anchor(operation: ir.Operation) -> str:
        return f"op-{operation.py_name}"

    @staticmethod
    def webhook_anchor(webhook: ir.Operation) -> str:
        return f"webhook-{slug(webhook.path)}-{webhook.method}"

    def webhook_url(self, webhook: ir.Operation) -> str:
        return f"webhooks.html#{self.webhook_anchor(webhook)}"

    @staticmethod
    def field_anchor(field: ir.Field) -> str:
        return f"field-{field.py_name}"

    def operation_url(self, resource: ir.Resource, operation: ir.Operation) -> str:
        return f"{self.resource_url(resource)}#{self.operation_anchor(operation)}"

    def usages(self) -> dict[str, list[Usage]]:
        """For each type id, the operations and types that refer to it directly."""
        found: dict[str, list[Usage]] = {named.id: [] for named in self.api.types}

        def add(refs: Iterator[str], usage: Usage) -> None:
            for ref in dict.fromkeys(refs):
                if ref in found and usage not in found[ref]:
                    found[ref].append(usage)

        for resource in self.api.resources:
            for op in resource.operations:
                title, url = f"{resource.py_name}.{op.py_name}", self.operation_url(resource, op)
                for p in op.parameters:
                    add(ir.type_refs(p.type), Usage("operation", title, url, f"parameter {p.wire_name}"))
                for media in op.request_body.contents if op.request_body else ():
                    add(ir.type_refs(media.type), Usage("operation", title, url, "request body"))
                for response in op.responses:
                    for media in response.contents:
                        add(ir.type_refs(media.type), Usage("operation", title, url, f"response {response.status}"))
        for hook in self.api.webhooks:
            for media in hook.request_body.contents if hook.request_body else ():
                add(ir.type_refs(media.type), Usage("operation", f"webhook {hook.path}", self.webhook_url(hook), "payload"))
        for named in self.api.types:
            url = self.type_url(named.id)
            for f in getattr(named, "fields", ()):
                add(ir.type_refs(f.type), Usage("type", f"{named.py_name}.{f.py_name}", f"{url}#{self.field_anchor(f)}", "field"))
            if isinstance(named, ir.Model):
                add(iter(named.bases), Usage("type", named.py_name, url, "base type"))
            elif isinstance(named, ir.Union):
                add((r for v in named.variants for r in ir.type_refs(v)), Usage("type", named.py_name, url, "variant"))
            elif isinstance(named, ir.Alias):
                add(ir.type_refs(named.target), Usage("type", named.py_name, url, "alias target"))
        return found

    def request_types(self) -> set[str]:
        """Ids of the types a caller may build: reachable from request bodies and parameters."""
        pending = [
            ref
            for op in self.api.operations
            for t in [p.type for p in op.parameters] + [m.type for m in (op.request_body.contents if op.request_body else ())]
            for ref in ir.type_refs(t)
        ]
        seen: set[str] = set()
        while pending:
            type_id = pending.pop()
            if type_id in seen:
                continue
            seen.add(type_id)
            named = self.api.type_by_id(type_id)
            inner = [f.type for f in getattr(named, "fields", ()) if not f.read_only]
            inner += list(getattr(named, "variants", ())) + ([named.target] if isinstance(named, ir.Alias) else [])
            pending += [ref for t in inner for ref in ir.type_refs(t)]
        return seen


def _unique_pages(folder: str, names: list[str]) -> list[str]:
    """`folder/Name.html` per name; names equal but for case get a suffix (case-insensitive disks).
    `index` is the folder's own overview page."""
    taken: set[str] = {"index"}
    pages = []
    for name in names:
        stem, n = name, 1
        while stem.lower() in taken:
            n += 1
            stem = f"{name}-{n}"
        taken.add(stem.lower())
        pages.append(f"{folder}/{stem}.html")
    return pages


def _document_owners(api: ir.Api) -> dict[str, ir.Resource]:
    """Document file -> the one resource that holds all of its operations and only those."""
    files = {r.py_name: {op.source.file for op in r.operations} for r in api.resources}
    owners = {}
    for resource in api.resources:
        mine = files[resource.py_name]
        if len(mine) == 1 and sum(1 for other in files.values() if mine & other) == 1:
            owners[next(iter(mine))] = resource
    return owners


def _resource_titles(api: ir.Api) -> list[str]:
    """Human titles: the title of the one document a resource comes from, else its name.

    Words every title shares at the start or end ("Things ... API") are dropped.
    """
    titles = {d.file: d.title for d in api.documents}
    by_resource = {r.py_name: titles.get(file, "") for file, r in _document_owners(api).items()}
    words = [(by_resource.get(r.py_name) or r.name.replace("_", " ").replace("-", " ").title()).split() for r in api.resources]
    if len(words) > 1:
        while all(len(w) > 1 and w[0] == words[0][0] for w in words):
            words = [w[1:] for w in words]
        while all(len(w) > 1 and w[-1] == words[0][-1] for w in words):
            words = [w[:-1] for w in words]
    return [" ".join(w) for w in words]
