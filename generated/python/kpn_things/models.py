"""Models of the KPN Things APIs: one class per schema, generated from the OpenAPI documents."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, TypeAlias
from uuid import UUID

from pydantic import Field, Tag
from typing_extensions import Required, TypedDict

from ._constraints import constrained, matches_any
from ._models import UNKNOWN_TAG, BaseModel, UnknownVariant, union_discriminator
from ._types import NOT_GIVEN, Base64Bytes, Duration, NotGiven, OpenStrEnum

__all__ = [
    "Base64String",
    "CellularNetworkAdapter",
    "Device",
    "DeviceGroup",
    "DeviceGroupDeviceLink",
    "DeviceGroupDeviceLinkParam",
    "DeviceGroupDeviceLinkResponse",
    "DeviceGroupDeviceLinkResponseEmbedded",
    "DeviceGroupParam",
    "DeviceId",
    "DeviceIdDeveui",
    "DeviceIdDvnuuid",
    "DeviceIdImei",
    "DeviceIdUuid",
    "DeviceStatus",
    "DeviceUrnDeveui",
    "DeviceUrnDvnuuid",
    "DeviceUrnImei",
    "DownlinkFailureReason",
    "DownlinkStatus",
    "GenericNetworkAdapter",
    "HttpBinding",
    "HttpBindingParam",
    "HttpSenmlBinding",
    "HttpSenmlBindingParam",
    "HttpStreamlineBinding",
    "HttpStreamlineBindingParam",
    "ListDevicesInDeviceGroupEmbedItem",
    "LoraNetworkAdapter",
    "MqttBinaryMessage",
    "MqttBinaryMessageParam",
    "MqttBinding",
    "MqttBindingParam",
    "MqttDownlink",
    "MqttDownlinkParam",
    "MqttMessage",
    "MqttMessageParam",
    "MqttQualityOfService",
    "MqttTextMessage",
    "MqttTextMessageParam",
    "NetworkAdapter",
    "NonBlankString",
    "Page",
    "PageOfDeviceGroupDeviceLinks",
    "PageOfDeviceGroups",
    "PageOfHttpBindings",
    "PageOfMqttBindings",
    "PageOfMqttDownlinks",
    "PageOfProjects",
    "Problem",
    "Project",
    "ProjectDefinition",
    "ProjectDefinitionType",
    "SimpleDuration",
    "UnknownHttpBinding",
    "UnknownMqttMessage",
    "UnknownNetworkAdapter",
]


class DeviceStatus(OpenStrEnum):
    """Status of the device. Known values include: ACTIVE and INACTIVE

    An open set: values not listed here are accepted too (`is_known` is False for them).
    """

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


class DownlinkFailureReason(OpenStrEnum):
    """The failure reason of the MQTT downlink. Known values include: CANCELLED,
    FEEDBACK_TIMEOUT, FAILED_TO_TRANSMIT_TO_DEVICE

    An open set: values not listed here are accepted too (`is_known` is False for them).
    """

    CANCELLED = "CANCELLED"
    FEEDBACK_TIMEOUT = "FEEDBACK_TIMEOUT"
    FAILED_TO_TRANSMIT_TO_DEVICE = "FAILED_TO_TRANSMIT_TO_DEVICE"


class DownlinkStatus(OpenStrEnum):
    """The status of the downlink. Known values include: PENDING, EXECUTING and DONE

    An open set: values not listed here are accepted too (`is_known` is False for them).
    """

    PENDING = "PENDING"
    EXECUTING = "EXECUTING"
    DONE = "DONE"


class ListDevicesInDeviceGroupEmbedItem(str, Enum):
    """The `ListDevicesInDeviceGroupEmbedItem` schema."""

    DEVICE = "device"
    DEVICE_GROUP = "deviceGroup"


class MqttQualityOfService(OpenStrEnum):
    """MQTT quality of service (QoS) level. For details on QoS semantics, refer to: <a
    href="https://mqtt.org/mqtt-specification/" title="The MQTT
    specifications">https://mqtt.org/mqtt-specification/</a>. Known values include:
    AT_MOST_ONCE

    An open set: values not listed here are accepted too (`is_known` is False for them).
    """

    AT_MOST_ONCE = "AT_MOST_ONCE"


class ProjectDefinitionType(OpenStrEnum):
    """The project type. Known values include: ASSET_INSURANCE_E2E, ASSET_TRACKING_E2E,
    ASSET_TRACKING_RESELLER, CONDITION_MONITORING_E2E, CUSTOM, CUSTOM_RESELLER, EXPLORER,
    EXPLORER_WITH_M2M, FILL_LEVEL_E2E, FILL_LEVEL_RESELLER, FREEMIUM, FREEMIUM_WITH_M2M,
    MODULAR, MODULAR_RESTRICTED, TAILORED and UNLIMITED

    An open set: values not listed here are accepted too (`is_known` is False for them).
    """

    ASSET_INSURANCE_E2E = "ASSET_INSURANCE_E2E"
    ASSET_TRACKING_E2E = "ASSET_TRACKING_E2E"
    ASSET_TRACKING_RESELLER = "ASSET_TRACKING_RESELLER"
    CONDITION_MONITORING_E2E = "CONDITION_MONITORING_E2E"
    CUSTOM = "CUSTOM"
    CUSTOM_RESELLER = "CUSTOM_RESELLER"
    EXPLORER = "EXPLORER"
    EXPLORER_WITH_M2M = "EXPLORER_WITH_M2M"
    FILL_LEVEL_E2E = "FILL_LEVEL_E2E"
    FILL_LEVEL_RESELLER = "FILL_LEVEL_RESELLER"
    FREEMIUM = "FREEMIUM"
    FREEMIUM_WITH_M2M = "FREEMIUM_WITH_M2M"
    MODULAR = "MODULAR"
    MODULAR_RESTRICTED = "MODULAR_RESTRICTED"
    TAILORED = "TAILORED"
    UNLIMITED = "UNLIMITED"


class CellularNetworkAdapter(BaseModel):
    """Network adapter used to connect to cellular (mobile) networks

    Attributes:
        id: The id of the network adapter
        type: The type of network adapter; must be 'cellular' for CellularNetworkAdapter
        created_at: The timestamp when the network adapter is created in the system.
        created_by: The user who created the network adapter.
        modified_at: The timestamp when the network adapter is last modified in the system.
        modified_by: The user who last modified the network adapter.
        imei: The International Mobile Equipment Identity (IMEI) that identifies the cellular
            adapter
        icc_id: The Integrated Circuit Card Identifier (ICCID) that identifies the SIM chip
        urn: The URN for this network adapter
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        {"createdAt", "createdBy", "id", "modifiedAt", "modifiedBy", "urn"}
    )
    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    id: UUID | None = None
    """The id of the network adapter

    Read-only: set by the server, never sent.
    """

    type: Literal["cellular"] = "cellular"
    """The type of network adapter; must be 'cellular' for CellularNetworkAdapter"""

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the network adapter is created in the system.

    Read-only: set by the server, never sent.
    """

    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The user who created the network adapter.

    Read-only: set by the server, never sent.
    """

    modified_at: datetime | None = Field(
        default=None, validation_alias="modifiedAt", serialization_alias="modifiedAt"
    )
    """The timestamp when the network adapter is last modified in the system.

    Read-only: set by the server, never sent.
    """

    modified_by: str | None = Field(
        default=None, validation_alias="modifiedBy", serialization_alias="modifiedBy"
    )
    """The user who last modified the network adapter.

    Read-only: set by the server, never sent.
    """

    imei: Annotated[str, constrained(min_length=15, max_length=16)]
    """The International Mobile Equipment Identity (IMEI) that identifies the cellular adapter

    Constraints: length 15..16.
    """

    icc_id: Annotated[str, constrained(min_length=18, max_length=22)] | None = Field(
        default=None, validation_alias="iccId", serialization_alias="iccId"
    )
    """The Integrated Circuit Card Identifier (ICCID) that identifies the SIM chip

    Constraints: length 18..22.
    """

    urn: str | None = None
    """The URN for this network adapter

    Read-only: set by the server, never sent.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            type: Literal["cellular"] | NotGiven = NOT_GIVEN,
            created_at: datetime | NotGiven = NOT_GIVEN,
            created_by: str | NotGiven = NOT_GIVEN,
            modified_at: datetime | NotGiven = NOT_GIVEN,
            modified_by: str | NotGiven = NOT_GIVEN,
            imei: str,
            icc_id: str | NotGiven = NOT_GIVEN,
            urn: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class Device(BaseModel):
    """Device

    Attributes:
        id: The id of the device
        created_at: The timestamp when the device is created in the system.
        created_by: The user who created the device.
        modified_at: The timestamp when the device is last modified in the system.
        modified_by: The user who last modified the device.
        name: Name of this device
        status: Status of the device.
        metadata: A JSON object containing key-value metadata
        barcode: Barcode of the device
        description: Description of this device
        client_id: ID of owning client
        project_id: ID of the project the device belongs to
        device_specification_id: ID of the device specification of the device
        network_adapters: List of network adapters attached to the device
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        {"createdAt", "createdBy", "id", "modifiedAt", "modifiedBy"}
    )

    id: UUID | None = None
    """The id of the device

    Read-only: set by the server, never sent.
    """

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the device is created in the system.

    Read-only: set by the server, never sent.
    """

    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The user who created the device.

    Read-only: set by the server, never sent.
    """

    modified_at: datetime | None = Field(
        default=None, validation_alias="modifiedAt", serialization_alias="modifiedAt"
    )
    """The timestamp when the device is last modified in the system.

    Read-only: set by the server, never sent.
    """

    modified_by: str | None = Field(
        default=None, validation_alias="modifiedBy", serialization_alias="modifiedBy"
    )
    """The user who last modified the device.

    Read-only: set by the server, never sent.
    """

    name: Annotated[
        str,
        matches_any({"^(?!\\s*$).+": "^(?!\\s*\\Z)[^\\n\\r\\u2028\\u2029]+"}),
        constrained(min_length=1, max_length=255),
    ]
    """Name of this device

    Constraints: pattern `^(?!\\s*$).+`, length 1..255.
    """

    status: DeviceStatus | None = None
    """Status of the device. Known values include: ACTIVE and INACTIVE"""

    metadata: dict[str, str] | None = None
    """A JSON object containing key-value metadata"""

    barcode: str | None = None
    """Barcode of the device"""

    description: Annotated[str, constrained(max_length=255)] | None = None
    """Description of this device

    Constraints: length 0..255.
    """

    client_id: UUID = Field(validation_alias="clientId", serialization_alias="clientId")
    """ID of owning client"""

    project_id: UUID = Field(validation_alias="projectId", serialization_alias="projectId")
    """ID of the project the device belongs to"""

    device_specification_id: UUID = Field(
        validation_alias="deviceSpecificationId", serialization_alias="deviceSpecificationId"
    )
    """ID of the device specification of the device"""

    network_adapters: list[NetworkAdapter] | None = Field(
        default=None, validation_alias="networkAdapters", serialization_alias="networkAdapters"
    )
    """List of network adapters attached to the device"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            created_at: datetime | NotGiven = NOT_GIVEN,
            created_by: str | NotGiven = NOT_GIVEN,
            modified_at: datetime | NotGiven = NOT_GIVEN,
            modified_by: str | NotGiven = NOT_GIVEN,
            name: str,
            status: DeviceStatus | str | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
            barcode: str | NotGiven = NOT_GIVEN,
            description: str | NotGiven = NOT_GIVEN,
            client_id: UUID | str,
            project_id: UUID | str,
            device_specification_id: UUID | str,
            network_adapters: Sequence[NetworkAdapter] | NotGiven = NOT_GIVEN,
        ) -> None: ...


class DeviceGroup(BaseModel):
    """A group of devices.

    Attributes:
        id: The unique identifier of the device group.
        name: The name of the device group.
        description: A description of the device group.
        project_id: The project identifier to which this device group belongs.
        created_at: The timestamp when the device group is created in the system.
        created_by: The user who created the device group.
        modified_at: The timestamp when the device group is last modified in the system.
        modified_by: The user who last modified the device group.
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        {"createdAt", "createdBy", "id", "modifiedAt", "modifiedBy"}
    )

    id: UUID | None = None
    """The unique identifier of the device group.

    Read-only: set by the server, never sent.
    """

    name: Annotated[str, constrained(min_length=1, max_length=255)]
    """The name of the device group.

    Constraints: length 1..255.
    """

    description: Annotated[str, constrained(max_length=255)] | None = None
    """A description of the device group.

    Constraints: length 0..255.
    """

    project_id: UUID = Field(validation_alias="projectId", serialization_alias="projectId")
    """The project identifier to which this device group belongs."""

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the device group is created in the system.

    Read-only: set by the server, never sent.
    """

    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The user who created the device group.

    Read-only: set by the server, never sent.
    """

    modified_at: datetime | None = Field(
        default=None, validation_alias="modifiedAt", serialization_alias="modifiedAt"
    )
    """The timestamp when the device group is last modified in the system.

    Read-only: set by the server, never sent.
    """

    modified_by: str | None = Field(
        default=None, validation_alias="modifiedBy", serialization_alias="modifiedBy"
    )
    """The user who last modified the device group.

    Read-only: set by the server, never sent.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            name: str,
            description: str | NotGiven = NOT_GIVEN,
            project_id: UUID | str,
            created_at: datetime | NotGiven = NOT_GIVEN,
            created_by: str | NotGiven = NOT_GIVEN,
            modified_at: datetime | NotGiven = NOT_GIVEN,
            modified_by: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class DeviceGroupDeviceLink(BaseModel):
    """A link between a device group and a device.

    Attributes:
        device_group_id: The identifier of the device group.
        device_id: A device identifier in one of several supported formats.
        created_at: The timestamp when the device link was created in the system.
        created_by: The user who created the device link.
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset({"createdAt", "createdBy", "deviceGroupId"})

    device_group_id: UUID | None = Field(
        default=None, validation_alias="deviceGroupId", serialization_alias="deviceGroupId"
    )
    """The identifier of the device group.

    Read-only: set by the server, never sent.
    """

    device_id: DeviceId | None = Field(
        default=None, validation_alias="deviceId", serialization_alias="deviceId"
    )
    """A device identifier in one of several supported formats."""

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the device link was created in the system.

    Read-only: set by the server, never sent.
    """

    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The user who created the device link.

    Read-only: set by the server, never sent.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            device_group_id: UUID | str | NotGiven = NOT_GIVEN,
            device_id: DeviceId | UUID | NotGiven = NOT_GIVEN,
            created_at: datetime | NotGiven = NOT_GIVEN,
            created_by: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class DeviceGroupDeviceLinkResponse(BaseModel):
    """DeviceGroupDeviceLink with optional embedded entities

    Attributes:
        device_group_id: The identifier of the device group.
        device_id: A device identifier in one of several supported formats.
        created_at: The timestamp when the device link was created in the system.
        created_by: The user who created the device link.
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset({"createdAt", "createdBy", "deviceGroupId"})

    device_group_id: UUID | None = Field(
        default=None, validation_alias="deviceGroupId", serialization_alias="deviceGroupId"
    )
    """The identifier of the device group.

    Read-only: set by the server, never sent.
    """

    device_id: DeviceId | None = Field(
        default=None, validation_alias="deviceId", serialization_alias="deviceId"
    )
    """A device identifier in one of several supported formats."""

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the device link was created in the system.

    Read-only: set by the server, never sent.
    """

    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The user who created the device link.

    Read-only: set by the server, never sent.
    """

    embedded: DeviceGroupDeviceLinkResponseEmbedded | None = Field(
        default=None, validation_alias="_embedded", serialization_alias="_embedded"
    )
    """The `_embedded` property."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            device_group_id: UUID | str | NotGiven = NOT_GIVEN,
            device_id: DeviceId | UUID | NotGiven = NOT_GIVEN,
            created_at: datetime | NotGiven = NOT_GIVEN,
            created_by: str | NotGiven = NOT_GIVEN,
            embedded: DeviceGroupDeviceLinkResponseEmbedded | NotGiven = NOT_GIVEN,
        ) -> None: ...


class DeviceGroupDeviceLinkResponseEmbedded(BaseModel):
    """The `DeviceGroupDeviceLinkResponseEmbedded` schema.

    Attributes:
        device_group: A group of devices.
    """

    device_group: DeviceGroup | None = Field(
        default=None, validation_alias="deviceGroup", serialization_alias="deviceGroup"
    )
    """A group of devices."""

    device: Device | None = None
    """The `device` property."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            device_group: DeviceGroup | DeviceGroupParam | NotGiven = NOT_GIVEN,
            device: Device | NotGiven = NOT_GIVEN,
        ) -> None: ...


