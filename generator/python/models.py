"""What `models.py` of the SDK declares, in an order Python can import: views for templates."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from generator import ir
from generator.ir.naming import field_name, unique
from generator.python.annotations import (
    ANNOTATED,
    ANY,
    NONE,
    STR,
    Call,
    Expr,
    Name,
    Quoted,
    Subscript,
    UnionOf,
    Value,
    imports_of,
    model,
    runtime,
)
from generator.python.params import ParamAliasView, ParamsBuilder, ParamView, param_names
from generator.python.source import docstring, py_string
from generator.python.type_names import TypeNamer, string_union_formats

NOT_GIVEN_TYPE = runtime("_types.NotGiven")


@dataclass
class FieldView:
    py_name: str
    annotation: Expr
    wire_name: str
    default: str | None  # Python source, None: required
    doc: str

    @property
    def assignment(self) -> str:
        """What follows the annotation: ` = None`, ` = Field(...)` for aliased names, or nothing."""
        if self.py_name != self.wire_name:
            default = f"default={self.default}, " if self.default is not None else ""
            alias = py_string(self.wire_name)
            return f" = Field({default}validation_alias={alias}, serialization_alias={alias})"
        return f" = {self.default}" if self.default is not None else ""


@dataclass
class InitParam:
    """A keyword of the constructor as type checkers see it (`if TYPE_CHECKING: def __init__`)."""

    py_name: str
    annotation: Expr  # what a user may pass; `| NotGiven` when it may be left out
    optional: bool


@dataclass
class ClassView:
    """A pydantic model class."""

    py_name: str
    doc: str
    fields: list[FieldView]
    class_vars: dict[str, list[str]]
    init: list[InitParam] = field(default_factory=list)
    base: str = "BaseModel"  # `UnknownVariant` for the fallback of a tagged union
    extra: Expr | None = None  # the type of the properties beyond the declared ones, when the schema gives one
    kind: str = "model"


@dataclass
class EnumView:
    py_name: str
    doc: str
    base: str
    members: list[tuple[str, str]]
    kind: str = "enum"


@dataclass
class AliasView:
    """`Name: TypeAlias = <annotation>` (unions, constrained strings, arrays ...)."""

    py_name: str
    doc: str
    annotation: Expr
    depends_on: set[str] = field(default_factory=set)
    recursive: bool = False  # part of a cycle of aliases: declared with TypeAliasType
    runtime_value: str = ""  # for a recursive one: its annotation as a string literal, evaluated once every name exists
    kind: str = "alias"


@dataclass
class ModelsModule:
    enums: list[EnumView]
    classes: list[ClassView]
    aliases: list[AliasView]
    imports: set[str]  # what the declarations need besides their annotations
    params: list[ParamView] = field(default_factory=list)
    param_aliases: list[ParamAliasView] = field(default_factory=list)

    @property
    def public_names(self) -> list[str]:
        views = [*self.enums, *self.classes, *self.aliases, *self.params, *self.param_aliases]
        return sorted(v.py_name for v in views)


def _constraint_text(c: ir.Constraints) -> str:
    parts = []
    if c.pattern:
        parts.append(f"pattern `{c.pattern}`")
    for label, low, high in (("length", c.min_length, c.max_length), ("items", c.min_items, c.max_items)):
        if low is not None or high is not None:
            parts.append(f"{label} {low if low is not None else 0}..{high if high is not None else '∞'}")
    if c.minimum is not None or c.exclusive_minimum is not None:
        parts.append(f">= {c.minimum}" if c.minimum is not None else f"> {c.exclusive_minimum}")
    if c.maximum is not None or c.exclusive_maximum is not None:
        parts.append(f"<= {c.maximum}" if c.maximum is not None else f"< {c.exclusive_maximum}")
    return ", ".join(parts)


class ModelsBuilder:
    """Builds the views of every named type of an Api."""

    def __init__(self, api: ir.Api):
        self.api = api
        self.types = TypeNamer(api, param_names(api))
        self.imports: set[str] = set()
        self.tags = api.discriminator_values
        self.taken = {t.py_name for t in api.types}

    def build(self, used_elsewhere: frozenset[str] = frozenset()) -> ModelsModule:
        """The module's views; an enum that no annotation here (or `used_elsewhere`) names is left out."""
        enums: list[EnumView] = []
        classes: list[ClassView] = []
        aliases: list[AliasView] = []
        for named in sorted(self.api.types, key=lambda t: t.py_name):
            if isinstance(named, ir.Model):
                classes.append(self._model(named))
            elif isinstance(named, ir.Enum):
                enum = self._enum(named)
                (enums if isinstance(enum, EnumView) else aliases).append(enum)
            elif isinstance(named, ir.Union):
                alias, fallback = self._union(named)
                aliases.append(alias)
                if fallback:
                    classes.append(fallback)
            else:
                aliases.append(self._alias(named.py_name, self._doc(named), self.types.annotation(named.target)))
        aliases = _ordered(aliases)
        params, param_aliases = ParamsBuilder(self.api, self.types).build()
        annotations = [
            *(f.annotation for c in classes for f in c.fields), *(a.annotation for a in aliases),
            *(p.annotation for c in classes for p in c.init), *(k.annotation for p in params for k in p.keys),
            *(a.annotation for a in param_aliases), *(c.extra for c in classes if c.extra is not None),
        ]  # fmt: skip
        used = used_elsewhere | {name.id for a in annotations for name in a.names()}
        enums = [e for e in enums if e.py_name in used]
        for enum in enums:
            self.imports.add("from ._types import OpenStrEnum" if enum.base == "OpenStrEnum" else "from enum import Enum")
        if any(p.optional for c in classes for p in c.init):
            self.imports.add("from ._types import NOT_GIVEN")
        if params:
            self.imports.add("from typing_extensions import TypedDict")
        if any(c.extra is not None for c in classes):
            self.imports.add("from pydantic import Field")
        imports = self.imports | imports_of(annotations, importer="models")
        return ModelsModule(enums, classes, aliases, imports, params, param_aliases)

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _doc(named: ir.NamedType) -> str:
        text = named.description or named.title or f"The `{named.name}` schema."
        if getattr(named, "deprecated", False):
            text = f"Deprecated. {text}"
        return text

    def _model(self, model: ir.Model) -> ClassView:
        tags = self.tags.get(model.id, {})
        fields = [self._field(f, tags.get(f.wire_name)) for f in model.fields]
        init = [self._init_param(f, tags.get(f.wire_name)) for f in model.fields]
        present = {f.wire_name for f in model.fields}
        for prop, values in tags.items():
            if prop not in present:
                attribute = unique([field_name(prop)], taken={f.py_name for f in model.fields})[0]
                fields.insert(0, self._tag_field(attribute, prop, values))
                init.insert(0, self._tag_init(fields[0].py_name, values))
        class_vars = {
            "__read_only__": [f.wire_name for f in model.fields if f.read_only],
            "__write_only__": [f.wire_name for f in model.fields if f.write_only],
            "__required_in_response__": [f.wire_name for f in model.fields if f.required and f.read_only],
            "__required_in_request__": [f.wire_name for f in model.fields if f.required and f.write_only],
            "__always_send__": sorted(tags),
            "__nullable__": [f.wire_name for f in model.fields if self.types.annotation(f.type).is_nullable],
        }
        doc = _with_attributes(self._doc(model), model.fields)
        class_vars = {k: sorted(v) for k, v in class_vars.items() if v}
        extra = model.additional_properties
        extra_type = self.types.annotation(extra) if extra is not None and extra.kind != "any" else None
        return ClassView(model.py_name, docstring(doc, "    "), fields, class_vars, init, extra=extra_type)

    def _init_param(self, f: ir.Field, tag_values: list[str] | None) -> InitParam:
        if tag_values:
            return self._tag_init(f.py_name, tag_values)
        annotation = self.types.input_annotation(f.type)
        optional = not f.required or f.read_only
        return InitParam(f.py_name, self._optional(annotation) if optional else annotation, optional)

    def _tag_init(self, py_name: str, values: list[str]) -> InitParam:
        """A discriminator: optional when it has one value (its default), else required."""
        annotation = self.types.literal_type(values)
        one = len(values) == 1
        return InitParam(py_name, self._optional(annotation) if one else annotation, one)

    @staticmethod
    def _optional(annotation: Expr) -> Expr:
        return UnionOf.of(annotation, NOT_GIVEN_TYPE)

    def _tag_field(self, py_name: str, prop: str, values: list[str]) -> FieldView:
        annotation = self.types.literal_type(values)
        default = py_string(values[0]) if len(values) == 1 else None
        return FieldView(py_name, annotation, prop, default, docstring(f"Discriminator: always {' or '.join(values)}.", "    "))

    def field_annotations(self) -> dict[tuple[str, str], Expr]:
        """The annotation of every model field as its class declares it, by (class, wire name)."""
        return {
            (model.py_name, f.wire_name): self._field_annotation(f, self.tags.get(model.id, {}).get(f.wire_name))
            for model in self.api.types if isinstance(model, ir.Model) for f in model.fields
        }  # fmt: skip

    def _field(self, f: ir.Field, tag_values: list[str] | None) -> FieldView:
        annotation = self._field_annotation(f, tag_values)
        if tag_values:
            default = py_string(tag_values[0]) if len(tag_values) == 1 else None
            return FieldView(f.py_name, annotation, f.wire_name, default, docstring(self._field_doc(f), "    "))
        required = f.required and not (f.read_only or f.write_only)
        return FieldView(f.py_name, annotation, f.wire_name, None if required else "None", docstring(self._field_doc(f), "    "))

    def _field_annotation(self, f: ir.Field, tag_values: list[str] | None) -> Expr:
        if tag_values:
            return self.types.literal_type(tag_values)
        annotation = self.types.annotation(f.type)
        return annotation if f.required and not (f.read_only or f.write_only) else annotation.or_none()

    def _field_doc(self, f: ir.Field) -> str:
        lines = [f.description or f"The `{f.wire_name}` property."]
        notes = []
        if f.read_only:
            notes.append("Read-only: set by the server, never sent." + (" Always present in responses." if f.required else ""))
        if f.write_only:
            notes.append("Write-only: sent, never returned." + (" Required when sending." if f.required else ""))
        if f.deprecated:
            notes.append("Deprecated.")
        if f.has_default:
            notes.append(f"Server default: `{f.default!r}`.")
        if constraints := _constraint_text(f.type.constraints):
            notes.append(f"Constraints: {constraints}.")
        return "\n\n".join([*lines, " ".join(notes)] if notes else lines)

    def _enum(self, enum: ir.Enum) -> EnumView | AliasView:
        doc = self._doc(enum)
        if enum.base in ("string", "integer") and not (enum.base == "integer" and enum.open):
            base = "OpenStrEnum" if enum.open and enum.base == "string" else ("str, Enum" if enum.base == "string" else "int, Enum")
            members = [(v.py_name, repr(v.value)) for v in enum.values]
            if enum.open:
                doc += "\n\nAn open set: values not listed here are accepted too (`is_known` is False for them)."
            return EnumView(enum.py_name, docstring(doc, "    "), base, members)
        return self._alias(enum.py_name, doc, self.types.literal_type([v.value for v in enum.values]))

    def _union(self, union: ir.Union) -> tuple[AliasView, ClassView | None]:
        doc = self._doc(union)
        formats = string_union_formats(union, self.api)
        if formats is not None:
            annotation = self.types.pattern_str(formats) if formats else STR
            if union.nullable:
                annotation = annotation.or_none()
            return self._alias(union.py_name, doc, annotation), None
        if union.discriminator is None:
            parts = [self.types.annotation(v) for v in union.variants] + ([NONE] if union.nullable else [])
            annotation = UnionOf.of(*parts) if union.variants else ANY
            return self._alias(union.py_name, doc, annotation), None
        fallback = self._fallback(union)
        variants = [_tagged(model(self.api.type_by_id(type_id).py_name), Value(value)) for value, type_id in union.discriminator.mapping]
        variants.append(_tagged(model(fallback.py_name), runtime("_models.UNKNOWN_TAG")))
        values = tuple(Value(value) for value, _ in union.discriminator.mapping)
        choose = Call(runtime("_models.union_discriminator"), (Value(union.discriminator.property), *values))
        annotation: Expr = Subscript(ANNOTATED, (UnionOf.of(*variants), choose))
        if union.nullable:
            annotation = annotation.or_none()
        doc += f"\n\nTell the variants apart by `{union.discriminator.property}`; a value this SDK does not know parses to `{fallback.py_name}`."
        return self._alias(union.py_name, doc, annotation), fallback

    def _fallback(self, union: ir.Union) -> ClassView:
        name, n = f"Unknown{union.py_name}", 2
        while name in self.taken:
            name, n = f"Unknown{union.py_name}{n}", n + 1
        self.taken.add(name)
        prop = union.discriminator.property if union.discriminator else "type"
        known = next((f.py_name for f in union.fields if f.wire_name == prop), None)
        attribute = known or unique([field_name(prop)], taken={f.py_name for f in union.fields})[0]
        fields = [FieldView(attribute, STR, prop, None, docstring(f"The `{prop}` value this SDK version does not know.", "    "))]
        init = [InitParam(fields[0].py_name, STR, optional=False)]
        for f in union.fields:
            if f.wire_name != prop:
                optional = dataclasses.replace(f, required=False)
                fields.append(self._field(optional, None))
                init.append(self._init_param(optional, None))
        doc = f"A `{union.py_name}` of a kind this SDK version does not know; every field it had is kept. It cannot be sent."
        class_vars = {"__read_only__": sorted(f.wire_name for f in union.fields if f.read_only)}
        return ClassView(name, docstring(doc, "    "), fields, {k: v for k, v in class_vars.items() if v}, init, "UnknownVariant")

    def _alias(self, py_name: str, doc: str, annotation: Expr) -> AliasView:
        """An alias, depending on every model name its annotation mentions (at any depth)."""
        self.imports.add("from typing import TypeAlias")
        depends_on = {name.id for name in annotation.names() if name == model(name.id)}
        return AliasView(py_name, docstring(doc), annotation, depends_on)


