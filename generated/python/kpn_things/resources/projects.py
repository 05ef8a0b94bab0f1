"""ProjectsResource: projects operations of the KPN Things APIs."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import cached_property
from typing import Annotated, cast
from uuid import UUID

from .._arguments import check_args
from .._base_client import RequestTimeout
from .._constraints import constrained
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven
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

    @check_args(
        limit=int,
        q=Annotated[str, constrained(min_length=1)],
        client_id=UUID,
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
        created_before: datetime | NotGiven = NOT_GIVEN,
        created_since: datetime | NotGiven = NOT_GIVEN,
        modified_before: datetime | NotGiven = NOT_GIVEN,
        modified_since: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    @check_args(project_id=UUID)
    def get(
        self,
        project_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Retrieve a project by ID

        Scopes: ``project.read``.

        Args:
            project_id: Project identifier
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``Project``.

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

    @check_args(project_id=UUID)
    def exists(
        self,
        project_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Checks whether a project exists

        Scopes: ``project.read``.

        Args:
            project_id: Project identifier
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            True when the server answers 2xx, False when it answers 404.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
        """
        return self._client.request_exists(
            "/projects/{projectId}",
            path_params={"projectId": project_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncProjectsResource(AsyncAPIResource):
    """This specification describes the Projects API of the KPN Things Platform."""

    @cached_property
    def with_raw_response(self) -> AsyncProjectsResourceWithRawResponse:
        """These methods, returning the raw HTTP response with the parsed result."""
        return AsyncProjectsResourceWithRawResponse(self)

    @check_args(
        limit=int,
        q=Annotated[str, constrained(min_length=1)],
        client_id=UUID,
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
        created_before: datetime | NotGiven = NOT_GIVEN,
        created_since: datetime | NotGiven = NOT_GIVEN,
        modified_before: datetime | NotGiven = NOT_GIVEN,
        modified_since: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    @check_args(project_id=UUID)
    async def get(
        self,
        project_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Retrieve a project by ID

        Scopes: ``project.read``.

        Args:
            project_id: Project identifier
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            The parsed ``Project``.

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

    @check_args(project_id=UUID)
    async def exists(
        self,
        project_id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: RequestTimeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Checks whether a project exists

        Scopes: ``project.read``.

        Args:
            project_id: Project identifier
            extra_headers: Headers to add to (or replace in) this request.
            extra_query: Query parameters to add to (or replace in) this request.
            timeout: Seconds or an ``httpx.Timeout`` for this call (None: no timeout);
                default: the client's.
            max_retries: Retries for this call; default: the client's.

        Returns:
            True when the server answers 2xx, False when it answers 404.

        Raises:
            RequestValidationError: an argument does not fit the spec; nothing is sent.
            APIStatusError: any other error status (``status_code``, ``body``, ``problem``),
                as its subclass: AuthenticationError (401), PermissionDeniedError (403),
                RateLimitError (429), InternalServerError (5xx) ...
            APIConnectionError: the server could not be reached (APITimeoutError: no answer in
                time).
        """
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
        self.search = to_raw_response_wrapper(resource.search)
        self.get = to_raw_response_wrapper(resource.get)
        self.exists = to_raw_response_wrapper(resource.exists)


class AsyncProjectsResourceWithRawResponse:
    """`AsyncProjectsResource` methods returning an `APIResponse`."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self.search = async_to_raw_response_wrapper(resource.search)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.exists = async_to_raw_response_wrapper(resource.exists)
