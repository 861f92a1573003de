"""What `make generate` emits for the hand-written layer is what the spec says.

The hand-written layer reads these facts instead of recovering them (by reading generated
source or type hints, or typing them again), so a wrong fact here is a wrong behaviour there:
a POST replayed, a search logged as a write, a bulk request Dixa refuses.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from _spec_payloads import ROOT, spec
from dixa_async.jobs import (
    add_internal_note,
    anonymize_conversation,
    anonymize_end_user,
    close_conversation,
    tag_conversation,
    untag_conversation,
)

from dixa_async import operations as v1_table
from dixa_async.exports import operations as exports_table

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
    assert note.verify is not None
    assert anonymize_conversation().destructive
    assert anonymize_end_user().destructive
    assert not tag_conversation("t").destructive
