"""`diff_apis(old, new)`: every change between two API surfaces, operations first, then types.

Operations are paired by HTTP method and path (path parameter names aside), parameters by where
they go and their wire name, responses by status and media type; what they carry is compared
by `TypeComparer` in the direction it travels.
"""

from __future__ import annotations

import dataclasses

from generator import ir
from generator.diff.changes import Change, ChangeSet, Where
from generator.diff.describe import is_component, location
from generator.diff.security import compare_schemes, compare_security
from generator.diff.types import TypeComparer
from generator.ir.api import media_base


def diff_apis(old: ir.Api, new: ir.Api) -> list[Change]:
    """The changes from OLD to NEW, breaking first."""
    found = ChangeSet()
    types = TypeComparer(old, new, found)
    old_ops, new_ops = _operations(old), _operations(new)
    for key, (resource, op) in new_ops.items():
        if key in old_ops:
            _operation(old_ops[key], (resource, op), types, found)
        else:
            found.add("operation-added", False, "none", location(op.source), f"{_subject(resource, op)}: new method ({op.method.upper()} {op.path})")
    for key, (resource, op) in old_ops.items():
        if key not in new_ops:
            found.add("operation-removed", True, "both", location(op.source), f"{_subject(resource, op)}: method removed ({op.method.upper()} {op.path})")
    types.drain()
    _named_types(old, new, types, found)
    _api(old, new, found)
    return found.changes()


def _operations(api: ir.Api) -> dict[tuple[str, str], tuple[ir.Resource, ir.Operation]]:
    return {(op.method, _path_key(op.path)): (resource, op) for resource in api.resources for op in resource.operations}


def _path_key(path: str) -> str:
    """`/things/{id}` and `/things/{thingId}` are the same endpoint."""
    parts = path.rstrip("/").split("/")
    return "/".join("{}" if p.startswith("{") and p.endswith("}") else p for p in parts)


def _subject(resource: ir.Resource, op: ir.Operation, argument: str = "") -> str:
    return f"`client.{resource.py_name}.{op.py_name}({argument})`"


def _operation(old: tuple[ir.Resource, ir.Operation], new: tuple[ir.Resource, ir.Operation], types: TypeComparer, found: ChangeSet) -> None:
    (old_resource, old_op), (resource, op) = old, new
    here, subject = location(op.source), _subject(resource, op)
    if old_resource.py_name != resource.py_name:
        found.add("operation-moved", True, "none", here, f"{_subject(old_resource, old_op)}: moved to {subject}")
    elif old_op.py_name != op.py_name:
        found.add("operation-renamed", True, "none", here, f"{_subject(old_resource, old_op)}: renamed to {subject}")
    elif old_op.operation_id != op.operation_id:
        found.add("operation-id-changed", False, "none", here, f"{subject}: operationId {old_op.operation_id!r} → {op.operation_id!r}")
    if op.deprecated != old_op.deprecated:
        found.add("operation-deprecated" if op.deprecated else "operation-undeprecated", False, "none", here, f"{subject}: {'deprecated' if op.deprecated else 'no longer deprecated'}")
    for text in ("summary", "description"):
        if " ".join((getattr(old_op, text) or "").split()) != " ".join((getattr(op, text) or "").split()):
            found.add("description-changed", False, "none", here, f"{subject}: {text} changed")
    _parameters(old_op, (resource, op), types, found)
    _request_body(old_op, (resource, op), types, found)
    _responses(old_op, (resource, op), types, found)
    _pagination(old_op.pagination, op.pagination, here, subject, found)
    compare_security(old_op, op, here, subject, found)


def _parameter_key(p: ir.Parameter, index: int) -> tuple[str, str]:
    """Path parameters pair by position (their names may change), others by location and name."""
    return ("path", str(index)) if p.location == "path" else (p.location, p.wire_name.lower() if p.location == "header" else p.wire_name)


def _keyed(params: tuple[ir.Parameter, ...]) -> dict[tuple[str, str], ir.Parameter]:
    path_params = [p for p in params if p.location == "path"]
    return {_parameter_key(p, path_params.index(p) if p.location == "path" else 0): p for p in params}


