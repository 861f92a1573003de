"""Every documented response of every operation parses through the generated code.

Table-driven over the spec: for each operation and each documented status with a body, a
realistic payload is built (with Dixa's quirks) and fed to the generated operation module's
own response handling, exactly as a call would.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
from typing import Any

import httpx
import pytest
from _spec_payloads import (
    NEW_ENUM_VALUE,
    NOT_A_UUID,
    PayloadBuilder,
    python_class_name,
    ref_name,
    resolve,
    schemas,
    spec,
)

from dixa_async import AuthenticatedClient
from dixa_async.types import parse_datetime


def snake(name: str) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "_", name)
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    return name.lower().strip("_")


def operation_module(op: dict[str, Any]) -> Any:
    tag = snake(op["tags"][0])
    return importlib.import_module(f"dixa_async.api.{tag}.{snake(op['operationId'])}")


def documented_responses() -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    cases = []
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            for status, response in op["responses"].items():
                content = response.get("content", {}).get("application/json")
                if content:
                    cases.append(
                        (f"{method.upper()} {path} {status}", status, op, content["schema"])
                    )
    return cases


CASES = documented_responses()
CLIENT = AuthenticatedClient(base_url="https://dev.dixa.io", token="unused-token", prefix="")


def parse(op: dict[str, Any], status: str, body: Any) -> Any:
    response = httpx.Response(int(status), content=json.dumps(body).encode())
    return operation_module(op)._parse_response(client=CLIENT, response=response)


def expected_class(schema: dict[str, Any]) -> str:
    name = ref_name(schema)
    assert name is not None
    return python_class_name(name)


@pytest.mark.parametrize("quirks", [False, True], ids=["documented", "quirky"])
@pytest.mark.parametrize(("case", "status", "op", "schema"), CASES, ids=[c[0] for c in CASES])
def test_response_parses_to_its_model(
    case: str, status: str, op: dict[str, Any], schema: dict[str, Any], quirks: bool
) -> None:
    for seed in range(3):  # rotate which quirk lands on which field
        builder = PayloadBuilder(quirks=quirks)
        for _ in range(seed):
            builder.build({"type": "integer"})
        body = builder.build(schema)
        parsed = parse(op, status, body)
        if schema.get("type") == "array":
            assert isinstance(parsed, list), case
            assert type(parsed[0]).__name__ == expected_class(schema["items"])
        else:
            assert type(parsed).__name__ == expected_class(schema), case


def test_the_operation_set_covers_every_success_schema() -> None:
    assert len({c[0].rsplit(" ", 1)[0] for c in CASES if c[1].startswith("2")}) == 98 - 19


def find_container(union: str) -> tuple[str, str, bool] | None:
    """A (model, property, is_list) whose property holds the union directly."""
    for name, schema in schemas().items():
        for prop_name, prop in schema.get("properties", {}).items():
            if ref_name(prop) == union:
                return name, prop_name, False
            if prop.get("type") == "array" and ref_name(prop.get("items", {})) == union:
                return name, prop_name, True
    return None


def union_variant_cases() -> list[tuple[str, str, str]]:
    """Every (union, _type, variant) of a union held by a model property.

    Unions used only as a whole request body (CreateConversationInput, ...) are never
    parsed by the SDK: the caller picks the variant class.
    """
    cases = []
    for name, schema in schemas().items():
        if find_container(name) is None:
            continue
        mapping = schema.get("discriminator", {}).get("mapping", {})
        for type_value, ref in mapping.items():
            cases.append((name, type_value, ref.rsplit("/", 1)[-1]))
    return cases


def python_attr(prop_name: str) -> str:
    return "type_" if prop_name == "_type" else snake(prop_name)


@pytest.mark.parametrize(
    ("union", "type_value", "variant"),
    union_variant_cases(),
    ids=[f"{u}-{t}" for u, t, _ in union_variant_cases()],
)
def test_union_payload_resolves_to_the_variant_named_by_type(
    union: str, type_value: str, variant: str
) -> None:
    container = find_container(union)
    assert container is not None, f"no model holds {union}"
    model_name, prop_name, is_list = container
    models = importlib.import_module("dixa_async.models")
    model = getattr(models, python_class_name(model_name))
    builder = PayloadBuilder(quirks=True)
    payload = builder.build_object(resolve({"$ref": f"#/components/schemas/{model_name}"}), 0)
    value = builder.build({"$ref": f"#/components/schemas/{variant}"})
    assert value["_type"] == type_value
    payload[prop_name] = [value] if is_list else value
    parsed = getattr(model.from_dict(payload), python_attr(prop_name))
    item = parsed[0] if is_list else parsed
    assert type(item).__name__ == python_class_name(variant)
    assert item.type_ == type_value


def test_zone_id_and_zoneless_timestamps_parse() -> None:
    gmt = parse_datetime("2021-12-01T12:46:36.581Z[GMT]")
    assert gmt == datetime.datetime(2021, 12, 1, 12, 46, 36, 581000, tzinfo=datetime.UTC)
    local = parse_datetime("2021-12-01T12:46:35.935")
    assert local.tzinfo is None
    assert local.second == 35
    zoned = parse_datetime("2021-12-01T12:46:35[Europe/Copenhagen]")
    assert zoned.utcoffset() == datetime.timedelta(hours=1)
    with pytest.raises(ValueError, match="yesterday"):
        parse_datetime("yesterday")


def test_quirky_payload_keeps_unknown_enums_bad_uuids_and_extra_fields() -> None:
    from dixa_async.models import ChatConversation, ChatConversationChannel

    body = {
        "_type": "ChatConversation",
        "id": 10749,
        "requesterId": NOT_A_UUID,
        "channel": NEW_ENUM_VALUE,
        "createdAt": "2021-12-01T12:46:36.581Z[GMT]",
        "language": None,
        "fieldDixaAddedLater": {"kept": True},
    }
    conversation = ChatConversation.from_dict(body)
    assert conversation.requester_id == NOT_A_UUID
    assert isinstance(conversation.channel, ChatConversationChannel)
    assert conversation.channel == NEW_ENUM_VALUE
    assert conversation.created_at.tzinfo is not None
    assert conversation.additional_properties == {"fieldDixaAddedLater": {"kept": True}}
    assert conversation.to_dict()["channel"] == NEW_ENUM_VALUE


def test_single_value_type_tags_stay_strict() -> None:
    from dixa_async.models import ChatConversationType

    with pytest.raises(ValueError, match="EmailConversation"):
        ChatConversationType("EmailConversation")


def test_error_bodies_parse_without_exception_for_every_documented_error() -> None:
    for case, status, op, _schema in CASES:
        if int(status) >= 400:
            parsed = parse(op, status, {"message": "The requested resource could not be found"})
            assert parsed.message == "The requested resource could not be found", case
