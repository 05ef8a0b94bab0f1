"""Resource method arguments checked against the spec before anything is sent."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar, cast

import pydantic

from ._errors import RequestValidationError
from ._models import adapter
from ._types import NotGiven

P = ParamSpec("P")
R = TypeVar("R")


def check_args(**types: Any) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a resource method: validate the named arguments as `types` first.

    The method gets the validated values (a uuid string becomes a `UUID`, an enum
    value its member). An optional argument left out (`NOT_GIVEN`, or None) is not
    checked. A value that does not fit raises `RequestValidationError` naming the
    argument, and nothing is sent.
    """

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        parameters = list(inspect.signature(func).parameters.values())
        plan = [
            (
                parameter.name,
                types[parameter.name],
                index if parameter.kind is not parameter.KEYWORD_ONLY else None,
                parameter.default is not parameter.empty,
            )
            for index, parameter in enumerate(parameters)
            if parameter.name in types
        ]
        if len(plan) != len(types):
            raise TypeError(f"check_args names no parameter of {func.__qualname__}")

        def checked(args: Any, kwargs: Any) -> tuple[Any, Any]:
            """The arguments with the checked ones validated (one left out is left
            to the call: its default, or its TypeError)."""
            for name, type_, position, optional in plan:
                if name in kwargs:
                    kwargs[name] = _checked(name, type_, kwargs[name], optional)
                elif position is not None and position < len(args):
                    value = _checked(name, type_, args[position], optional)
                    args = (*args[:position], value, *args[position + 1 :])
            return args, kwargs

        if inspect.iscoroutinefunction(func):

            @functools.wraps(func)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                args, kwargs = checked(args, kwargs)
                return await func(*args, **kwargs)

            return cast(Callable[P, R], run_async)

        @functools.wraps(func)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            checked_args, checked_kwargs = checked(args, kwargs)
            return func(*checked_args, **checked_kwargs)

        return run

    return decorate


def _checked(name: str, type_: Any, value: object, optional: bool) -> Any:
    """`value` of the argument `name` validated as `type_` (one left out as it is)."""
    if optional and (value is None or isinstance(value, NotGiven)):
        return value
    try:
        return adapter(type_).validate_python(value)
    except pydantic.ValidationError as exc:
        raise RequestValidationError.of(exc, value, where=(name,)) from None
