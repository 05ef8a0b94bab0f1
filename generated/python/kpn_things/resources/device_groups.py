"""DeviceGroupsResource: device_groups operations of the KPN Things APIs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cached_property
from typing import Literal, cast
from uuid import UUID

from .._arguments import check_args
from .._base_client import RequestTimeout
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven
from ..models import (
    DeviceGroup,
    DeviceGroupDeviceLink,
    DeviceGroupDeviceLinkParam,
    DeviceGroupDeviceLinkResponse,
    DeviceGroupParam,
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

    @check_args(
        limit=int,
        client_id=UUID,
        project_id=UUID,
        created_before=datetime,
        created_since=datetime,
        modified_before=datetime,
        modified_since=datetime,
    )
    def search(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        client_id: UUID | str | NotGiven = NOT_GIVEN,
        project_id: UUID | str | NotGiven = NOT_GIVEN,
        created_before: datetime | NotGiven = NOT_GIVEN,
        created_since: datetime | NotGiven = NOT_GIVEN,
        modified_before: datetime | NotGiven = NOT_GIVEN,
        modified_since: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``; ``first_page()`` for
                one page).

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        body: DeviceGroup | DeviceGroupParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeviceGroup:
        """Create a new device group

        Scopes: ``device-group.write``.

        Args:
            body: The request body: a model, or a dict of its wire names.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            extra_body: Members to add to (or replace in) the JSON body.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``DeviceGroup``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
        """
        return cast(
            DeviceGroup,
            self._client.request(
                "POST",
                "/device-groups",
                json=body,
                body_type=DeviceGroup,
                response_type=DeviceGroup,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(device_group_id=UUID)
    def get(
        self,
        device_group_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeviceGroup:
        """Retrieve a device group by its ID

        Retrieve a device group by its ID. The device group must be accessible to the caller.

        Scopes: ``device-group.read``.

        Args:
            device_group_id: The ID of the device group to retrieve.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``DeviceGroup``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
        """
        return cast(
            DeviceGroup,
            self._client.request(
                "GET",
                "/device-groups/{deviceGroupId}",
                response_type=DeviceGroup,
                path_params={"deviceGroupId": device_group_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(device_group_id=UUID)
    def set(
        self,
        device_group_id: UUID | str,
        body: DeviceGroup | DeviceGroupParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeviceGroup:
        """Update an existing device group

        Scopes: ``device-group.write``.

        Args:
            device_group_id: The ID of the device group to update.
            body: The request body: a model, or a dict of its wire names.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            extra_body: Members to add to (or replace in) the JSON body.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``DeviceGroup``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(device_group_id=UUID)
    def delete(
        self,
        device_group_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a device group by its ID

        Scopes: ``device-group.delete``.

        Args:
            device_group_id: The ID of the device group to delete.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
        """
        self._client.request(
            "DELETE",
            "/device-groups/{deviceGroupId}",
            path_params={"deviceGroupId": device_group_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    @check_args(
        device_group_id=UUID,
        created_before=datetime,
        created_since=datetime,
        embed=list[ListDevicesInDeviceGroupEmbedItem],
        limit=int,
    )
    def list_devices(
        self,
        device_group_id: UUID | str,
        *,
        created_before: datetime | NotGiven = NOT_GIVEN,
        created_since: datetime | NotGiven = NOT_GIVEN,
        embed: (
            Sequence[ListDevicesInDeviceGroupEmbedItem | Literal["device", "deviceGroup"]]
            | NotGiven
        ) = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``; ``first_page()`` for
                one page).

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    @check_args(device_group_id=UUID)
    def add_device(
        self,
        device_group_id: UUID | str,
        body: DeviceGroupDeviceLink | DeviceGroupDeviceLinkParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeviceGroupDeviceLink:
        """Link a device to a device group

        Scopes: ``device-group.write``.

        Args:
            device_group_id: The ID of the device group for which to retrieve linked devices.
            body: The request body: a model, or a dict of its wire names.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            extra_body: Members to add to (or replace in) the JSON body.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``DeviceGroupDeviceLink``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(device_group_id=UUID, device_id=DeviceId)
    def remove_device(
        self,
        device_group_id: UUID | str,
        device_id: DeviceId | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unlink a device from a device group

        Scopes: ``device-group.delete``.

        Args:
            device_group_id: The ID of the device group to unlink the device from.
            device_id: The ID of the device to unlink from the device group.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
        """
        self._client.request(
            "DELETE",
            "/device-groups/{deviceGroupId}/devices/{deviceId}",
            path_params={"deviceGroupId": device_group_id, "deviceId": device_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncDeviceGroupsResource(AsyncAPIResource):
    """This specification describes the Device Group API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> AsyncDeviceGroupsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncDeviceGroupsResourceWithRawResponse(self)

    @check_args(
        limit=int,
        client_id=UUID,
        project_id=UUID,
        created_before=datetime,
        created_since=datetime,
        modified_before=datetime,
        modified_since=datetime,
    )
    def search(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        client_id: UUID | str | NotGiven = NOT_GIVEN,
        project_id: UUID | str | NotGiven = NOT_GIVEN,
        created_before: datetime | NotGiven = NOT_GIVEN,
        created_since: datetime | NotGiven = NOT_GIVEN,
        modified_before: datetime | NotGiven = NOT_GIVEN,
        modified_since: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``; ``first_page()`` for
                one page).

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        body: DeviceGroup | DeviceGroupParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeviceGroup:
        """Create a new device group

        Scopes: ``device-group.write``.

        Args:
            body: The request body: a model, or a dict of its wire names.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            extra_body: Members to add to (or replace in) the JSON body.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``DeviceGroup``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
        """
        return cast(
            DeviceGroup,
            await self._client.request(
                "POST",
                "/device-groups",
                json=body,
                body_type=DeviceGroup,
                response_type=DeviceGroup,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(device_group_id=UUID)
    async def get(
        self,
        device_group_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeviceGroup:
        """Retrieve a device group by its ID

        Retrieve a device group by its ID. The device group must be accessible to the caller.

        Scopes: ``device-group.read``.

        Args:
            device_group_id: The ID of the device group to retrieve.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``DeviceGroup``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
        """
        return cast(
            DeviceGroup,
            await self._client.request(
                "GET",
                "/device-groups/{deviceGroupId}",
                response_type=DeviceGroup,
                path_params={"deviceGroupId": device_group_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(device_group_id=UUID)
    async def set(
        self,
        device_group_id: UUID | str,
        body: DeviceGroup | DeviceGroupParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeviceGroup:
        """Update an existing device group

        Scopes: ``device-group.write``.

        Args:
            device_group_id: The ID of the device group to update.
            body: The request body: a model, or a dict of its wire names.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            extra_body: Members to add to (or replace in) the JSON body.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``DeviceGroup``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(device_group_id=UUID)
    async def delete(
        self,
        device_group_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a device group by its ID

        Scopes: ``device-group.delete``.

        Args:
            device_group_id: The ID of the device group to delete.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
        """
        await self._client.request(
            "DELETE",
            "/device-groups/{deviceGroupId}",
            path_params={"deviceGroupId": device_group_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    @check_args(
        device_group_id=UUID,
        created_before=datetime,
        created_since=datetime,
        embed=list[ListDevicesInDeviceGroupEmbedItem],
        limit=int,
    )
    def list_devices(
        self,
        device_group_id: UUID | str,
        *,
        created_before: datetime | NotGiven = NOT_GIVEN,
        created_since: datetime | NotGiven = NOT_GIVEN,
        embed: (
            Sequence[ListDevicesInDeviceGroupEmbedItem | Literal["device", "deviceGroup"]]
            | NotGiven
        ) = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``; ``first_page()`` for
                one page).

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    @check_args(device_group_id=UUID)
    async def add_device(
        self,
        device_group_id: UUID | str,
        body: DeviceGroupDeviceLink | DeviceGroupDeviceLinkParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeviceGroupDeviceLink:
        """Link a device to a device group

        Scopes: ``device-group.write``.

        Args:
            device_group_id: The ID of the device group for which to retrieve linked devices.
            body: The request body: a model, or a dict of its wire names.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            extra_body: Members to add to (or replace in) the JSON body.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``DeviceGroupDeviceLink``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(device_group_id=UUID, device_id=DeviceId)
    async def remove_device(
        self,
        device_group_id: UUID | str,
        device_id: DeviceId | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unlink a device from a device group

        Scopes: ``device-group.delete``.

        Args:
            device_group_id: The ID of the device group to unlink the device from.
            device_id: The ID of the device to unlink from the device group.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
        """
        await self._client.request(
            "DELETE",
            "/device-groups/{deviceGroupId}/devices/{deviceId}",
            path_params={"deviceGroupId": device_group_id, "deviceId": device_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
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
