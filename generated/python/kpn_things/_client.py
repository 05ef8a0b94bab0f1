"""The KPN Things clients: `Things` (sync) and `AsyncThings` (async)."""

from __future__ import annotations

from functools import cached_property

from ._base_client import AsyncAPIClient, SyncAPIClient
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
    default_headers=None, strict_response_validation=False)``: the token is a string or a
    callable returning one (default: the ``KPN_THINGS_TOKEN`` environment variable); the
    base URL defaults to ``KPN_THINGS_BASE_URL`` or https://api.kpnthings.com; ``timeout=None``
    is no timeout; ``strict_response_validation=True`` raises `APIResponseValidationError` for a
    response that does not fit its schema (otherwise it is kept as received, with a warning).
    ``with_options(...)`` gives a copy with other settings that shares the connection pool.
    """

    _default_base_url = "https://api.kpnthings.com"
    _token_env = "KPN_THINGS_TOKEN"
    _base_url_env = "KPN_THINGS_BASE_URL"
    _user_agent = "kpn-things-python/0.1.0"

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
    default_headers=None, strict_response_validation=False)``: the token is a string or a
    callable returning one (default: the ``KPN_THINGS_TOKEN`` environment variable); the
    base URL defaults to ``KPN_THINGS_BASE_URL`` or https://api.kpnthings.com; ``timeout=None``
    is no timeout; ``strict_response_validation=True`` raises `APIResponseValidationError` for a
    response that does not fit its schema (otherwise it is kept as received, with a warning).
    ``with_options(...)`` gives a copy with other settings that shares the connection pool.
    """

    _default_base_url = "https://api.kpnthings.com"
    _token_env = "KPN_THINGS_TOKEN"
    _base_url_env = "KPN_THINGS_BASE_URL"
    _user_agent = "kpn-things-python/0.1.0"

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
