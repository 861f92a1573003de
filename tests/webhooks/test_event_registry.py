"""The event registry is derived from the classes, covers every event Dixa documents, and the
package's public names survive the module split."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import dixa_async.webhooks as webhooks
import pytest
import yaml
from _webhook_fixtures import AGENT, SUBSCRIPTION_TO_FQN, body, conversation, envelope
from attrs import define
from dixa_async.webhooks import (
    EVENT_TYPES,
    ConversationNoteAddedEvent,
    ConversationPendingExpiredEvent,
    WebhookEvent,
    WebhookEventName,
    _event_enums,
    _event_readers,
    _event_shared,
    _events,
    parse_event,
)
from dixa_async.webhooks._event_fields import wire_field
from dixa_async.webhooks._event_readers import as_str, tuple_of

from dixa_async import models

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "dixa-v1.yaml"

# Every name `dixa_async.webhooks` exported before the module split; users import these.
PUBLIC_NAMES_BEFORE_THE_SPLIT = {
    "DEFAULT_TOLERANCE",
    "EVENT_TYPES",
    "SIGNATURE_HEADER",
    "SUBSCRIPTION_ID_HEADER",
    "AgentBannedEnduserEvent",
    "AgentBannedIpEvent",
    "AgentUnbannedEnduserEvent",
    "AgentUnbannedIpEvent",
    "Channel",
    "Conversation",
    "ConversationAbandonedEvent",
    "ConversationAssignedEvent",
    "ConversationClosedEvent",
    "ConversationCreatedEvent",
    "ConversationCustomAttributeUpdatedEvent",
    "ConversationEndUserReplacedEvent",
    "ConversationEnqueuedEvent",
    "ConversationEvent",
    "ConversationMessageAddedEvent",
    "ConversationMessageDeliveryDeliveredEvent",
    "ConversationMessageDeliveryFailedEvent",
    "ConversationMessageDeliveryInfoEvent",
    "ConversationMessageDeliverySeenEvent",
    "ConversationMessageDeliverySentEvent",
    "ConversationMessageDeliverySpamComplaintEvent",
    "ConversationNoteAddedEvent",
    "ConversationOpenEvent",
    "ConversationPendingEvent",
    "ConversationPendingExpiredEvent",
    "ConversationRatedEvent",
    "ConversationStatus",
    "ConversationTagAddedEvent",
    "ConversationTagRemovedEvent",
    "ConversationTransferredEvent",
    "ConversationUnassignedEvent",
    "Direction",
    "GenericEvent",
    "JSONObject",
    "JSONValue",
    "MessageContent",
    "MessageDeliveryEvent",
    "Organization",
    "Queue",
    "RatingType",
    "SLAEvaluationAchievedEvent",
    "SLAEvaluationBreachedEvent",
    "SLAEvaluationPendingEvent",
    "SLAEvaluationVoidedEvent",
    "Tag",
    "TypingStartedEvent",
    "User",
    "UserRole",
    "UserType",
    "WebhookEvent",
    "WebhookEventName",
    "WebhookHandler",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookVerificationError",
    "parse_event",
    "parse_timestamp",
    "sign",
    "verify_signature",
}


def spec_event_names() -> set[str]:
    with SPEC.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return set(spec["components"]["schemas"]["WebhookEventName"]["enum"])


@pytest.fixture
def registry() -> Iterator[dict[str, type[WebhookEvent]]]:
    """The live registry, restored afterwards so classes defined in a test do not leak."""
    saved = dict(_events._REGISTRY)
    yield _events._REGISTRY
    _events._REGISTRY.clear()
    _events._REGISTRY.update(saved)


def test_registry_covers_every_event_name_dixa_documents() -> None:
    documented = set(SUBSCRIPTION_TO_FQN)  # the reference's 32 names, with their fqns
    assert len(documented) == 32
    assert spec_event_names() == documented
    assert {name.value for name in WebhookEventName} == documented
    # The SDK's names are the generated enum: one list, the spec's, with the fqns as names.
    assert WebhookEventName is models.WebhookEventName
    assert set(EVENT_TYPES) == set(SUBSCRIPTION_TO_FQN.values())
    for subscription_name, fqn in SUBSCRIPTION_TO_FQN.items():
        cls = EVENT_TYPES[fqn]
        assert cls.EVENT_NAME is WebhookEventName(subscription_name)
        assert cls.__name__ == f"{subscription_name}Event"
        assert type(parse_event(body(envelope(fqn, {})))) is cls


def test_registry_is_read_only() -> None:
    with pytest.raises(TypeError):
        EVENT_TYPES["CONVERSATION_CREATED"] = WebhookEvent  # type: ignore[index]


def test_a_new_subclass_registers_itself(registry: dict[str, type[WebhookEvent]]) -> None:
    @define(frozen=True, kw_only=True)
    class NoteWithMentionsEvent(ConversationNoteAddedEvent):
        EVENT_NAME = WebhookEventName.CONVERSATION_NOTE_ADDED

        mentions: tuple[str, ...] = wire_field(tuple_of(as_str))

    assert EVENT_TYPES["CONVERSATION_NOTE_ADDED"] is NoteWithMentionsEvent
    assert registry["CONVERSATION_NOTE_ADDED"] is NoteWithMentionsEvent
    data = {"conversation": conversation(), "text": "ping", "mentions": ["@alex", 7, "@sam"]}
    event = parse_event(body(envelope("CONVERSATION_NOTE_ADDED", data)))
    assert type(event) is NoteWithMentionsEvent
    assert isinstance(event, ConversationNoteAddedEvent)  # handlers for the base still match
    assert event.mentions == ("@alex", "7", "@sam")  # numbers read as strings, like ids
    assert event.text == "ping"
    assert event.data_extra == {}


def test_inheriting_an_event_name_does_not_register(
    registry: dict[str, type[WebhookEvent]],
) -> None:
    before = dict(registry)

    @define(frozen=True, kw_only=True)
    class AuditedNoteEvent(ConversationNoteAddedEvent):
        """A helper subclass that does not name its event itself."""

    assert AuditedNoteEvent.EVENT_NAME is WebhookEventName.CONVERSATION_NOTE_ADDED
    assert registry == before


def test_an_unrelated_class_cannot_claim_a_taken_event(
    registry: dict[str, type[WebhookEvent]],
) -> None:
    before = dict(registry)
    with pytest.raises(TypeError, match="already handles"):

        @define(frozen=True, kw_only=True)
        class ImpostorEvent(ConversationPendingExpiredEvent):
            EVENT_NAME = WebhookEventName.CONVERSATION_NOTE_ADDED

    assert registry == before


def test_event_name_must_be_a_member_of_webhook_event_name(
    registry: dict[str, type[WebhookEvent]],
) -> None:
    before = dict(registry)
    with pytest.raises(TypeError, match="must be a WebhookEventName"):

        @define(frozen=True, kw_only=True)
        class StringNamedEvent(WebhookEvent):
            EVENT_NAME = "CONVERSATION_TELEPORTED"  # type: ignore[assignment]

    assert registry == before


def test_wrong_type_under_one_spelling_falls_back_to_the_other() -> None:
    # The policy "a value of the wrong JSON type is treated as missing" applies per key.
    data = {"conversation": conversation(), "pending_by_user": "junk", "pendingByUser": AGENT}
    event = parse_event(body(envelope("CONVERSATION_PENDING_EXPIRED", data)))
    assert isinstance(event, ConversationPendingExpiredEvent)
    assert event.pending_by_user is not None
    assert event.pending_by_user.id == AGENT["id"]


def test_every_name_exported_before_the_split_still_imports() -> None:
    assert set(webhooks.__all__) >= PUBLIC_NAMES_BEFORE_THE_SPLIT
    assert len(webhooks.__all__) == len(set(webhooks.__all__))
    namespace: dict[str, Any] = {}
    exec("from dixa_async.webhooks import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(webhooks.__all__)


def _public_definitions(module: ModuleType) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and (inspect.isclass(value) or inspect.isfunction(value))
        and value.__module__ == module.__name__
    }


@pytest.mark.parametrize(
    "module",
    [_event_enums, _event_shared, _events],
    ids=lambda module: module.__name__.rsplit(".", 1)[-1],
)
def test_each_module_exports_exactly_its_public_classes(module: ModuleType) -> None:
    # The module's `__all__` is the one list of its names the package re-exports; it must not
    # drift from what the module defines.
    exported = set(module.__all__) - {"EVENT_TYPES"}
    assert exported == _public_definitions(module)


def test_readers_module_exports_only_the_documented_helpers() -> None:
    assert set(_event_readers.__all__) == {"JSONObject", "JSONValue", "parse_timestamp"}
    assert _event_readers.parse_timestamp is webhooks.parse_timestamp
