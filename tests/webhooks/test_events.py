from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import dixa_async.webhooks as webhooks
import pytest
from _webhook_fixtures import (
    AGENT,
    ORG,
    QUEUE,
    REQUESTER,
    SUBSCRIPTION_TO_FQN,
    body,
    conversation,
    envelope,
    note_added_payload,
    payload_for,
)
from dixa_async.webhooks import (
    EVENT_TYPES,
    AgentBannedEnduserEvent,
    AgentBannedIpEvent,
    AgentUnbannedEnduserEvent,
    AgentUnbannedIpEvent,
    Channel,
    ConversationAbandonedEvent,
    ConversationAssignedEvent,
    ConversationClosedEvent,
    ConversationCreatedEvent,
    ConversationCustomAttributeUpdatedEvent,
    ConversationEndUserReplacedEvent,
    ConversationEnqueuedEvent,
    ConversationEvent,
    ConversationMessageAddedEvent,
    ConversationMessageDeliveryDeliveredEvent,
    ConversationMessageDeliveryFailedEvent,
    ConversationMessageDeliveryInfoEvent,
    ConversationMessageDeliverySeenEvent,
    ConversationMessageDeliverySentEvent,
    ConversationMessageDeliverySpamComplaintEvent,
    ConversationNoteAddedEvent,
    ConversationOpenEvent,
    ConversationPendingEvent,
    ConversationPendingExpiredEvent,
    ConversationRatedEvent,
    ConversationStatus,
    ConversationTagAddedEvent,
    ConversationTagRemovedEvent,
    ConversationTransferredEvent,
    ConversationUnassignedEvent,
    Direction,
    GenericEvent,
    MessageDeliveryEvent,
    RatingType,
    SLAEvaluationAchievedEvent,
    SLAEvaluationBreachedEvent,
    SLAEvaluationPendingEvent,
    SLAEvaluationVoidedEvent,
    TypingStartedEvent,
    UserRole,
    UserType,
    WebhookEvent,
    WebhookEventName,
    WebhookPayloadError,
    event_name_of,
    parse_event,
    parse_timestamp,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from dixa_async import DixaError

EXPECTED_CLASS: dict[str, type[WebhookEvent]] = {
    "CONVERSATION_CREATED": ConversationCreatedEvent,
    "CONVERSATION_OPEN": ConversationOpenEvent,
    "CONVERSATION_PENDING": ConversationPendingEvent,
    "CONVERSATION_PENDING_EXPIRED": ConversationPendingExpiredEvent,
    "CONVERSATION_CLOSED": ConversationClosedEvent,
    "CONVERSATION_ABANDONED": ConversationAbandonedEvent,
    "CONVERSATION_ENQUEUED": ConversationEnqueuedEvent,
    "CONVERSATION_ASSIGNED": ConversationAssignedEvent,
    "CONVERSATION_UNASSIGNED": ConversationUnassignedEvent,
    "CONVERSATION_NOTE_ADDED": ConversationNoteAddedEvent,
    "CONVERSATION_MESSAGE_ADDED": ConversationMessageAddedEvent,
    "CONVERSATION_TAG_ADDED": ConversationTagAddedEvent,
    "CONVERSATION_TAG_REMOVED": ConversationTagRemovedEvent,
    "CONVERSATION_RATED": ConversationRatedEvent,
    "CONVERSATION_TRANSFERRED": ConversationTransferredEvent,
    "CONVERSATION_END_USER_REPLACED": ConversationEndUserReplacedEvent,
    "CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED": ConversationCustomAttributeUpdatedEvent,
    "CONVERSATION_MESSAGE_DELIVERY_SENT": ConversationMessageDeliverySentEvent,
    "CONVERSATION_MESSAGE_DELIVERY_DELIVERED": ConversationMessageDeliveryDeliveredEvent,
    "CONVERSATION_MESSAGE_DELIVERY_SEEN": ConversationMessageDeliverySeenEvent,
    "CONVERSATION_MESSAGE_DELIVERY_FAILED": ConversationMessageDeliveryFailedEvent,
    "CONVERSATION_MESSAGE_DELIVERY_INFO": ConversationMessageDeliveryInfoEvent,
    "CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT": ConversationMessageDeliverySpamComplaintEvent,
    "AGENT_BANNED_ENDUSER": AgentBannedEnduserEvent,
    "AGENT_UNBANNED_ENDUSER": AgentUnbannedEnduserEvent,
    "AGENT_BANNED_IP": AgentBannedIpEvent,
    "AGENT_UNBANNED_IP": AgentUnbannedIpEvent,
    "TYPING_STARTED": TypingStartedEvent,
    "SLA_EVALUATION_PENDING": SLAEvaluationPendingEvent,
    "SLA_EVALUATION_BREACHED": SLAEvaluationBreachedEvent,
    "SLA_EVALUATION_ACHIEVED": SLAEvaluationAchievedEvent,
    "SLA_EVALUATION_VOIDED": SLAEvaluationVoidedEvent,
}


def _check_note(event: WebhookEvent) -> None:
    assert isinstance(event, ConversationNoteAddedEvent)
    assert event.note_id == "9f8e7d6c-5b4a-4392-8172-6a5b4c3d2e1f"
    assert event.text == "Customer called again, escalate to Tier 2."
    assert event.created_at == datetime(2023, 9, 15, 11, 59, 58, 123000, tzinfo=UTC)
    assert event.author is not None
    assert event.author.name == "Alex Agent"


def _check_message(event: WebhookEvent) -> None:
    assert isinstance(event, ConversationMessageAddedEvent)
    assert event.message_id == "3c2b1a09-8f7e-4d6c-b5a4-392817161514"
    assert event.direction is Direction.OUTBOUND  # lower-case `outbound` on the wire
    assert event.channel is Channel.EMAIL
    assert event.content is not None
    assert event.content.content_type == "text/plain"
    assert event.content.processed_content_url is None
    assert event.external_id == "<msg-123@example.com>"
    assert event.attachments == (
        {"url": "https://files.dixa.example/a.pdf", "pretty_name": "a.pdf"},
    )
    assert event.author is not None
    assert event.author.email == "jane@example.com"


def _check_tag(event: WebhookEvent) -> None:
    assert isinstance(event, ConversationTagAddedEvent | ConversationTagRemovedEvent)
    assert event.tag_name == "refund"
    assert event.author is not None
    assert event.author.id == AGENT["id"]


def _check_rated(event: WebhookEvent) -> None:
    assert isinstance(event, ConversationRatedEvent)
    assert event.score == 5
    assert event.rating_type is RatingType.CSAT
    assert event.comment == "Very helpful"
    assert event.agent is not None
    assert event.agent.name == "Alex Agent"


def _check_pending_expired(event: WebhookEvent) -> None:
    assert isinstance(event, ConversationPendingExpiredEvent)
    assert event.pending_by_user is not None
    assert event.pending_by_user.id == AGENT["id"]


def _check_abandoned(event: WebhookEvent) -> None:
    assert isinstance(event, ConversationAbandonedEvent)
    assert event.queue is not None
    assert event.queue.name == "Tier 1"
    assert event.conversation is not None
    assert event.conversation.assignee is None


def _check_delivery(event: WebhookEvent) -> None:
    assert isinstance(event, MessageDeliveryEvent)
    assert event.message_id == "11111111-2222-4333-8444-555555555555"
    assert event.data_extra == {"unmodelled_detail": {"source": "test"}}


def _check_agent_ban(event: WebhookEvent) -> None:
    assert not isinstance(event, ConversationEvent)
    assert event.data_extra["ip"] == "203.0.113.7"
    assert set(event.data_extra) == {"agent", "enduser", "ip"}


def _check_unestablished(event: WebhookEvent) -> None:
    assert event.data_extra == {"unmodelled_detail": {"source": "test"}}


SPECIFIC_CHECKS: dict[str, Callable[[WebhookEvent], None]] = {
    "CONVERSATION_NOTE_ADDED": _check_note,
    "CONVERSATION_MESSAGE_ADDED": _check_message,
    "CONVERSATION_TAG_ADDED": _check_tag,
    "CONVERSATION_TAG_REMOVED": _check_tag,
    "CONVERSATION_RATED": _check_rated,
    "CONVERSATION_PENDING_EXPIRED": _check_pending_expired,
    "CONVERSATION_ABANDONED": _check_abandoned,
    **{fqn: _check_delivery for fqn in EXPECTED_CLASS if "MESSAGE_DELIVERY" in fqn},
    **{fqn: _check_agent_ban for fqn in EXPECTED_CLASS if fqn.startswith("AGENT_")},
}


def test_event_names_match_the_reference() -> None:
    assert len(WebhookEventName) == 32
    assert {m.value: m.name for m in WebhookEventName} == SUBSCRIPTION_TO_FQN
    assert WebhookEventName("ConversationNoteAdded").name == "CONVERSATION_NOTE_ADDED"
    assert event_name_of("SLA_EVALUATION_VOIDED") is WebhookEventName.SLA_EVALUATION_VOIDED
    assert event_name_of("NOT_AN_EVENT") is None


def test_every_fqn_has_its_own_class() -> None:
    assert dict(EVENT_TYPES) == EXPECTED_CLASS
    assert len(set(EXPECTED_CLASS.values())) == 32
    for fqn, cls in EXPECTED_CLASS.items():
        assert cls.EVENT_NAME is not None
        assert cls.EVENT_NAME.name == fqn


@pytest.mark.parametrize(("name", "fqn"), sorted(SUBSCRIPTION_TO_FQN.items()))
def test_every_event_parses_from_a_realistic_payload(name: str, fqn: str) -> None:
    payload = payload_for(fqn)
    event = parse_event(body(payload))

    assert type(event) is EXPECTED_CLASS[fqn]
    assert event.event_fqn == fqn
    assert event.subscription_name == WebhookEventName(name)
    assert event.event_id == payload["event_id"]
    assert event.event_version == "1"
    assert event.event_timestamp == datetime(2023, 9, 15, 12, 0, tzinfo=UTC)
    assert event.organization is not None
    assert (event.organization.id, event.organization.name) == (ORG["id"], ORG["name"])
    assert event.raw == payload
    assert event.data == payload["data"]
    assert event.extra == {}

    if "conversation" in payload["data"]:
        assert isinstance(event, ConversationEvent)
        conv = event.conversation
        assert conv is not None
        assert conv.csid == 10749
        assert conv.requester is not None
        assert conv.requester.roles == (UserRole.ENDUSER,)
        assert conv.raw == payload["data"]["conversation"]

    SPECIFIC_CHECKS.get(fqn, _check_unestablished)(event)


def test_conversation_fields() -> None:
    event = parse_event(body(note_added_payload()))
    assert isinstance(event, ConversationEvent)
    conv = event.conversation
    assert conv is not None
    assert conv.csid == 10749
    assert conv.channel is Channel.WIDGET_CHAT
    assert conv.status is ConversationStatus.OPEN
    assert conv.direction is Direction.INBOUND
    assert conv.queue is not None
    assert (conv.queue.id, conv.queue.name) == (QUEUE["id"], QUEUE["name"])
    assert conv.contact_point == "support@acme.example"
    assert conv.subject == "Where is my order?"
    assert conv.created_at == datetime(2023, 9, 15, 11, 58, 2, 512000, tzinfo=UTC)
    assert [(t.name, t.is_deactivated) for t in conv.tags] == [("vip", False)]
    requester = conv.requester
    assert requester is not None
    assert requester.id == REQUESTER["id"]
    assert requester.phone is None
    assert requester.user_type is UserType.CONTACT
    assignee = conv.assignee
    assert assignee is not None
    assert assignee.roles == (UserRole.AGENT, UserRole.TEAM_LEAD)
    assert assignee.phone == "+4512345678"
    assert conv.extra == {}


def test_enum_members_compare_equal_to_wire_strings() -> None:
    event = parse_event(body(note_added_payload()))
    assert isinstance(event, ConversationEvent)
    assert event.conversation is not None
    assert event.conversation.channel == "WIDGET_CHAT"
    assert event.conversation.status == "OPEN"


def test_unknown_enum_values_stay_plain_strings() -> None:
    conv = conversation(
        channel="CARRIER_PIGEON", status="SNOOZED", direction="SIDEWAYS", tags=["legacy"]
    )
    conv["requester"] = dict(REQUESTER, roles=["Enduser", "Wizard", 7], user_type="Robot")
    payload = envelope("CONVERSATION_CREATED", {"conversation": conv})
    event = parse_event(body(payload))
    assert isinstance(event, ConversationCreatedEvent)
    c = event.conversation
    assert c is not None
    assert c.channel == "CARRIER_PIGEON"
    assert not isinstance(c.channel, Channel)
    assert c.status == "SNOOZED"
    assert c.direction == "SIDEWAYS"
    assert [t.name for t in c.tags] == ["legacy"]
    assert c.requester is not None
    assert c.requester.roles == (UserRole.ENDUSER, "Wizard")
    assert c.requester.user_type == "Robot"


def test_explicit_nulls_and_missing_fields() -> None:
    data: dict[str, Any] = {
        "conversation": {
            "csid": 1,
            "channel": None,
            "status": None,
            "queue": None,
            "assignee": None,
            "subject": None,
            "tags": None,
            "created_at": None,
        },
        "note_id": None,
        "author": None,
    }
    event = parse_event(body(envelope("CONVERSATION_NOTE_ADDED", data)))
    assert isinstance(event, ConversationNoteAddedEvent)
    assert event.note_id is None
    assert event.text is None  # missing altogether
    assert event.created_at is None
    assert event.author is None
    conv = event.conversation
    assert conv is not None
    assert conv.csid == 1
    assert (conv.channel, conv.status, conv.direction, conv.queue) == (None, None, None, None)
    assert (conv.requester, conv.assignee, conv.subject, conv.created_at) == (None,) * 4
    assert conv.tags == ()


def test_wrong_json_types_inside_data_are_treated_as_missing() -> None:
    data: dict[str, Any] = {
        "conversation": {"csid": "10749", "requester": "nobody", "tags": {"a": 1}, "created_at": 5},
        "note_id": ["x"],
        "text": {"not": "text"},
        "created_at": "yesterday",
        "author": [1, 2],
    }
    event = parse_event(body(envelope("CONVERSATION_NOTE_ADDED", data)))
    assert isinstance(event, ConversationNoteAddedEvent)
    assert (event.note_id, event.text, event.created_at, event.author) == (None,) * 4
    assert event.conversation is not None
    assert event.conversation.csid == 10749  # numeric string accepted
    assert event.conversation.requester is None
    assert event.conversation.tags == ()
    assert event.data == data  # nothing lost


def test_missing_conversation_is_none() -> None:
    event = parse_event(body(envelope("CONVERSATION_CLOSED", {})))
    assert isinstance(event, ConversationClosedEvent)
    assert event.conversation is None


def test_unknown_fields_are_kept_in_extra() -> None:
    payload = note_added_payload()
    payload["delivery_attempt"] = 2
    payload["organization"]["region"] = "eu"
    payload["data"]["mentions"] = ["@alex"]
    payload["data"]["conversation"]["language"] = "da"
    payload["data"]["author"]["avatar_url"] = "https://example.com/a.png"
    payload["data"]["conversation"]["tags"][0]["colour"] = "red"
    event = parse_event(body(payload))
    assert isinstance(event, ConversationNoteAddedEvent)
    assert event.extra == {"delivery_attempt": 2}
    assert event.organization is not None
    assert event.organization.extra == {"region": "eu"}
    assert event.data_extra == {"mentions": ["@alex"]}
    assert event.conversation is not None
    assert event.conversation.extra == {"language": "da"}
    assert event.conversation.tags[0].extra == {"colour": "red"}
    assert event.author is not None
    assert event.author.extra == {"avatar_url": "https://example.com/a.png"}


def test_unknown_event_fqn_gives_generic_event() -> None:
    payload = envelope("CONVERSATION_TELEPORTED", {"conversation": conversation(), "to": "Mars"})
    event = parse_event(body(payload))
    assert type(event) is GenericEvent
    assert event.event_fqn == "CONVERSATION_TELEPORTED"
    assert event.subscription_name is None
    assert event.data == payload["data"]
    assert event.data_extra == payload["data"]
    assert event.raw == payload


def test_rated_score_inside_conversation_is_found() -> None:
    conv = conversation(status="CLOSED", score=2, type="ThumbsUpOrDown")
    event = parse_event(body(envelope("CONVERSATION_RATED", {"conversation": conv})))
    assert isinstance(event, ConversationRatedEvent)
    assert event.score == 2
    assert event.rating_type is RatingType.THUMBS_UP_OR_DOWN
    assert event.comment is None
    assert event.conversation is not None
    assert event.conversation.extra == {"score": 2, "type": "ThumbsUpOrDown"}


def test_rated_data_level_wins_and_comment_only_event() -> None:
    conv = conversation(score=1, type="Nps")
    payload = envelope("CONVERSATION_RATED", {"conversation": conv, "score": "4", "type": "Csat"})
    event = parse_event(body(payload))
    assert isinstance(event, ConversationRatedEvent)
    assert (event.score, event.rating_type) == (4, RatingType.CSAT)

    comment_only = envelope("CONVERSATION_RATED", {"conversation": conversation(), "comment": "ok"})
    event = parse_event(body(comment_only))
    assert isinstance(event, ConversationRatedEvent)
    assert (event.score, event.rating_type, event.comment) == (None, None, "ok")


def test_pending_expired_reads_camel_case_key_too() -> None:
    payload = envelope(
        "CONVERSATION_PENDING_EXPIRED", {"conversation": conversation(), "pendingByUser": AGENT}
    )
    event = parse_event(body(payload))
    assert isinstance(event, ConversationPendingExpiredEvent)
    assert event.pending_by_user is not None
    assert event.pending_by_user.name == "Alex Agent"
    assert event.data_extra == {}


def test_tag_as_object() -> None:
    tag = {"id": "t-1", "name": "refund", "is_deactivated": True}
    payload = envelope("CONVERSATION_TAG_REMOVED", {"conversation": conversation(), "tag": tag})
    event = parse_event(body(payload))
    assert isinstance(event, ConversationTagRemovedEvent)
    assert event.tag is not None
    assert (event.tag.id, event.tag.name, event.tag.is_deactivated) == ("t-1", "refund", True)
    assert event.tag_name == "refund"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-09-15T12:00:00.000Z", datetime(2023, 9, 15, 12, tzinfo=UTC)),
        ("2020-12-16T09:41:43Z", datetime(2020, 12, 16, 9, 41, 43, tzinfo=UTC)),
        ("2021-12-01T12:46:36.581Z[GMT]", datetime(2021, 12, 1, 12, 46, 36, 581000, tzinfo=UTC)),
        ("2021-12-01T12:46:36.9Z[GMT]", datetime(2021, 12, 1, 12, 46, 36, 900000, tzinfo=UTC)),
        ("2021-12-01T12:46:35.935", datetime(2021, 12, 1, 12, 46, 35, 935000, tzinfo=UTC)),
        ("2017-09-27T14:27:54.371+02:00", datetime(2017, 9, 27, 12, 27, 54, 371000, tzinfo=UTC)),
        (
            "2021-12-01T13:46:36+01:00[Europe/Copenhagen]",
            datetime(2021, 12, 1, 12, 46, 36, tzinfo=UTC),
        ),
    ],
)
def test_parse_timestamp_forms(text: str, expected: datetime) -> None:
    parsed = parse_timestamp(text)
    assert parsed == expected
    assert parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize("text", ["", "yesterday", "2021-13-01T00:00:00Z", "[GMT]"])
