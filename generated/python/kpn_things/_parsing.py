"""Response bodies as SDK types: validated, or built leniently where they do not fit.

By default a body that does not fit its schema is not an error: the parts that fit
are typed, the rest is kept as the server sent it, and one warning names the JSON
paths that did not fit. With ``strict_response_validation`` it raises
`APIResponseValidationError` instead. A bare `pydantic.ValidationError` never escapes.
"""

from __future__ import annotations

import functools
import json
import logging
import types
import typing
from typing import Annotated, Any, Union

import httpx
import pydantic
from pydantic import Discriminator, Tag
from pydantic_core import ErrorDetails, SchemaValidator

from ._context import is_no_op_on_responses, response_context
from ._errors import APIResponseValidationError, data_location, describe
from ._models import UNKNOWN_TAG, BaseModel, adapter

logger = logging.getLogger(__name__)

_LENIENT = response_context(strict=False)
_CONTEXTS = {strict: response_context(strict=strict) for strict in (False, True)}
_SHOWN_PROBLEMS = 5


def parse_response(type_: Any, response: httpx.Response, *, strict: bool) -> Any:
    """The JSON body of `response` as `type_`, enforcing response-only rules."""
    return parse_json(type_, response.content, response, strict=strict)


def parse_event_data(type_: Any, data: str, *, response: httpx.Response, strict: bool) -> Any:
    """The data of one server-sent event of `response`: JSON as `type_`, or the
    text as it came when `type_` is None."""
    if type_ is None:
        return data
    return parse_json(type_, data, response, strict=strict, what="An event of")


def parse_json(
    type_: Any,
    content: bytes | str,
    response: httpx.Response,
    *,
    strict: bool,
    what: str = "",
) -> Any:
    """`content` (JSON from `response`) as `type_`: validated, else built leniently
    with a warning (strict: `APIResponseValidationError`). `what` prefixes the
    description of the response in messages (``An event of``)."""
    subject = f"{what} the response" if what else "The response"
    try:
        return response_validator(type_, strict).validate_json(content, context=_CONTEXTS[strict])
    except pydantic.ValidationError as exc:
        data = _json(content, response, type_, subject)
        if strict:
            raise _validation_error(response, type_, data, exc.errors(), subject) from None
        result = lenient(type_, data)
        if _is_model_type(type_) and not isinstance(result, BaseModel):
            raise _validation_error(response, type_, data, exc.errors(), subject) from None
        logger.warning(
            "%s of %s does not fit %s; kept as received where it does not fit: %s",
            subject,
            describe(response.request),
            type_name(type_),
            problems(data, exc.errors()),
        )
        return result


@functools.cache
def response_validator(type_: Any, strict: bool) -> SchemaValidator:
    """The validator of JSON from the server as `type_`: its schema without the
    validators that would return such a body as it is (see `no_op_on_responses`, and
    `__required_in_response__` checks of models that require nothing), so that
    pydantic-core parses it without calling back into Python for them. (Where
    pydantic-core reuses a model's own validator, as for a recursive model, that one
    runs: slower, the same result.)"""
    return SchemaValidator(_without_no_ops(adapter(type_).core_schema, strict))


def _without_no_ops(schema: Any, strict: bool) -> Any:
    """A copy of the core schema `schema` without the validators that do nothing to a
    response body; a validator's ``ref`` moves to what it wrapped."""
    if isinstance(schema, list):
        return [_without_no_ops(item, strict) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if schema.get("type") in ("function-before", "function-after") and _no_op(schema, strict):
        inner = _without_no_ops(schema["schema"], strict)
        return {**inner, "ref": schema["ref"]} if "ref" in schema else inner
    return {key: _without_no_ops(value, strict) for key, value in schema.items()}


def _no_op(validator: dict[str, Any], strict: bool) -> bool:
    """Whether a function validator's schema does nothing to a response body."""
    function = validator["function"]["function"]
    if function is BaseModel._check_required_in_response:
        model = validator["schema"].get("cls")
        return isinstance(model, type) and not getattr(model, "__required_in_response__", True)
    return is_no_op_on_responses(function, strict=strict)


def _json(content: bytes | str, response: httpx.Response, type_: Any, subject: str) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        text = content if isinstance(content, str) else response.text
        error = APIResponseValidationError(
            f"{subject} of {describe(response.request)} is not JSON (expected {type_name(type_)})",
            response=response,
            body=text,
            errors=[],
        )
        raise error from None


def _validation_error(
    response: httpx.Response,
    type_: Any,
    data: Any,
    errors: list[ErrorDetails],
    subject: str = "The response",
) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"{subject} of {describe(response.request)} does not fit "
        f"{type_name(type_)}: {problems(data, errors)}",
        response=response,
        body=data,
        errors=errors,
    )


