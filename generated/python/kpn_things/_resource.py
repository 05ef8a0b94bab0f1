"""Base classes of the generated resources (groups of API operations)."""

from __future__ import annotations

from ._base_client import AsyncAPIClient, SyncAPIClient


class SyncAPIResource:
    """A group of operations; methods send requests through ``self._client``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """A group of async operations; methods send requests through ``self._client``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
