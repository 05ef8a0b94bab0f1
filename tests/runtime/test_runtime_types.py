"""ISO 8601 durations and base64 bytes: parsing, formatting, exact round trips."""

from __future__ import annotations

import base64
import copy
import json
import pickle
from datetime import timedelta
from types import ModuleType
from typing import Any

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

from .helpers import parse as parse_response

DEVICE = "imei:350266800610993"


def downlink_json(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "12345678-1234-1234-1234-123456789012",
        "message": {
            "type": "binary",
            "payload": "SGVsbG8sIHdvcmxkIQ==",
            "topic": "down",
        },
        "status": "EXECUTING",
        "deviceId": DEVICE,
        "createdAt": "2025-01-01T11:22:33Z",
        "feedbackTimeout": "P3DT4H5M6.5S",
    }
    body.update(overrides)
    return body


def parse(sdk: ModuleType, type_: Any, body: Any) -> Any:
    return parse_response(sdk, type_, body, strict=True)


PARSED = [
    ("P3DT4H5M6.5S", timedelta(days=3, hours=4, minutes=5, seconds=6.5)),
    ("PT25H", timedelta(hours=25)),
    ("-PT1S", timedelta(seconds=-1)),
    ("PT0S", timedelta(0)),
    ("P1D", timedelta(days=1)),
    ("PT10M", timedelta(minutes=10)),
    ("PT0.000001S", timedelta(microseconds=1)),
    ("PT1,5S", timedelta(seconds=1.5)),
    ("pt2h", timedelta(hours=2)),
    ("PT-1H30M", timedelta(minutes=-30)),
    ("+PT1M", timedelta(minutes=1)),
    ("PT0.0000005S", timedelta(0)),
    ("PT0.0000015S", timedelta(microseconds=2)),
    ("PT1.5H", timedelta(minutes=90)),
    ("PT", timedelta(0)),  # the seed specs' SimpleDuration pattern allows an empty time part
    ("P1DT", timedelta(days=1)),
]


@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_duration_parses(sdk: ModuleType, text: str, expected: timedelta) -> None:
    value = sdk._types.IsoDuration(text)
    assert value == expected
    assert isinstance(value, timedelta)
    assert value.text == text


FORMATTED = [
    (timedelta(hours=25), "PT25H"),
    (timedelta(days=3), "PT72H"),
    (timedelta(0), "PT0S"),
    (timedelta(seconds=-1), "-PT1S"),
    (timedelta(seconds=1.5), "PT1.5S"),
    (timedelta(hours=1, microseconds=500_000), "PT1H0.5S"),
    (timedelta(minutes=10, seconds=5), "PT10M5S"),
    (timedelta(microseconds=1), "PT0.000001S"),
    (timedelta(days=-1, hours=1), "-PT23H"),
]


@pytest.mark.parametrize(("value", "text"), FORMATTED)
def test_timedelta_formats_in_hours(
    sdk: ModuleType, value: timedelta, text: str
) -> None:
    assert sdk._types.format_duration(value) == text


@pytest.mark.parametrize("text", ["P1Y", "P2M", "P1Y2M3D", "-P1M", "P1MT1H"])
def test_years_and_months_are_rejected_clearly(sdk: ModuleType, text: str) -> None:
    with pytest.raises(ValueError, match="years or months"):
        sdk._types.IsoDuration(text)


@pytest.mark.parametrize(
    "text", ["", "P", "1H", "PT1H2", "P1W", "PT1S1M", "P 1D"]
)
def test_malformed_durations_are_rejected(sdk: ModuleType, text: str) -> None:
    with pytest.raises(ValueError, match="not an ISO 8601 duration"):
        sdk._types.IsoDuration(text)


@pytest.mark.parametrize(
    ("text", "limit"),
    [("P9999999999D", timedelta.max), ("PT76784729591H5S", timedelta.max), ("-P9999999999D", timedelta.min)],
)
def test_duration_beyond_timedelta_saturates_and_keeps_its_text(
    sdk: ModuleType, text: str, limit: timedelta
) -> None:
    value = sdk._types.IsoDuration(text)
    assert value == limit and value.text == text
    assert parse(sdk, sdk.MqttDownlink, downlink_json(feedbackTimeout=text.lstrip("-"))).feedback_timeout.text == text.lstrip("-")


