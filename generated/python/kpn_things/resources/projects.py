"""ProjectsResource: projects operations of the KPN Things APIs."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import cast
from uuid import UUID

from .._base_client import RequestTimeout
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models import PageOfProjects, Project

__all__ = [
    "AsyncProjectsResource",
    "ProjectsResource",
]


class ProjectsResource(SyncAPIResource):
    """This specification describes the Projects API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> ProjectsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return ProjectsResourceWithRawResponse(self)

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        sort: str | None = None,
        q: str | None = None,
        client_id: str | UUID | None = None,
        created_before: datetime | None = None,
        created_since: datetime | None = None,
        modified_before: datetime | None = None,
        modified_since: datetime | None = None,
        timeout: RequestTimeout = None,
    ) -> SyncPager[Project]:
        """Retrieve projects, filtered by search term and / or client ID

        Retrieve all projects that match the query parameters given. If a search parameter is
        provided, projects whose name or description (partially) match are returned.

        Scopes: ``project.read``.

        Args:
            cursor: String that encodes all necessary information to retrieve a page.
            limit: Limit the number of results (per page).
            sort: Sorting fields separated by comma. Default order is Ascending (ASC),
                minus(-) should be used in front of field name for Descending (DESC) order.
            q: Include only projects whose name or description contain the search term.
                Matching is done case-insensitively.
            client_id: Include only projects owned by the client matching clientId.
            created_before: Include only projects created before the provided date and time.
                The date-time must be in ISO 8601 format.
            created_since: Include only projects created at or after the provided date and
                time. The date-time must be in ISO 8601 format.
            modified_before: Include only projects modified before the provided date and time.
                The date-time must be in ISO 8601 format.
            modified_since: Include only projects modified at or after the provided date and
                time. The date-time must be in ISO 8601 format.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``, ``first_page()`` for
                one page).

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return self._client.paginate(
            "/projects",
            page_type=PageOfProjects,
            query={
                "cursor": cursor,
                "limit": limit,
                "sort": sort,
                "q": q,
                "clientId": client_id,
                "createdBefore": created_before,
                "createdSince": created_since,
                "modifiedBefore": modified_before,
                "modifiedSince": modified_since,
            },
            timeout=timeout,
        )

    def get(
        self,
        project_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> Project:
        """Retrieve a project by ID

        Scopes: ``project.read``.

        Args:
            project_id: Project identifier
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``Project``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            Project,
            self._client.request(
                "GET",
                "/projects/{projectId}",
                response_type=Project,
                path_params={"projectId": project_id},
                timeout=timeout,
            ),
        )

    def exists(
        self,
        project_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> bool:
        """Checks whether a project exists

        Scopes: ``project.read``.

        Args:
            project_id: Project identifier
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            True when the server answers 2xx, False when it answers 404.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return self._client.request_exists(
            "/projects/{projectId}",
            path_params={"projectId": project_id},
            timeout=timeout,
        )


class AsyncProjectsResource(AsyncAPIResource):
    """This specification describes the Projects API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> AsyncProjectsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncProjectsResourceWithRawResponse(self)

    def search(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        sort: str | None = None,
        q: str | None = None,
        client_id: str | UUID | None = None,
        created_before: datetime | None = None,
        created_since: datetime | None = None,
        modified_before: datetime | None = None,
        modified_since: datetime | None = None,
        timeout: RequestTimeout = None,
    ) -> AsyncPager[Project]:
        """Retrieve projects, filtered by search term and / or client ID

        Retrieve all projects that match the query parameters given. If a search parameter is
        provided, projects whose name or description (partially) match are returned.

        Scopes: ``project.read``.

        Args:
            cursor: String that encodes all necessary information to retrieve a page.
            limit: Limit the number of results (per page).
            sort: Sorting fields separated by comma. Default order is Ascending (ASC),
                minus(-) should be used in front of field name for Descending (DESC) order.
            q: Include only projects whose name or description contain the search term.
                Matching is done case-insensitively.
            client_id: Include only projects owned by the client matching clientId.
            created_before: Include only projects created before the provided date and time.
                The date-time must be in ISO 8601 format.
            created_since: Include only projects created at or after the provided date and
                time. The date-time must be in ISO 8601 format.
            modified_before: Include only projects modified before the provided date and time.
                The date-time must be in ISO 8601 format.
            modified_since: Include only projects modified at or after the provided date and
                time. The date-time must be in ISO 8601 format.
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            A lazy iterator over every item, page by page (``pages()``, ``first_page()`` for
                one page).

        Raises:
            APIStatusError: a subclass per status (documented: 400); APIConnectionError when
                the server cannot be reached.
        """
        return self._client.paginate(
            "/projects",
            page_type=PageOfProjects,
            query={
                "cursor": cursor,
                "limit": limit,
                "sort": sort,
                "q": q,
                "clientId": client_id,
                "createdBefore": created_before,
                "createdSince": created_since,
                "modifiedBefore": modified_before,
                "modifiedSince": modified_since,
            },
            timeout=timeout,
        )

    async def get(
        self,
        project_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> Project:
        """Retrieve a project by ID

        Scopes: ``project.read``.

        Args:
            project_id: Project identifier
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            The parsed ``Project``.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return cast(
            Project,
            await self._client.request(
                "GET",
                "/projects/{projectId}",
                response_type=Project,
                path_params={"projectId": project_id},
                timeout=timeout,
            ),
        )

    async def exists(
        self,
        project_id: str | UUID,
        *,
        timeout: RequestTimeout = None,
    ) -> bool:
        """Checks whether a project exists

        Scopes: ``project.read``.

        Args:
            project_id: Project identifier
            timeout: Seconds (or an ``httpx.Timeout``) for this call, instead of the client's.

        Returns:
            True when the server answers 2xx, False when it answers 404.

        Raises:
            APIStatusError: a subclass per status; APIConnectionError when the server cannot
                be reached.
        """
        return await self._client.request_exists(
            "/projects/{projectId}",
            path_params={"projectId": project_id},
            timeout=timeout,
        )


class ProjectsResourceWithRawResponse:
    """`ProjectsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: ProjectsResource) -> None:
        self.search = to_raw_response_wrapper(resource.search)
        self.get = to_raw_response_wrapper(resource.get)
        self.exists = to_raw_response_wrapper(resource.exists)


class AsyncProjectsResourceWithRawResponse:
    """`AsyncProjectsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self.search = async_to_raw_response_wrapper(resource.search)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.exists = async_to_raw_response_wrapper(resource.exists)
