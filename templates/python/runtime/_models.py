"""Base model of generated models, unions with a fallback, and request serialization."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Iterable
from typing import Any, ClassVar, cast

import pydantic
from pydantic import ConfigDict, Discriminator, TypeAdapter, ValidationInfo
from pydantic_core import InitErrorDetails, PydanticCustomError

from ._context import is_response, no_op_on_responses
from ._types import NOT_GIVEN, NotGiven

UNKNOWN_TAG = "__unknown__"
"""Tag of the fallback variant of a union built with `union_discriminator`."""

_MASK = "**********"


def _signature(cls: type[BaseModel]) -> inspect.Signature:
    """Keyword-only parameters by attribute name (pydantic would show wire names)."""
    return inspect.Signature(
        [
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=info.annotation,
                default=inspect.Parameter.empty if info.is_required() else NOT_GIVEN,
            )
            for name, info in cls.model_fields.items()
        ],
        return_annotation=None,
    )


class BaseModel(pydantic.BaseModel):
    """Base of generated models: snake_case attributes, wire names as aliases.

    Unknown fields from the server are kept (``model_extra``). Class variables name
    wire fields: readOnly (never sent), writeOnly (masked in repr), required only
    in responses / only in requests, discriminators that are always sent, and the
    fields whose schema allows null (any other None is left out when sending).
    Arguments given as `NOT_GIVEN` are left unset.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        protected_namespaces=(),
    )

    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __write_only__: ClassVar[frozenset[str]] = frozenset()
    __required_in_response__: ClassVar[frozenset[str]] = frozenset()
    __required_in_request__: ClassVar[frozenset[str]] = frozenset()
    __always_send__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()

    @pydantic.model_validator(mode="before")
    @classmethod
    @no_op_on_responses()  # JSON holds no NOT_GIVEN
    def _drop_not_given(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not isinstance(v, NotGiven)}
        return data

    @pydantic.model_validator(mode="after")
    def _check_required_in_response(self, info: ValidationInfo) -> BaseModel:
        if is_response(info):
            missing = _missing(self, type(self).__required_in_response__)
            if missing:
                raise PydanticCustomError(
                    "missing_in_response",
                    "Field required in a response: {fields}",
                    {"fields": ", ".join(missing)},
                )
        return self

    @classmethod
    def __pydantic_on_complete__(cls) -> None:
        cls.__signature__ = _signature(cls)

    def __repr_args__(self) -> Iterable[tuple[str | None, Any]]:
        hidden = {_field_names(type(self))[w] for w in type(self).__write_only__}
        for name, value in super().__repr_args__():
            yield name, _MASK if name in hidden and value is not None else value

    def __str__(self) -> str:
        return repr(self)


class UnknownVariant(BaseModel):
    """Base of the fallback variant of a union: a kind this SDK version does not know.

    It keeps everything the server sent; it cannot be sent back.
    """


@functools.cache
def _field_names(cls: type[BaseModel]) -> dict[str, str]:
    """Wire name -> Python attribute name, for every declared field of `cls`."""
    return {(info.serialization_alias or name): name for name, info in cls.model_fields.items()}


def _missing(model: BaseModel, wire_names: frozenset[str]) -> list[str]:
    names = _field_names(type(model))
    return [
        wire
        for wire in sorted(wire_names)
        if names[wire] not in model.model_fields_set or getattr(model, names[wire]) is None
    ]


@functools.cache
def adapter(type_: Any) -> TypeAdapter[Any]:
    """The (cached) pydantic adapter of a model, union or other annotation."""
    return TypeAdapter(type_)


def to_request_json(value: object, type_: Any = None) -> Any:
    """Turn a request body into JSON-able data for the wire.

    `value` is validated as `type_` (so a dict becomes the model); the JSON it
    dumps to uses wire names and leaves out readOnly fields, unset fields (except
    `__always_send__`) and None where the schema does not allow null, at every
    depth. That JSON is validated again, so what is sent is what the spec allows.
    Raises `pydantic.ValidationError`: for a missing `__required_in_request__`
    field, an `UnknownVariant` (a kind this SDK does not know cannot be sent), or a
    value that does not fit.
    """
    target = adapter(cast(Any, type(value) if type_ is None else type_))
    model = target.validate_python(value)
    errors: list[InitErrorDetails] = []
    exclude = _exclusions(model, (), errors)
    if errors:
        raise pydantic.ValidationError.from_exception_data("request body", errors)
    wire = target.dump_python(
        model, mode="json", by_alias=True, exclude=exclude or None, warnings=False
    )
    target.validate_python(wire)
    return wire


def _exclusions(
    value: object, loc: tuple[int | str, ...], errors: list[InitErrorDetails]
) -> dict[Any, Any]:
    """The `exclude=` tree for `value`; records what cannot be sent in `errors`."""
    if isinstance(value, BaseModel):
        return _model_exclusions(value, loc, errors)
    children: Iterable[tuple[Any, object]]
    if isinstance(value, (list, tuple)):
        children = enumerate(value)
    elif isinstance(value, dict):
        children = value.items()
    else:
        return {}
    return {key: sub for key, child in children if (sub := _exclusions(child, (*loc, key), errors))}


def _model_exclusions(
    model: BaseModel, loc: tuple[int | str, ...], errors: list[InitErrorDetails]
) -> dict[Any, Any]:
    cls = type(model)
    if isinstance(model, UnknownVariant):
        errors.append(_unknown_variant_error(model, loc))
    errors.extend(
        {"type": "missing", "loc": (*loc, wire), "input": model}
        for wire in _missing(model, cls.__required_in_request__)
    )
    exclude: dict[Any, Any] = {}
    for wire, name in _field_names(cls).items():
        value = getattr(model, name)
        unset = name not in model.model_fields_set
        if (
            wire in cls.__read_only__
            or (unset and wire not in cls.__always_send__)
            or (value is None and wire not in cls.__nullable__)
        ):
            exclude[name] = True
        elif sub := _exclusions(value, (*loc, wire), errors):
            exclude[name] = sub
    for key, value in (model.model_extra or {}).items():  # typed extras are models too
        if sub := _exclusions(value, (*loc, key), errors):
            exclude[key] = sub
    return exclude


def _unknown_variant_error(model: UnknownVariant, loc: tuple[int | str, ...]) -> InitErrorDetails:
    return {
        "type": PydanticCustomError(
            "unknown_variant",
            "{model} is a kind this SDK version does not know; it cannot be sent",
            {"model": type(model).__name__},
        ),
        "loc": loc,
        "input": model,
    }


def union_discriminator(wire_name: str, *tags: str) -> Discriminator:
    """Discriminator picking a union variant by the `wire_name` field's value.

    Variants are marked ``Annotated[Model, Tag("value")]``; a value not in `tags`
    selects the variant tagged `UNKNOWN_TAG` (a newer server's new kind).
    """
    known = frozenset(tags)

    def tag_of(value: Any) -> str | None:
        if isinstance(value, dict):
            found = value.get(wire_name)
        elif isinstance(value, BaseModel):
            name = _field_names(type(value)).get(wire_name, wire_name)
            found = getattr(value, name, None)
        else:
            return None
        if found is None:
            return None
        return found if isinstance(found, str) and found in known else UNKNOWN_TAG

    return Discriminator(
        tag_of,
        custom_error_type="invalid_discriminator",
        custom_error_message=f"{wire_name!r} is missing or not one of: " + ", ".join(sorted(known)),
    )
