"""MqttDownlinksResource: mqtt_downlinks operations of the KPN Things APIs."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import Any, cast
from uuid import UUID

from .._base_client import RequestTimeout
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models import DeviceId, DownlinkStatus, MqttDownlink, PageOfMqttDownlinks

__all__ = [
    "AsyncMqttDownlinksResource",
    "MqttDownlinksResource",
]


class MqttDownlinksResource(SyncAPIResource):
    """This specification describes the MQTT Downlinks API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> MqttDownlinksResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return MqttDownlinksResourceWithRawResponse(self)

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        sort: str | None = None,
        device_id: DeviceId | None = None,
        created_before: datetime | None = None,
        created_since: datetime | None = None,
        modified_before: datetime | None = None,
        modified_since: datetime | None = None,
        status: DownlinkStatus | str | None = None,
        timeout: RequestTimeout = None,
    ) -> SyncPager[MqttDownlink]:
        """Retrieve MQTT downlinks filtered and sorted by specified search and sort criteria

        Scopes: ``downlink.read``.

        Args:
            cursor: String that encodes all necessary information to retrieve a page.
            limit: Limit the number of results (per page).
            sort: Sorting fields separated by comma. Default order is Ascending (ASC),
                minus(-) should be used in front of field name for Descending (DESC) order.
            device_id: Include only downlinks for the device with the provided deviceId. The
                deviceId must match exactly.
            created_before: Include only MQTT downlinks created before the provided date and
                time. The date-time must be in ISO 8601 format.
            created_since: Include only MQTT downlinks created at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            modified_before: Include only MQTT downlinks modified before the provided date and
                time. The date-time must be in ISO 8601 format.
            modified_since: Include only MQTT downlinks modified at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            status: Include only MQTT downlinks whose status matches the provided status. The
                status must match exactly.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``, ``first_page()`` for
                one page).

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return self._client.paginate(
            "/mqtt/downlinks",
            page_type=PageOfMqttDownlinks,
            query={
                "cursor": cursor,
                "limit": limit,
                "sort": sort,
                "deviceId": device_id,
                "createdBefore": created_before,
                "createdSince": created_since,
                "modifiedBefore": modified_before,
                "modifiedSince": modified_since,
                "status": status,
            },
            timeout=timeout,
        )

    def create(
        self,
        body: MqttDownlink | dict[str, Any] | None = None,
        *,
        timeout: RequestTimeout = None,
    ) -> MqttDownlink:
        """Create a new MQTT downlink

        Scopes: ``downlink.write``.

        Args:
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``MqttDownlink``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            MqttDownlink,
            self._client.request(
                "POST",
                "/mqtt/downlinks",
                json=body,
                body_type=MqttDownlink,
                response_type=MqttDownlink,
                timeout=timeout,
            ),
        )

    def get(
        self,
        downlink_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> MqttDownlink:
        """Retrieve a MQTT downlink by ID

        Scopes: ``downlink.read``.

        Args:
            downlink_id: MQTT downlink identifier.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``MqttDownlink``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            MqttDownlink,
            self._client.request(
                "GET",
                "/mqtt/downlinks/{downlinkId}",
                response_type=MqttDownlink,
                path_params={"downlinkId": downlink_id},
                timeout=timeout,
            ),
        )

    def cancel(
        self,
        downlink_id: str | UUID,
        *,
        forced: bool | None = None,
        timeout: RequestTimeout = None,
    ) -> None:
        """Cancel a MQTT downlink for further downstream handling.

        Scopes: ``downlink.delete``.

        Args:
            downlink_id: MQTT downlink identifier.
            forced: Whether to force the cancellation of the MQTT downlink or not.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Raises:
            APIStatusError: a subclass per status (documented: 409); APIConnectionError when
                the server cannot be reached.
        """
        self._client.request(
            "DELETE",
            "/mqtt/downlinks/{downlinkId}",
            path_params={"downlinkId": downlink_id},
            query={"forced": forced},
            timeout=timeout,
        )


class AsyncMqttDownlinksResource(AsyncAPIResource):
    """This specification describes the MQTT Downlinks API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> AsyncMqttDownlinksResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncMqttDownlinksResourceWithRawResponse(self)

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        sort: str | None = None,
        device_id: DeviceId | None = None,
        created_before: datetime | None = None,
        created_since: datetime | None = None,
        modified_before: datetime | None = None,
        modified_since: datetime | None = None,
        status: DownlinkStatus | str | None = None,
        timeout: RequestTimeout = None,
    ) -> AsyncPager[MqttDownlink]:
        """Retrieve MQTT downlinks filtered and sorted by specified search and sort criteria

        Scopes: ``downlink.read``.

        Args:
            cursor: String that encodes all necessary information to retrieve a page.
            limit: Limit the number of results (per page).
            sort: Sorting fields separated by comma. Default order is Ascending (ASC),
                minus(-) should be used in front of field name for Descending (DESC) order.
            device_id: Include only downlinks for the device with the provided deviceId. The
                deviceId must match exactly.
            created_before: Include only MQTT downlinks created before the provided date and
                time. The date-time must be in ISO 8601 format.
            created_since: Include only MQTT downlinks created at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            modified_before: Include only MQTT downlinks modified before the provided date and
                time. The date-time must be in ISO 8601 format.
            modified_since: Include only MQTT downlinks modified at or after the provided date
                and time. The date-time must be in ISO 8601 format.
            status: Include only MQTT downlinks whose status matches the provided status. The
                status must match exactly.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``, ``first_page()`` for
                one page).

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return self._client.paginate(
            "/mqtt/downlinks",
            page_type=PageOfMqttDownlinks,
            query={
                "cursor": cursor,
                "limit": limit,
                "sort": sort,
                "deviceId": device_id,
                "createdBefore": created_before,
                "createdSince": created_since,
                "modifiedBefore": modified_before,
                "modifiedSince": modified_since,
                "status": status,
            },
            timeout=timeout,
        )

    async def create(
        self,
        body: MqttDownlink | dict[str, Any] | None = None,
        *,
        timeout: RequestTimeout = None,
    ) -> MqttDownlink:
        """Create a new MQTT downlink

        Scopes: ``downlink.write``.

        Args:
            body: The request body (a model, or a dict validated into one).
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``MqttDownlink``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            MqttDownlink,
            await self._client.request(
                "POST",
                "/mqtt/downlinks",
                json=body,
                body_type=MqttDownlink,
                response_type=MqttDownlink,
                timeout=timeout,
            ),
        )

    async def get(
        self,
        downlink_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> MqttDownlink:
        """Retrieve a MQTT downlink by ID

        Scopes: ``downlink.read``.

        Args:
            downlink_id: MQTT downlink identifier.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``MqttDownlink``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            MqttDownlink,
            await self._client.request(
                "GET",
                "/mqtt/downlinks/{downlinkId}",
                response_type=MqttDownlink,
                path_params={"downlinkId": downlink_id},
                timeout=timeout,
            ),
        )

    async def cancel(
        self,
        downlink_id: str | UUID,
        *,
        forced: bool | None = None,
        timeout: RequestTimeout = None,
    ) -> None:
        """Cancel a MQTT downlink for further downstream handling.

        Scopes: ``downlink.delete``.

        Args:
            downlink_id: MQTT downlink identifier.
            forced: Whether to force the cancellation of the MQTT downlink or not.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Raises:
            APIStatusError: a subclass per status (documented: 409); APIConnectionError when
                the server cannot be reached.
        """
        await self._client.request(
            "DELETE",
            "/mqtt/downlinks/{downlinkId}",
            path_params={"downlinkId": downlink_id},
            query={"forced": forced},
            timeout=timeout,
        )


class MqttDownlinksResourceWithRawResponse:
    """`MqttDownlinksResource` methods returning an `APIResponse`."""

    def __init__(self, resource: MqttDownlinksResource) -> None:
        self.search = to_raw_response_wrapper(resource.search)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.cancel = to_raw_response_wrapper(resource.cancel)


class AsyncMqttDownlinksResourceWithRawResponse:
    """`AsyncMqttDownlinksResource` methods returning an `APIResponse`."""

    def __init__(self, resource: AsyncMqttDownlinksResource) -> None:
        self.search = async_to_raw_response_wrapper(resource.search)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
