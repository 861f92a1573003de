"""The checked-in OpenAPI description is valid, complete and faithful to Dixa's v1 API."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from _spec_payloads import ROOT, SPEC_PATH, resolve, schemas, spec
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

REFERENCE_OPERATIONS = Path(__file__).resolve().parents[1] / "data" / "dixa_v1_operations.json"
# The 25 operations Dixa documents only in its beta description (same format, /beta paths).
BETA_OPERATIONS = Path(__file__).resolve().parents[1] / "data" / "dixa_beta_operations.json"
# Where the spec calls a beta-documented operation somewhere else than /beta (and why: the
# spec's info.description): a v1 page of docs.dixa.io documents the queue position.
CALLED_UNDER = {
    "/beta/queues/conversation-position/{csid}": "/v1/queues/conversation-position/{csid}",
}


def reference_operations() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(REFERENCE_OPERATIONS.read_text(encoding="utf-8"))
    return loaded


def beta_operations() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(BETA_OPERATIONS.read_text(encoding="utf-8"))
    for op in loaded:
        op["path"] = CALLED_UNDER.get(op["path"], op["path"])
    return loaded


def spec_operations() -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): op
        for path, item in spec()["paths"].items()
        for method, op in item.items()
    }


def test_spec_validates_as_openapi_3_0() -> None:
    document, _ = read_from_filename(str(SPEC_PATH))
    validate(document)
    assert spec()["openapi"] == "3.0.3"
    assert spec()["servers"] == [{"url": "https://dev.dixa.io"}]


def test_spec_has_exactly_the_123_reference_operations_with_their_tags() -> None:
    stable = {(op["method"], op["path"]): op for op in reference_operations()}
    beta = {(op["method"], op["path"]): op for op in beta_operations()}
    reference = stable | beta
    ours = spec_operations()
    assert (len(stable), len(beta), len(reference)) == (98, 25, 123)
    assert set(ours) == set(reference)
    for key, op in ours.items():
        assert op["tags"] == [reference[key]["tags"][0] if key in beta else reference[key]["tag"]]
        assert op["operationId"] == reference[key]["operationId"], key
        assert str(reference[key]["successStatus"]) in op["responses"], key
        assert op.get("x-dixa-stability", "stable") == ("beta" if key in beta else "stable"), key
    assert not any(path.startswith("/beta") for _, path in stable)


def test_the_beta_operations_are_marked_in_the_operation_table() -> None:
    from dixa_async.operations import OPERATIONS

    beta = {(op["method"], op["path"]) for op in beta_operations()}
    marked = {(op.method, op.route) for op in OPERATIONS if op.stability == "beta"}
    assert marked == beta
    assert {op.stability for op in OPERATIONS} == {"stable", "beta"}


def test_every_operation_is_generated_under_its_tag_folder() -> None:
    api = ROOT / "dixa_async" / "api"
    generated = {module.stem for module in api.glob("*/*.py") if module.stem != "__init__"}
    assert len(generated) == 123
    for op in reference_operations() + beta_operations():
        folder = (op.get("tag") or op["tags"][0]).lower().replace(" ", "_")
        assert (api / folder).is_dir(), folder


def test_auth_is_the_raw_token_in_the_authorization_header() -> None:
    scheme = spec()["components"]["securitySchemes"]["ApiKeyAuth"]
    assert scheme == {**scheme, "type": "apiKey", "in": "header", "name": "Authorization"}
    assert spec()["security"] == [{"ApiKeyAuth": []}]


def test_paged_operations_take_page_key_and_limit_and_return_meta() -> None:
    paged = [op for op in reference_operations() + beta_operations() if op["paginated"]]
    assert len(paged) == 13
    ours = spec_operations()
    for ref in paged:
        op = ours[(ref["method"], ref["path"])]
        names = {p["name"] for p in op.get("parameters", [])}
        assert {"pageKey", "pageLimit"} <= names, ref["path"]
        body = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert resolve(body)["properties"]["meta"] == {
            "$ref": "#/components/schemas/PaginationLinks"
        }


def test_every_error_status_has_a_message_body() -> None:
    for (method, path), op in spec_operations().items():
        errors = {status: r for status, r in op["responses"].items() if int(status) >= 400}
        assert {"400", "401", "429"} <= set(errors), (method, path)
        for response in errors.values():
            body = resolve(response["content"]["application/json"]["schema"])
            assert body["required"] == ["message"]
            assert body["properties"]["message"] == {"type": "string"}


def test_no_two_schemas_share_a_title() -> None:
    titles = Counter(s["title"] for s in schemas().values() if "title" in s)
    assert [title for title, count in titles.items() if count > 1] == []


def refs_outside_unions(node: Any, in_union: bool = False) -> set[str]:
    """Component names referenced anywhere except directly as a `oneOf` member."""
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not in_union:
            found.add(ref.rsplit("/", 1)[-1])
        for key, value in node.items():
            if key not in ("discriminator", "$ref"):
                found |= refs_outside_unions(value, in_union=key == "oneOf")
    elif isinstance(node, list):
        for item in node:
            found |= refs_outside_unions(item, in_union)
    return found


def test_every_tagged_union_variant_declares_a_strict_single_value_type() -> None:
    standalone = refs_outside_unions(spec())
    unions = {name: s for name, s in schemas().items() if "discriminator" in s}
    assert len(unions) > 30
    for name, union in unions.items():
        mapping = union["discriminator"]["mapping"]
        assert union["discriminator"]["propertyName"] == "_type"
        assert {v["$ref"] for v in union["oneOf"]} == set(mapping.values()), name
        for type_value, ref in mapping.items():
            variant = resolve({"$ref": ref})
            assert variant["properties"]["_type"]["enum"] == [type_value], (name, ref)
            # Dixa omits the tag where it sends a variant on its own, outside its union.
            standalone_variant = ref.rsplit("/", 1)[-1] in standalone
            assert ("_type" in variant["required"]) != standalone_variant, (name, ref)
