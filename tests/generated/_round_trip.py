"""What `Model.from_dict(payload).to_dict()` must give back: the payload itself, except for the
two lenient readings the README documents ("How the generated models cope with Dixa's real
payloads") that change the JSON on the way back out:

* an explicit null where the schema declares no null (a property, a map value, or a field
  the schema does not know) is read as "absent", so the key is gone from `to_dict()`;
* a timestamp comes back in the canonical form `format_datetime` sends: UTC as `...Z` (a
  `[GMT]` zone id and a `+00:00` offset both become `Z`), fractions as microseconds, zone-less
  times still zone-less.

Everything else (unknown enum values, ids that are not UUIDs, unknown fields) must survive
verbatim. The normaliser walks the payload together with its schema, so it applies each rule
only where the schema says it applies; a model that drops, renames or swaps a field fails.
"""

from __future__ import annotations

from typing import Any

from _spec_payloads import resolve

CANONICAL_TIMESTAMP: dict[str, str] = {
    "2021-12-01T12:46:36.581Z[GMT]": "2021-12-01T12:46:36.581000Z",
    "2020-12-16T09:41:43Z": "2020-12-16T09:41:43Z",
    "2021-12-01T12:46:35.935": "2021-12-01T12:46:35.935000",
    "2021-06-09T08:18:37.284Z": "2021-06-09T08:18:37.284000Z",
    "2017-09-27T14:27:54.371+00:00": "2017-09-27T14:27:54.371000Z",
    "2021-12-01T12:46:36.9Z[GMT]": "2021-12-01T12:46:36.900000Z",
}
"""Each form the payload builder sends, and the text the models must send back."""

_JSON_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
}


def _flat_variants(schema: dict[str, Any]) -> list[dict[str, Any]]:
    variants = []
    for variant in schema["oneOf"]:
        resolved = resolve(variant)
        variants += _flat_variants(resolved) if "oneOf" in resolved else [resolved]
    return variants


def _variant(schema: dict[str, Any], value: Any) -> dict[str, Any] | None:
    """The `oneOf` variant `value` was built from (a union of unions counts as its members):
    named by `_type`, else the first whose JSON type fits, as the generated parsers choose."""
    variants = _flat_variants(schema)
    if isinstance(value, dict) and "_type" in value:
        for variant in variants:
            if variant.get("properties", {}).get("_type", {}).get("enum") == [value["_type"]]:
                return variant
    for variant in variants:
        kind = variant.get("type") or ("object" if "properties" in variant else None)
        if kind is not None and isinstance(value, _JSON_TYPES[kind]):
            return variant
    return None


def expected_round_trip(schema: dict[str, Any], value: Any) -> Any:
    """`value` as a model of `schema` must serialise it again (see the module docs)."""
    schema = resolve(schema)
    if "oneOf" in schema:
        variant = _variant(schema, value)
        return value if variant is None else expected_round_trip(variant, value)
    if isinstance(value, dict):
        properties: dict[str, Any] = schema.get("properties", {})
        additional = schema.get("additionalProperties")
        expected: dict[str, Any] = {}
        for key, item in value.items():
            declared = resolve(properties[key]) if key in properties else additional
            if item is None and not (isinstance(declared, dict) and declared.get("nullable")):
                continue  # documented: an explicit null is read as absent
            if not isinstance(declared, dict):
                expected[key] = item  # a field the schema does not know: kept verbatim
            else:
                expected[key] = None if item is None else expected_round_trip(declared, item)
        return expected
    if isinstance(value, list):
        return [expected_round_trip(schema.get("items", {}), item) for item in value]
    if isinstance(value, str) and schema.get("format") == "date-time":
        return CANONICAL_TIMESTAMP[value]
    return value
