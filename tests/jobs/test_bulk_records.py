"""Records are checked against the operation's generated request types before sending:
what a record gets wrong is named by line and field, and CSV text becomes typed values."""

from __future__ import annotations

import dataclasses

import pytest
from dixa_async.bulk import Record, RecordError, RecordResult, write_operation, write_operations
from dixa_async.bulk._batch import plan_for
from dixa_async.bulk._records import Request, prepare

from dixa_async import ConfigurationError
from dixa_async.models import (
    CreateEndUserInput,
    CreateInternalNoteInput,
    CreateRatingResultInput,
    Email,
)
from dixa_async.operations import OPERATIONS
from dixa_async.types import UNSET


def _prepare(
    operation: str, data: dict[str, object], *, line: int = 7, text: bool = False
) -> Request:
    return prepare(write_operation(operation), Record(line, data, text=text), str(line))


def _problems(operation: str, data: dict[str, object], *, text: bool = False) -> str:
    with pytest.raises(RecordError) as caught:
        _prepare(operation, data, text=text)
    assert caught.value.line == 7
    assert str(caught.value).startswith("line 7: ")
    return str(caught.value)


def test_a_record_in_dixas_shape_becomes_path_arguments_and_the_body_model() -> None:
    request = _prepare(
        "internal_notes.create",
        {"conversation_id": 1042, "message": "Refund approved", "agentId": "a-1"},
    )
    assert request.path == {"conversation_id": 1042}
    assert isinstance(request.body, CreateInternalNoteInput)
    assert (request.body.message, request.body.agent_id) == ("Refund approved", "a-1")
    under_body = _prepare(
        "internal_notes.create", {"conversation_id": 1042, "body": {"message": "Refund approved"}}
    )
    assert isinstance(under_body.body, CreateInternalNoteInput)
    assert under_body.body.message == "Refund approved"


def test_each_misfit_is_named_by_its_field() -> None:
    missing = _problems("internal_notes.create", {"conversation_id": 1})
    assert "field 'message': is required" in missing
    wrong = _problems("internal_notes.create", {"conversation_id": 1, "message": 42})
    assert "field 'message': expected string, got 42" in wrong
    typo = _problems(
        "internal_notes.create", {"conversation_id": 1, "message": "m", "agentID": "x"}
    )
    assert "field 'agentID': unknown field (expected: agentId, createdAt, message)" in typo
    stamp = _problems(
        "internal_notes.create", {"conversation_id": 1, "message": "m", "createdAt": "yesterday"}
    )
    assert "field 'createdAt': expected timestamp" in stamp
    nested = _problems("queues.create", {"request": {"name": 5}})
    assert "field 'request.name': expected string, got 5" in nested
    assert "field 'request.isDefault': is required" in nested
    enum = _problems(
        "conversations.link", {"conversation_id": 1, "linkType": "Twin", "parentId": 2}
    )
    assert "field 'linkType': expected one of ['Related', 'SideConversation'], got \"Twin\"" in enum


def test_path_parameters_are_required_and_must_be_single_segment_ids() -> None:
    assert "field 'conversation_id': is required" in _problems(
        "internal_notes.create", {"message": "m"}
    )
    for hostile in ("", ".", "..", "a/b"):
        found = _problems("end_users.patch", {"user_id": hostile, "lastName": "L"})
        assert "field 'user_id'" in found
    assert "expected integer" in _problems(
        "internal_notes.create", {"conversation_id": "twelve", "message": "m"}
    )
    # Ids given as JSON strings are accepted: they end up in the URL either way.
    assert _prepare("internal_notes.create", {"conversation_id": "1042", "message": "m"}).path == {
        "conversation_id": 1042
    }


def test_unions_pick_the_variant_named_by_type_and_report_its_fields() -> None:
    request = _prepare(
        "conversations.create",
        {
            "_type": "Email",
            "requesterId": "u-1",
            "emailIntegrationId": "support@acme.example",
            "subject": "Hi",
            "message": {"_type": "Inbound", "content": {"_type": "Text", "value": "Hello"}},
        },
    )
    assert isinstance(request.body, Email)
    partial = _problems("conversations.create", {"_type": "Email", "requesterId": "u-1"})
    assert "field 'subject': is required" in partial
    unknown = _problems("conversations.create", {"_type": "Letter"})
    assert "field '_type': expected one of ['Callback', 'Chat', 'ContactForm', 'Email', 'Sms']" in (
        unknown
    )