class GenericNetworkAdapter(BaseModel):
    """Generic network adapter that provides access to the public Internet

    Attributes:
        id: The id of the network adapter
        type: The type of network adapter; must be 'generic' for GenericNetworkAdapter
        created_at: The timestamp when the network adapter is created in the system.
        created_by: The user who created the network adapter.
        modified_at: The timestamp when the network adapter is last modified in the system.
        modified_by: The user who last modified the network adapter.
        dvn_uuid: The unique identifier for this network adapter; defaults to the device ID,
            but may be set to a different value
        urn: The URN for this network adapter
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        {"createdAt", "createdBy", "id", "modifiedAt", "modifiedBy", "urn"}
    )
    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    id: UUID | None = None
    """The id of the network adapter

    Read-only: set by the server, never sent.
    """

    type: Literal["generic"] = "generic"
    """The type of network adapter; must be 'generic' for GenericNetworkAdapter"""

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the network adapter is created in the system.

    Read-only: set by the server, never sent.
    """

    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The user who created the network adapter.

    Read-only: set by the server, never sent.
    """

    modified_at: datetime | None = Field(
        default=None, validation_alias="modifiedAt", serialization_alias="modifiedAt"
    )
    """The timestamp when the network adapter is last modified in the system.

    Read-only: set by the server, never sent.
    """

    modified_by: str | None = Field(
        default=None, validation_alias="modifiedBy", serialization_alias="modifiedBy"
    )
    """The user who last modified the network adapter.

    Read-only: set by the server, never sent.
    """

    dvn_uuid: UUID = Field(validation_alias="dvnUuid", serialization_alias="dvnUuid")
    """The unique identifier for this network adapter; defaults to the device ID, but may be set
    to a different value
    """

    urn: str | None = None
    """The URN for this network adapter

    Read-only: set by the server, never sent.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            type: Literal["generic"] | NotGiven = NOT_GIVEN,
            created_at: datetime | NotGiven = NOT_GIVEN,
            created_by: str | NotGiven = NOT_GIVEN,
            modified_at: datetime | NotGiven = NOT_GIVEN,
            modified_by: str | NotGiven = NOT_GIVEN,
            dvn_uuid: UUID | str,
            urn: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class UnknownHttpBinding(UnknownVariant):
    """A `HttpBinding` of a kind this SDK version does not know; every field it had is kept. It
    cannot be sent.
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        {"createdAt", "createdBy", "id", "modifiedAt", "modifiedBy"}
    )

    type: str
    """The `type` value this SDK version does not know."""

    id: UUID | None = None
    """The id of the binding.

    Read-only: set by the server, never sent.
    """

    device_id: DeviceId | None = Field(
        default=None, validation_alias="deviceId", serialization_alias="deviceId"
    )
    """The id of the device that is bound to the HTTP connector by the binding."""

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the binding is created in the system.

    Read-only: set by the server, never sent.
    """

    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The user who created the binding.

    Read-only: set by the server, never sent.
    """

    modified_at: datetime | None = Field(
        default=None, validation_alias="modifiedAt", serialization_alias="modifiedAt"
    )
    """The timestamp when the binding is last modified in the system.

    Read-only: set by the server, never sent.
    """

    modified_by: str | None = Field(
        default=None, validation_alias="modifiedBy", serialization_alias="modifiedBy"
    )
    """The user who last modified the binding.

    Read-only: set by the server, never sent.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: str,
            id: UUID | str | NotGiven = NOT_GIVEN,
            device_id: DeviceId | UUID | NotGiven = NOT_GIVEN,
            created_at: datetime | NotGiven = NOT_GIVEN,
            created_by: str | NotGiven = NOT_GIVEN,
            modified_at: datetime | NotGiven = NOT_GIVEN,
            modified_by: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class HttpSenmlBinding(BaseModel):
    """A binding of a device to the HTTP connector using the SenML HTTP endpoint and message
    format.

    Attributes:
        id: The id of the binding.
        type: The type of binding; must be 'http-senml' for HttpSenmlBinding.
        device_id: The id of the device that is bound to the HTTP connector by the binding.
        created_at: The timestamp when the binding is created in the system.
        created_by: The user who created the binding.
        modified_at: The timestamp when the binding is last modified in the system.
        modified_by: The user who last modified the binding.
        shared_secret: The shared secret that the device will use to generate a
            Things-Message-Token signatures for SenML uplinks.
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        {"createdAt", "createdBy", "id", "modifiedAt", "modifiedBy"}
    )
    __write_only__: ClassVar[frozenset[str]] = frozenset({"sharedSecret"})
    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    id: UUID | None = None
    """The id of the binding.

    Read-only: set by the server, never sent.
    """

    type: Literal["http-senml"] = "http-senml"
    """The type of binding; must be 'http-senml' for HttpSenmlBinding."""

    device_id: DeviceId = Field(validation_alias="deviceId", serialization_alias="deviceId")
    """The id of the device that is bound to the HTTP connector by the binding."""

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the binding is created in the system.

    Read-only: set by the server, never sent.
    """

    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The user who created the binding.

    Read-only: set by the server, never sent.
    """

    modified_at: datetime | None = Field(
        default=None, validation_alias="modifiedAt", serialization_alias="modifiedAt"
    )
    """The timestamp when the binding is last modified in the system.

    Read-only: set by the server, never sent.
    """

    modified_by: str | None = Field(
        default=None, validation_alias="modifiedBy", serialization_alias="modifiedBy"
    )
    """The user who last modified the binding.

    Read-only: set by the server, never sent.
    """

    shared_secret: str | None = Field(
        default=None, validation_alias="sharedSecret", serialization_alias="sharedSecret"
    )
    """The shared secret that the device will use to generate a Things-Message-Token signatures
    for SenML uplinks.

    Write-only: sent, never returned.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            type: Literal["http-senml"] | NotGiven = NOT_GIVEN,
            device_id: DeviceId | UUID,
            created_at: datetime | NotGiven = NOT_GIVEN,
            created_by: str | NotGiven = NOT_GIVEN,
            modified_at: datetime | NotGiven = NOT_GIVEN,
            modified_by: str | NotGiven = NOT_GIVEN,
            shared_secret: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class HttpStreamlineBinding(BaseModel):
    """A binding of a device to the HTTP connector using the streamline HTTP endpoint and message
    format.

    Attributes:
        id: The id of the binding.
        type: The type of binding; must be 'http-streamline' for HttpStreamlineBinding.
        device_id: The id of the device that is bound to the HTTP connector by the binding.
        created_at: The timestamp when the binding is created in the system.
        created_by: The user who created the binding.
        modified_at: The timestamp when the binding is last modified in the system.
        modified_by: The user who last modified the binding.
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        {"createdAt", "createdBy", "id", "modifiedAt", "modifiedBy"}
    )
    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    id: UUID | None = None
    """The id of the binding.

    Read-only: set by the server, never sent.
    """

    type: Literal["http-streamline"] = "http-streamline"
    """The type of binding; must be 'http-streamline' for HttpStreamlineBinding."""

    device_id: DeviceId = Field(validation_alias="deviceId", serialization_alias="deviceId")
    """The id of the device that is bound to the HTTP connector by the binding."""

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the binding is created in the system.

    Read-only: set by the server, never sent.
    """

    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The user who created the binding.

    Read-only: set by the server, never sent.
    """

    modified_at: datetime | None = Field(
        default=None, validation_alias="modifiedAt", serialization_alias="modifiedAt"
    )
    """The timestamp when the binding is last modified in the system.

    Read-only: set by the server, never sent.
    """

    modified_by: str | None = Field(
        default=None, validation_alias="modifiedBy", serialization_alias="modifiedBy"
    )
    """The user who last modified the binding.

    Read-only: set by the server, never sent.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            type: Literal["http-streamline"] | NotGiven = NOT_GIVEN,
            device_id: DeviceId | UUID,
            created_at: datetime | NotGiven = NOT_GIVEN,
            created_by: str | NotGiven = NOT_GIVEN,
            modified_at: datetime | NotGiven = NOT_GIVEN,
            modified_by: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class LoraNetworkAdapter(BaseModel):
    """LoraNetworkAdapter

    Attributes:
        id: The id of the network adapter
        type: The type of network adapter; must be 'lora' for LoraNetworkAdapter
        created_at: The timestamp when the network adapter is created in the system.
        created_by: The user who created the network adapter.
        modified_at: The timestamp when the network adapter is last modified in the system.
        modified_by: The user who last modified the network adapter.
        dev_eui: The Device Extended Unique Identifier (DevEUI) that identifies the LoRa node
        urn: The URN for this network adapter
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        {"createdAt", "createdBy", "id", "modifiedAt", "modifiedBy", "urn"}
    )
    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    id: UUID | None = None
    """The id of the network adapter

    Read-only: set by the server, never sent.
    """

    type: Literal["lora"] = "lora"
    """The type of network adapter; must be 'lora' for LoraNetworkAdapter"""

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the network adapter is created in the system.

    Read-only: set by the server, never sent.
    """

    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The user who created the network adapter.

    Read-only: set by the server, never sent.
    """

    modified_at: datetime | None = Field(
        default=None, validation_alias="modifiedAt", serialization_alias="modifiedAt"
    )
    """The timestamp when the network adapter is last modified in the system.

    Read-only: set by the server, never sent.
    """

    modified_by: str | None = Field(
        default=None, validation_alias="modifiedBy", serialization_alias="modifiedBy"
    )
    """The user who last modified the network adapter.

    Read-only: set by the server, never sent.
    """

    dev_eui: Annotated[str, constrained(max_length=16)] = Field(
        validation_alias="devEui", serialization_alias="devEui"
    )
    """The Device Extended Unique Identifier (DevEUI) that identifies the LoRa node

    Constraints: length 0..16.
    """

    urn: str | None = None
    """The URN for this network adapter

    Read-only: set by the server, never sent.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            type: Literal["lora"] | NotGiven = NOT_GIVEN,
            created_at: datetime | NotGiven = NOT_GIVEN,
            created_by: str | NotGiven = NOT_GIVEN,
            modified_at: datetime | NotGiven = NOT_GIVEN,
            modified_by: str | NotGiven = NOT_GIVEN,
            dev_eui: str,
            urn: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class MqttBinaryMessage(BaseModel):
    """MqttBinaryMessage

    Attributes:
        payload: Binary payload encoded in base64
        topic: MQTT topic to which the message should be published
        content_type: Type of the message content
        qos: MQTT quality of service (QoS) level.
    """

    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["binary"] = "binary"
    """The `type` property."""

    payload: Base64String
    """Binary payload encoded in base64"""

    topic: str
    """MQTT topic to which the message should be published"""

    content_type: str | None = Field(
        default=None, validation_alias="contentType", serialization_alias="contentType"
    )
    """Type of the message content"""

    qos: MqttQualityOfService | None = None
    """MQTT quality of service (QoS) level. For details on QoS semantics, refer to: <a
    href="https://mqtt.org/mqtt-specification/" title="The MQTT
    specifications">https://mqtt.org/mqtt-specification/</a>. Known values include:
    AT_MOST_ONCE
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: Literal["binary"] | NotGiven = NOT_GIVEN,
            payload: Base64String,
            topic: str,
            content_type: str | NotGiven = NOT_GIVEN,
            qos: MqttQualityOfService | str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class MqttBinding(BaseModel):
    """A binding of a device to the MQTT connector.

    Attributes:
        id: The id of the binding.
        device_id: The id of the device that is bound to the MQTT connector by the binding.
        created_at: The timestamp when the binding is created in the system.
        created_by: The user who created the binding.
        modified_at: The timestamp when the binding is last modified in the system.
        modified_by: The user who last modified the binding.
        username: The username the device uses when authenticating with the MQTT connector.
        password: The password the device uses when authenticating with the MQTT connector.
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        {"createdAt", "createdBy", "id", "modifiedAt", "modifiedBy", "username"}
    )
    __write_only__: ClassVar[frozenset[str]] = frozenset({"password"})

    id: UUID | None = None
    """The id of the binding.

    Read-only: set by the server, never sent.
    """

    device_id: DeviceId = Field(validation_alias="deviceId", serialization_alias="deviceId")
    """The id of the device that is bound to the MQTT connector by the binding."""

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the binding is created in the system.

    Read-only: set by the server, never sent.
    """

    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The user who created the binding.

    Read-only: set by the server, never sent.
    """

    modified_at: datetime | None = Field(
        default=None, validation_alias="modifiedAt", serialization_alias="modifiedAt"
    )
    """The timestamp when the binding is last modified in the system.

    Read-only: set by the server, never sent.
    """

    modified_by: str | None = Field(
        default=None, validation_alias="modifiedBy", serialization_alias="modifiedBy"
    )
    """The user who last modified the binding.

    Read-only: set by the server, never sent.
    """

    username: str | None = None
    """The username the device uses when authenticating with the MQTT connector. This value is
    set to the device URN by the system when the binding is created.

    Read-only: set by the server, never sent.
    """

    password: Annotated[str, constrained(min_length=24)] | None = None
    """The password the device uses when authenticating with the MQTT connector. Must be at least
    24 characters, with at least one lower case letter, upper case letter, number and special
    character.

    Write-only: sent, never returned. Constraints: length 24..∞.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            device_id: DeviceId | UUID,
            created_at: datetime | NotGiven = NOT_GIVEN,
            created_by: str | NotGiven = NOT_GIVEN,
            modified_at: datetime | NotGiven = NOT_GIVEN,
            modified_by: str | NotGiven = NOT_GIVEN,
            username: str | NotGiven = NOT_GIVEN,
            password: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class MqttDownlink(BaseModel):
    """A downlink that is sent to an MQTT device.

    Attributes:
        id: Unique identifier for the downlink.
        message: MQTT message
        status: The status of the downlink.
        device_id: The device identifier which this downlink is targeting.
        created_at: The timestamp when the downlink was created in the system.
        modified_at: The timestamp when the downlink was last modified in the system.
        feedback_timeout: The duration after which feedback is expected for the downlink.
        dry_run: Whether or not this is a 'test' downlink that should not be delivered.
        last_failure_reason: The failure reason of the MQTT downlink.
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        {"createdAt", "id", "lastFailureReason", "modifiedAt", "status"}
    )

    id: UUID | None = None
    """Unique identifier for the downlink.

    Read-only: set by the server, never sent.
    """

    message: MqttMessage
    """MQTT message"""

    status: DownlinkStatus | None = None
    """The status of the downlink. Known values include: PENDING, EXECUTING and DONE

    Read-only: set by the server, never sent.
    """

    device_id: DeviceId = Field(validation_alias="deviceId", serialization_alias="deviceId")
    """The device identifier which this downlink is targeting."""

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the downlink was created in the system.

    Read-only: set by the server, never sent.
    """

    modified_at: datetime | None = Field(
        default=None, validation_alias="modifiedAt", serialization_alias="modifiedAt"
    )
    """The timestamp when the downlink was last modified in the system.

    Read-only: set by the server, never sent.
    """

    feedback_timeout: SimpleDuration = Field(
        validation_alias="feedbackTimeout", serialization_alias="feedbackTimeout"
    )
    """The duration after which feedback is expected for the downlink. Must be at least 10
    minutes.
    """

    dry_run: bool | None = Field(
        default=None, validation_alias="dryRun", serialization_alias="dryRun"
    )
    """Whether or not this is a 'test' downlink that should not be delivered. If
    <code>true</code> the system will prevent actual delivery of the downlink to the MQTT
    account and pretend instead that successful delivery has occurred. This mode may be used
    to test your configuration within KPN Things without requiring a fully functional MQTT
    device.

    Server default: `False`.
    """

    last_failure_reason: DownlinkFailureReason | None = Field(
        default=None, validation_alias="lastFailureReason", serialization_alias="lastFailureReason"
    )
    """The failure reason of the MQTT downlink. Known values include: CANCELLED,
    FEEDBACK_TIMEOUT, FAILED_TO_TRANSMIT_TO_DEVICE

    Read-only: set by the server, never sent.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            message: MqttBinaryMessage | MqttTextMessage | MqttMessageParam,
            status: DownlinkStatus | str | NotGiven = NOT_GIVEN,
            device_id: DeviceId | UUID,
            created_at: datetime | NotGiven = NOT_GIVEN,
            modified_at: datetime | NotGiven = NOT_GIVEN,
            feedback_timeout: SimpleDuration,
            dry_run: bool | NotGiven = NOT_GIVEN,
            last_failure_reason: DownlinkFailureReason | str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class UnknownMqttMessage(UnknownVariant):
    """A `MqttMessage` of a kind this SDK version does not know; every field it had is kept. It
    cannot be sent.
    """

    type: str
    """The `type` value this SDK version does not know."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: str,
        ) -> None: ...


class MqttTextMessage(BaseModel):
    """MqttTextMessage

    Attributes:
        payload: UTF-8 text payload
        topic: MQTT topic to which the message should be published
        content_type: MIME type of the message content (e.g.
        qos: MQTT quality of service (QoS) level.
    """

    __always_send__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["text"] = "text"
    """The `type` property."""

    payload: str
    """UTF-8 text payload"""

    topic: str
    """MQTT topic to which the message should be published"""

    content_type: str | None = Field(
        default=None, validation_alias="contentType", serialization_alias="contentType"
    )
    """MIME type of the message content (e.g. text/plain)"""

    qos: MqttQualityOfService | None = None
    """MQTT quality of service (QoS) level. For details on QoS semantics, refer to: <a
    href="https://mqtt.org/mqtt-specification/" title="The MQTT
    specifications">https://mqtt.org/mqtt-specification/</a>. Known values include:
    AT_MOST_ONCE
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: Literal["text"] | NotGiven = NOT_GIVEN,
            payload: str,
            topic: str,
            content_type: str | NotGiven = NOT_GIVEN,
            qos: MqttQualityOfService | str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class UnknownNetworkAdapter(UnknownVariant):
    """A `NetworkAdapter` of a kind this SDK version does not know; every field it had is kept.
    It cannot be sent.
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset({"urn"})

    type: str
    """The `type` value this SDK version does not know."""

    urn: Any = None
    """The URN for this network adapter

    Read-only: set by the server, never sent.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: str,
            urn: Any | NotGiven = NOT_GIVEN,
        ) -> None: ...