def _with_attributes(doc: str, fields: tuple[ir.Field, ...]) -> str:
    """The class docstring with an `Attributes:` section: the first sentence of each field's text."""
    lines = [f"    {f.py_name}: {_first_sentence(f.description)}" for f in fields if f.description]
    return f"{doc}\n\nAttributes:\n" + "\n".join(lines) if lines else doc


def _first_sentence(text: str | None) -> str:
    words = " ".join((text or "").split())
    end = words.find(". ")
    return words[: end + 1] if end >= 0 else words


def _ordered(aliases: list[AliasView]) -> list[AliasView]:
    """Aliases after the aliases they use (classes and enums come first in the module).

    Aliases that use each other in a cycle become `TypeAliasType`s, so they can refer to names
    defined later: for type checkers with the references to the cycle quoted, at run time with
    the whole value a string (`"A" | int` would be evaluated, and fail, on import).
    """
    by_name = {a.py_name: a for a in aliases}
    done: list[AliasView] = []
    stack: list[str] = []
    state: dict[str, str] = {}

    def visit(alias: AliasView) -> None:
        if state.get(alias.py_name) == "done":
            return
        state[alias.py_name] = "visiting"
        stack.append(alias.py_name)
        for dependency in sorted(alias.depends_on & by_name.keys()):
            if state.get(dependency) == "visiting":
                for name in stack[stack.index(dependency) :]:
                    by_name[name].recursive = True
            else:
                visit(by_name[dependency])
        stack.pop()
        state[alias.py_name] = "done"
        done.append(alias)

    for alias in aliases:
        visit(alias)
    recursive = {a.py_name for a in done if a.recursive}

    def quoted(name: Name) -> Expr | None:
        return Quoted(name) if name == model(name.id) and name.id in recursive else None

    for alias in done:
        if alias.recursive:
            alias.runtime_value = py_string(alias.annotation.render())
            alias.annotation = alias.annotation.replace_names(quoted)
    return done


def _tagged(variant: Name, tag: Expr) -> Expr:
    """`Annotated[Variant, Tag('value')]`: a union member pydantic picks by its tag."""
    return Subscript(ANNOTATED, (variant, Call(Name("Tag", "pydantic"), (tag,))))