def test_parse_timestamp_rejects_garbage(text: str) -> None:
    with pytest.raises(ValueError, match="ISO-8601"):
        parse_timestamp(text)


def test_envelope_timestamp_with_zone_id_and_offset() -> None:
    payload = note_added_payload()
    payload["event_timestamp"] = "2023-09-15T14:00:00.000+02:00"
    event = parse_event(body(payload))
    assert event.event_timestamp == datetime(2023, 9, 15, 12, tzinfo=timezone.utc)  # noqa: UP017
    payload["event_timestamp"] = "2023-09-15T12:00:00.000Z[GMT]"
    assert parse_event(json.dumps(payload)).event_timestamp == datetime(2023, 9, 15, 12, tzinfo=UTC)


def test_envelope_nulls_for_lenient_fields_and_numeric_version() -> None:
    payload = note_added_payload()
    payload["organization"] = None
    payload["event_version"] = 1
    event = parse_event(body(payload))
    assert event.organization is None
    assert event.event_version == "1"
    payload["event_version"] = None
    assert parse_event(body(payload)).event_version is None


def _without(key: str) -> bytes:
    payload = note_added_payload()
    del payload[key]
    return body(payload)


def _with(key: str, value: object) -> bytes:
    payload = note_added_payload()
    payload[key] = value
    return body(payload)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "not valid JSON"),
        (b"not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not valid JSON"),
        (b'{"event_id": "x"', "not valid JSON"),
        (b"[" * 100_000, "not valid JSON"),
        (b"1" * 5000, "not valid JSON"),
        (b"[]", "not a JSON object"),
        (b'"text"', "not a JSON object"),
        (b"null", "not a JSON object"),
        (b"{}", "missing"),
        (_without("event_id"), "missing event_id"),
        (_without("event_fqn"), "missing event_fqn"),
        (_without("event_timestamp"), "missing event_timestamp"),
        (_without("data"), "missing data"),
        (_without("organization"), "missing organization"),
        (_without("event_version"), "missing event_version"),
        (_with("event_id", ""), "event_id"),
        (_with("event_id", None), "event_id"),
        (_with("event_fqn", {"a": 1}), "event_fqn"),
        (_with("event_timestamp", "soon"), "event_timestamp"),
        (_with("event_timestamp", 1694779200000), "event_timestamp"),
        (_with("data", None), "data"),
        (_with("data", [1, 2]), "data"),
    ],
)
def test_malformed_payloads(raw: bytes, reason: str) -> None:
    with pytest.raises(WebhookPayloadError, match=reason):
        parse_event(raw)


