"""A small API with every construct the diff compares: the OLD side of the kinds table."""

from __future__ import annotations

import copy
from typing import Any

_THING = {
    "type": "object",
    "required": ["name", "status"],
    "properties": {
        "id": {"type": "string", "format": "uuid", "readOnly": True, "description": "The id."},
        "name": {"type": "string", "maxLength": 64, "description": "The name."},
        "status": {"$ref": "#/components/schemas/Status"},
        "kind": {"type": "string", "description": "The kind. Known values include: `small`, `large`."},
        "size": {"type": "integer", "minimum": 0},
        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 10},
        "note": {"type": "string", "default": "none"},
        "owner": {"$ref": "#/components/schemas/Owner"},
        "secret": {"type": "string", "writeOnly": True},
        "createdAt": {"type": "string", "format": "date-time", "readOnly": True},
        "createdBy": {"type": "string", "readOnly": True},
    },
}

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things API", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.com"}],
    "security": [{"oauth": ["things:read"]}],
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": ["things"],
                "summary": "List things.",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10}},
                    {"name": "q", "in": "query", "schema": {"type": "string"}},
                    {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": True},
                    {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "A page.",
                        "headers": {"X-Total": {"schema": {"type": "integer"}}},
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PageOfThings"}}},
                    }
                },
            },
            "post": {
                "operationId": "createThing",
                "tags": ["things"],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "responses": {
                    "201": {"description": "Created.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "409": {"description": "Conflict.", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                },
            },
        },
        "/things/search": {
            "post": {
                "operationId": "searchThings",
                "tags": ["things"],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Search"}}}},
                "responses": {"200": {"description": "Matches.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}}}},
            },
        },
        "/things/{thingId}": {
            "parameters": [{"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "getThing",
                "tags": ["things"],
                "responses": {
                    "200": {"description": "The thing.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "404": {"description": "Not found.", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                },
            },
            "delete": {"operationId": "deleteThing", "tags": ["things"], "security": [{"oauth": ["things:write"]}], "responses": {"204": {"description": "Deleted."}}},
        },
        "/pets": {
            "get": {
                "operationId": "listPets",
                "tags": ["pets"],
                "responses": {"200": {"description": "Pets.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}},
            },
            "post": {
                "operationId": "createPet",
                "tags": ["pets"],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                "responses": {"201": {"description": "Created.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}},
            },
        },
        "/shapes": {
            "post": {
                "operationId": "drawShape",
                "tags": ["shapes"],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Shape"}}}},
                "responses": {"200": {"description": "Drawn.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Shape"}}}}},
            },
        },
    },
    "components": {
        "securitySchemes": {
            "oauth": {
                "type": "oauth2",
                "flows": {"clientCredentials": {"tokenUrl": "https://auth.example.com/token", "scopes": {"things:read": "Read.", "things:write": "Write."}}},
            }
        },
        "schemas": {
            "Thing": _THING,
            "Status": {"type": "string", "enum": ["active", "inactive"]},
            "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
            "PageOfThings": {
                "type": "object",
                "required": ["items"],
                "properties": {
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                    "next": {"type": "string", "format": "uri"},
                },
            },
            "Cat": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}, "lives": {"type": "integer"}}},
            "Dog": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}, "bark": {"type": "string"}}},
            "Pet": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "type", "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"}},
            },
            "Circle": {"type": "object", "required": ["radius"], "properties": {"radius": {"type": "number"}}},
            "Square": {"type": "object", "required": ["side"], "properties": {"side": {"type": "number"}}},
            "Shape": {"oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}]},
            "Search": {
                "type": "object",
                "properties": {
                    "text": {"type": "string", "maxLength": 100},
                    "max": {"type": "number"},
                    "order": {"type": "string", "enum": ["asc", "desc"]},
                    "version": {"const": 1},
                },
            },
            "Problem": {"type": "object", "properties": {"title": {"type": "string"}, "status": {"type": "integer"}}},
        },
    },
}


def base() -> dict[str, Any]:
    """A fresh copy of the base document, to change."""
    return copy.deepcopy(BASE)