class Page(BaseModel):
    """Page of items

    Attributes:
        next: Pagination link pointing to the next page.
        prev: Pagination link pointing to the previous page.
    """

    items: list[Any]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Sequence[Any],
            next: str | NotGiven = NOT_GIVEN,
            prev: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class PageOfDeviceGroupDeviceLinks(BaseModel):
    """A paginated list of device group to device links

    Attributes:
        next: Pagination link pointing to the next page.
        prev: Pagination link pointing to the previous page.
    """

    items: list[DeviceGroupDeviceLinkResponse]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Sequence[DeviceGroupDeviceLinkResponse],
            next: str | NotGiven = NOT_GIVEN,
            prev: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class PageOfDeviceGroups(BaseModel):
    """A paginated list of device groups

    Attributes:
        next: Pagination link pointing to the next page.
        prev: Pagination link pointing to the previous page.
    """

    items: list[DeviceGroup]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Sequence[DeviceGroup | DeviceGroupParam],
            next: str | NotGiven = NOT_GIVEN,
            prev: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class PageOfHttpBindings(BaseModel):
    """A paginated list of HTTP bindings

    Attributes:
        next: Pagination link pointing to the next page.
        prev: Pagination link pointing to the previous page.
    """

    items: list[HttpBinding]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Sequence[HttpStreamlineBinding | HttpSenmlBinding | HttpBindingParam],
            next: str | NotGiven = NOT_GIVEN,
            prev: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class PageOfMqttBindings(BaseModel):
    """A paginated list of MQTT bindings

    Attributes:
        next: Pagination link pointing to the next page.
        prev: Pagination link pointing to the previous page.
    """

    items: list[MqttBinding]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Sequence[MqttBinding | MqttBindingParam],
            next: str | NotGiven = NOT_GIVEN,
            prev: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class PageOfMqttDownlinks(BaseModel):
    """A paginated list of MQTT downlinks.

    Attributes:
        next: Pagination link pointing to the next page.
        prev: Pagination link pointing to the previous page.
    """

    items: list[MqttDownlink]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Sequence[MqttDownlink | MqttDownlinkParam],
            next: str | NotGiven = NOT_GIVEN,
            prev: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class PageOfProjects(BaseModel):
    """A paginated list of projects

    Attributes:
        next: Pagination link pointing to the next page.
        prev: Pagination link pointing to the previous page.
    """

    items: list[Project]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Sequence[Project],
            next: str | NotGiven = NOT_GIVEN,
            prev: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class Problem(BaseModel):
    """Error information details

    Attributes:
        type: A URI reference that uniquely identifies the problem type only in the context of
            the provided API.
        title: A short summary of the problem type.
        status: The HTTP status code generated by the origin server for this occurrence of the
            problem.
        detail: A human readable explanation specific to this occurrence of the problem that
            is helpful to locate the problem and give advice on how to proceed.
        instance: A URI reference that identifies the specific occurrence of the problem, e.g.
    """

    type: str | None = None
    """A URI reference that uniquely identifies the problem type only in the
    context of the provided API. Opposed to the specification in RFC-9457,
    it is neither recommended to be dereferenceable and point to a
    human-readable documentation nor globally unique for the problem type.

    Server default: `'about:blank'`.
    """

    title: str | None = None
    """A short summary of the problem type. Written in English and readable
    for engineers, usually not suited for non technical stakeholders and
    not localized.
    """

    status: Annotated[int, constrained(ge=100, lt=600)] | None = None
    """The HTTP status code generated by the origin server for this occurrence
    of the problem.

    Constraints: >= 100, < 600.
    """

    detail: str | None = None
    """A human readable explanation specific to this occurrence of the
    problem that is helpful to locate the problem and give advice on how
    to proceed. Written in English and readable for engineers, usually not
    suited for non technical stakeholders and not localized.
    """

    instance: str | None = None
    """A URI reference that identifies the specific occurrence of the problem,
    e.g. by adding a fragment identifier or sub-path to the problem type.
    May be used to locate the root of this problem in the source code.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: str | NotGiven = NOT_GIVEN,
            title: str | NotGiven = NOT_GIVEN,
            status: int | NotGiven = NOT_GIVEN,
            detail: str | NotGiven = NOT_GIVEN,
            instance: str | NotGiven = NOT_GIVEN,
        ) -> None: ...


class Project(BaseModel):
    """Project in KPN Things that serves as a container for devices, destinations, flows and
    metadata

    Attributes:
        id: The entity ID
        client_id: ID of owning client
        created_at: The timestamp when the project is created in the system.
        created_by: The user who created the project.
        modified_at: The timestamp when the project is last modified in the system.
        modified_by: The user who last modified the project.
        name: The project name
        description: A short description of the project
        definition: Describes the type and constraints of a KPN Things Project
    """

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        {"createdAt", "createdBy", "id", "modifiedAt", "modifiedBy"}
    )
    __required_in_response__: ClassVar[frozenset[str]] = frozenset({"id"})

    id: UUID | None = None
    """The entity ID

    Read-only: set by the server, never sent. Always present in responses.
    """

    client_id: UUID = Field(validation_alias="clientId", serialization_alias="clientId")
    """ID of owning client"""

    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """The timestamp when the project is created in the system.

    Read-only: set by the server, never sent.
    """

    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The user who created the project.

    Read-only: set by the server, never sent.
    """

    modified_at: datetime | None = Field(
        default=None, validation_alias="modifiedAt", serialization_alias="modifiedAt"
    )
    """The timestamp when the project is last modified in the system.

    Read-only: set by the server, never sent.
    """

    modified_by: str | None = Field(
        default=None, validation_alias="modifiedBy", serialization_alias="modifiedBy"
    )
    """The user who last modified the project.

    Read-only: set by the server, never sent.
    """

    name: NonBlankString
    """The project name"""

    description: NonBlankString | None = None
    """A short description of the project"""

    definition: ProjectDefinition
    """Describes the type and constraints of a KPN Things Project"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: UUID | str | NotGiven = NOT_GIVEN,
            client_id: UUID | str,
            created_at: datetime | NotGiven = NOT_GIVEN,
            created_by: str | NotGiven = NOT_GIVEN,
            modified_at: datetime | NotGiven = NOT_GIVEN,
            modified_by: str | NotGiven = NOT_GIVEN,
            name: NonBlankString,
            description: NonBlankString | NotGiven = NOT_GIVEN,
            definition: ProjectDefinition,
        ) -> None: ...


class ProjectDefinition(BaseModel):
    """Describes the type and constraints of a KPN Things Project

    Attributes:
        type: The project type.
        max_devices: The maximum number of devices that can be registered under a project.
        max_destinations: The maximum number of destinations that can be registered under a
            project.
        max_device_groups: The maximum number of device groups that can be registered under a
            project.
    """

    type: ProjectDefinitionType
    """The project type. Known values include: ASSET_INSURANCE_E2E, ASSET_TRACKING_E2E,
    ASSET_TRACKING_RESELLER, CONDITION_MONITORING_E2E, CUSTOM, CUSTOM_RESELLER, EXPLORER,
    EXPLORER_WITH_M2M, FILL_LEVEL_E2E, FILL_LEVEL_RESELLER, FREEMIUM, FREEMIUM_WITH_M2M,
    MODULAR, MODULAR_RESTRICTED, TAILORED and UNLIMITED
    """

    max_devices: int | None = Field(
        default=None, validation_alias="maxDevices", serialization_alias="maxDevices"
    )
    """The maximum number of devices that can be registered under a project. -1 means unbounded."""

    max_destinations: int | None = Field(
        default=None, validation_alias="maxDestinations", serialization_alias="maxDestinations"
    )
    """The maximum number of destinations that can be registered under a project. -1 means
    unbounded.
    """

    max_device_groups: int | None = Field(
        default=None, validation_alias="maxDeviceGroups", serialization_alias="maxDeviceGroups"
    )
    """The maximum number of device groups that can be registered under a project. -1 means
    unbounded.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: ProjectDefinitionType | str,
            max_devices: int | NotGiven = NOT_GIVEN,
            max_destinations: int | NotGiven = NOT_GIVEN,
            max_device_groups: int | NotGiven = NOT_GIVEN,
        ) -> None: ...


