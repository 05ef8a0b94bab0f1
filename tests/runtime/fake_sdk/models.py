"""Models: hand-written in exactly the shape the generator renders."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal, TypeAlias
from uuid import UUID

from pydantic import Field, Tag
from typing_extensions import Required, TypedDict

from ._constraints import constrained, matches_any
from ._models import UNKNOWN_TAG, BaseModel, UnknownVariant, union_discriminator
from ._types import NOT_GIVEN, Base64Bytes, Duration, NotGiven, OpenStrEnum

DeviceId: TypeAlias = Annotated[
    str,
    matches_any(
        {
            "<uuid>": "^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\Z",
            "imei:<15-16 digits>": "^[iI][mM][eE][iI]:[0-9]{15,16}\\Z",
            "deveui:<16 hex digits>": "^[dD][eE][vV][eE][uU][iI]:[a-fA-F0-9]{16}\\Z",
            "urn:dev:imei:<15-16 digits>[:]": (
                "^[uU][rR][nN]:[dD][eE][vV]:[iI][mM][eE][iI]:[0-9]{15,16}:?\\Z"
            ),
        }
    ),
]
"""A device identifier in one of several supported formats."""


class ProjectType(OpenStrEnum):
    """The project type."""

    CUSTOM = "CUSTOM"
    EXPLORER = "EXPLORER"
    FREEMIUM = "FREEMIUM"


class ProjectDefinition(BaseModel):
    """Describes the type and constraints of a project.

    Attributes:
        type: The project type.
        max_devices: The maximum number of devices; set by the server.
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset({"maxDevices"})

    type: ProjectType
    """The project type."""

    max_devices: int | None = Field(
        default=None, validation_alias="maxDevices", serialization_alias="maxDevices"
    )
    """The maximum number of devices; set by the server."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: ProjectType | str,
            max_devices: int | NotGiven = NOT_GIVEN,
        ) -> None: ...


class Project(BaseModel):
    """Project in KPN Things.

    Attributes:
        id: The entity ID.
        client_id: ID of the owning client.
        created_at: When the project was created.
        name: The project name.
        description: A short description.
        parent_id: The parent project, or null for none.
        definition: The type and constraints of the project.
        tags: Labels.
        api_secret: A secret the project's devices use.
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset({"createdAt", "id"})
    __write_only__: ClassVar[frozenset[str]] = frozenset({"apiSecret"})
    __required_in_response__: ClassVar[frozenset[str]] = frozenset({"id"})
    __required_in_request__: ClassVar[frozenset[str]] = frozenset({"apiSecret"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"parentId"})

    id: UUID | None = None
    client_id: UUID = Field(validation_alias="clientId", serialization_alias="clientId")
    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    name: Annotated[str, constrained(min_length=1, max_length=255)]
    description: str | None = None
    parent_id: UUID | None = Field(
        default=None, validation_alias="parentId", serialization_alias="parentId"
    )
    definition: ProjectDefinition
    tags: Annotated[list[str], constrained(max_length=3, unique_items=True)] | None = (
        None
    )
    api_secret: str | None = Field(
        default=None, validation_alias="apiSecret", serialization_alias="apiSecret"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            client_id: UUID | str,
            created_at: datetime | NotGiven = NOT_GIVEN,
            name: str,
            description: str | NotGiven = NOT_GIVEN,
            parent_id: UUID | str | NotGiven | None = NOT_GIVEN,
            definition: ProjectDefinition | ProjectDefinitionParam,
            tags: Sequence[str] | NotGiven = NOT_GIVEN,
            api_secret: str,
        ) -> None: ...


class PageOfProjects(BaseModel):
    """A paginated list of projects."""

    items: list[Project]
    next: str | None = None
    prev: str | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Sequence[Project],
            next: str | NotGiven = NOT_GIVEN,
            prev: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class HttpStreamlineBinding(BaseModel):
    """A binding using the streamline HTTP endpoint."""

    __read_only__: ClassVar[frozenset[str]] = frozenset({"createdAt", "id"})
    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    id: UUID | None = None
    type: Literal["http-streamline"] = "http-streamline"
    device_id: DeviceId = Field(
        validation_alias="deviceId", serialization_alias="deviceId"
    )
    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            type: Literal["http-streamline"] | NotGiven = NOT_GIVEN,
            device_id: DeviceId | UUID,
            created_at: datetime | NotGiven = NOT_GIVEN,
        ) -> None: ...


