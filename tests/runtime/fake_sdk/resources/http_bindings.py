"""HTTP Bindings API: hand-written in exactly the shape the generator renders."""

from __future__ import annotations

from functools import cached_property
from typing import Any, cast
from uuid import UUID

from .._base_client import RequestTimeout
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models import HttpBinding, PageOfHttpBindings


class HttpBindingsResource(SyncAPIResource):
    """Bindings of devices to the HTTP connector."""

    @cached_property
    def with_raw_response(self) -> HttpBindingsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return HttpBindingsResourceWithRawResponse(self)

    def get(
        self, binding_id: str | UUID, *, timeout: RequestTimeout = None
    ) -> HttpBinding:
        """Retrieve a HTTP binding by ID."""
        return cast(
            HttpBinding,
            self._client.request(
                "GET",
                "/http/bindings/{bindingId}",
                path_params={"bindingId": binding_id},
                response_type=HttpBinding,
                timeout=timeout,
            ),
        )

    def create(
        self, body: HttpBinding | dict[str, Any], *, timeout: RequestTimeout = None
    ) -> HttpBinding:
        """Create a new HTTP binding."""
        return cast(
            HttpBinding,
            self._client.request(
                "POST",
                "/http/bindings",
                json=body,
                body_type=HttpBinding,
                response_type=HttpBinding,
                timeout=timeout,
            ),
        )

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        device_id: str | None = None,
        type: str | None = None,
        timeout: RequestTimeout = None,
    ) -> SyncPager[HttpBinding]:
        """Retrieve HTTP bindings, filtered by query parameters."""
        return self._client.paginate(
            "/http/bindings",
            page_type=PageOfHttpBindings,
            query={
                "cursor": cursor,
                "limit": limit,
                "deviceId": device_id,
                "type": type,
            },
            timeout=timeout,
        )

    def delete(self, binding_id: str | UUID, *, timeout: RequestTimeout = None) -> None:
        """Delete a HTTP binding."""
        self._client.request(
            "DELETE",
            "/http/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            timeout=timeout,
        )

    def exists(self, binding_id: str | UUID, *, timeout: RequestTimeout = None) -> bool:
        """Check whether a HTTP binding exists."""
        return self._client.request_exists(
            "/http/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            timeout=timeout,
        )


class AsyncHttpBindingsResource(AsyncAPIResource):
    """Bindings of devices to the HTTP connector."""

    @cached_property
    def with_raw_response(self) -> AsyncHttpBindingsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncHttpBindingsResourceWithRawResponse(self)

    async def get(
        self, binding_id: str | UUID, *, timeout: RequestTimeout = None
    ) -> HttpBinding:
        """Retrieve a HTTP binding by ID."""
        return cast(
            HttpBinding,
            await self._client.request(
                "GET",
                "/http/bindings/{bindingId}",
                path_params={"bindingId": binding_id},
                response_type=HttpBinding,
                timeout=timeout,
            ),
        )

    async def create(
        self, body: HttpBinding | dict[str, Any], *, timeout: RequestTimeout = None
    ) -> HttpBinding:
        """Create a new HTTP binding."""
        return cast(
            HttpBinding,
            await self._client.request(
                "POST",
                "/http/bindings",
                json=body,
                body_type=HttpBinding,
                response_type=HttpBinding,
                timeout=timeout,
            ),
        )

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        device_id: str | None = None,
        type: str | None = None,
        timeout: RequestTimeout = None,
    ) -> AsyncPager[HttpBinding]:
        """Retrieve HTTP bindings, filtered by query parameters."""
        return self._client.paginate(
            "/http/bindings",
            page_type=PageOfHttpBindings,
            query={
                "cursor": cursor,
                "limit": limit,
                "deviceId": device_id,
                "type": type,
            },
            timeout=timeout,
        )

    async def delete(
        self, binding_id: str | UUID, *, timeout: RequestTimeout = None
    ) -> None:
        """Delete a HTTP binding."""
        await self._client.request(
            "DELETE",
            "/http/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            timeout=timeout,
        )

    async def exists(
        self, binding_id: str | UUID, *, timeout: RequestTimeout = None
    ) -> bool:
        """Check whether a HTTP binding exists."""
        return await self._client.request_exists(
            "/http/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            timeout=timeout,
        )


class HttpBindingsResourceWithRawResponse:
    """`HttpBindingsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: HttpBindingsResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.create = to_raw_response_wrapper(resource.create)
        self.search = to_raw_response_wrapper(resource.search)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.exists = to_raw_response_wrapper(resource.exists)


class AsyncHttpBindingsResourceWithRawResponse:
    """`AsyncHttpBindingsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: AsyncHttpBindingsResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.search = async_to_raw_response_wrapper(resource.search)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.exists = async_to_raw_response_wrapper(resource.exists)