Base64String: TypeAlias = Base64Bytes
"""Base64 encoded binary string"""


DeviceId: TypeAlias = Annotated[
    str,
    matches_any(
        {
            "<uuid>": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\Z",
            "imei:<15-16 digits> (any case)": "^[iI][mM][eE][iI]:[0-9]{15,16}\\Z",
            "deveui:<16 hex digits> (any case)": "^[dD][eE][vV][eE][uU][iI]:[a-fA-F0-9]{16}\\Z",
            "dvnuuid:<uuid> (any case)": "^[dD][vV][nN][uU][uU][iI][dD]:[a-fA-F0-9]{8}(-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}\\Z",
            "urn:dev:imei:<15-16 digits>[:] (any case)": "^[uU][rR][nN]:[dD][eE][vV]:[iI][mM][eE][iI]:[0-9]{15,16}:?\\Z",
            "urn:dev:deveui:<16 hex digits>[:] (any case)": "^[uU][rR][nN]:[dD][eE][vV]:[dD][eE][vV][eE][uU][iI]:[a-fA-F0-9]{16}:?\\Z",
            "urn:dev:dvnuuid:<uuid>[:] (any case)": "^[uU][rR][nN]:[dD][eE][vV]:[dD][vV][nN][uU][uU][iI][dD]:[a-fA-F0-9]{8}(-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}:?\\Z",
        }
    ),
]
"""A device identifier in one of several supported formats."""


