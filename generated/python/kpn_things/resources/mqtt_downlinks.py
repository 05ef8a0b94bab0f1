"""MqttDownlinksResource: mqtt_downlinks operations of the KPN Things APIs."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import cached_property
from typing import cast
from uuid import UUID

from .._arguments import check_args
from .._base_client import RequestTimeout
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven
from ..models import DeviceId, DownlinkStatus, MqttDownlink, MqttDownlinkParam, PageOfMqttDownlinks

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

    @check_args(
        limit=int,
        device_id=DeviceId,
        created_before=datetime,
        created_since=datetime,
        modified_before=datetime,
        modified_since=datetime,
        status=DownlinkStatus,
    )
    def search(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        device_id: DeviceId | UUID | NotGiven = NOT_GIVEN,
        created_before: datetime | NotGiven = NOT_GIVEN,
        created_since: datetime | NotGiven = NOT_GIVEN,
        modified_before: datetime | NotGiven = NOT_GIVEN,
        modified_since: datetime | NotGiven = NOT_GIVEN,
        status: DownlinkStatus | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        body: MqttDownlink | MqttDownlinkParam | NotGiven = NOT_GIVEN,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MqttDownlink:
        """Create a new MQTT downlink

        Scopes: ``downlink.write``.

        Args:
            body: The request body: a model, or a dict of its wire names.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            extra_body: Members to add to (or replace in) the JSON body.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``MqttDownlink``.

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
            MqttDownlink,
            self._client.request(
                "POST",
                "/mqtt/downlinks",
                json=body,
                body_type=MqttDownlink,
                response_type=MqttDownlink,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(downlink_id=UUID)
    def get(
        self,
        downlink_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MqttDownlink:
        """Retrieve a MQTT downlink by ID

        Scopes: ``downlink.read``.

        Args:
            downlink_id: MQTT downlink identifier.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``MqttDownlink``.

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
            MqttDownlink,
            self._client.request(
                "GET",
                "/mqtt/downlinks/{downlinkId}",
                response_type=MqttDownlink,
                path_params={"downlinkId": downlink_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(downlink_id=UUID, forced=bool)
    def cancel(
        self,
        downlink_id: UUID | str,
        *,
        forced: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel a MQTT downlink for further downstream handling.

        Scopes: ``downlink.delete``.

        Args:
            downlink_id: MQTT downlink identifier.
            forced: Whether to force the cancellation of the MQTT downlink or not.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            ConflictError: 409, MQTT downlink status does not permit cancellation.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
        """
        self._client.request(
            "DELETE",
            "/mqtt/downlinks/{downlinkId}",
            path_params={"downlinkId": downlink_id},
            query={"forced": forced},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMqttDownlinksResource(AsyncAPIResource):
    """This specification describes the MQTT Downlinks API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> AsyncMqttDownlinksResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncMqttDownlinksResourceWithRawResponse(self)

    @check_args(
        limit=int,
        device_id=DeviceId,
        created_before=datetime,
        created_since=datetime,
        modified_before=datetime,
        modified_since=datetime,
        status=DownlinkStatus,
    )
    def search(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        device_id: DeviceId | UUID | NotGiven = NOT_GIVEN,
        created_before: datetime | NotGiven = NOT_GIVEN,
        created_since: datetime | NotGiven = NOT_GIVEN,
        modified_before: datetime | NotGiven = NOT_GIVEN,
        modified_since: datetime | NotGiven = NOT_GIVEN,
        status: DownlinkStatus | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        body: MqttDownlink | MqttDownlinkParam | NotGiven = NOT_GIVEN,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MqttDownlink:
        """Create a new MQTT downlink

        Scopes: ``downlink.write``.

        Args:
            body: The request body: a model, or a dict of its wire names.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            extra_body: Members to add to (or replace in) the JSON body.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``MqttDownlink``.

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
            MqttDownlink,
            await self._client.request(
                "POST",
                "/mqtt/downlinks",
                json=body,
                body_type=MqttDownlink,
                response_type=MqttDownlink,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(downlink_id=UUID)
    async def get(
        self,
        downlink_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MqttDownlink:
        """Retrieve a MQTT downlink by ID

        Scopes: ``downlink.read``.

        Args:
            downlink_id: MQTT downlink identifier.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``MqttDownlink``.

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
            MqttDownlink,
            await self._client.request(
                "GET",
                "/mqtt/downlinks/{downlinkId}",
                response_type=MqttDownlink,
                path_params={"downlinkId": downlink_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(downlink_id=UUID, forced=bool)
    async def cancel(
        self,
        downlink_id: UUID | str,
        *,
        forced: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel a MQTT downlink for further downstream handling.

        Scopes: ``downlink.delete``.

        Args:
            downlink_id: MQTT downlink identifier.
            forced: Whether to force the cancellation of the MQTT downlink or not.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            ConflictError: 409, MQTT downlink status does not permit cancellation.
            NotFoundError: 404, nothing at this path.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
        """
        await self._client.request(
            "DELETE",
            "/mqtt/downlinks/{downlinkId}",
            path_params={"downlinkId": downlink_id},
            query={"forced": forced},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
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
