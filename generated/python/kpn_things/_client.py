"""The KPN Things clients: `Things` (sync) and `AsyncThings` (async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx
from typing_extensions import Self

from ._auth import Credential, Scheme, Security
from ._base_client import AsyncAPIClient, RequestTimeout, SyncAPIClient, TokenSource
from ._types import NOT_GIVEN, NotGiven
from .resources import (
    AsyncDeviceGroupsResource,
    AsyncDeviceGroupsResourceWithRawResponse,
    AsyncHttpBindingsResource,
    AsyncHttpBindingsResourceWithRawResponse,
    AsyncMqttBindingsResource,
    AsyncMqttBindingsResourceWithRawResponse,
    AsyncMqttDownlinksResource,
    AsyncMqttDownlinksResourceWithRawResponse,
    AsyncProjectsResource,
    AsyncProjectsResourceWithRawResponse,
    DeviceGroupsResource,
    DeviceGroupsResourceWithRawResponse,
    HttpBindingsResource,
    HttpBindingsResourceWithRawResponse,
    MqttBindingsResource,
    MqttBindingsResourceWithRawResponse,
    MqttDownlinksResource,
    MqttDownlinksResourceWithRawResponse,
    ProjectsResource,
    ProjectsResourceWithRawResponse,
)

__all__ = [
    "AsyncThings",
    "Things",
]


class Things(SyncAPIClient):
    """Synchronous client of the KPN Things APIs.

    ``Things(token=None, *, base_url=None, timeout=30.0, max_retries=2, http_client=None,
    default_headers=None, strict_response_validation=False)``.

    Credentials, each a string or a callable returning one (called before every request, so it
    may refresh); a call that needs one that is missing raises `APIError` naming it:
        token: bearer token (BearerAuth), sent in the Authorization header as Bearer; default:
            the ``KPN_THINGS_TOKEN`` environment variable (every operation needs it: missing,
            the constructor raises `APIError`).

    The base URL defaults to ``KPN_THINGS_BASE_URL`` or https://api.kpnthings.com;
    ``timeout=None`` is no timeout; ``strict_response_validation=True`` raises
    `APIResponseValidationError` for a response that does not fit its schema (otherwise it is
    kept as received, with a warning). ``with_options(...)`` gives a copy with other settings
    that shares the connection pool.
    """

    _default_base_url = "https://api.kpnthings.com"
    _base_url_env = "KPN_THINGS_BASE_URL"
    _user_agent = "kpn-things-python/0.1.0"
    _security = Security(
        credentials=(Credential("token", "KPN_THINGS_TOKEN"),),
        schemes={"BearerAuth": Scheme("bearer", ("token",))},
        default=(("BearerAuth",),),
        required=("token",),
    )

    def __init__(
        self,
        token: TokenSource | None = None,
        *,
        base_url: str | None = None,
        timeout: RequestTimeout = 30.0,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={"token": token},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )

    def with_options(
        self,
        *,
        token: TokenSource | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with other options, sharing its connection pool.

        ``default_headers`` are added to this client's. Closing the copy leaves the pool open;
        it closes with this client.
        """
        return self._copy(
            {"token": token},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def http_bindings(self) -> HttpBindingsResource:
        """This specification describes the HTTP Bindings API of the KPN Things Platform."""
        return HttpBindingsResource(self)

    @cached_property
    def mqtt_bindings(self) -> MqttBindingsResource:
        """This specification describes the MQTT Bindings API of the KPN Things Platform."""
        return MqttBindingsResource(self)

    @cached_property
    def mqtt_downlinks(self) -> MqttDownlinksResource:
        """This specification describes the MQTT Downlinks API of the KPN Things Platform."""
        return MqttDownlinksResource(self)

    @cached_property
    def projects(self) -> ProjectsResource:
        """This specification describes the Projects API of the KPN Things Platform."""
        return ProjectsResource(self)

    @cached_property
    def device_groups(self) -> DeviceGroupsResource:
        """This specification describes the Device Group API of the KPN Things Platform."""
        return DeviceGroupsResource(self)

    @cached_property
    def with_raw_response(self) -> ThingsWithRawResponse:
        """Every resource, with methods returning the raw HTTP response."""
        return ThingsWithRawResponse(self)


class AsyncThings(AsyncAPIClient):
    """Asynchronous client of the KPN Things APIs.

    ``AsyncThings(token=None, *, base_url=None, timeout=30.0, max_retries=2, http_client=None,
    default_headers=None, strict_response_validation=False)``.

    Credentials, each a string or a callable returning one (called before every request, so it
    may refresh); a call that needs one that is missing raises `APIError` naming it:
        token: bearer token (BearerAuth), sent in the Authorization header as Bearer; default:
            the ``KPN_THINGS_TOKEN`` environment variable (every operation needs it: missing,
            the constructor raises `APIError`).

    The base URL defaults to ``KPN_THINGS_BASE_URL`` or https://api.kpnthings.com;
    ``timeout=None`` is no timeout; ``strict_response_validation=True`` raises
    `APIResponseValidationError` for a response that does not fit its schema (otherwise it is
    kept as received, with a warning). ``with_options(...)`` gives a copy with other settings
    that shares the connection pool.
    """

    _default_base_url = "https://api.kpnthings.com"
    _base_url_env = "KPN_THINGS_BASE_URL"
    _user_agent = "kpn-things-python/0.1.0"
    _security = Security(
        credentials=(Credential("token", "KPN_THINGS_TOKEN"),),
        schemes={"BearerAuth": Scheme("bearer", ("token",))},
        default=(("BearerAuth",),),
        required=("token",),
    )

    def __init__(
        self,
        token: TokenSource | None = None,
        *,
        base_url: str | None = None,
        timeout: RequestTimeout = 30.0,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={"token": token},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )

    def with_options(
        self,
        *,
        token: TokenSource | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with other options, sharing its connection pool.

        ``default_headers`` are added to this client's. Closing the copy leaves the pool open;
        it closes with this client.
        """
        return self._copy(
            {"token": token},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def http_bindings(self) -> AsyncHttpBindingsResource:
        """This specification describes the HTTP Bindings API of the KPN Things Platform."""
        return AsyncHttpBindingsResource(self)

    @cached_property
    def mqtt_bindings(self) -> AsyncMqttBindingsResource:
        """This specification describes the MQTT Bindings API of the KPN Things Platform."""
        return AsyncMqttBindingsResource(self)

    @cached_property
    def mqtt_downlinks(self) -> AsyncMqttDownlinksResource:
        """This specification describes the MQTT Downlinks API of the KPN Things Platform."""
        return AsyncMqttDownlinksResource(self)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        """This specification describes the Projects API of the KPN Things Platform."""
        return AsyncProjectsResource(self)

    @cached_property
    def device_groups(self) -> AsyncDeviceGroupsResource:
        """This specification describes the Device Group API of the KPN Things Platform."""
        return AsyncDeviceGroupsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncThingsWithRawResponse:
        """Every resource, with methods returning the raw HTTP response."""
        return AsyncThingsWithRawResponse(self)


class ThingsWithRawResponse:
    """`Things` resources whose methods return an `APIResponse`."""

    def __init__(self, client: Things) -> None:
        self.http_bindings: HttpBindingsResourceWithRawResponse = (
            client.http_bindings.with_raw_response
        )
        self.mqtt_bindings: MqttBindingsResourceWithRawResponse = (
            client.mqtt_bindings.with_raw_response
        )
        self.mqtt_downlinks: MqttDownlinksResourceWithRawResponse = (
            client.mqtt_downlinks.with_raw_response
        )
        self.projects: ProjectsResourceWithRawResponse = client.projects.with_raw_response
        self.device_groups: DeviceGroupsResourceWithRawResponse = (
            client.device_groups.with_raw_response
        )


class AsyncThingsWithRawResponse:
    """`AsyncThings` resources whose methods return an `APIResponse`."""

    def __init__(self, client: AsyncThings) -> None:
        self.http_bindings: AsyncHttpBindingsResourceWithRawResponse = (
            client.http_bindings.with_raw_response
        )
        self.mqtt_bindings: AsyncMqttBindingsResourceWithRawResponse = (
            client.mqtt_bindings.with_raw_response
        )
        self.mqtt_downlinks: AsyncMqttDownlinksResourceWithRawResponse = (
            client.mqtt_downlinks.with_raw_response
        )
        self.projects: AsyncProjectsResourceWithRawResponse = client.projects.with_raw_response
        self.device_groups: AsyncDeviceGroupsResourceWithRawResponse = (
            client.device_groups.with_raw_response
        )
