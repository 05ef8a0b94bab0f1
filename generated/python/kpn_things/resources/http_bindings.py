"""HttpBindingsResource: http_bindings operations of the KPN Things APIs."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import Any, cast
from uuid import UUID

from .._base_client import RequestTimeout
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models import DeviceId, HttpBinding, PageOfHttpBindings

__all__ = [
    "AsyncHttpBindingsResource",
    "HttpBindingsResource",
]


class HttpBindingsResource(SyncAPIResource):
    """This specification describes the HTTP Bindings API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> HttpBindingsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return HttpBindingsResourceWithRawResponse(self)

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        sort: str | None = None,
        client_id: str | UUID | None = None,
        device_id: DeviceId | None = None,
        type: str | None = None,
        created_before: datetime | None = None,
        created_since: datetime | None = None,
        modified_before: datetime | None = None,
        modified_since: datetime | None = None,
        timeout: RequestTimeout = None,
    ) -> SyncPager[HttpBinding]:
        """Retrieve HTTP bindings, filtered by query parameters.

        Retrieve all HTTP bindings that match the query parameters given.

        Scopes: ``connector-binding.read``.

        Args:
            cursor: String that encodes all necessary information to retrieve a page.
            limit: Limit the number of results (per page).
            sort: Sorting fields separated by comma. Default order is Ascending (ASC),
                minus(-) should be used in front of field name for Descending (DESC) order.
            client_id: Include only HTTP bindings for devices that are owned by the provided
                clientId. If clientId is omitted, bindings from all devices owned by the
                calling client are included.
            device_id: Include only HTTP bindings for the device identified by the provided
                deviceId.
            type: Include only HTTP bindings of the specified type. Currently supported values
                are http-streamline and http-senml.
            created_before: Include only HTTP bindings created before the provided date and
                time. The date-time must be in ISO 8601 format.
            created_since: Include only HTTP bindings created at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            modified_before: Include only HTTP bindings modified before the provided date and
                time. The date-time must be in ISO 8601 format.
            modified_since: Include only HTTP bindings modified at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``, ``first_page()`` for
                one page).

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return self._client.paginate(
            "/http/bindings",
            page_type=PageOfHttpBindings,
            query={
                "cursor": cursor,
                "limit": limit,
                "sort": sort,
                "clientId": client_id,
                "deviceId": device_id,
                "type": type,
                "createdBefore": created_before,
                "createdSince": created_since,
                "modifiedBefore": modified_before,
                "modifiedSince": modified_since,
            },
            timeout=timeout,
        )

    def create(
        self,
        body: HttpBinding | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> HttpBinding:
        """Create a new HTTP binding.

        Scopes: ``connector-binding.create``.

        Args:
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``HttpBinding``.

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
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

    def get(
        self,
        binding_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> HttpBinding:
        """Retrieve a HTTP binding by ID.

        Scopes: ``connector-binding.read``.

        Args:
            binding_id: HTTP binding identifier.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``HttpBinding``.

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return cast(
            HttpBinding,
            self._client.request(
                "GET",
                "/http/bindings/{bindingId}",
                response_type=HttpBinding,
                path_params={"bindingId": binding_id},
                timeout=timeout,
            ),
        )

    def set(
        self,
        binding_id: str | UUID,
        body: HttpBinding | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> HttpBinding:
        """Update a HTTP binding.

        Scopes: ``connector-binding.update``.

        Args:
            binding_id: HTTP binding identifier.
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``HttpBinding``.

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return cast(
            HttpBinding,
            self._client.request(
                "PUT",
                "/http/bindings/{bindingId}",
                json=body,
                body_type=HttpBinding,
                response_type=HttpBinding,
                path_params={"bindingId": binding_id},
                timeout=timeout,
            ),
        )

    def delete(
        self,
        binding_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> None:
        """Delete a HTTP binding.

        Scopes: ``connector-binding.delete``.

        Args:
            binding_id: HTTP Binding identifier.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        self._client.request(
            "DELETE",
            "/http/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            timeout=timeout,
        )


class AsyncHttpBindingsResource(AsyncAPIResource):
    """This specification describes the HTTP Bindings API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> AsyncHttpBindingsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncHttpBindingsResourceWithRawResponse(self)

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        sort: str | None = None,
        client_id: str | UUID | None = None,
        device_id: DeviceId | None = None,
        type: str | None = None,
        created_before: datetime | None = None,
        created_since: datetime | None = None,
        modified_before: datetime | None = None,
        modified_since: datetime | None = None,
        timeout: RequestTimeout = None,
    ) -> AsyncPager[HttpBinding]:
        """Retrieve HTTP bindings, filtered by query parameters.

        Retrieve all HTTP bindings that match the query parameters given.

        Scopes: ``connector-binding.read``.

        Args:
            cursor: String that encodes all necessary information to retrieve a page.
            limit: Limit the number of results (per page).
            sort: Sorting fields separated by comma. Default order is Ascending (ASC),
                minus(-) should be used in front of field name for Descending (DESC) order.
            client_id: Include only HTTP bindings for devices that are owned by the provided
                clientId. If clientId is omitted, bindings from all devices owned by the
                calling client are included.
            device_id: Include only HTTP bindings for the device identified by the provided
                deviceId.
            type: Include only HTTP bindings of the specified type. Currently supported values
                are http-streamline and http-senml.
            created_before: Include only HTTP bindings created before the provided date and
                time. The date-time must be in ISO 8601 format.
            created_since: Include only HTTP bindings created at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            modified_before: Include only HTTP bindings modified before the provided date and
                time. The date-time must be in ISO 8601 format.
            modified_since: Include only HTTP bindings modified at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``, ``first_page()`` for
                one page).

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return self._client.paginate(
            "/http/bindings",
            page_type=PageOfHttpBindings,
            query={
                "cursor": cursor,
                "limit": limit,
                "sort": sort,
                "clientId": client_id,
                "deviceId": device_id,
                "type": type,
                "createdBefore": created_before,
                "createdSince": created_since,
                "modifiedBefore": modified_before,
                "modifiedSince": modified_since,
            },
            timeout=timeout,
        )

    async def create(
        self,
        body: HttpBinding | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> HttpBinding:
        """Create a new HTTP binding.

        Scopes: ``connector-binding.create``.

        Args:
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``HttpBinding``.

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
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

    async def get(
        self,
        binding_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> HttpBinding:
        """Retrieve a HTTP binding by ID.

        Scopes: ``connector-binding.read``.

        Args:
            binding_id: HTTP binding identifier.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``HttpBinding``.

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return cast(
            HttpBinding,
            await self._client.request(
                "GET",
                "/http/bindings/{bindingId}",
                response_type=HttpBinding,
                path_params={"bindingId": binding_id},
                timeout=timeout,
            ),
        )

    async def set(
        self,
        binding_id: str | UUID,
        body: HttpBinding | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> HttpBinding:
        """Update a HTTP binding.

        Scopes: ``connector-binding.update``.

        Args:
            binding_id: HTTP binding identifier.
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``HttpBinding``.

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return cast(
            HttpBinding,
            await self._client.request(
                "PUT",
                "/http/bindings/{bindingId}",
                json=body,
                body_type=HttpBinding,
                response_type=HttpBinding,
                path_params={"bindingId": binding_id},
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        binding_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> None:
        """Delete a HTTP binding.

        Scopes: ``connector-binding.delete``.

        Args:
            binding_id: HTTP Binding identifier.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        await self._client.request(
            "DELETE",
            "/http/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            timeout=timeout,
        )


class HttpBindingsResourceWithRawResponse:
    """`HttpBindingsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: HttpBindingsResource) -> None:
        self.search = to_raw_response_wrapper(resource.search)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.set = to_raw_response_wrapper(resource.set)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncHttpBindingsResourceWithRawResponse:
    """`AsyncHttpBindingsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: AsyncHttpBindingsResource) -> None:
        self.search = async_to_raw_response_wrapper(resource.search)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.set = async_to_raw_response_wrapper(resource.set)
        self.delete = async_to_raw_response_wrapper(resource.delete)