DeviceIdDeveui: TypeAlias = Annotated[
    str,
    matches_any(
        {"deveui:<16 hex digits> (any case)": "^[dD][eE][vV][eE][uU][iI]:[a-fA-F0-9]{16}\\Z"}
    ),
]
"""LoRaWAN DevEUI device ID"""


DeviceIdDvnuuid: TypeAlias = Annotated[
    str,
    matches_any(
        {
            "dvnuuid:<uuid> (any case)": "^[dD][vV][nN][uU][uU][iI][dD]:[a-fA-F0-9]{8}(-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}\\Z"
        }
    ),
]
"""DVNUUID-based device ID"""


DeviceIdImei: TypeAlias = Annotated[
    str, matches_any({"imei:<15-16 digits> (any case)": "^[iI][mM][eE][iI]:[0-9]{15,16}\\Z"})
]
"""IMEI-based device ID"""


DeviceIdUuid: TypeAlias = UUID
"""Things Device UUID"""


DeviceUrnDeveui: TypeAlias = Annotated[
    str,
    matches_any(
        {
            "urn:dev:deveui:<16 hex digits>[:] (any case)": "^[uU][rR][nN]:[dD][eE][vV]:[dD][eE][vV][eE][uU][iI]:[a-fA-F0-9]{16}:?\\Z"
        }
    ),
]
"""LoRaWAN DevEUI device URN"""


