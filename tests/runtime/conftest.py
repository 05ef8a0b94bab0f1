"""Builds the fake SDK package (runtime + generated-shape code) and fixtures."""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from .helpers import BASE_URL, TOKEN, Server

HERE = Path(__file__).parent
RUNTIME = HERE.parents[1] / "templates" / "python" / "runtime"
PACKAGE = "fake_things"


def build_fake_sdk(root: Path) -> Path:
    """Copy the runtime and the fake generated code into `root`/fake_things."""
    package = root / PACKAGE
    shutil.copytree(
        HERE / "fake_sdk", package, ignore=shutil.ignore_patterns("__pycache__")
    )
    for module in RUNTIME.glob("*.py"):
        shutil.copy(module, package / module.name)
    shutil.copy(HERE / "typing_usage.py", root / "typing_usage.py")
    return package


@pytest.fixture(scope="session")
def sdk_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fake_sdk(tmp_path_factory.mktemp("sdk")).parent


@pytest.fixture(scope="session")
def sdk(sdk_root: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(sdk_root))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(sdk_root))


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def make_client(sdk: ModuleType, sleeps: list[float]) -> Callable[..., Any]:
    """A sync `Things` client talking to `server`; sleeping is recorded, not done."""

    def make(server: Server, **kwargs: Any) -> Any:
        kwargs.setdefault("token", TOKEN)
        kwargs.setdefault("base_url", BASE_URL)
        http = httpx.Client(transport=httpx.MockTransport(server))
        client = sdk.Things(http_client=http, **kwargs)
        client._sleep = sleeps.append
        return client

    return make


@pytest.fixture
def make_async_client(sdk: ModuleType, sleeps: list[float]) -> Callable[..., Any]:
    """An `AsyncThings` client talking to `server`; sleeping is recorded, not done."""

    def make(server: Server, **kwargs: Any) -> Any:
        kwargs.setdefault("token", TOKEN)
        kwargs.setdefault("base_url", BASE_URL)
        http = httpx.AsyncClient(transport=httpx.MockTransport(server))
        client = sdk.AsyncThings(http_client=http, **kwargs)

        async def sleep(seconds: float) -> None:
            sleeps.append(seconds)

        client._sleep = sleep
        return client

    return make
