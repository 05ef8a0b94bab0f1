"""MqttBindingsResource: mqtt_bindings operations of the KPN Things APIs."""

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
from ..models import DeviceId, MqttBinding, MqttBindingParam, PageOfMqttBindings

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

    @check_args(
        limit=int,
        client_id=UUID,
        device_id=DeviceId,
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
        client_id: UUID | str | NotGiven = NOT_GIVEN,
        device_id: DeviceId | UUID | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        created_before: datetime | NotGiven = NOT_GIVEN,
        created_since: datetime | NotGiven = NOT_GIVEN,
        modified_before: datetime | NotGiven = NOT_GIVEN,
        modified_since: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
            BadRequestError: 400, Request is missing required information or invalid.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        body: MqttBinding | MqttBindingParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MqttBinding:
        """Create a new MQTT binding.

        Scopes: ``connector-binding.create``.

        Args:
            body: The request body: a model, or a dict of its wire names.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            extra_body: Members to add to (or replace in) the JSON body.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``MqttBinding``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            BadRequestError: 400, Request is missing required information or invalid.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
        """
        return cast(
            MqttBinding,
            self._client.request(
                "POST",
                "/mqtt/bindings",
                json=body,
                body_type=MqttBinding,
                response_type=MqttBinding,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(binding_id=UUID)
    def get(
        self,
        binding_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MqttBinding:
        """Retrieve a MQTT binding by ID.

        Scopes: ``connector-binding.read``.

        Args:
            binding_id: MQTT binding identifier.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``MqttBinding``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            BadRequestError: 400, Request is missing required information or invalid.
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
            MqttBinding,
            self._client.request(
                "GET",
                "/mqtt/bindings/{bindingId}",
                response_type=MqttBinding,
                path_params={"bindingId": binding_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(binding_id=UUID)
    def set(
        self,
        binding_id: UUID | str,
        body: MqttBinding | MqttBindingParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MqttBinding:
        """Update a MQTT binding.

        Scopes: ``connector-binding.update``.

        Args:
            binding_id: MQTT binding identifier.
            body: The request body: a model, or a dict of its wire names.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            extra_body: Members to add to (or replace in) the JSON body.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``MqttBinding``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            BadRequestError: 400, Request is missing required information or invalid.
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
            MqttBinding,
            self._client.request(
                "PUT",
                "/mqtt/bindings/{bindingId}",
                json=body,
                body_type=MqttBinding,
                response_type=MqttBinding,
                path_params={"bindingId": binding_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
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
        """Delete a MQTT binding.

        Scopes: ``connector-binding.delete``.

        Args:
            binding_id: MQTT Binding identifier.
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
            "/mqtt/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMqttBindingsResource(AsyncAPIResource):
    """This specification describes the MQTT Bindings API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> AsyncMqttBindingsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncMqttBindingsResourceWithRawResponse(self)

    @check_args(
        limit=int,
        client_id=UUID,
        device_id=DeviceId,
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
        client_id: UUID | str | NotGiven = NOT_GIVEN,
        device_id: DeviceId | UUID | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        created_before: datetime | NotGiven = NOT_GIVEN,
        created_since: datetime | NotGiven = NOT_GIVEN,
        modified_before: datetime | NotGiven = NOT_GIVEN,
        modified_since: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
            BadRequestError: 400, Request is missing required information or invalid.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        body: MqttBinding | MqttBindingParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MqttBinding:
        """Create a new MQTT binding.

        Scopes: ``connector-binding.create``.

        Args:
            body: The request body: a model, or a dict of its wire names.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            extra_body: Members to add to (or replace in) the JSON body.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``MqttBinding``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            BadRequestError: 400, Request is missing required information or invalid.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
            APIResponseValidationError: with ``strict_response_validation``, a body that does
                not fit its schema.
        """
        return cast(
            MqttBinding,
            await self._client.request(
                "POST",
                "/mqtt/bindings",
                json=body,
                body_type=MqttBinding,
                response_type=MqttBinding,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(binding_id=UUID)
    async def get(
        self,
        binding_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MqttBinding:
        """Retrieve a MQTT binding by ID.

        Scopes: ``connector-binding.read``.

        Args:
            binding_id: MQTT binding identifier.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``MqttBinding``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            BadRequestError: 400, Request is missing required information or invalid.
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
            MqttBinding,
            await self._client.request(
                "GET",
                "/mqtt/bindings/{bindingId}",
                response_type=MqttBinding,
                path_params={"bindingId": binding_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(binding_id=UUID)
    async def set(
        self,
        binding_id: UUID | str,
        body: MqttBinding | MqttBindingParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MqttBinding:
        """Update a MQTT binding.

        Scopes: ``connector-binding.update``.

        Args:
            binding_id: MQTT binding identifier.
            body: The request body: a model, or a dict of its wire names.
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            extra_body: Members to add to (or replace in) the JSON body.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``MqttBinding``.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            BadRequestError: 400, Request is missing required information or invalid.
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
            MqttBinding,
            await self._client.request(
                "PUT",
                "/mqtt/bindings/{bindingId}",
                json=body,
                body_type=MqttBinding,
                response_type=MqttBinding,
                path_params={"bindingId": binding_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
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
        """Delete a MQTT binding.

        Scopes: ``connector-binding.delete``.

        Args:
            binding_id: MQTT Binding identifier.
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
            "/mqtt/bindings/{bindingId}",
            path_params={"bindingId": binding_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
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
