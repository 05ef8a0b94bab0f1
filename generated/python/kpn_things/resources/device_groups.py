"""DeviceGroupsResource: device_groups operations of the KPN Things APIs."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import Any, Literal, cast
from uuid import UUID

from .._base_client import RequestTimeout
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models import (
    DeviceGroup,
    DeviceGroupDeviceLink,
    DeviceGroupDeviceLinkResponse,
    DeviceId,
    ListDevicesInDeviceGroupEmbedItem,
    PageOfDeviceGroupDeviceLinks,
    PageOfDeviceGroups,
)

__all__ = [
    "AsyncDeviceGroupsResource",
    "DeviceGroupsResource",
]


class DeviceGroupsResource(SyncAPIResource):
    """This specification describes the Device Group API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> DeviceGroupsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return DeviceGroupsResourceWithRawResponse(self)

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        sort: str | None = None,
        q: str | None = None,
        client_id: str | UUID | None = None,
        project_id: str | UUID | None = None,
        created_before: datetime | None = None,
        created_since: datetime | None = None,
        modified_before: datetime | None = None,
        modified_since: datetime | None = None,
        timeout: RequestTimeout = None,
    ) -> SyncPager[DeviceGroup]:
        """Retrieve device groups filtered and sorted by specified search and sort criteria

        Retrieve all device groups that match the query parameters given. If a search
        parameter is provided, device groups whose name or description (partially) match are
        returned.

        Scopes: ``device-group.read``.

        Args:
            cursor: String that encodes all necessary information to retrieve a page.
            limit: Limit the number of results (per page).
            sort: Sorting fields separated by comma. Default order is Ascending (ASC),
                minus(-) should be used in front of field name for Descending (DESC) order.
            q: Include only device groups whose names or descriptions contain the search term.
                Matching is done case-insensitively.
            client_id: Include only device groups owned by the client with the provided
                clientId. If clientId is omitted, all device groups are included that are
                accessible to the caller.
            project_id: Include only device groups associated with the project with the
                provided projectId. If projectId is omitted, all device groups are included
                that are accessible to the caller.
            created_before: Include only device groups created before the provided date and
                time. The date-time must be in ISO 8601 format.
            created_since: Include only device groups created at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            modified_before: Include only device groups modified before the provided date and
                time. The date-time must be in ISO 8601 format.
            modified_since: Include only device groups modified at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``, ``first_page()`` for
                one page).

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return self._client.paginate(
            "/device-groups",
            page_type=PageOfDeviceGroups,
            query={
                "cursor": cursor,
                "limit": limit,
                "sort": sort,
                "q": q,
                "clientId": client_id,
                "projectId": project_id,
                "createdBefore": created_before,
                "createdSince": created_since,
                "modifiedBefore": modified_before,
                "modifiedSince": modified_since,
            },
            timeout=timeout,
        )

    def create(
        self,
        body: DeviceGroup | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> DeviceGroup:
        """Create a new device group

        Scopes: ``device-group.write``.

        Args:
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``DeviceGroup``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            DeviceGroup,
            self._client.request(
                "POST",
                "/device-groups",
                json=body,
                body_type=DeviceGroup,
                response_type=DeviceGroup,
                timeout=timeout,
            ),
        )

    def get(
        self,
        device_group_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> DeviceGroup:
        """Retrieve a device group by its ID

        Retrieve a device group by its ID. The device group must be accessible to the caller.

        Scopes: ``device-group.read``.

        Args:
            device_group_id: The ID of the device group to retrieve.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``DeviceGroup``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            DeviceGroup,
            self._client.request(
                "GET",
                "/device-groups/{deviceGroupId}",
                response_type=DeviceGroup,
                path_params={"deviceGroupId": device_group_id},
                timeout=timeout,
            ),
        )

    def set(
        self,
        device_group_id: str | UUID,
        body: DeviceGroup | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> DeviceGroup:
        """Update an existing device group

        Scopes: ``device-group.write``.

        Args:
            device_group_id: The ID of the device group to update.
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``DeviceGroup``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            DeviceGroup,
            self._client.request(
                "PUT",
                "/device-groups/{deviceGroupId}",
                json=body,
                body_type=DeviceGroup,
                response_type=DeviceGroup,
                path_params={"deviceGroupId": device_group_id},
                timeout=timeout,
            ),
        )

    def delete(
        self,
        device_group_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> None:
        """Delete a device group by its ID

        Scopes: ``device-group.delete``.

        Args:
            device_group_id: The ID of the device group to delete.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        self._client.request(
            "DELETE",
            "/device-groups/{deviceGroupId}",
            path_params={"deviceGroupId": device_group_id},
            timeout=timeout,
        )

    def list_devices(
        self,
        device_group_id: str | UUID,
        *,
        created_before: datetime | None = None,
        created_since: datetime | None = None,
        embed: (
            list[ListDevicesInDeviceGroupEmbedItem | Literal["device", "deviceGroup"]] | None
        ) = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort: str | None = None,
        timeout: RequestTimeout = None,
    ) -> SyncPager[DeviceGroupDeviceLinkResponse]:
        """Retrieve the devices linked to a device group

        Retrieve all devices linked to a device group. The device group must be accessible to
        the caller.

        Scopes: ``device-group.read``.

        Args:
            device_group_id: The ID of the device group for which to retrieve linked devices.
            created_before: Include only links created before the provided date and time. The
                date-time must be in ISO 8601 format.
            created_since: Include only links created at or after the provided date and time.
                The date-time must be in ISO 8601 format.
            embed: results to embed in the response
            cursor: String that encodes all necessary information to retrieve a page.
            limit: Limit the number of results (per page).
            sort: Sorting fields separated by comma. Default order is Ascending (ASC),
                minus(-) should be used in front of field name for Descending (DESC) order.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``, ``first_page()`` for
                one page).

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return self._client.paginate(
            "/device-groups/{deviceGroupId}/devices",
            page_type=PageOfDeviceGroupDeviceLinks,
            path_params={"deviceGroupId": device_group_id},
            query={
                "createdBefore": created_before,
                "createdSince": created_since,
                "embed": embed,
                "cursor": cursor,
                "limit": limit,
                "sort": sort,
            },
            timeout=timeout,
        )

    def add_device(
        self,
        device_group_id: str | UUID,
        body: DeviceGroupDeviceLink | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> DeviceGroupDeviceLink:
        """Link a device to a device group

        Scopes: ``device-group.write``.

        Args:
            device_group_id: The ID of the device group for which to retrieve linked devices.
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``DeviceGroupDeviceLink``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            DeviceGroupDeviceLink,
            self._client.request(
                "POST",
                "/device-groups/{deviceGroupId}/devices",
                json=body,
                body_type=DeviceGroupDeviceLink,
                response_type=DeviceGroupDeviceLink,
                path_params={"deviceGroupId": device_group_id},
                timeout=timeout,
            ),
        )

    def remove_device(
        self,
        device_group_id: str | UUID,
        device_id: DeviceId,
        *,
        timeout: RequestTimeout = None,
    ) -> None:
        """Unlink a device from a device group

        Scopes: ``device-group.delete``.

        Args:
            device_group_id: The ID of the device group to unlink the device from.
            device_id: The ID of the device to unlink from the device group.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        self._client.request(
            "DELETE",
            "/device-groups/{deviceGroupId}/devices/{deviceId}",
            path_params={"deviceGroupId": device_group_id, "deviceId": device_id},
            timeout=timeout,
        )


class AsyncDeviceGroupsResource(AsyncAPIResource):
    """This specification describes the Device Group API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> AsyncDeviceGroupsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncDeviceGroupsResourceWithRawResponse(self)

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        sort: str | None = None,
        q: str | None = None,
        client_id: str | UUID | None = None,
        project_id: str | UUID | None = None,
        created_before: datetime | None = None,
        created_since: datetime | None = None,
        modified_before: datetime | None = None,
        modified_since: datetime | None = None,
        timeout: RequestTimeout = None,
    ) -> AsyncPager[DeviceGroup]:
        """Retrieve device groups filtered and sorted by specified search and sort criteria

        Retrieve all device groups that match the query parameters given. If a search
        parameter is provided, device groups whose name or description (partially) match are
        returned.

        Scopes: ``device-group.read``.

        Args:
            cursor: String that encodes all necessary information to retrieve a page.
            limit: Limit the number of results (per page).
            sort: Sorting fields separated by comma. Default order is Ascending (ASC),
                minus(-) should be used in front of field name for Descending (DESC) order.
            q: Include only device groups whose names or descriptions contain the search term.
                Matching is done case-insensitively.
            client_id: Include only device groups owned by the client with the provided
                clientId. If clientId is omitted, all device groups are included that are
                accessible to the caller.
            project_id: Include only device groups associated with the project with the
                provided projectId. If projectId is omitted, all device groups are included
                that are accessible to the caller.
            created_before: Include only device groups created before the provided date and
                time. The date-time must be in ISO 8601 format.
            created_since: Include only device groups created at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            modified_before: Include only device groups modified before the provided date and
                time. The date-time must be in ISO 8601 format.
            modified_since: Include only device groups modified at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``, ``first_page()`` for
                one page).

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return self._client.paginate(
            "/device-groups",
            page_type=PageOfDeviceGroups,
            query={
                "cursor": cursor,
                "limit": limit,
                "sort": sort,
                "q": q,
                "clientId": client_id,
                "projectId": project_id,
                "createdBefore": created_before,
                "createdSince": created_since,
                "modifiedBefore": modified_before,
                "modifiedSince": modified_since,
            },
            timeout=timeout,
        )

    async def create(
        self,
        body: DeviceGroup | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> DeviceGroup:
        """Create a new device group

        Scopes: ``device-group.write``.

        Args:
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``DeviceGroup``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            DeviceGroup,
            await self._client.request(
                "POST",
                "/device-groups",
                json=body,
                body_type=DeviceGroup,
                response_type=DeviceGroup,
                timeout=timeout,
            ),
        )

    async def get(
        self,
        device_group_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> DeviceGroup:
        """Retrieve a device group by its ID

        Retrieve a device group by its ID. The device group must be accessible to the caller.

        Scopes: ``device-group.read``.

        Args:
            device_group_id: The ID of the device group to retrieve.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``DeviceGroup``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            DeviceGroup,
            await self._client.request(
                "GET",
                "/device-groups/{deviceGroupId}",
                response_type=DeviceGroup,
                path_params={"deviceGroupId": device_group_id},
                timeout=timeout,
            ),
        )

    async def set(
        self,
        device_group_id: str | UUID,
        body: DeviceGroup | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> DeviceGroup:
        """Update an existing device group

        Scopes: ``device-group.write``.

        Args:
            device_group_id: The ID of the device group to update.
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``DeviceGroup``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            DeviceGroup,
            await self._client.request(
                "PUT",
                "/device-groups/{deviceGroupId}",
                json=body,
                body_type=DeviceGroup,
                response_type=DeviceGroup,
                path_params={"deviceGroupId": device_group_id},
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        device_group_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> None:
        """Delete a device group by its ID

        Scopes: ``device-group.delete``.

        Args:
            device_group_id: The ID of the device group to delete.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        await self._client.request(
            "DELETE",
            "/device-groups/{deviceGroupId}",
            path_params={"deviceGroupId": device_group_id},
            timeout=timeout,
        )

    def list_devices(
        self,
        device_group_id: str | UUID,
        *,
        created_before: datetime | None = None,
        created_since: datetime | None = None,
        embed: (
            list[ListDevicesInDeviceGroupEmbedItem | Literal["device", "deviceGroup"]] | None
        ) = None,
        cursor: str | None = None,
        limit: int | None = None,
        sort: str | None = None,
        timeout: RequestTimeout = None,
    ) -> AsyncPager[DeviceGroupDeviceLinkResponse]:
        """Retrieve the devices linked to a device group

        Retrieve all devices linked to a device group. The device group must be accessible to
        the caller.

        Scopes: ``device-group.read``.

        Args:
            device_group_id: The ID of the device group for which to retrieve linked devices.
            created_before: Include only links created before the provided date and time. The
                date-time must be in ISO 8601 format.
            created_since: Include only links created at or after the provided date and time.
                The date-time must be in ISO 8601 format.
            embed: results to embed in the response
            cursor: String that encodes all necessary information to retrieve a page.
            limit: Limit the number of results (per page).
            sort: Sorting fields separated by comma. Default order is Ascending (ASC),
                minus(-) should be used in front of field name for Descending (DESC) order.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``, ``first_page()`` for
                one page).

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return self._client.paginate(
            "/device-groups/{deviceGroupId}/devices",
            page_type=PageOfDeviceGroupDeviceLinks,
            path_params={"deviceGroupId": device_group_id},
            query={
                "createdBefore": created_before,
                "createdSince": created_since,
                "embed": embed,
                "cursor": cursor,
                "limit": limit,
                "sort": sort,
            },
            timeout=timeout,
        )

    async def add_device(
        self,
        device_group_id: str | UUID,
        body: DeviceGroupDeviceLink | dict[str, Any],
        *,
        timeout: RequestTimeout = None,
    ) -> DeviceGroupDeviceLink:
        """Link a device to a device group

        Scopes: ``device-group.write``.

        Args:
            device_group_id: The ID of the device group for which to retrieve linked devices.
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``DeviceGroupDeviceLink``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            DeviceGroupDeviceLink,
            await self._client.request(
                "POST",
                "/device-groups/{deviceGroupId}/devices",
                json=body,
                body_type=DeviceGroupDeviceLink,
                response_type=DeviceGroupDeviceLink,
                path_params={"deviceGroupId": device_group_id},
                timeout=timeout,
            ),
        )

    async def remove_device(
        self,
        device_group_id: str | UUID,
        device_id: DeviceId,
        *,
        timeout: RequestTimeout = None,
    ) -> None:
        """Unlink a device from a device group

        Scopes: ``device-group.delete``.

        Args:
            device_group_id: The ID of the device group to unlink the device from.
            device_id: The ID of the device to unlink from the device group.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        await self._client.request(
            "DELETE",
            "/device-groups/{deviceGroupId}/devices/{deviceId}",
            path_params={"deviceGroupId": device_group_id, "deviceId": device_id},
            timeout=timeout,
        )


class DeviceGroupsResourceWithRawResponse:
    """`DeviceGroupsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: DeviceGroupsResource) -> None:
        self.search = to_raw_response_wrapper(resource.search)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.set = to_raw_response_wrapper(resource.set)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list_devices = to_raw_response_wrapper(resource.list_devices)
        self.add_device = to_raw_response_wrapper(resource.add_device)
        self.remove_device = to_raw_response_wrapper(resource.remove_device)


class AsyncDeviceGroupsResourceWithRawResponse:
    """`AsyncDeviceGroupsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: AsyncDeviceGroupsResource) -> None:
        self.search = async_to_raw_response_wrapper(resource.search)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.set = async_to_raw_response_wrapper(resource.set)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list_devices = async_to_raw_response_wrapper(resource.list_devices)
        self.add_device = async_to_raw_response_wrapper(resource.add_device)
        self.remove_device = async_to_raw_response_wrapper(resource.remove_device)