def test_payload_error_is_a_dixa_error_and_not_a_verification_error() -> None:
    assert issubclass(WebhookPayloadError, DixaError)
    assert not issubclass(WebhookPayloadError, webhooks.WebhookVerificationError)
    with pytest.raises(WebhookPayloadError):
        parse_event(123)  # type: ignore[arg-type]


def test_events_are_frozen_and_comparable() -> None:
    first = parse_event(body(note_added_payload()))
    second = parse_event(body(note_added_payload()))
    assert first == second
    assert hash(first) == hash(second)
    with pytest.raises(AttributeError):
        first.event_id = "other"  # type: ignore[misc]
    assert "raw=" not in repr(first)


# --------------------------------------------------------------------------- fuzzing

_json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
)
_json = st.recursive(
    _json_leaf,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
_keys = st.sampled_from(
    [
        "conversation",
        "csid",
        "channel",
        "status",
        "direction",
        "queue",
        "requester",
        "assignee",
        "tags",
        "created_at",
        "roles",
        "author",
        "tag",
        "score",
        "type",
        "content",
        "attachments",
        "pending_by_user",
        "pendingByUser",
        "agent",
        "note_id",
    ]
)
# Objects whose keys are the ones the models read, so the lenient readers see odd values.
_data: st.SearchStrategy[Any] = st.recursive(
    _json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=5),
    max_leaves=12,
).filter(lambda v: isinstance(v, dict))