DeviceUrnDvnuuid: TypeAlias = Annotated[
    str,
    matches_any(
        {
            "urn:dev:dvnuuid:<uuid>[:] (any case)": "^[uU][rR][nN]:[dD][eE][vV]:[dD][vV][nN][uU][uU][iI][dD]:[a-fA-F0-9]{8}(-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}:?\\Z"
        }
    ),
]
"""DVNUUID-based device URN"""


DeviceUrnImei: TypeAlias = Annotated[
    str,
    matches_any(
        {
            "urn:dev:imei:<15-16 digits>[:] (any case)": "^[uU][rR][nN]:[dD][eE][vV]:[iI][mM][eE][iI]:[0-9]{15,16}:?\\Z"
        }
    ),
]
"""IMEI-based device URN"""


HttpBinding: TypeAlias = Annotated[
    Annotated[HttpStreamlineBinding, Tag("http-streamline")]
    | Annotated[HttpSenmlBinding, Tag("http-senml")]
    | Annotated[UnknownHttpBinding, Tag(UNKNOWN_TAG)],
    union_discriminator("type", "http-streamline", "http-senml"),
]
"""A binding of a device to the HTTP connector, which configures that the device can connect to
the Things Platform using HTTP

Tell the variants apart by `type`; a value this SDK does not know parses to
`UnknownHttpBinding`.
"""


