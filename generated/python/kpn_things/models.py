"""Models of the KPN Things APIs: one class per schema, generated from the OpenAPI documents."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Annotated, Any, ClassVar, Literal, TypeAlias
from uuid import UUID

from pydantic import Field, Tag

from ._models import UNKNOWN_TAG, BaseModel, union_discriminator
from ._types import Base64Bytes, Duration, OpenStrEnum, matches_any

__all__ = [
    "Base64String",
    "CellularNetworkAdapter",
    "Device",
    "DeviceGroup",
    "DeviceGroupDeviceLink",
    "DeviceGroupDeviceLinkResponse",
    "DeviceGroupDeviceLinkResponseEmbedded",
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
    "HttpBindingType",
    "HttpSenmlBinding",
    "HttpStreamlineBinding",
    "ListDevicesInDeviceGroupEmbedItem",
    "LoraNetworkAdapter",
    "MqttBinaryMessage",
    "MqttBinding",
    "MqttDownlink",
    "MqttMessage",
    "MqttQualityOfService",
    "MqttTextMessage",
    "NetworkAdapter",
    "NetworkAdapterType",
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


class HttpBindingType(OpenStrEnum):
    """The type of HTTP binding. Known values are: http-streamline and http-senml

    An open set: values not listed here are accepted too (`is_known` is False for them).
    """

    HTTP_STREAMLINE = "http-streamline"
    HTTP_SENML = "http-senml"


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


class NetworkAdapterType(OpenStrEnum):
    """The type of network adapter. Known values are: cellular, generic and lora

    An open set: values not listed here are accepted too (`is_known` is False for them).
    """

    CELLULAR = "cellular"
    GENERIC = "generic"
    LORA = "lora"


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
    """Network adapter used to connect to cellular (mobile) networks"""

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

    imei: str
    """The International Mobile Equipment Identity (IMEI) that identifies the cellular adapter

    Constraints: length 15..16.
    """

    icc_id: str | None = Field(default=None, validation_alias="iccId", serialization_alias="iccId")
    """The Integrated Circuit Card Identifier (ICCID) that identifies the SIM chip

    Constraints: length 18..22.
    """

    urn: str | None = None
    """The URN for this network adapter

    Read-only: set by the server, never sent.
    """


class Device(BaseModel):
    """Device"""

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

    name: Annotated[str, matches_any("^(?!\\s*$).+")]
    """Name of this device

    Constraints: pattern `^(?!\\s*$).+`, length 1..255.
    """

    status: DeviceStatus | None = None
    """Status of the device. Known values include: ACTIVE and INACTIVE"""

    metadata: dict[str, str] | None = None
    """A JSON object containing key-value metadata"""

    barcode: str | None = None
    """Barcode of the device"""

    description: str | None = None
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


class DeviceGroup(BaseModel):
    """A group of devices."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        {"createdAt", "createdBy", "id", "modifiedAt", "modifiedBy"}
    )

    id: UUID | None = None
    """The unique identifier of the device group.

    Read-only: set by the server, never sent.
    """

    name: str
    """The name of the device group.

    Constraints: length 1..255.
    """

    description: str | None = None
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


class DeviceGroupDeviceLink(BaseModel):
    """A link between a device group and a device."""

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


class DeviceGroupDeviceLinkResponse(BaseModel):
    """DeviceGroupDeviceLink with optional embedded entities"""

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


class DeviceGroupDeviceLinkResponseEmbedded(BaseModel):
    """The `DeviceGroupDeviceLinkResponseEmbedded` schema."""

    device_group: DeviceGroup | None = Field(
        default=None, validation_alias="deviceGroup", serialization_alias="deviceGroup"
    )
    """A group of devices."""

    device: Device | None = None
    """The `device` property."""


class GenericNetworkAdapter(BaseModel):
    """Generic network adapter that provides access to the public Internet"""

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


class UnknownHttpBinding(BaseModel):
    """A `HttpBinding` of a kind this SDK version does not know; every field it had is kept."""

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


class HttpSenmlBinding(BaseModel):
    """A binding of a device to the HTTP connector using the SenML HTTP endpoint and message
    format.
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


class HttpStreamlineBinding(BaseModel):
    """A binding of a device to the HTTP connector using the streamline HTTP endpoint and message
    format.
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


class LoraNetworkAdapter(BaseModel):
    """LoraNetworkAdapter"""

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

    dev_eui: str = Field(validation_alias="devEui", serialization_alias="devEui")
    """The Device Extended Unique Identifier (DevEUI) that identifies the LoRa node

    Constraints: length 0..16.
    """

    urn: str | None = None
    """The URN for this network adapter

    Read-only: set by the server, never sent.
    """


class MqttBinaryMessage(BaseModel):
    """MqttBinaryMessage"""

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


class MqttBinding(BaseModel):
    """A binding of a device to the MQTT connector."""

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

    password: str | None = None
    """The password the device uses when authenticating with the MQTT connector. Must be at least
    24 characters, with at least one lower case letter, upper case letter, number and special
    character.

    Write-only: sent, never returned. Constraints: length 24..∞.
    """