def _parameters(old_op: ir.Operation, new: tuple[ir.Resource, ir.Operation], types: TypeComparer, found: ChangeSet) -> None:
    resource, op = new
    old_params, new_params = _keyed(old_op.parameters), _keyed(op.parameters)
    by_name = {p.wire_name: p for p in old_op.parameters}
    for key, p in new_params.items():
        here = location(p.source) if p.source else location(op.source)
        where = Where(here, _subject(resource, op, f"{p.py_name}=…"))
        before = old_params.get(key)
        if before is None and p.wire_name in by_name:  # same name, another place
            before = by_name[p.wire_name]
            found.add("parameter-location-changed", True, "request", here, f"{where.subject}: sent in the {p.location} instead of the {before.location}")
        if before is None:
            kind = "required-parameter-added" if p.required else "parameter-added"
            found.add(kind, p.required, "request", here, f"{where.subject}: {'required' if p.required else 'optional'} {p.location} parameter {p.wire_name!r} added")
            continue
        _parameter(before, p, where, types, found)
    new_names = {p.wire_name for p in op.parameters}
    for key, p in old_params.items():
        if key not in new_params and p.wire_name not in new_names:
            here = location(p.source) if p.source else location(old_op.source)
            found.add("parameter-removed", True, "request", here, f"{_subject(resource, op, f'{p.py_name}=…')}: parameter removed")


def _parameter(before: ir.Parameter, after: ir.Parameter, where: Where, types: TypeComparer, found: ChangeSet) -> None:
    if before.py_name != after.py_name:
        found.add("parameter-renamed", True, "none", where.location, f"{where.subject}: renamed from `{before.py_name}`")
    if before.required != after.required:
        kind = "parameter-required" if after.required else "parameter-optional"
        found.add(kind, after.required, "request", where.location, f"{where.subject}: now {'required' if after.required else 'optional'}")
    if before.location == after.location and (before.style, before.explode) != (after.style, after.explode):
        found.add("parameter-style-changed", True, "request", where.location, f"{where.subject}: style {before.style}/explode={before.explode} → {after.style}/explode={after.explode}")
    if (before.has_default, before.default) != (after.has_default, after.default):
        old_default = repr(before.default) if before.has_default else "none"
        new_default = repr(after.default) if after.has_default else "none"
        found.add("parameter-default-changed", False, "request", where.location, f"{where.subject}: default {old_default} → {new_default}")
    if after.deprecated and not before.deprecated:
        found.add("parameter-deprecated", False, "none", where.location, f"{where.subject}: deprecated")
    if " ".join((before.description or "").split()) != " ".join((after.description or "").split()):
        found.add("description-changed", False, "none", where.location, f"{where.subject}: description changed")
    types.compare(before.type, after.type, "request", where)


def _request_body(old_op: ir.Operation, new: tuple[ir.Resource, ir.Operation], types: TypeComparer, found: ChangeSet) -> None:
    resource, op = new
    before, after = old_op.request_body, op.request_body
    here = location(op.source) + "/requestBody"
    where = Where(here, _subject(resource, op, "body=…"))
    if before is None and after is None:
        return
    if before is None and after is not None:
        found.add("request-body-added", after.required, "request", here, f"{where.subject}: {'required' if after.required else 'optional'} request body added")
        return
    if after is None:
        found.add("request-body-removed", True, "request", location(old_op.source) + "/requestBody", f"{where.subject}: request body removed")
        return
    assert before is not None
    if before.required != after.required:
        kind = "request-body-required" if after.required else "request-body-optional"
        found.add(kind, after.required, "request", here, f"{where.subject}: request body now {'required' if after.required else 'optional'}")
    _contents(before.contents, after.contents, "request", where, types, found)


def _contents(before: tuple[ir.MediaType, ...], after: tuple[ir.MediaType, ...], d: str, where: Where, types: TypeComparer, found: ChangeSet) -> None:
    old_media = {media_base(m.media_type): m for m in before}
    new_media = {media_base(m.media_type): m for m in after}
    for name, media in new_media.items():
        child = where.child(f"/content/{name.replace('~', '~0').replace('/', '~1')}", where.subject)
        if name in old_media:
            types.compare(old_media[name].type, media.type, "request" if d == "request" else "response", child)
        else:
            found.add(f"{d}-media-type-added", False, "request" if d == "request" else "response", child.location, f"{where.subject}: accepts {name}" if d == "request" else f"{where.subject}: may answer {name}")
    for name in old_media:
        if name not in new_media:
            found.add(f"{d}-media-type-removed", True, "request" if d == "request" else "response", where.location, f"{where.subject}: {name} no longer {'accepted' if d == 'request' else 'answered'}")


def _is_success(status: str) -> bool:
    return status.startswith("2")