MqttMessage: TypeAlias = Annotated[
    Annotated[MqttBinaryMessage, Tag("binary")]
    | Annotated[MqttTextMessage, Tag("text")]
    | Annotated[UnknownMqttMessage, Tag(UNKNOWN_TAG)],
    union_discriminator("type", "binary", "text"),
]
"""MQTT message

Tell the variants apart by `type`; a value this SDK does not know parses to
`UnknownMqttMessage`.
"""


NetworkAdapter: TypeAlias = Annotated[
    Annotated[CellularNetworkAdapter, Tag("cellular")]
    | Annotated[GenericNetworkAdapter, Tag("generic")]
    | Annotated[LoraNetworkAdapter, Tag("lora")]
    | Annotated[UnknownNetworkAdapter, Tag(UNKNOWN_TAG)],
    union_discriminator("type", "cellular", "generic", "lora"),
]
"""A network adapter

Tell the variants apart by `type`; a value this SDK does not know parses to
`UnknownNetworkAdapter`.
"""


NonBlankString: TypeAlias = Annotated[
    str,
    matches_any({".*\\S.*": "[^\\n\\r\\u2028\\u2029]*\\S[^\\n\\r\\u2028\\u2029]*"}),
    constrained(min_length=1),
]
"""Must not be empty or contain only whitespace."""


