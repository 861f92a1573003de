"""`openapi/dixa-exports.yaml` is a valid description of both operations, and what the fake's
Exports API sends fits it (read the way the spec says the wire differs: epoch-millisecond
timestamps, explicit nulls meaning absent)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from _exports_support import TOKEN, fake
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

from dixa_async.exports.models import ExportedConversation, ExportedMessage

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "dixa-exports.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
FILTERS = [
    f"{name}_{side}"
    for name in ("created", "updated", "closed", "last_message_created")
    for side in ("after", "before")
]


def _parameters(path: str) -> list[str]:
    out = []
    for parameter in SPEC["paths"][path]["get"]["parameters"]:
        if "$ref" in parameter:
            parameter = SPEC["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        out.append(parameter["name"])
    return out


def test_the_description_is_valid_openapi_for_both_operations() -> None:
    validate(SPEC)
    assert SPEC["info"]["title"] == "Exports API"
    assert SPEC["info"]["version"] == "1.0.0"
    assert SPEC["servers"] == [{"url": "https://exports.dixa.io"}]
    assert set(SPEC["paths"]) == {"/v1/conversation_export", "/v1/message_export"}
    assert sorted(_parameters("/v1/conversation_export")) == sorted([*FILTERS, "csids"])
    # Dixa's reference lists the conversation filters for messages too (not csids).
    assert sorted(_parameters("/v1/message_export")) == sorted(FILTERS)
    for item in SPEC["paths"].values():
        assert {"200", "400", "401", "429", "500"} <= set(item["get"]["responses"])


def _wire_schema(path: str, status: int) -> dict[str, Any]:
    """The response schema with timestamps in their documented wire form."""
    components = copy.deepcopy(SPEC["components"])
    stamp = components["schemas"]["ExportTimestamp"]
    assert stamp["x-dixa-wire-type"].startswith("integer")
    components["schemas"]["ExportTimestamp"] = {"type": "integer"}
    response = SPEC["paths"][path]["get"]["responses"][str(status)]
    if "$ref" in response:
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return {**response["content"]["application/json"]["schema"], "components": components}


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


@pytest.mark.parametrize(
    ("path", "params", "model"),
    [
        (
            "/v1/conversation_export",
            {"created_after": "2024-01-01", "created_before": "2024-02-01"},
            ExportedConversation,
        ),
        (
            "/v1/message_export",
            {"created_after": "2024-01-01", "created_before": "2024-02-01"},
            ExportedMessage,
        ),
    ],
)
async def test_the_fakes_answers_fit_the_description_and_the_models(
    path: str, params: dict[str, str], model: Any
) -> None:
    app = fake(seed=21, conversations=1500)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://fake-exports",
        headers={"Authorization": f"Bearer {TOKEN}"},
    ) as http:
        ok = await http.get(path, params=params)
        bad = await http.get(path, params={"created_after": "2024-01-01"})
        denied = await http.get(path, params=params, headers={"Authorization": ""})
    items = ok.json()
    assert len(items) > 100
    OAS30Validator(_wire_schema(path, 200)).validate(_without_nulls(items))
    OAS30Validator(_wire_schema(path, 400)).validate(bad.json())
    OAS30Validator(_wire_schema(path, 401)).validate(denied.json())
    parsed = [model.from_dict(item) for item in items]
    assert not any(p.additional_properties for p in parsed)  # every field is described
