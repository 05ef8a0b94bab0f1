"""Small builders and lookups shared by the unit tests."""

from __future__ import annotations

from typing import Any

from generator import ir


def openapi(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None, version: str = "3.1.0", **extra: Any) -> dict[str, Any]:
    """A minimal valid document with the given paths and component schemas."""
    doc: dict[str, Any] = {"openapi": version, "info": {"title": "T", "version": "1"}, "paths": paths or {}}
    if schemas is not None:
        doc["components"] = {"schemas": schemas}
    doc.update(extra)
    return doc


def named(api: ir.Api, name: str) -> ir.NamedType:
    """The named type whose spec-level name is `name`."""
    return api.type_by_id(name)


def field_of(model: Any, wire_name: str) -> ir.Field:
    return next(f for f in model.fields if f.wire_name == wire_name)
