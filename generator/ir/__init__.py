"""The intermediate representation and the stages that build it.

`types` and `api` hold the IR: frozen dataclasses that templates and later stages read (imported
here, so `ir.Model`, `ir.Operation`, … name them). The stages: `schemas` (JSON Schema to named
types, with `allof` and `keywords`), `operations` (paths to operations), `heuristics` (what the
spec implies but does not say: open sets, pages), `merge` (one type per distinct schema across
documents), `naming` (every Python name, decided once), `dump` (the IR as JSON). `examples` and
`example_check` make and check example values from IR types.
"""

from generator.ir.api import (
    Api,
    BodyKind,
    Callback,
    Document,
    Header,
    MediaType,
    OAuthFlow,
    Operation,
    Pagination,
    Parameter,
    PartEncoding,
    RequestBody,
    Resource,
    Response,
    ResponseKind,
    SchemeScopes,
    SecurityRequirement,
    SecurityScheme,
    Server,
    ServerVariable,
    is_json,
)
from generator.ir.types import (
    Alias,
    Constraints,
    Discriminator,
    Enum,
    EnumValue,
    Field,
    Json,
    Model,
    NamedType,
    Source,
    TypeKind,
    TypeRef,
    Union,
    map_refs,
    model_of,
    through_aliases,
    type_refs,
)

__all__ = [
    "Alias", "Api", "BodyKind", "Callback", "Constraints", "Discriminator", "Document", "Enum", "EnumValue", "Field", "Header", "Json",
    "MediaType", "Model", "NamedType", "OAuthFlow", "Operation", "Pagination", "Parameter", "PartEncoding", "RequestBody",
    "Resource", "Response", "ResponseKind", "SchemeScopes", "SecurityRequirement", "SecurityScheme", "Server", "ServerVariable",
    "Source", "TypeKind", "TypeRef", "Union", "is_json", "map_refs", "model_of", "through_aliases", "type_refs",
]  # fmt: skip