def test_body_and_top_level_fields_do_not_mix_and_bodiless_operations_take_no_fields() -> None:
    mixed = _problems(
        "internal_notes.create", {"conversation_id": 1, "body": {"message": "a"}, "message": "b"}
    )
    assert "not both" in mixed
    extra = _problems("tags.tag", {"conversation_id": 1, "tag_id": "t", "colour": "red"})
    assert "field 'colour': unknown field: the operation takes conversation_id, tag_id" in extra
    listed = _problems("agents.bulk_update", {"displayName": "A"})
    assert "JSON array: give it as 'body'" in listed
    optional = _prepare("conversations.close", {"conversation_id": 5})
    assert optional.body is UNSET  # the body is optional and none was given: none is sent


def test_csv_text_is_converted_to_what_each_field_wants() -> None:
    user = _prepare(
        "end_users.create",
        {"displayName": "Ada", "email": "", "additionalEmails": "a@x.example | b@x.example"},
        text=True,
    )
    assert isinstance(user.body, CreateEndUserInput)
    assert user.body.additional_emails == ["a@x.example", "b@x.example"]
    assert user.body.email is UNSET  # an empty cell is an absent field
    rating = _prepare(
        "ratings.submit",
        {
            "conversation_id": "1042",
            "rating_id": "r-1",
            "ratingResult": '{"_type": "Csat", "value": 5}',
        },
        text=True,
    )
    assert rating.path == {"conversation_id": 1042, "rating_id": "r-1"}
    assert isinstance(rating.body, CreateRatingResultInput)
    claim = _prepare(
        "conversations.claim", {"conversation_id": "9", "agentId": "a", "force": "true"}, text=True
    )
    assert claim.body_json == {"agentId": "a", "force": True}
    bad = _problems(
        "conversations.claim", {"conversation_id": "9", "agentId": "a", "force": "yes"}, text=True
    )
    assert "field 'force': expected boolean" in bad


def test_every_write_operation_of_the_table_is_offered_with_its_inputs() -> None:
    writes = write_operations()
    expected = {op.qualified_name for op in OPERATIONS if op.method != "GET" and not op.paged}
    assert set(writes) == expected
    assert len(writes) >= 50
    for spec in writes.values():
        assert spec.inputs()
        if spec.op.body is not None:
            assert spec.body is not None, spec.name
    batched = {name: spec.batched_by for name, spec in writes.items() if spec.batched_by}
    assert batched == {
        "agents.create": "agents.bulk_create",
        "agents.update": "agents.bulk_update",
        "agents.patch": "agents.bulk_patch",
        "end_users.create": "end_users.bulk_create",
        "end_users.update": "end_users.bulk_update",
        "end_users.patch": "end_users.bulk_patch",
        "internal_notes.create": "internal_notes.bulk_create",
        "tags.tag": "tags.bulk_tag",
    }


def test_reads_and_unknown_names_are_refused_with_a_reason() -> None:
    with pytest.raises(ConfigurationError, match=r"end_users\.get is a read \(GET\)"):
        write_operation("end_users.get")
    with pytest.raises(ConfigurationError, match="paged query"):
        write_operation("search.conversations")
    with pytest.raises(ConfigurationError, match=r"did you mean end_users\.create"):
        write_operation("end_users.creat")


def test_a_list_longer_than_dixas_documented_maximum_is_refused_before_sending() -> None:
    """Dixa documents at most 10 agents per queue-membership request (`x-dixa-batch-max`)."""
    agents = [f"agent-{i}" for i in range(11)]
    problems = _problems("queues.add_members", {"queue_id": "q-1", "agentIds": agents})
    assert "field 'agentIds': at most 10 items per request (Dixa's documented limit), got 11" in (
        problems
    )
    request = _prepare("queues.add_members", {"queue_id": "q-1", "agentIds": agents[:10]})
    assert len(request.body.agent_ids) == 10


def test_a_documented_batch_maximum_caps_the_batch_size() -> None:
    """No bulk endpoint Dixa batches through documents a maximum today; one that did
    (`x-dixa-batch-max` on the bulk operation) would be the default and the cap."""
    single = write_operation("end_users.create")
    bulk = write_operation("end_users.bulk_create")
    assert single.batch_max is None
    assert bulk.op.batch_of == "end_users.create"
    uncapped = plan_for(single, bulk)
    assert uncapped is not None
    assert uncapped.size == 100
    capped = dataclasses.replace(single, batch_max=25)
    for size in (None, 100):
        plan = plan_for(capped, bulk, size=size)
        assert plan is not None
        assert plan.size == 25
    smaller = plan_for(capped, bulk, size=10)
    assert smaller is not None
    assert smaller.size == 10


def test_a_results_line_whose_response_is_not_json_object_or_list_is_refused() -> None:
    line = {"line": 2, "key": "2", "status": "ok", "error": None}
    assert RecordResult.from_json({**line, "response": {"id": "u-1"}}).response == {"id": "u-1"}
    assert RecordResult.from_json({**line, "response": None}).response is None
    with pytest.raises(TypeError, match="response must be an object, a list or null"):
        RecordResult.from_json({**line, "response": "u-1"})
