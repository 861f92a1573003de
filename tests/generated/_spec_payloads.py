"""Build realistic Dixa payloads from the checked-in OpenAPI description.

The builder walks a schema and produces JSON the way Dixa really sends it, including the
quirks the generated models must survive: `...Z[GMT]` and zone-less timestamps, explicit
nulls (also as values of maps declared nullable), enum values Dixa added later, ids that are not valid UUIDs, unknown extra fields.
Which quirk a field gets rotates deterministically, so every form is exercised somewhere.
"""

from __future__ import annotations

import functools
import itertools
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "dixa-v1.yaml"

TIMESTAMP_FORMS = (
    "2021-12-01T12:46:36.581Z[GMT]",
    "2020-12-16T09:41:43Z",
    "2021-12-01T12:46:35.935",
    "2021-06-09T08:18:37.284Z",
    "2017-09-27T14:27:54.371+00:00",
    "2021-12-01T12:46:36.9Z[GMT]",
)
NOT_A_UUID = "4g4h988p-1234-1234-1234-1234567890"
NEW_ENUM_VALUE = "ValueDixaAddedLater"
EXTRA_FIELD = "fieldDixaAddedLater"


@functools.cache
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


def schemas() -> dict[str, Any]:
    result: dict[str, Any] = spec()["components"]["schemas"]
    return result


def ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    name = ref_name(schema)
    if name is not None:
        resolved: dict[str, Any] = schemas()[name]
        return resolved
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return resolve(schema["allOf"][0])
    return schema


def is_single_value_tag(name: str, prop: dict[str, Any]) -> bool:
    return name == "_type" and len(prop.get("enum", [])) == 1


def python_class_name(component: str) -> str:
    """The class name openapi-python-client derives from a component name."""
    words = re.split(r"[^A-Za-z0-9]+", component)
    return "".join(word[:1].upper() + word[1:] for word in words if word)


class PayloadBuilder:
    """Deterministic payload builder; `quirks=False` builds the plain documented form."""

    def __init__(self, *, quirks: bool = True, max_depth: int = 6) -> None:
        self.quirks = quirks
        self.max_depth = max_depth
        self._counter = itertools.count()

    def _next(self) -> int:
        return next(self._counter)

    def build(self, schema: dict[str, Any], depth: int = 0, prop_name: str = "") -> Any:
        name = ref_name(schema)
        schema = resolve(schema)
        if "oneOf" in schema:
            variants = schema["oneOf"]
            return self.build(variants[self._next() % len(variants)], depth + 1, prop_name)
        kind = schema.get("type")
        if kind == "array":
            return [self.build(schema.get("items", {}), depth + 1, prop_name)]
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            return self.build_object(schema, depth, name)
        return self.scalar(schema, prop_name)

    def build_object(
        self, schema: dict[str, Any], depth: int, name: str | None = None
    ) -> dict[str, Any]:
        props: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        out: dict[str, Any] = {}
        for prop_name, prop in props.items():
            resolved = resolve(prop)
            if is_single_value_tag(prop_name, resolved):
                out[prop_name] = resolved["enum"][0]
                continue
            if prop_name not in required:
                if depth >= self.max_depth:
                    continue
                if self.quirks:
                    choice = self._next() % 4
                    if choice == 0:
                        continue  # omitted, as Dixa's examples often do
                    if choice == 1:
                        out[prop_name] = None  # explicit null
                        continue
            out[prop_name] = self.build(prop, depth + 1, prop_name)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not props:
            out["c5e1b1c2-aaaa-4bbb-8ccc-000000000001"] = self.build(extra, depth + 1)
            if self.quirks and resolve(extra).get("nullable"):
                out["c5e1b1c2-aaaa-4bbb-8ccc-000000000002"] = None  # a null map value
        elif self.quirks and props and name is not None:
            out[EXTRA_FIELD] = "kept, not rejected"
        return out

    def scalar(self, schema: dict[str, Any], prop_name: str) -> Any:
        kind = schema.get("type")
        if "enum" in schema:
            values = schema["enum"]
            if self.quirks and len(values) > 1 and self._next() % 3 == 0:
                return NEW_ENUM_VALUE
            return values[self._next() % len(values)]
        if kind == "string":
            if schema.get("format") == "date-time":
                forms = TIMESTAMP_FORMS if self.quirks else TIMESTAMP_FORMS[1:2]
                return forms[self._next() % len(forms)]
            if schema.get("x-dixa-format") == "uuid":
                if self.quirks and self._next() % 2 == 0:
                    return NOT_A_UUID
                return "8b6fd0e3-6c1a-4a3e-9c3b-2f4d1a7e9b10"
            return f"{prop_name or 'text'}-{self._next()}"
        if kind == "integer":
            return 10749 + self._next()
        if kind == "number":
            return 4.5
        if kind == "boolean":
            return self._next() % 2 == 0
        return {"anything": "goes"}
