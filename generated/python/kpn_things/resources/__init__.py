"""Resources: groups of API operations, one attribute of the client each."""

from .device_groups import (
    AsyncDeviceGroupsResource,
    AsyncDeviceGroupsResourceWithRawResponse,
    DeviceGroupsResource,
    DeviceGroupsResourceWithRawResponse,
)
from .http_bindings import (
    AsyncHttpBindingsResource,
    AsyncHttpBindingsResourceWithRawResponse,
    HttpBindingsResource,
    HttpBindingsResourceWithRawResponse,
)
from .mqtt_bindings import (
    AsyncMqttBindingsResource,
    AsyncMqttBindingsResourceWithRawResponse,
    MqttBindingsResource,
    MqttBindingsResourceWithRawResponse,
)
from .mqtt_downlinks import (
    AsyncMqttDownlinksResource,
    AsyncMqttDownlinksResourceWithRawResponse,
    MqttDownlinksResource,
    MqttDownlinksResourceWithRawResponse,
)
from .projects import (
    AsyncProjectsResource,
    AsyncProjectsResourceWithRawResponse,
    ProjectsResource,
    ProjectsResourceWithRawResponse,
)

__all__ = [
    "AsyncDeviceGroupsResource",
    "AsyncDeviceGroupsResourceWithRawResponse",
    "AsyncHttpBindingsResource",
    "AsyncHttpBindingsResourceWithRawResponse",
    "AsyncMqttBindingsResource",
    "AsyncMqttBindingsResourceWithRawResponse",
    "AsyncMqttDownlinksResource",
    "AsyncMqttDownlinksResourceWithRawResponse",
    "AsyncProjectsResource",
    "AsyncProjectsResourceWithRawResponse",
    "DeviceGroupsResource",
    "DeviceGroupsResourceWithRawResponse",
    "HttpBindingsResource",
    "HttpBindingsResourceWithRawResponse",
    "MqttBindingsResource",
    "MqttBindingsResourceWithRawResponse",
    "MqttDownlinksResource",
    "MqttDownlinksResourceWithRawResponse",
    "ProjectsResource",
    "ProjectsResourceWithRawResponse",
]
