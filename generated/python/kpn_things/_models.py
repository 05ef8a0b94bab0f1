"""Base model of generated models, and request/response (de)serialization."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, ClassVar

import pydantic
from pydantic import ConfigDict, Discriminator, TypeAdapter, ValidationInfo
from pydantic_core import InitErrorDetails, PydanticCustomError

UNKNOWN_TAG = "__unknown__"
"""Tag of the fallback variant of a union built with `union_discriminator`."""

_RESPONSE_KEY = "__sdk_response__"
_MASK = "**********"


def is_response(info: ValidationInfo) -> bool:
    """True while validating data that came from the server."""
    return bool(info.context and info.context.get(_RESPONSE_KEY))


class BaseModel(pydantic.BaseModel):
    """Base of generated models: snake_case attributes, wire names as aliases.

    Unknown fields from the server are kept (``model_extra``). Class variables name
    wire fields: readOnly (never sent), writeOnly (masked in repr), required only
    in responses / only in requests, and discriminators that are always sent.
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

    def __repr_args__(self) -> Iterable[tuple[str | None, Any]]:
        hidden = {_field_names(type(self))[w] for w in type(self).__write_only__}
        for name, value in super().__repr_args__():
            yield name, _MASK if name in hidden and value is not None else value


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
def _adapter(type_: Any) -> TypeAdapter[Any]:
    return TypeAdapter(type_)


def parse_response(type_: Any, content: bytes) -> Any:
    """Validate a JSON response body as `type_`, enforcing response-only rules."""
    return _adapter(type_).validate_json(content, context={_RESPONSE_KEY: True})


def to_request_json(value: object, type_: Any = None) -> Any:
    """Turn a request body into JSON-able data for the wire.

    `value` is first validated as `type_` (so a dict becomes the model). The result
    uses wire names and leaves out unset fields (except `__always_send__`) and
    readOnly fields at every depth. Missing `__required_in_request__` fields raise
    `pydantic.ValidationError`.
    """
    target: Any = type(value) if type_ is None else type_
    adapter = _adapter(target)
    value = adapter.validate_python(value)
    errors: list[InitErrorDetails] = []
    exclude = _exclusions(value, (), errors)
    if errors:
        raise pydantic.ValidationError.from_exception_data("request body", errors)
    return adapter.dump_python(value, mode="json", by_alias=True, exclude=exclude or None)


def _exclusions(
    value: object, loc: tuple[int | str, ...], errors: list[InitErrorDetails]
) -> dict[Any, Any]:
    """The `exclude=` tree for `value`; records missing request fields in `errors`."""
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
    errors.extend(
        {"type": "missing", "loc": (*loc, wire), "input": model}
        for wire in _missing(model, cls.__required_in_request__)
    )
    exclude: dict[Any, Any] = {}
    for wire, name in _field_names(cls).items():
        unset = name not in model.model_fields_set
        if wire in cls.__read_only__ or (unset and wire not in cls.__always_send__):
            exclude[name] = True
        elif sub := _exclusions(getattr(model, name), (*loc, wire), errors):
            exclude[name] = sub
    return exclude


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