class MqttDownlink(BaseModel):
    """A downlink that is sent to an MQTT device."""

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


class UnknownMqttMessage(BaseModel):
    """A `MqttMessage` of a kind this SDK version does not know; every field it had is kept."""

    type: str
    """The `type` value this SDK version does not know."""


class MqttTextMessage(BaseModel):
    """MqttTextMessage"""

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


class UnknownNetworkAdapter(BaseModel):
    """A `NetworkAdapter` of a kind this SDK version does not know; every field it had is kept."""

    __read_only__: ClassVar[frozenset[str]] = frozenset({"urn"})

    type: str
    """The `type` value this SDK version does not know."""

    urn: Any = None
    """The URN for this network adapter

    Read-only: set by the server, never sent.
    """


class Page(BaseModel):
    """Page of items"""

    items: list[Any]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""


class PageOfDeviceGroupDeviceLinks(BaseModel):
    """A paginated list of device group to device links"""

    items: list[DeviceGroupDeviceLinkResponse]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""


class PageOfDeviceGroups(BaseModel):
    """A paginated list of device groups"""

    items: list[DeviceGroup]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""


class PageOfHttpBindings(BaseModel):
    """A paginated list of HTTP bindings"""

    items: list[HttpBinding]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""


class PageOfMqttBindings(BaseModel):
    """A paginated list of MQTT bindings"""

    items: list[MqttBinding]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""


class PageOfMqttDownlinks(BaseModel):
    """A paginated list of MQTT downlinks."""

    items: list[MqttDownlink]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""


class PageOfProjects(BaseModel):
    """A paginated list of projects"""

    items: list[Project]
    """The `items` property."""

    next: str | None = None
    """Pagination link pointing to the next page. Only provided when not at the last page."""

    prev: str | None = None
    """Pagination link pointing to the previous page. Only provided when not at the first page."""


class Problem(BaseModel):
    """Error information details"""

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

    status: int | None = None
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


class Project(BaseModel):
    """Project in KPN Things that serves as a container for devices, destinations, flows and
    metadata
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


class ProjectDefinition(BaseModel):
    """Describes the type and constraints of a KPN Things Project"""

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


Base64String: TypeAlias = Base64Bytes
"""Base64 encoded binary string"""


DeviceId: TypeAlias = Annotated[
    str,
    matches_any(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        "^[iI][mM][eE][iI]:[0-9]{15,16}$",
        "^[dD][eE][vV][eE][uU][iI]:[a-fA-F0-9]{16}$",
        "^[dD][vV][nN][uU][uU][iI][dD]:[a-fA-F0-9]{8}(-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}$",
        "^[uU][rR][nN]:[dD][eE][vV]:[iI][mM][eE][iI]:[0-9]{15,16}:?$",
        "^[uU][rR][nN]:[dD][eE][vV]:[dD][eE][vV][eE][uU][iI]:[a-fA-F0-9]{16}:?$",
        "^[uU][rR][nN]:[dD][eE][vV]:[dD][vV][nN][uU][uU][iI][dD]:[a-fA-F0-9]{8}(-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}:?$",
    ),
]
"""A device identifier in one of several supported formats."""


DeviceIdDeveui: TypeAlias = Annotated[
    str, matches_any("^[dD][eE][vV][eE][uU][iI]:[a-fA-F0-9]{16}$")
]
"""LoRaWAN DevEUI device ID"""


DeviceIdDvnuuid: TypeAlias = Annotated[
    str,
    matches_any(
        "^[dD][vV][nN][uU][uU][iI][dD]:[a-fA-F0-9]{8}(-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}$"
    ),
]
"""DVNUUID-based device ID"""


DeviceIdImei: TypeAlias = Annotated[str, matches_any("^[iI][mM][eE][iI]:[0-9]{15,16}$")]
"""IMEI-based device ID"""


DeviceIdUuid: TypeAlias = UUID
"""Things Device UUID"""


DeviceUrnDeveui: TypeAlias = Annotated[
    str, matches_any("^[uU][rR][nN]:[dD][eE][vV]:[dD][eE][vV][eE][uU][iI]:[a-fA-F0-9]{16}:?$")
]
"""LoRaWAN DevEUI device URN"""


DeviceUrnDvnuuid: TypeAlias = Annotated[
    str,
    matches_any(
        "^[uU][rR][nN]:[dD][eE][vV]:[dD][vV][nN][uU][uU][iI][dD]:[a-fA-F0-9]{8}(-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}:?$"
    ),
]
"""DVNUUID-based device URN"""


DeviceUrnImei: TypeAlias = Annotated[
    str, matches_any("^[uU][rR][nN]:[dD][eE][vV]:[iI][mM][eE][iI]:[0-9]{15,16}:?$")
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


NonBlankString: TypeAlias = Annotated[str, matches_any(".*\\S.*")]
"""Must not be empty or contain only whitespace."""


SimpleDuration: TypeAlias = Duration
"""Duration that supports a subset of ISO 8601, where only days, hours, minutes, and seconds can
be specified. Days are treated as exactly 24 hours, thus ignoring daylight savings effects.
"""

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
