"""Projects API: hand-written in exactly the shape the generator renders."""

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
from ..models import PageOfProjects, Project, ProjectParam, ProjectType


class ProjectsResource(SyncAPIResource):
    """Projects that contain devices, destinations and flows."""

    @cached_property
    def with_raw_response(self) -> ProjectsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return ProjectsResourceWithRawResponse(self)

    def get(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Retrieve a project by ID.

        Scopes: ``project.read``.
        """
        return cast(
            Project,
            self._client.request(
                "GET",
                "/projects/{projectId}",
                response_type=Project,
                path_params={"projectId": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def create(
        self,
        body: Project | ProjectParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Create a project."""
        return cast(
            Project,
            self._client.request(
                "POST",
                "/projects",
                json=body,
                body_type=Project,
                response_type=Project,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(
        limit=int,
        type=ProjectType,
        archived=bool,
        client_id=UUID,
        created_before=datetime,
        embed=list[Literal["device", "deviceGroup"]],
    )
    def search(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        type: ProjectType | str | NotGiven = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        client_id: UUID | str | NotGiven = NOT_GIVEN,
        created_before: datetime | NotGiven = NOT_GIVEN,
        embed: Sequence[Literal["device", "deviceGroup"]] | NotGiven = NOT_GIVEN,
        client_tag: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Project]:
        """Retrieve projects, filtered by search term."""
        return self._client.paginate(
            "/projects",
            page_type=PageOfProjects,
            query={
                "cursor": cursor,
                "limit": limit,
                "q": q,
                "type": type,
                "archived": archived,
                "clientId": client_id,
                "createdBefore": created_before,
                "embed": embed,
            },
            headers={"X-Client-Tag": client_tag},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a project."""
        self._client.request(
            "DELETE",
            "/projects/{projectId}",
            path_params={"projectId": project_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def exists(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Check whether a project exists."""
        return self._client.request_exists(
            "/projects/{projectId}",
            path_params={"projectId": project_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncProjectsResource(AsyncAPIResource):
    """Projects that contain devices, destinations and flows."""

    @cached_property
    def with_raw_response(self) -> AsyncProjectsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncProjectsResourceWithRawResponse(self)

    async def get(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Retrieve a project by ID.

        Scopes: ``project.read``.
        """
        return cast(
            Project,
            await self._client.request(
                "GET",
                "/projects/{projectId}",
                response_type=Project,
                path_params={"projectId": project_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create(
        self,
        body: Project | ProjectParam,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Create a project."""
        return cast(
            Project,
            await self._client.request(
                "POST",
                "/projects",
                json=body,
                body_type=Project,
                response_type=Project,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @check_args(
        limit=int,
        type=ProjectType,
        archived=bool,
        client_id=UUID,
        created_before=datetime,
        embed=list[Literal["device", "deviceGroup"]],
    )
    def search(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        type: ProjectType | str | NotGiven = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        client_id: UUID | str | NotGiven = NOT_GIVEN,
        created_before: datetime | NotGiven = NOT_GIVEN,
        embed: Sequence[Literal["device", "deviceGroup"]] | NotGiven = NOT_GIVEN,
        client_tag: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Project]:
        """Retrieve projects, filtered by search term."""
        return self._client.paginate(
            "/projects",
            page_type=PageOfProjects,
            query={
                "cursor": cursor,
                "limit": limit,
                "q": q,
                "type": type,
                "archived": archived,
                "clientId": client_id,
                "createdBefore": created_before,
                "embed": embed,
            },
            headers={"X-Client-Tag": client_tag},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a project."""
        await self._client.request(
            "DELETE",
            "/projects/{projectId}",
            path_params={"projectId": project_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def exists(
        self,
        project_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Check whether a project exists."""
        return await self._client.request_exists(
            "/projects/{projectId}",
            path_params={"projectId": project_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class ProjectsResourceWithRawResponse:
    """`ProjectsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: ProjectsResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.create = to_raw_response_wrapper(resource.create)
        self.search = to_raw_response_wrapper(resource.search)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.exists = to_raw_response_wrapper(resource.exists)


class AsyncProjectsResourceWithRawResponse:
    """`AsyncProjectsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.search = async_to_raw_response_wrapper(resource.search)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.exists = async_to_raw_response_wrapper(resource.exists)