def _responses(old_op: ir.Operation, new: tuple[ir.Resource, ir.Operation], types: TypeComparer, found: ChangeSet) -> None:
    resource, op = new
    subject = _subject(resource, op)
    old_responses = {r.status.upper(): r for r in old_op.responses}
    new_responses = {r.status.upper(): r for r in op.responses}
    old_success = next((r for r in old_op.responses if _is_success(r.status) and r.contents), None)
    for status, response in new_responses.items():
        where = Where(f"{location(op.source)}/responses/{response.status}", f"{subject} → {response.status}")
        before = old_responses.get(status)
        if before is None:
            other_body = _is_success(status) and response.contents and (
                old_success is None or {m.type for m in response.contents} != {m.type for m in old_success.contents}
            )
            text = "answers with a body the old SDK does not read as it" if other_body else "new response status"
            found.add("response-status-added", bool(other_body), "response", where.location, f"{where.subject}: {text}")
            continue
        if before.contents and not response.contents:
            found.add("response-body-removed", _is_success(status), "response", where.location, f"{where.subject}: no longer has a body")
        elif response.contents and not before.contents:
            found.add("response-body-added", False, "response", where.location, f"{where.subject}: now has a body")
        else:
            _contents(before.contents, response.contents, "response", where, types, found)
        _headers(before, response, where, found, types)
    for status, response in old_responses.items():
        if status not in new_responses:
            breaking = _is_success(status) and bool(response.contents)
            found.add("response-status-removed", breaking, "response", f"{location(old_op.source)}/responses/{response.status}", f"{subject} → {response.status}: status removed")


def _headers(before: ir.Response, after: ir.Response, where: Where, found: ChangeSet, types: TypeComparer) -> None:
    old_headers = {h.name.lower(): h for h in before.headers}
    new_headers = {h.name.lower(): h for h in after.headers}
    for name, header in new_headers.items():
        child = where.child(f"/headers/{header.name}", f"{where.subject} header {header.name}")
        if name in old_headers:
            types.compare(old_headers[name].type, header.type, "response", child)
        else:
            found.add("response-header-added", False, "response", child.location, f"{child.subject}: added")
    for name, header in old_headers.items():
        if name not in new_headers:
            found.add("response-header-removed", True, "response", where.location, f"{where.subject} header {header.name}: removed")


def _pagination(before: ir.Pagination | None, after: ir.Pagination | None, here: str, subject: str, found: ChangeSet) -> None:
    if before is None and after is not None:
        found.add("pagination-added", True, "response", here, f"{subject}: now returns a pager over `{after.items_field}`")
    elif before is not None and after is None:
        found.add("pagination-removed", True, "response", here, f"{subject}: no longer returns a pager")
    elif before is not None and after is not None:
        old_shape = dataclasses.replace(before, page=after.page, item=after.item, configured=after.configured)
        if old_shape != after:  # the page and item types are compared as response types
            way = f"`{after.next_field}`" if after.next_field else f"the {after.style} parameter `{after.offset_param or after.page_param}`"
            found.add("pagination-changed", True, "response", here, f"{subject}: pages now read items from `{after.items_field}` and the next page from {way}")


def _named_types(old: ir.Api, new: ir.Api, types: TypeComparer, found: ChangeSet) -> None:
    """Classes of the SDK: renamed (paired by use, both named in the spec), removed, added."""
    old_names = {t.py_name: t for t in old.types}
    new_names = {t.py_name: t for t in new.types}
    renamed_from: set[str] = set()
    for old_id, new_id in types.pairs:
        before, after = old.type_by_id(old_id), new.type_by_id(new_id)
        if before.py_name != after.py_name and before.py_name not in new_names and is_component(before) and is_component(after):
            renamed_from.add(before.py_name)
            found.add("model-renamed", True, "none", location(after.source), f"`{before.py_name}`: renamed to `{after.py_name}`")
    for name, named in old_names.items():
        if name not in new_names and name not in renamed_from and is_component(named):
            found.add("model-removed", True, "none", location(named.source), f"`{name}`: no longer in the SDK")
    renamed_to = {new.type_by_id(n).py_name for o, n in types.pairs if old.type_by_id(o).py_name in renamed_from}
    for name, named in new_names.items():
        if name not in old_names and name not in renamed_to and is_component(named):
            found.add("model-added", False, "none", location(named.source), f"`{name}`: new in the SDK")


def _api(old: ir.Api, new: ir.Api, found: ChangeSet) -> None:
    compare_schemes(old, new, found)
    old_url, new_url = old.server_url(), new.server_url()
    if old_url != new_url and new.servers:
        found.add("server-changed", False, "none", f"{new.documents[0].file}#/servers/0", f"default base URL {old_url or 'none'} → {new_url}")
    old_docs = {d.title: d for d in old.documents}
    for document in new.documents:
        before = old_docs.get(document.title)
        if before is not None and before.version != document.version:
            found.add("api-version-changed", False, "none", f"{document.file}#/info/version", f"{document.title}: version {before.version} → {document.version}")
