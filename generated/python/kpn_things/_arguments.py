"""Resource method arguments checked against the spec before anything is sent."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar, cast

import pydantic

from ._errors import RequestValidationError
from ._models import adapter
from ._types import NOT_GIVEN, NotGiven

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
        signature = inspect.signature(func)

        def checked(args: Any, kwargs: Any) -> inspect.BoundArguments:
            bound = signature.bind(*args, **kwargs)
            for name, type_ in types.items():
                value = bound.arguments.get(name, NOT_GIVEN)
                optional = signature.parameters[name].default is not inspect.Parameter.empty
                if optional and (value is None or isinstance(value, NotGiven)):
                    continue
                try:
                    bound.arguments[name] = adapter(type_).validate_python(value)
                except pydantic.ValidationError as exc:
                    raise RequestValidationError.of(exc, value, where=(name,)) from None
            return bound

        if inspect.iscoroutinefunction(func):

            @functools.wraps(func)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                bound = checked(args, kwargs)
                return await func(*bound.args, **bound.kwargs)

            return cast(Callable[P, R], run_async)

        @functools.wraps(func)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            bound = checked(args, kwargs)
            return func(*bound.args, **bound.kwargs)

        return run

    return decorate