class HttpSenmlBinding(BaseModel):
    """A binding using the SenML HTTP endpoint."""

    __read_only__: ClassVar[frozenset[str]] = frozenset({"createdAt", "id"})
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            type: Literal["http-senml"] | NotGiven = NOT_GIVEN,
            device_id: DeviceId | UUID,
            created_at: datetime | NotGiven = NOT_GIVEN,
            shared_secret: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class UnknownHttpBinding(UnknownVariant):
    """An HTTP binding of a type this SDK version does not know."""

    __read_only__: ClassVar[frozenset[str]] = frozenset({"createdAt", "id"})

    type: str
    id: UUID | None = None
    device_id: str | None = Field(
        default=None, validation_alias="deviceId", serialization_alias="deviceId"
    )
    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: str,
            id: UUID | str | NotGiven = NOT_GIVEN,
            device_id: str | NotGiven = NOT_GIVEN,
            created_at: datetime | NotGiven = NOT_GIVEN,
        ) -> None: ...


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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: Literal["binary"] | NotGiven = NOT_GIVEN,
            payload: bytes,
            topic: str,
            content_type: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class MqttTextMessage(BaseModel):
    """A text MQTT message."""

    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["text"] = "text"
    payload: str
    topic: str

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: Literal["text"] | NotGiven = NOT_GIVEN,
            payload: str,
            topic: str,
        ) -> None: ...


class UnknownMqttMessage(UnknownVariant):
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

    __read_only__: ClassVar[frozenset[str]] = frozenset({"createdAt", "id", "status"})
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            message: MqttBinaryMessage | MqttTextMessage | MqttMessageParam,
            status: DownlinkStatus | str | NotGiven = NOT_GIVEN,
            device_id: DeviceId | UUID,
            created_at: datetime | NotGiven = NOT_GIVEN,
            feedback_timeout: timedelta,
        ) -> None: ...


class ProjectDefinitionParam(TypedDict, total=False):
    """`ProjectDefinition` as a dict (wire names), where a request accepts one."""

    type: Required[ProjectType | str]


class ProjectParam(TypedDict, total=False):
    """`Project` as a dict (wire names), where a request accepts one."""

    clientId: Required[UUID | str]
    name: Required[str]
    description: str
    parentId: UUID | str | None
    definition: Required[ProjectDefinition | ProjectDefinitionParam]
    tags: Sequence[str]
    apiSecret: Required[str]


class HttpStreamlineBindingParam(TypedDict, total=False):
    """`HttpStreamlineBinding` as a dict (wire names), where a request accepts one."""

    type: Required[Literal["http-streamline"]]
    deviceId: Required[DeviceId | UUID]


class HttpSenmlBindingParam(TypedDict, total=False):
    """`HttpSenmlBinding` as a dict (wire names), where a request accepts one."""

    type: Required[Literal["http-senml"]]
    deviceId: Required[DeviceId | UUID]
    sharedSecret: str


class MqttBinaryMessageParam(TypedDict, total=False):
    """`MqttBinaryMessage` as a dict (wire names), where a request accepts one."""

    type: Required[Literal["binary"]]
    payload: Required[bytes]
    topic: Required[str]
    contentType: str


class MqttTextMessageParam(TypedDict, total=False):
    """`MqttTextMessage` as a dict (wire names), where a request accepts one."""

    type: Required[Literal["text"]]
    payload: Required[str]
    topic: Required[str]


class MqttDownlinkParam(TypedDict, total=False):
    """`MqttDownlink` as a dict (wire names), where a request accepts one."""

    message: Required[MqttBinaryMessage | MqttTextMessage | MqttMessageParam]
    deviceId: Required[DeviceId | UUID]
    feedbackTimeout: Required[timedelta]


HttpBindingParam: TypeAlias = HttpStreamlineBindingParam | HttpSenmlBindingParam
"""`HttpBinding` as a dict (wire names), where a request accepts one."""


MqttMessageParam: TypeAlias = MqttBinaryMessageParam | MqttTextMessageParam
"""`MqttMessage` as a dict (wire names), where a request accepts one."""