def problems(data: Any, errors: list[ErrorDetails]) -> str:
    """The first few errors as ``$.json.path: message``, separated by ``; ``."""
    shown = [f"{json_path(data, e['loc'])}: {e['msg']}" for e in errors[:_SHOWN_PROBLEMS]]
    if len(errors) > _SHOWN_PROBLEMS:
        shown.append(f"and {len(errors) - _SHOWN_PROBLEMS} more")
    return "; ".join(shown)


def json_path(data: Any, loc: tuple[int | str, ...]) -> str:
    """Where a pydantic error location is in the JSON, as ``$.items[1].deviceId``."""
    return "$" + "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in data_location(data, loc)
    )


def lenient(type_: Any, value: Any) -> Any:
    """`value` as `type_` where it fits, and as it came where it does not."""
    try:
        return adapter(type_).validate_python(value, context=_LENIENT)
    except pydantic.ValidationError:
        pass
    type_, metadata = _unwrap(type_)
    origin = typing.get_origin(type_)
    if isinstance(type_, type) and issubclass(type_, BaseModel):
        return _model(type_, value) if isinstance(value, dict) else value
    if origin in (Union, types.UnionType):
        return _union(typing.get_args(type_), metadata, value)
    if origin is list and isinstance(value, list):
        item = typing.get_args(type_)[0]
        return [lenient(item, v) for v in value]
    if origin is dict and isinstance(value, dict):
        item = typing.get_args(type_)[1]
        return {k: lenient(item, v) for k, v in value.items()}
    return value


def _model(cls: type[BaseModel], data: dict[str, Any]) -> BaseModel:
    fields: dict[str, Any] = {}
    fields_set: set[str] = set()
    used: set[str] = set()
    for name, info in cls.model_fields.items():
        keys = (info.validation_alias, name)
        key = next((k for k in keys if isinstance(k, str) and k in data), None)
        if key is not None:
            fields[name] = lenient(_field_types(cls)[name], data[key])
            fields_set.add(name)
            used.add(key)
        elif info.is_required():
            fields[name] = None  # readable as None; not set, so never sent
    extra = {k: v for k, v in data.items() if k not in used}
    return cls.model_construct(_fields_set=fields_set, **fields, **extra)


def _union(members: tuple[Any, ...], metadata: tuple[Any, ...], value: Any) -> Any:
    """The member the discriminator picks (no tag: the fallback), or the first model."""
    tagged = {_tag(m): m for m in members}
    chooser = next((m for m in metadata if isinstance(m, Discriminator)), None)
    if chooser is not None and callable(chooser.discriminator):
        tag = chooser.discriminator(value) or UNKNOWN_TAG
        return lenient(tagged[tag], value) if tag in tagged else value
    if isinstance(value, dict):
        model = next((m for m in members if _is_model_type(m)), None)
        return value if model is None else lenient(model, value)
    return value


def _tag(member: Any) -> str | None:
    _, metadata = _unwrap(member)
    return next((m.tag for m in metadata if isinstance(m, Tag)), None)


def _unwrap(type_: Any) -> tuple[Any, tuple[Any, ...]]:
    """`type_` without ``Annotated`` and type alias wrappers, and their metadata."""
    metadata: tuple[Any, ...] = ()
    while True:
        if type(type_).__name__ == "TypeAliasType":  # typing's or typing_extensions'
            type_ = type_.__value__
        elif typing.get_origin(type_) is Annotated:
            metadata += type_.__metadata__
            type_ = type_.__origin__
        else:
            return type_, metadata


def _is_model_type(type_: Any) -> bool:
    """Whether `type_` is a model, or a union whose members are all models."""
    type_, _ = _unwrap(type_)
    if typing.get_origin(type_) in (Union, types.UnionType):
        return all(_is_model_type(m) for m in typing.get_args(type_))
    return isinstance(type_, type) and issubclass(type_, BaseModel)


@functools.cache
def _field_types(cls: type[BaseModel]) -> dict[str, Any]:
    return typing.get_type_hints(cls, include_extras=True)


def type_name(type_: Any) -> str:
    """A short name of an annotation: ``Project``, ``HttpStreamlineBinding | ...``."""
    type_, _ = _unwrap(type_)
    if typing.get_origin(type_) in (Union, types.UnionType):
        return " | ".join(type_name(m) for m in typing.get_args(type_))
    return getattr(type_, "__name__", None) or repr(type_)
