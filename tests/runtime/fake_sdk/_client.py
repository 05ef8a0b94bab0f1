"""The client classes: hand-written in exactly the shape the generator renders."""

from __future__ import annotations

from functools import cached_property

from ._base_client import AsyncAPIClient, SyncAPIClient
from .resources import (
    AsyncHttpBindingsResource,
    AsyncHttpBindingsResourceWithRawResponse,
    AsyncProjectsResource,
    AsyncProjectsResourceWithRawResponse,
    HttpBindingsResource,
    HttpBindingsResourceWithRawResponse,
    ProjectsResource,
    ProjectsResourceWithRawResponse,
)


class Things(SyncAPIClient):
    """Synchronous client of the KPN Things APIs."""

    _default_base_url = "https://api.kpnthings.com"
    _token_env = "KPN_THINGS_TOKEN"
    _base_url_env = "KPN_THINGS_BASE_URL"
    _user_agent = "kpn-things-python/0.1.0"

    @cached_property
    def projects(self) -> ProjectsResource:
        """Projects that contain devices, destinations and flows."""
        return ProjectsResource(self)

    @cached_property
    def http_bindings(self) -> HttpBindingsResource:
        """Bindings of devices to the HTTP connector."""
        return HttpBindingsResource(self)

    @cached_property
    def with_raw_response(self) -> ThingsWithRawResponse:
        """Every resource, with methods returning the raw HTTP response."""
        return ThingsWithRawResponse(self)


class AsyncThings(AsyncAPIClient):
    """Asynchronous client of the KPN Things APIs."""

    _default_base_url = "https://api.kpnthings.com"
    _token_env = "KPN_THINGS_TOKEN"
    _base_url_env = "KPN_THINGS_BASE_URL"
    _user_agent = "kpn-things-python/0.1.0"

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        """Projects that contain devices, destinations and flows."""
        return AsyncProjectsResource(self)

    @cached_property
    def http_bindings(self) -> AsyncHttpBindingsResource:
        """Bindings of devices to the HTTP connector."""
        return AsyncHttpBindingsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncThingsWithRawResponse:
        """Every resource, with methods returning the raw HTTP response."""
        return AsyncThingsWithRawResponse(self)


class ThingsWithRawResponse:
    """`Things` resources whose methods return an `APIResponse`."""

    def __init__(self, client: Things) -> None:
        self.projects: ProjectsResourceWithRawResponse = (
            client.projects.with_raw_response
        )
        self.http_bindings: HttpBindingsResourceWithRawResponse = (
            client.http_bindings.with_raw_response
        )


class AsyncThingsWithRawResponse:
    """`AsyncThings` resources whose methods return an `APIResponse`."""

    def __init__(self, client: AsyncThings) -> None:
        self.projects: AsyncProjectsResourceWithRawResponse = (
            client.projects.with_raw_response
        )
        self.http_bindings: AsyncHttpBindingsResourceWithRawResponse = (
            client.http_bindings.with_raw_response
        )
