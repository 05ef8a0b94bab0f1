"""MqttBindingsResource: mqtt_bindings operations of the KPN Things APIs."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import Any, cast
from uuid import UUID

from .._base_client import RequestTimeout
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models import DeviceId, MqttBinding, PageOfMqttBindings

__all__ = [
    "AsyncMqttBindingsResource",
    "MqttBindingsResource",
]


class MqttBindingsResource(SyncAPIResource):
    """This specification describes the MQTT Bindings API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> MqttBindingsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return MqttBindingsResourceWithRawResponse(self)

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        sort: str | None = None,
        client_id: str | UUID | None = None,
        device_id: DeviceId | None = None,
        username: str | None = None,
        created_before: datetime | None = None,
        created_since: datetime | None = None,
        modified_before: datetime | None = None,
        modified_since: datetime | None = None,
        timeout: RequestTimeout = None,
    ) -> SyncPager[MqttBinding]:
        """Retrieve MQTT bindings, filtered by query parameters.

        Retrieve all MQTT bindings that match the query parameters given.

        Scopes: ``connector-binding.read``.

        Args:
            cursor: String that encodes all necessary information to retrieve a page.
            limit: Limit the number of results (per page).
            sort: Sorting fields separated by comma. Default order is Ascending (ASC),
                minus(-) should be used in front of field name for Descending (DESC) order.
            client_id: Include only MQTT bindings for devices that are owned by the provided
                clientId. If clientId is omitted, bindings from all devices owned by the
                calling client are included.
            device_id: Include only MQTT bindings for the device identified by the provided
                deviceId.
            username: Include only MQTT bindings where the username equals the provided
                username.
            created_before: Include only MQTT bindings created before the provided date and
                time. The date-time must be in ISO 8601 format.
            created_since: Include only MQTT bindings created at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            modified_before: Include only MQTT bindings modified before the provided date and
                time. The date-time must be in ISO 8601 format.
            modified_since: Include only MQTT bindings modified at or after the provided date
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
            "/mqtt/bindings",
            page_type=PageOfMqttBindings,
            query={
                "cursor": cursor,
                "limit": limit,
                "sort": sort,
                "clientId": client_id,
                "deviceId": device_id,
                "username": username,
                "createdBefore": created_before,
                "createdSince": created_since,
                "modifiedBefore": modified_before,
                "modifiedSince": modified_since,
            },
            timeout=timeout,
        )

    def create(
        self,
        body: MqttBinding | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> MqttBinding:
        """Create a new MQTT binding.

        Scopes: ``connector-binding.create``.

        Args:
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``MqttBinding``.

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return cast(
            MqttBinding,
            self._client.request(
                "POST",
                "/mqtt/bindings",
                json=body,
                body_type=MqttBinding,
                response_type=MqttBinding,
                timeout=timeout,
            ),
        )

    def get(
        self,
        binding_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> MqttBinding:
        """Retrieve a MQTT binding by ID.

        Scopes: ``connector-binding.read``.

        Args:
            binding_id: MQTT binding identifier.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``MqttBinding``.

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return cast(
            MqttBinding,
            self._client.request(
                "GET",
                "/mqtt/bindings/{bindingId}",
                response_type=MqttBinding,
                path_params={"bindingId": binding_id},
                timeout=timeout,
            ),
        )

    def set(
        self,
        binding_id: str | UUID,
        body: MqttBinding | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> MqttBinding:
        """Update a MQTT binding.

        Scopes: ``connector-binding.update``.

        Args:
            binding_id: MQTT binding identifier.
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``MqttBinding``.

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return cast(
            MqttBinding,
            self._client.request(
                "PUT",
                "/mqtt/bindings/{bindingId}",
                json=body,
                body_type=MqttBinding,
                response_type=MqttBinding,
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
        """Delete a MQTT binding.

        Scopes: ``connector-binding.delete``.

        Args:
            binding_id: MQTT Binding identifier.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        self._client.request(
            "DELETE",
            "/mqtt/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            timeout=timeout,
        )


class AsyncMqttBindingsResource(AsyncAPIResource):
    """This specification describes the MQTT Bindings API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> AsyncMqttBindingsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncMqttBindingsResourceWithRawResponse(self)

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        sort: str | None = None,
        client_id: str | UUID | None = None,
        device_id: DeviceId | None = None,
        username: str | None = None,
        created_before: datetime | None = None,
        created_since: datetime | None = None,
        modified_before: datetime | None = None,
        modified_since: datetime | None = None,
        timeout: RequestTimeout = None,
    ) -> AsyncPager[MqttBinding]:
        """Retrieve MQTT bindings, filtered by query parameters.

        Retrieve all MQTT bindings that match the query parameters given.

        Scopes: ``connector-binding.read``.

        Args:
            cursor: String that encodes all necessary information to retrieve a page.
            limit: Limit the number of results (per page).
            sort: Sorting fields separated by comma. Default order is Ascending (ASC),
                minus(-) should be used in front of field name for Descending (DESC) order.
            client_id: Include only MQTT bindings for devices that are owned by the provided
                clientId. If clientId is omitted, bindings from all devices owned by the
                calling client are included.
            device_id: Include only MQTT bindings for the device identified by the provided
                deviceId.
            username: Include only MQTT bindings where the username equals the provided
                username.
            created_before: Include only MQTT bindings created before the provided date and
                time. The date-time must be in ISO 8601 format.
            created_since: Include only MQTT bindings created at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            modified_before: Include only MQTT bindings modified before the provided date and
                time. The date-time must be in ISO 8601 format.
            modified_since: Include only MQTT bindings modified at or after the provided date
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
            "/mqtt/bindings",
            page_type=PageOfMqttBindings,
            query={
                "cursor": cursor,
                "limit": limit,
                "sort": sort,
                "clientId": client_id,
                "deviceId": device_id,
                "username": username,
                "createdBefore": created_before,
                "createdSince": created_since,
                "modifiedBefore": modified_before,
                "modifiedSince": modified_since,
            },
            timeout=timeout,
        )

    async def create(
        self,
        body: MqttBinding | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> MqttBinding:
        """Create a new MQTT binding.

        Scopes: ``connector-binding.create``.

        Args:
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``MqttBinding``.

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return cast(
            MqttBinding,
            await self._client.request(
                "POST",
                "/mqtt/bindings",
                json=body,
                body_type=MqttBinding,
                response_type=MqttBinding,
                timeout=timeout,
            ),
        )

    async def get(
        self,
        binding_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> MqttBinding:
        """Retrieve a MQTT binding by ID.

        Scopes: ``connector-binding.read``.

        Args:
            binding_id: MQTT binding identifier.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``MqttBinding``.

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return cast(
            MqttBinding,
            await self._client.request(
                "GET",
                "/mqtt/bindings/{bindingId}",
                response_type=MqttBinding,
                path_params={"bindingId": binding_id},
                timeout=timeout,
            ),
        )

    async def set(
        self,
        binding_id: str | UUID,
        body: MqttBinding | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> MqttBinding:
        """Update a MQTT binding.

        Scopes: ``connector-binding.update``.

        Args:
            binding_id: MQTT binding identifier.
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``MqttBinding``.

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return cast(
            MqttBinding,
            await self._client.request(
                "PUT",
                "/mqtt/bindings/{bindingId}",
                json=body,
                body_type=MqttBinding,
                response_type=MqttBinding,
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
        """Delete a MQTT binding.

        Scopes: ``connector-binding.delete``.

        Args:
            binding_id: MQTT Binding identifier.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        await self._client.request(
            "DELETE",
            "/mqtt/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            timeout=timeout,
        )


class MqttBindingsResourceWithRawResponse:
    """`MqttBindingsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: MqttBindingsResource) -> None:
        self.search = to_raw_response_wrapper(resource.search)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.set = to_raw_response_wrapper(resource.set)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncMqttBindingsResourceWithRawResponse:
    """`AsyncMqttBindingsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: AsyncMqttBindingsResource) -> None:
        self.search = async_to_raw_response_wrapper(resource.search)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.set = async_to_raw_response_wrapper(resource.set)
        self.delete = async_to_raw_response_wrapper(resource.delete)
