"""What `make generate` emits for the hand-written layer is what the spec and the generated
code say.

The hand-written layer reads these facts instead of recovering them (by reading generated
source or type hints, or typing them again), so a wrong fact here is a wrong behaviour there:
a POST replayed, a search logged as a write, a bulk request Dixa refuses.
"""

from __future__ import annotations

import builtins
import datetime
import importlib
import inspect
import re
import types
import typing
from typing import Any

import attrs
import pytest
import yaml
from _spec_payloads import ROOT, PayloadBuilder, python_class_name, schemas, spec
from dixa_async.jobs import (
    add_internal_note,
    anonymize_conversation,
    anonymize_end_user,
    close_conversation,
    tag_conversation,
    untag_conversation,
)

from dixa_async import literals, models, search
from dixa_async import operations as v1_table
from dixa_async.exports import operations as exports_table
from dixa_async.operation_inputs import INPUTS
from dixa_async.types import Unset

EXPORTS_SPEC = ROOT / "openapi" / "dixa-exports.yaml"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _raw_operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): op
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in _METHODS
    }


def _exports_spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(EXPORTS_SPEC.read_text(encoding="utf-8"))
    return loaded


def _expected_flags(method: str, raw: dict[str, Any]) -> dict[str, Any]:
    """The flags as the README's extension list defines them."""
    read_only = method in ("GET", "HEAD") or raw.get("x-dixa-read-only", False)
    default_idempotent = method in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS") or read_only
    return {
        "read_only": read_only,
        "idempotent": raw.get("x-dixa-idempotent", default_idempotent),
        "destructive": raw.get("x-dixa-destructive", False),
        "batch_of": raw.get("x-dixa-batch-of"),
        "batch_max": raw.get("x-dixa-batch-max"),
        "settled_by": raw.get("x-dixa-settled-by"),
    }


@pytest.mark.parametrize(
    ("table", "document"),
    [(v1_table, spec()), (exports_table, _exports_spec())],
    ids=["v1", "exports"],
)
def test_every_flag_of_the_operation_tables_is_the_specs(table: Any, document: Any) -> None:
    raw = _raw_operations(document)
    assert len(table.OPERATIONS) == len(raw)
    for op in table.OPERATIONS:
        spec_op = raw[(op.method, op.route)]
        got = {key: getattr(op, key) for key in _expected_flags(op.method, spec_op)}
        assert got == _expected_flags(op.method, spec_op), op.qualified_name
        assert op.name == spec_op["x-dixa-name"]


def test_the_exports_table_names_both_streams_read_only() -> None:
    by_name = {op.qualified_name: op for op in exports_table.OPERATIONS}
    assert set(by_name) == {"exports.conversations", "exports.messages"}
    assert (
        exports_table.resolve("GET", "/v1/conversation_export/") is by_name["exports.conversations"]
    )
    assert all(op.read_only and op.idempotent for op in by_name.values())


# Dixa's reference documents exactly these per-request maximums: "Remove up to 10
# agents/admins from a queue" and "Assign up to 10 agents/admins to a queue". None of its
# end-user, agent, note or tag bulk endpoints states one.
DOCUMENTED_BATCH_MAX = {
    ("DELETE", "/v1/queues/{queueId}/members"): 10,
    ("PATCH", "/v1/queues/{queueId}/members"): 10,
}


def test_batch_max_is_the_maximum_dixa_documents() -> None:
    """The table caps exactly where Dixa documents a maximum (a default we chose ourselves
    is not Dixa's, and stays out of the table)."""
    for op in v1_table.OPERATIONS:
        assert op.batch_max == DOCUMENTED_BATCH_MAX.get((op.method, op.route)), op.qualified_name


def test_ready_made_job_operations_carry_the_flags_of_the_api_call() -> None:
    """The engine replays idempotent items and needs confirm=True for destructive ones."""
    assert tag_conversation("t").idempotent
    assert untag_conversation("t").idempotent
    assert close_conversation().idempotent
    note = add_internal_note("x")
    assert not note.idempotent
    assert note.settle is not None  # looks for its own note before re-sending
    assert anonymize_conversation().destructive
    assert anonymize_end_user().destructive
    assert not tag_conversation("t").destructive


