"""Resources: groups of API operations."""

from .http_bindings import (
    AsyncHttpBindingsResource,
    AsyncHttpBindingsResourceWithRawResponse,
    HttpBindingsResource,
    HttpBindingsResourceWithRawResponse,
)
from .projects import (
    AsyncProjectsResource,
    AsyncProjectsResourceWithRawResponse,
    ProjectsResource,
    ProjectsResourceWithRawResponse,
)

__all__ = [
    "AsyncHttpBindingsResource",
    "AsyncHttpBindingsResourceWithRawResponse",
    "AsyncProjectsResource",
    "AsyncProjectsResourceWithRawResponse",
    "HttpBindingsResource",
    "HttpBindingsResourceWithRawResponse",
    "ProjectsResource",
    "ProjectsResourceWithRawResponse",
]