@pytest.mark.parametrize("text", ["P3DT4H5M6.5S", "PT25H", "PT0.500S", "P0D", "P1DT0H"])
def test_parsed_duration_round_trips_byte_for_byte(sdk: ModuleType, text: str) -> None:
    raw = json.dumps(downlink_json(feedbackTimeout=text)).encode()
    downlink = parse(sdk, sdk.MqttDownlink, json.loads(raw))
    assert downlink.model_dump_json(exclude_unset=True).encode() == raw.replace(
        b" ", b""
    )
    assert sdk._models.to_request_json(downlink)["feedbackTimeout"] == text


@pytest.mark.parametrize("text", ["-PT1S", "PT", "P1DT", "pt1h", "PT1,5S", "+PT1M"])
def test_lenient_durations_are_read_but_never_sent(sdk: ModuleType, text: str) -> None:
    downlink = parse(sdk, sdk.MqttDownlink, downlink_json(feedbackTimeout=text))
    assert isinstance(downlink.feedback_timeout, timedelta)
    with pytest.raises(pydantic.ValidationError, match="not an ISO 8601 duration the API"):
        sdk._models.to_request_json(downlink)
    with pytest.raises(pydantic.ValidationError, match="not an ISO 8601 duration the API"):
        sdk.MqttDownlink(
            message=sdk.MqttTextMessage(payload="x", topic="t"),
            device_id=DEVICE,
            feedback_timeout=text,
        )


def test_a_negative_timedelta_cannot_be_sent(sdk: ModuleType) -> None:
    with pytest.raises(pydantic.ValidationError, match="negative duration cannot be sent"):
        sdk.MqttDownlink(
            message=sdk.MqttTextMessage(payload="x", topic="t"),
            device_id=DEVICE,
            feedback_timeout=timedelta(seconds=-1),
        )


def test_user_built_timedelta_is_sent_in_hours(sdk: ModuleType) -> None:
    downlink = sdk.MqttDownlink(
        message=sdk.MqttTextMessage(payload="hi", topic="t"),
        device_id=DEVICE,
        feedback_timeout=timedelta(hours=25),
    )
    assert type(downlink.feedback_timeout) is timedelta
    assert sdk._models.to_request_json(downlink) == {
        "message": {"type": "text", "payload": "hi", "topic": "t"},
        "deviceId": DEVICE,
        "feedbackTimeout": "PT25H",
    }


def test_arithmetic_on_a_parsed_duration_gives_a_plain_timedelta(
    sdk: ModuleType,
) -> None:
    value = sdk._types.IsoDuration("PT1H") + timedelta(minutes=1)
    assert type(value) is timedelta
    assert sdk._types.format_duration(value) == "PT1H1M"


def test_parsed_duration_survives_copy_and_pickle(sdk: ModuleType) -> None:
    downlink = parse(sdk, sdk.MqttDownlink, downlink_json(feedbackTimeout="P1DT0H"))
    for clone in (downlink.model_copy(deep=True), pickle.loads(pickle.dumps(downlink))):
        assert clone.feedback_timeout.text == "P1DT0H"
        assert json.loads(clone.model_dump_json())["feedbackTimeout"] == "P1DT0H"
    assert copy.copy(downlink.feedback_timeout).text == "P1DT0H"


def test_duration_field_rejects_other_types(sdk: ModuleType) -> None:
    error = sdk.APIResponseValidationError
    with pytest.raises(error, match=r"\$\.feedbackTimeout: .*ISO 8601 duration string"):
        parse(sdk, sdk.MqttDownlink, downlink_json(feedbackTimeout=60))
    with pytest.raises(error, match="years or months"):
        parse(sdk, sdk.MqttDownlink, downlink_json(feedbackTimeout="P1M"))


def test_duration_json_schema(sdk: ModuleType) -> None:
    schema = pydantic.TypeAdapter(sdk.Duration).json_schema()
    assert schema == {"type": "string", "format": "duration"}


@given(
    st.timedeltas(min_value=timedelta(days=-(10**6)), max_value=timedelta(days=10**6))
)
def test_format_then_parse_is_identity(sdk: ModuleType, value: timedelta) -> None:
    text = sdk._types.format_duration(value)
    assert sdk._types.IsoDuration(text) == value
    assert "D" not in text


def test_base64_round_trips_byte_for_byte(sdk: ModuleType) -> None:
    raw = json.dumps(downlink_json()).encode()
    downlink = parse(sdk, sdk.MqttDownlink, json.loads(raw))
    payload = downlink.message.payload
    assert payload == b"Hello, world!"
    assert isinstance(payload, bytes)
    assert downlink.model_dump_json(exclude_unset=True).encode() == raw.replace(
        b" ", b""
    )