def _members(hint: Any) -> set[Any]:
    """A type's members, without the `None`/`Unset` that only mark it optional."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        found = set(typing.get_args(hint))
    else:
        found = {hint}
    return found - {type(None), Unset}


def _method_hints(op: Any) -> dict[str, Any]:
    """The resolved parameter annotations of the generated method `dixa.<tag>.<name>` (the
    return annotation names types imported for type checkers only, and is not needed)."""
    module = importlib.import_module(f"dixa_async.resources.{op.tag}")
    (resource,) = (getattr(module, name) for name in module.__all__)
    method = getattr(resource, op.name)
    names = {"builtins": builtins, "datetime": datetime, **vars(module)}
    names |= {name: getattr(models, name) for name in models.__all__}
    return {
        name: eval(param.annotation, names)  # the generated annotations, as text
        for name, param in inspect.signature(method).parameters.items()
        if name != "self"
    }


def test_input_types_are_those_of_the_generated_method_signatures() -> None:
    """Bulk jobs check records against `INPUTS`: each parameter and body type is the one the
    generated method declares, and each parameter is required exactly when it has no
    default."""
    assert set(INPUTS) == {op.qualified_name for op in v1_table.OPERATIONS}
    for op in v1_table.OPERATIONS:
        inputs = INPUTS[op.qualified_name]
        assert [p.name for p in inputs.path] == list(op.path_params), op.qualified_name
        assert [p.name for p in inputs.query] == list(op.query_params), op.qualified_name
        hints = _method_hints(op)
        module = importlib.import_module(f"dixa_async.resources.{op.tag}")
        (resource,) = (getattr(module, name) for name in module.__all__)
        signature = inspect.signature(getattr(resource, op.name))
        for param in (*inputs.path, *inputs.query):
            assert _members(hints[param.name]) == _members(param.type), (op, param)
            has_default = signature.parameters[param.name].default is not inspect.Parameter.empty
            assert param.required is not has_default, (op.qualified_name, param.name)
        if inputs.body is None:
            assert "body" not in hints, op.qualified_name
        else:
            assert _members(hints["body"]) == _members(inputs.body), op.qualified_name
            assert inputs.body_required is op.body_required


def _object_schemas() -> list[str]:
    return sorted(name for name, schema in schemas().items() if schema.get("properties"))


def test_json_keys_are_the_keys_to_dict_writes_for_every_model() -> None:
    """`JSON_KEYS` maps each attribute to the key its value is written under: a swapped or
    misspelt key would send a record's field under the wrong name."""
    checked = 0
    for component in _object_schemas():
        cls = getattr(models, python_class_name(component))
        schema = schemas()[component]
        keys = cls.JSON_KEYS
        assert set(keys) == {f.name for f in attrs.fields(cls)} - {"additional_properties"}
        assert set(keys.values()) == set(schema["properties"]), component
        if hasattr(cls, "to_multipart"):
            continue  # a multipart upload body: its parts are files, never read from JSON
        payload = PayloadBuilder(quirks=False).build_object(schema, 0, component)
        instance = cls.from_dict(payload)
        written = instance.to_dict()
        assert set(written) == set(keys.values()), component
        for attribute, key in keys.items():
            value = getattr(instance, attribute)
            if isinstance(value, str | int | float | bool):  # the same value on both sides
                assert written[key] == value, (component, attribute, key)
                checked += 1
    assert checked > 500


def test_each_literal_alias_lists_exactly_its_generated_enum() -> None:
    """`F.status.is_one_of(["open"])` is type-checked against `StatusName`; the values a
    type checker accepts are the ones the generated enum (and so Dixa's spec) has."""
    marked = {
        name: schema
        for name, schema in schemas().items()
        if isinstance(schema, dict) and "x-dixa-literal" in schema
    }
    assert set(marked) == {"SearchChannel", "SearchDirection", "SearchStatus"}
    for component, schema in marked.items():
        alias = getattr(literals, schema["x-dixa-literal"])
        enum_class = getattr(models, component)
        assert typing.get_args(alias) == tuple(schema["enum"])
        assert [member.value for member in enum_class] == sorted(schema["enum"])
    assert search.StatusName is literals.StatusName
    assert search.ChannelName is literals.ChannelName
    assert search.DirectionName is literals.DirectionName


def test_hand_written_code_imports_no_numbered_machine_name() -> None:
    """Component names the parser numbers to keep apart (`IsOneOf4`, `Status1`) say nothing;
    the spec names every schema the hand-written layer uses."""
    numbered = re.compile(
        r"from dixa_async(?:\.exports)?\.models\.\w+_\d+ import|\b[A-Z]\w*[a-z]\d\b"
    )
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "custom").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "import" in line and numbered.search(line)
    ]
    assert offenders == []