@settings(max_examples=300)
@given(fqn=st.sampled_from([*SUBSCRIPTION_TO_FQN.values(), "SOMETHING_NEW"]), data=_data)
def test_fuzz_any_data_parses_without_error(fqn: str, data: dict[str, Any]) -> None:
    event = parse_event(body(envelope(fqn, data)))
    assert event.event_fqn == fqn
    assert event.data == data


@settings(max_examples=300)
@given(raw=st.one_of(st.binary(max_size=300), _json.map(lambda v: json.dumps(v).encode())))
def test_fuzz_only_payload_errors_escape(raw: bytes) -> None:
    with contextlib.suppress(WebhookPayloadError):
        parse_event(raw)


@settings(max_examples=200)
@given(
    envelope_values=st.dictionaries(
        st.sampled_from(
            ["event_id", "event_fqn", "event_version", "event_timestamp", "organization", "data"]
        ),
        _json,
    )
)
def test_fuzz_envelope_values(envelope_values: dict[str, Any]) -> None:
    with contextlib.suppress(WebhookPayloadError):
        parse_event(json.dumps(envelope_values))


@settings(max_examples=300)
@given(text=st.text(max_size=40))
def test_fuzz_parse_timestamp_raises_only_value_error(text: str) -> None:
    try:
        parsed = parse_timestamp(text)
    except ValueError:
        return
    assert parsed.tzinfo is not None