def test_non_canonical_base64_is_sent_back_unchanged(sdk: ModuleType) -> None:
    body = downlink_json(message={"type": "binary", "payload": "SGk=", "topic": "t"})
    other = downlink_json(message={"type": "binary", "payload": "SGl=", "topic": "t"})
    first, second = parse(sdk, sdk.MqttDownlink, body), parse(
        sdk, sdk.MqttDownlink, other
    )
    assert first.message.payload == second.message.payload == b"Hi"
    assert sdk._models.to_request_json(second)["message"]["payload"] == "SGl="


def test_user_bytes_are_sent_as_standard_base64(sdk: ModuleType) -> None:
    message = sdk.MqttBinaryMessage(payload=b"\xfb\xff\x00", topic="t")
    assert sdk._models.to_request_json(message) == {
        "type": "binary",
        "payload": "+/8A",
        "topic": "t",
    }
    assert message.model_dump()["payload"] == b"\xfb\xff\x00"


@pytest.mark.parametrize(
    "text", ["SGVsbG8", "SGVsbG8*", "-_8A", "SGVs bG8=", "\u00e9AAA", "hqH"]
)
def test_only_standard_padded_base64_is_sent(sdk: ModuleType, text: str) -> None:
    with pytest.raises(pydantic.ValidationError, match="invalid base64 text"):
        sdk.MqttBinaryMessage(payload=text, topic="t")


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("SGVsbG8", b"Hello"),
        ("hqH", b"\x86\xa1"),
        ("-_8A", b"\xfb\xff\x00"),
        ("SGVs\nbG8=", b"Hello"),
        ("zsn_5_aA", b"\xce\xc9\xff\xe7\xf6\x80"),
    ],
)
def test_server_base64_may_be_unpadded_url_safe_or_wrapped(
    sdk: ModuleType, text: str, data: bytes
) -> None:
    body = downlink_json(message={"type": "binary", "payload": text, "topic": "t"})
    downlink = parse(sdk, sdk.MqttDownlink, body)
    assert downlink.message.payload == data
    assert downlink.message.model_dump(mode="json")["payload"] == text, "kept verbatim"


@pytest.mark.parametrize("text", ["zsn_5/aAb", "SGVsbG8*", "\u00e9AAA"])
def test_undecodable_base64_is_kept_as_text(sdk: ModuleType, text: str) -> None:
    body = downlink_json(message={"type": "binary", "payload": text, "topic": "t"})
    with pytest.raises(sdk.APIResponseValidationError, match="invalid base64 text"):
        parse(sdk, sdk.MqttDownlink, body)
    downlink = parse_response(sdk, sdk.MqttDownlink, body, strict=False)
    assert downlink.message.payload == text
    assert isinstance(downlink.message, sdk.MqttBinaryMessage)
    assert downlink.feedback_timeout == timedelta(days=3, hours=4, minutes=5, seconds=6.5)


def test_base64_rejects_other_types(sdk: ModuleType) -> None:
    with pytest.raises(pydantic.ValidationError, match="expected base64 text or bytes"):
        sdk.MqttBinaryMessage(payload=123, topic="t")


def test_parsed_base64_survives_pickle(sdk: ModuleType) -> None:
    value = sdk._types.Base64Text("SGl=")
    clone = pickle.loads(pickle.dumps(value))
    assert (clone, clone.text) == (b"Hi", "SGl=")


@given(st.binary(max_size=64))
def test_base64_parse_then_serialize_is_identity(sdk: ModuleType, data: bytes) -> None:
    text = base64.b64encode(data).decode()
    value = sdk._types.Base64Text(text)
    assert value == data
    assert value.text == text


def test_nested_union_with_unknown_message_type(sdk: ModuleType) -> None:
    body = downlink_json(message={"type": "video", "codec": "av1"}, status="QUEUED")
    downlink = parse(sdk, sdk.MqttDownlink, body)
    assert isinstance(downlink.message, sdk.UnknownMqttMessage)
    assert downlink.message.model_extra == {"codec": "av1"}
    assert downlink.status == "QUEUED"
    assert not downlink.status.is_known
    with pytest.raises(pydantic.ValidationError) as caught:
        sdk._models.to_request_json(downlink)
    assert caught.value.errors()[0]["loc"] == ("message",)
    assert "UnknownMqttMessage is a kind this SDK" in caught.value.errors()[0]["msg"]
