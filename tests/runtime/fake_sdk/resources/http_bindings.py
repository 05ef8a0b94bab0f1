"""HTTP Bindings API: hand-written in exactly the shape the generator renders."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import cast
from uuid import UUID

from .._arguments import check_args
from .._base_client import RequestTimeout
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven
from ..models import (
    DeviceId,
    HttpBinding,
    HttpBindingParam,
    HttpSenmlBinding,
    HttpStreamlineBinding,
    PageOfHttpBindings,
)


class HttpBindingsResource(SyncAPIResource):
    """Bindings of devices to the HTTP connector."""

    @cached_property
    def with_raw_response(self) -> HttpBindingsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return HttpBindingsResourceWithRawResponse(self)

    @check_args(binding_id=UUID)
    def get(
        self,
        binding_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> HttpBinding:
        """Retrieve a HTTP binding by ID."""
        return cast(
            HttpBinding,
            self._client.request(
                "GET",
                "/http/bindings/{bindingId}",
                response_type=HttpBinding,
                path_params={"bindingId": binding_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def create(
        self,
        body: HttpStreamlineBinding | HttpSenmlBinding | HttpBindingParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(limit=int, device_id=DeviceId)
    def search(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        device_id: DeviceId | UUID | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    @check_args(binding_id=UUID)
    def delete(
        self,
        binding_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a HTTP binding."""
        self._client.request(
            "DELETE",
            "/http/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    @check_args(binding_id=UUID)
    def exists(
        self,
        binding_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Check whether a HTTP binding exists."""
        return self._client.request_exists(
            "/http/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncHttpBindingsResource(AsyncAPIResource):
    """Bindings of devices to the HTTP connector."""

    @cached_property
    def with_raw_response(self) -> AsyncHttpBindingsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncHttpBindingsResourceWithRawResponse(self)

    @check_args(binding_id=UUID)
    async def get(
        self,
        binding_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> HttpBinding:
        """Retrieve a HTTP binding by ID."""
        return cast(
            HttpBinding,
            await self._client.request(
                "GET",
                "/http/bindings/{bindingId}",
                response_type=HttpBinding,
                path_params={"bindingId": binding_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create(
        self,
        body: HttpStreamlineBinding | HttpSenmlBinding | HttpBindingParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(limit=int, device_id=DeviceId)
    def search(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        device_id: DeviceId | UUID | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    @check_args(binding_id=UUID)
    async def delete(
        self,
        binding_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a HTTP binding."""
        await self._client.request(
            "DELETE",
            "/http/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    @check_args(binding_id=UUID)
    async def exists(
        self,
        binding_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Check whether a HTTP binding exists."""
        return await self._client.request_exists(
            "/http/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
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
