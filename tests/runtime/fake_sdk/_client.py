"""The client classes: hand-written in exactly the shape the generator renders."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx
from typing_extensions import Self

from ._auth import Credential, Scheme, Security
from ._base_client import AsyncAPIClient, RequestTimeout, SyncAPIClient, TokenSource
from ._types import NOT_GIVEN, NotGiven
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
        """A copy of this client with other options, sharing its connection pool."""
        return self._copy(
            {"token": token},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )

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
        """A copy of this client with other options, sharing its connection pool."""
        return self._copy(
            {"token": token},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )

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