SimpleDuration: TypeAlias = Duration
"""Duration that supports a subset of ISO 8601, where only days, hours, minutes, and seconds can
be specified. Days are treated as exactly 24 hours, thus ignoring daylight savings effects.
"""


class MqttBindingParam(TypedDict, total=False):
    """`MqttBinding` as a dict (wire names), where a request accepts one."""

    deviceId: Required[DeviceId | UUID]
    password: str


class MqttDownlinkParam(TypedDict, total=False):
    """`MqttDownlink` as a dict (wire names), where a request accepts one."""

    message: Required[MqttBinaryMessage | MqttTextMessage | MqttMessageParam]
    deviceId: Required[DeviceId | UUID]
    feedbackTimeout: Required[SimpleDuration]
    dryRun: bool


class DeviceGroupParam(TypedDict, total=False):
    """`DeviceGroup` as a dict (wire names), where a request accepts one."""

    name: Required[str]
    description: str
    projectId: Required[UUID | str]


class DeviceGroupDeviceLinkParam(TypedDict, total=False):
    """`DeviceGroupDeviceLink` as a dict (wire names), where a request accepts one."""

    deviceId: DeviceId | UUID


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
    payload: Required[Base64String]
    topic: Required[str]
    contentType: str
    qos: MqttQualityOfService | str


class MqttTextMessageParam(TypedDict, total=False):
    """`MqttTextMessage` as a dict (wire names), where a request accepts one."""

    type: Required[Literal["text"]]
    payload: Required[str]
    topic: Required[str]
    contentType: str
    qos: MqttQualityOfService | str


HttpBindingParam: TypeAlias = HttpStreamlineBindingParam | HttpSenmlBindingParam
"""`HttpBinding` as a dict (wire names), where a request accepts one."""


MqttMessageParam: TypeAlias = MqttBinaryMessageParam | MqttTextMessageParam
"""`MqttMessage` as a dict (wire names), where a request accepts one."""

CellularNetworkAdapter.model_rebuild()
Device.model_rebuild()
DeviceGroup.model_rebuild()
DeviceGroupDeviceLink.model_rebuild()
DeviceGroupDeviceLinkResponse.model_rebuild()
DeviceGroupDeviceLinkResponseEmbedded.model_rebuild()
GenericNetworkAdapter.model_rebuild()
UnknownHttpBinding.model_rebuild()
HttpSenmlBinding.model_rebuild()
HttpStreamlineBinding.model_rebuild()
LoraNetworkAdapter.model_rebuild()
MqttBinaryMessage.model_rebuild()
MqttBinding.model_rebuild()
MqttDownlink.model_rebuild()
UnknownMqttMessage.model_rebuild()
MqttTextMessage.model_rebuild()
UnknownNetworkAdapter.model_rebuild()
Page.model_rebuild()
PageOfDeviceGroupDeviceLinks.model_rebuild()
PageOfDeviceGroups.model_rebuild()
PageOfHttpBindings.model_rebuild()
PageOfMqttBindings.model_rebuild()
PageOfMqttDownlinks.model_rebuild()
PageOfProjects.model_rebuild()
Problem.model_rebuild()
Project.model_rebuild()
ProjectDefinition.model_rebuild()
