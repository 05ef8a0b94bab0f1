"""The dict shapes of what requests send: a `TypedDict` per model that a request body may
hold (wire names as keys, readOnly fields left out), and an alias per tagged union of them.

    DeviceGroupParam(TypedDict, total=False): name: Required[str]; projectId: Required[UUID | str]; ...
    HttpBindingParam: TypeAlias = HttpStreamlineBindingParam | HttpSenmlBindingParam
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass

from generator import ir
from generator.python.annotations import Expr, Name, Subscript, UnionOf, model
from generator.python.source import docstring
from generator.python.type_names import TypeNamer

REQUIRED = Name("Required", "typing_extensions")


@dataclass
class KeyView:
    wire_name: str
    annotation: Expr  # with `Required[...]` around it where the key must be present


@dataclass
class ParamView:
    """`class XParam(TypedDict, total=False)`, or the functional form for keys that are not names."""

    py_name: str
    doc: str  # indented for the class body
    module_doc: str  # for the functional form, at module level
    keys: list[KeyView]

    @property
    def functional(self) -> bool:
        return not all(k.wire_name.isidentifier() and not keyword.iskeyword(k.wire_name) for k in self.keys)


@dataclass
class ParamAliasView:
    """`UParam: TypeAlias = V1Param | V2Param` for a tagged union `U`."""

    py_name: str
    doc: str
    annotation: Expr


def sent_types(api: ir.Api) -> list[str]:
    """Ids of the models and tagged unions that request bodies may hold, at any depth, in order."""
    found: dict[str, None] = {}
    seen: set[str] = set()  # every type looked into: aliases and unions may recur too
    pending = [m.type for op in api.operations if op.request_body for m in op.request_body.contents if m.body_kind in ("json", "multipart", "form") and m.type]
    while pending:
        for type_id in ir.type_refs(pending.pop(0)):
            named = api.type_by_id(type_id)
            if type_id in seen or not isinstance(named, (ir.Model, ir.Union, ir.Alias)):
                continue
            seen.add(type_id)
            if isinstance(named, ir.Model):
                found[type_id] = None
                pending.extend(f.type for f in named.fields if not f.read_only)
            elif isinstance(named, ir.Union):
                if named.discriminator is not None:
                    found[type_id] = None
                    pending.extend(ir.TypeRef(kind="ref", ref=ref) for _, ref in named.discriminator.mapping)
                else:
                    pending.extend(named.variants)
            else:
                pending.append(named.target)
    return list(found)


def param_names(api: ir.Api) -> dict[str, str]:
    """Model or union id -> the name of its dict shape (`XParam`, numbered if that is taken)."""
    taken = {t.py_name for t in api.types}
    names: dict[str, str] = {}
    for type_id in sent_types(api):
        base = f"{api.type_by_id(type_id).py_name}Param"
        name, n = base, 2
        while name in taken:
            name, n = f"{base}{n}", n + 1
        taken.add(name)
        names[type_id] = name
    return names


class ParamsBuilder:
    """The TypedDicts and aliases of one Api (the names come from `param_names`)."""

    def __init__(self, api: ir.Api, types: TypeNamer):
        self.api = api
        self.types = types
        self.tags = api.discriminator_values

    def build(self) -> tuple[list[ParamView], list[ParamAliasView]]:
        dicts: list[ParamView] = []
        aliases: list[ParamAliasView] = []
        for type_id, name in self.types.params.items():
            named = self.api.type_by_id(type_id)
            text = f"`{named.py_name}` as a dict (wire names), where a request accepts one."
            if isinstance(named, ir.Model):
                dicts.append(ParamView(name, docstring(text, "    "), docstring(text), self._keys(named)))
            elif isinstance(named, ir.Union) and named.discriminator is not None:
                members = [model(self.types.params[ref]) for _, ref in named.discriminator.mapping]
                aliases.append(ParamAliasView(name, docstring(text), UnionOf.of(*members)))
        return dicts, aliases

    def _keys(self, named: ir.Model) -> list[KeyView]:
        tags = self.tags.get(named.id, {})
        keys = [KeyView(prop, Subscript(REQUIRED, (self.types.literal_type(values),))) for prop, values in tags.items()]
        for f in named.fields:
            if f.read_only or f.wire_name in tags:
                continue
            annotation = self.types.input_annotation(f.type)
            keys.append(KeyView(f.wire_name, Subscript(REQUIRED, (annotation,)) if f.required else annotation))
        return keys
