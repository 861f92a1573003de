"""Every documented response of every operation parses through the generated code.

Table-driven over the spec: for each operation and each documented status with a body, a
realistic payload is built (with Dixa's quirks) and fed to the generated operation module's
own response handling, exactly as a call would. Each parsed model must also serialise back to
the payload (`to_dict()`), up to the documented lenient readings (`_round_trip`), so a model
that drops, renames or swaps a field fails; request bodies get the same round trip.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
from typing import Any

import httpx
import pytest
from _round_trip import CANONICAL_TIMESTAMP, expected_round_trip
from _spec_payloads import (
    EXTRA_FIELD,
    NEW_ENUM_VALUE,
    NOT_A_UUID,
    TIMESTAMP_FORMS,
    PayloadBuilder,
    python_class_name,
    ref_name,
    resolve,
    schemas,
    spec,
)

from dixa_async.client import AuthenticatedClient
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


def serialised(parsed: Any) -> Any:
    """`to_dict()` of a parsed model (or list of models), as the JSON it would be sent as.

    Through `json` so that a value JSON cannot carry fails, and compared as text too so that
    `True == 1` or `1 == 1.0` cannot hide a changed type."""
    out = [item.to_dict() for item in parsed] if isinstance(parsed, list) else parsed.to_dict()
    return json.loads(json.dumps(out))


def assert_round_trip(parsed: Any, schema: dict[str, Any], payload: Any) -> None:
    expected = expected_round_trip(schema, payload)
    actual = serialised(parsed)
    assert actual == expected
    assert json.dumps(actual, sort_keys=True) == json.dumps(expected, sort_keys=True)


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
        assert_round_trip(parsed, schema, body)


def test_the_operation_set_covers_every_success_schema() -> None:
    # 123 operations, 28 of which answer a success without a body (204, 202 of bulk tagging).
    assert len({c[0].rsplit(" ", 1)[0] for c in CASES if c[1].startswith("2")}) == 123 - 28


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
    container_model = model.from_dict(payload)
    parsed = getattr(container_model, python_attr(prop_name))
    item = parsed[0] if is_list else parsed
    assert type(item).__name__ == python_class_name(variant)
    assert item.type_ == type_value
    assert_round_trip(container_model, {"$ref": f"#/components/schemas/{model_name}"}, payload)


def request_body_cases() -> list[tuple[str, str]]:
    """(operation, model component) for every JSON request body; a union body contributes each
    of its variants, since the caller picks and builds the variant class."""
    cases = []
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            content = op.get("requestBody", {}).get("content", {}).get("application/json")
            if not content:
                continue
            schema = content["schema"]
            schema = schema.get("items", schema) if schema.get("type") == "array" else schema
            name = ref_name(schema)
            assert name is not None, f"{method} {path}: request body is not a component"
            variants = resolve(schema).get("oneOf", [schema])
            for variant in variants:
                variant_name = ref_name(variant)
                assert variant_name is not None
                cases.append((f"{method.upper()} {path}", variant_name))
    return cases


REQUEST_BODY_CASES = request_body_cases()


@pytest.mark.parametrize("quirks", [False, True], ids=["documented", "quirky"])
@pytest.mark.parametrize(
    ("case", "component"), REQUEST_BODY_CASES, ids=[f"{c} {m}" for c, m in REQUEST_BODY_CASES]
)
def test_request_body_model_round_trips(case: str, component: str, quirks: bool) -> None:
    models = importlib.import_module("dixa_async.models")
    model = getattr(models, python_class_name(component))
    schema = {"$ref": f"#/components/schemas/{component}"}
    for seed in range(3):
        builder = PayloadBuilder(quirks=quirks)
        for _ in range(seed):
            builder.build({"type": "integer"})
        body = builder.build(schema)
        assert_round_trip(model.from_dict(body), schema, body)


def test_every_timestamp_form_has_a_canonical_expectation() -> None:
    assert set(CANONICAL_TIMESTAMP) == set(TIMESTAMP_FORMS)
    for sent, canonical in CANONICAL_TIMESTAMP.items():
        assert parse_datetime(canonical) == parse_datetime(sent)
        assert "[" not in canonical
        assert canonical.endswith("Z") == (parse_datetime(sent).tzinfo is not None)


def test_round_trip_expectation_applies_only_the_documented_readings() -> None:
    from dixa_async.models import ChatConversation

    schema = {"$ref": "#/components/schemas/ChatConversation"}
    body = {
        "_type": "ChatConversation",
        "id": 10749,
        "requesterId": NOT_A_UUID,
        "channel": NEW_ENUM_VALUE,
        "createdAt": "2021-12-01T12:46:36.581Z[GMT]",
        "language": None,
        EXTRA_FIELD: {"kept": True, "empty": None},
        "anotherFieldDixaAddedLater": None,
    }
    expected = {
        "_type": "ChatConversation",
        "id": 10749,
        "requesterId": NOT_A_UUID,
        "channel": NEW_ENUM_VALUE,
        "createdAt": "2021-12-01T12:46:36.581000Z",
        EXTRA_FIELD: {"kept": True, "empty": None},  # unknown fields come back verbatim
    }
    assert expected_round_trip(schema, body) == expected
    assert serialised(ChatConversation.from_dict(body)) == expected


def test_null_values_of_a_nullable_map_survive() -> None:
    # Custom-attribute updates: a null value is declared (it clears the attribute), unlike a
    # null on an ordinary property.
    from dixa_async.models import MapUUIDOptionAttributeValue

    body = {
        "6c9b0c0e-0000-4000-8000-000000000001": None,
        "6c9b0c0e-0000-4000-8000-000000000002": "x",
    }
    parsed = MapUUIDOptionAttributeValue.from_dict(body)
    assert parsed.additional_properties == body
    assert serialised(parsed) == body


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
