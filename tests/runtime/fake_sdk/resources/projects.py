"""Projects API: hand-written in exactly the shape the generator renders."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import Any, Literal, cast
from uuid import UUID

from .._base_client import RequestTimeout
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models import PageOfProjects, Project, ProjectType


class ProjectsResource(SyncAPIResource):
    """Projects that contain devices, destinations and flows."""

    @cached_property
    def with_raw_response(self) -> ProjectsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return ProjectsResourceWithRawResponse(self)

    def get(self, project_id: str | UUID, *, timeout: RequestTimeout = None) -> Project:
        """Retrieve a project by ID.

        Scopes: ``project.read``.
        """
        return cast(
            Project,
            self._client.request(
                "GET",
                "/projects/{projectId}",
                path_params={"projectId": project_id},
                response_type=Project,
                timeout=timeout,
            ),
        )

    def create(
        self, body: Project | dict[str, Any], *, timeout: RequestTimeout = None
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
                timeout=timeout,
            ),
        )

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        q: str | None = None,
        type: ProjectType | None = None,
        archived: bool | None = None,
        client_id: str | UUID | None = None,
        created_before: datetime | None = None,
        embed: list[Literal["device", "deviceGroup"]] | None = None,
        client_tag: str | None = None,
        timeout: RequestTimeout = None,
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
            timeout=timeout,
        )

    def delete(self, project_id: str | UUID, *, timeout: RequestTimeout = None) -> None:
        """Delete a project."""
        self._client.request(
            "DELETE",
            "/projects/{projectId}",
            path_params={"projectId": project_id},
            timeout=timeout,
        )

    def exists(self, project_id: str | UUID, *, timeout: RequestTimeout = None) -> bool:
        """Check whether a project exists."""
        return self._client.request_exists(
            "/projects/{projectId}",
            path_params={"projectId": project_id},
            timeout=timeout,
        )


class AsyncProjectsResource(AsyncAPIResource):
    """Projects that contain devices, destinations and flows."""

    @cached_property
    def with_raw_response(self) -> AsyncProjectsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncProjectsResourceWithRawResponse(self)

    async def get(
        self, project_id: str | UUID, *, timeout: RequestTimeout = None
    ) -> Project:
        """Retrieve a project by ID.

        Scopes: ``project.read``.
        """
        return cast(
            Project,
            await self._client.request(
                "GET",
                "/projects/{projectId}",
                path_params={"projectId": project_id},
                response_type=Project,
                timeout=timeout,
            ),
        )

    async def create(
        self, body: Project | dict[str, Any], *, timeout: RequestTimeout = None
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
                timeout=timeout,
            ),
        )

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        q: str | None = None,
        type: ProjectType | None = None,
        archived: bool | None = None,
        client_id: str | UUID | None = None,
        created_before: datetime | None = None,
        embed: list[Literal["device", "deviceGroup"]] | None = None,
        client_tag: str | None = None,
        timeout: RequestTimeout = None,
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
            timeout=timeout,
        )

    async def delete(
        self, project_id: str | UUID, *, timeout: RequestTimeout = None
    ) -> None:
        """Delete a project."""
        await self._client.request(
            "DELETE",
            "/projects/{projectId}",
            path_params={"projectId": project_id},
            timeout=timeout,
        )

    async def exists(
        self, project_id: str | UUID, *, timeout: RequestTimeout = None
    ) -> bool:
        """Check whether a project exists."""
        return await self._client.request_exists(
            "/projects/{projectId}",
            path_params={"projectId": project_id},
            timeout=timeout,
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
