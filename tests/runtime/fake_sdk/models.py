"""Models: hand-written in exactly the shape the generator renders."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, ClassVar, Literal, TypeAlias
from uuid import UUID

from pydantic import Field, Tag

from ._models import UNKNOWN_TAG, BaseModel, union_discriminator
from ._types import Base64Bytes, Duration, OpenStrEnum, matches_any

DeviceId: TypeAlias = Annotated[
    str,
    matches_any(
        (r"^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$", re.IGNORECASE),
        (r"^imei:[0-9]{15,16}$", re.IGNORECASE),
        (r"^deveui:[a-f0-9]{16}$", re.IGNORECASE),
        (r"^urn:dev:imei:[0-9]{15,16}:?$", re.IGNORECASE),
    ),
]
"""A device identifier in one of several supported formats."""


class ProjectType(OpenStrEnum):
    """The project type."""

    CUSTOM = "CUSTOM"
    EXPLORER = "EXPLORER"
    FREEMIUM = "FREEMIUM"


class ProjectDefinition(BaseModel):
    """Describes the type and constraints of a project."""

    __read_only__: ClassVar[frozenset[str]] = frozenset({"maxDevices"})

    type: ProjectType
    max_devices: int | None = Field(
        default=None, validation_alias="maxDevices", serialization_alias="maxDevices"
    )


class Project(BaseModel):
    """Project in KPN Things."""

    __read_only__: ClassVar[frozenset[str]] = frozenset({"id", "createdAt"})
    __write_only__: ClassVar[frozenset[str]] = frozenset({"apiSecret"})
    __required_in_response__: ClassVar[frozenset[str]] = frozenset({"id"})
    __required_in_request__: ClassVar[frozenset[str]] = frozenset({"apiSecret"})

    id: UUID | None = None
    client_id: UUID = Field(validation_alias="clientId", serialization_alias="clientId")
    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    name: str
    description: str | None = None
    definition: ProjectDefinition
    tags: list[str] | None = None
    api_secret: str | None = Field(
        default=None, validation_alias="apiSecret", serialization_alias="apiSecret"
    )


class PageOfProjects(BaseModel):
    """A paginated list of projects."""

    items: list[Project]
    next: str | None = None
    prev: str | None = None


class HttpStreamlineBinding(BaseModel):
    """A binding using the streamline HTTP endpoint."""

    __read_only__: ClassVar[frozenset[str]] = frozenset({"id", "createdAt"})
    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    id: UUID | None = None
    type: Literal["http-streamline"] = "http-streamline"
    device_id: DeviceId = Field(
        validation_alias="deviceId", serialization_alias="deviceId"
    )
    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )


class HttpSenmlBinding(BaseModel):
    """A binding using the SenML HTTP endpoint."""

    __read_only__: ClassVar[frozenset[str]] = frozenset({"id", "createdAt"})
    __write_only__: ClassVar[frozenset[str]] = frozenset({"sharedSecret"})
    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    id: UUID | None = None
    type: Literal["http-senml"] = "http-senml"
    device_id: DeviceId = Field(
        validation_alias="deviceId", serialization_alias="deviceId"
    )
    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    shared_secret: str | None = Field(
        default=None,
        validation_alias="sharedSecret",
        serialization_alias="sharedSecret",
    )


class UnknownHttpBinding(BaseModel):
    """An HTTP binding of a type this SDK version does not know."""

    __read_only__: ClassVar[frozenset[str]] = frozenset({"id", "createdAt"})

    type: str
    id: UUID | None = None
    device_id: str | None = Field(
        default=None, validation_alias="deviceId", serialization_alias="deviceId"
    )
    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )


HttpBinding: TypeAlias = Annotated[
    Annotated[HttpStreamlineBinding, Tag("http-streamline")]
    | Annotated[HttpSenmlBinding, Tag("http-senml")]
    | Annotated[UnknownHttpBinding, Tag(UNKNOWN_TAG)],
    union_discriminator("type", "http-streamline", "http-senml"),
]
"""A binding of a device to the HTTP connector."""


class PageOfHttpBindings(BaseModel):
    """A paginated list of HTTP bindings."""

    items: list[HttpBinding]
    next: str | None = None
    prev: str | None = None


class DownlinkStatus(OpenStrEnum):
    """The status of the downlink."""

    PENDING = "PENDING"
    EXECUTING = "EXECUTING"
    DONE = "DONE"


class MqttBinaryMessage(BaseModel):
    """A binary MQTT message."""

    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["binary"] = "binary"
    payload: Base64Bytes
    topic: str
    content_type: str | None = Field(
        default=None, validation_alias="contentType", serialization_alias="contentType"
    )


class MqttTextMessage(BaseModel):
    """A text MQTT message."""

    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["text"] = "text"
    payload: str
    topic: str


class UnknownMqttMessage(BaseModel):
    """An MQTT message of a type this SDK version does not know."""

    type: str


MqttMessage: TypeAlias = Annotated[
    Annotated[MqttBinaryMessage, Tag("binary")]
    | Annotated[MqttTextMessage, Tag("text")]
    | Annotated[UnknownMqttMessage, Tag(UNKNOWN_TAG)],
    union_discriminator("type", "binary", "text"),
]
"""MQTT message."""


class MqttDownlink(BaseModel):
    """A downlink that is sent to an MQTT device."""

    __read_only__: ClassVar[frozenset[str]] = frozenset({"id", "status", "createdAt"})
    __required_in_response__: ClassVar[frozenset[str]] = frozenset({"id"})

    id: UUID | None = None
    message: MqttMessage
    status: DownlinkStatus | None = None
    device_id: DeviceId = Field(
        validation_alias="deviceId", serialization_alias="deviceId"
    )
    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    feedback_timeout: Duration = Field(
        validation_alias="feedbackTimeout", serialization_alias="feedbackTimeout"
    )
