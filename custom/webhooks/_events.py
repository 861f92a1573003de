"""Typed webhook events: the 32 event names, one class per event, the registry and `parse_event`.

Wire facts (Dixa docs, Dixa's own services and third-party fixtures):

* envelope: `event_id` (uuid string, unique per event), `event_fqn` (UPPER_SNAKE event name),
  `event_version` (`"1"` in every example), `event_timestamp` (ISO-8601 UTC with millis),
  `organization` `{id, name}`, `data` (event-specific object);
* keys are snake_case, enum-like values UPPER_SNAKE (`WIDGET_CHAT`, `OPEN`, `INBOUND`), except
  user roles (`Agent`, `TeamLead`), user types (`Member`, `Contact`) and rating types (`Csat`);
* the `data` of most events is not documented at all (see each class's docstring).

Parsing policy: the envelope must be complete (`WebhookPayloadError` otherwise, so a receiver
can answer 400), but everything inside `data` is lenient. Missing keys and explicit nulls become
`None` (or an empty tuple); a value of the wrong JSON type is treated as missing; unknown enum
values stay plain `str`; keys a model does not know are kept in its `extra` mapping; every model
keeps the object it was built from in `raw`. Nothing in `data` can make parsing fail.

One source of truth: `WebhookEventName`, generated from the spec (`dixa_async.models`, member
names are the `event_fqn`s, values the subscription names), lists the events Dixa documents;
each event class names
its event in `EVENT_NAME` and thereby registers itself in `EVENT_TYPES`; each attribute names
its wire key and reader once (`wire_field`).
"""

# `wire_field` returns an attrs `field()` (it is one, with metadata), which RUF009 cannot
# tell from a call evaluated once as a shared default.
# ruff: noqa: RUF009

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any, ClassVar

from attrs import define, field
from dixa_async._core._errors import DixaError

from dixa_async.models.webhook_event_name import WebhookEventName

from ._event_enums import Channel, Direction, RatingType
from ._event_fields import read_fields, unknown_items, wire_field
from ._event_readers import (
    JSONObject,
    JSONValue,
    as_number,
    as_object,
    as_str,
    as_timestamp,
    enum_of,
    tuple_of,
)
from ._event_shared import Conversation, MessageContent, Organization, Queue, Tag, User

__all__ = [
    "EVENT_TYPES",
    "AgentBannedEnduserEvent",
    "AgentBannedIpEvent",
    "AgentUnbannedEnduserEvent",
    "AgentUnbannedIpEvent",
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
    "ConversationTagAddedEvent",
    "ConversationTagRemovedEvent",
    "ConversationTransferredEvent",
    "ConversationUnassignedEvent",
    "GenericEvent",
    "MessageDeliveryEvent",
    "SLAEvaluationAchievedEvent",
    "SLAEvaluationBreachedEvent",
    "SLAEvaluationPendingEvent",
    "SLAEvaluationVoidedEvent",
    "TypingStartedEvent",
    "WebhookEvent",
    "WebhookPayloadError",
    "event_name_of",
    "parse_event",
]


class WebhookPayloadError(DixaError):
    """A webhook body is not a Dixa event: not JSON, not an object, or an incomplete envelope.

    Raised by `parse_event` (and so by `WebhookReceiver.handle` after the signature checked out).
    Never raised for odd content inside `data`, which is parsed leniently.
    """


def event_name_of(fqn: str) -> WebhookEventName | None:
    """The subscription event name whose payloads carry `event_fqn` `fqn` (each member's
    *name* is its fqn, its value the PascalCase subscription name), or None for an fqn this
    SDK does not know."""
    return WebhookEventName.__members__.get(fqn)


# --------------------------------------------------------------------------- registry

_REGISTRY: dict[str, type[WebhookEvent]] = {}

EVENT_TYPES: Mapping[str, type[WebhookEvent]] = MappingProxyType(_REGISTRY)
"""Event class for each known `event_fqn` (a read-only view of the registry the classes fill
in as they are defined); any other fqn parses to `GenericEvent`."""


def _same_definition(first: type, second: type) -> bool:
    # attrs builds a slotted class twice: the `class` statement's class, then the one `define`
    # returns, which must replace it. Re-running a module (importlib.reload) looks the same.
    return (first.__module__, first.__qualname__) == (second.__module__, second.__qualname__)


def _register(cls: type[WebhookEvent], name: object) -> None:
    if not isinstance(name, WebhookEventName):
        raise TypeError(f"{cls.__qualname__}.EVENT_NAME must be a WebhookEventName, got {name!r}")
    current = _REGISTRY.get(name.name)
    if current is not None and not _same_definition(current, cls) and not issubclass(cls, current):
        raise TypeError(
            f"{cls.__qualname__} declares EVENT_NAME {name.name}, which "
            f"{current.__module__}.{current.__qualname__} already handles; subclass that class "
            "to take the event over"
        )
    _REGISTRY[name.name] = cls


# --------------------------------------------------------------------------- events

_ENVELOPE_KEYS = (
    "event_id",
    "event_fqn",
    "event_version",
    "event_timestamp",
    "organization",
    "data",
)


@define(frozen=True, kw_only=True)
class WebhookEvent:
    """Base of every parsed delivery: the envelope plus the untouched `data`.

    A subclass that sets `EVENT_NAME` in its own body registers itself for that event in
    `EVENT_TYPES`, so `parse_event` returns it. It may take an event over from a class it
    extends (to type fields this SDK leaves in `data_extra`); two unrelated classes claiming
    one event raise TypeError. Typed attributes read from `data` are declared with
    `wire_field`.

    Attributes:
        event_id: unique per event; Dixa may deliver the same event several times, so use it
            for idempotency.
        event_fqn: UPPER_SNAKE event name, e.g. `CONVERSATION_NOTE_ADDED`.
        event_version: `"1"` in every known example (None when sent as null).
        event_timestamp: when the event happened (UTC).
        organization: `{id, name}` of the Dixa organization (None when sent as null).
        data: the event's `data` object as delivered.
        extra: envelope keys this SDK does not know.
        data_extra: keys of `data` the event class does not model.
        raw: the whole decoded payload.
    """

    EVENT_NAME: ClassVar[WebhookEventName | None] = None
    """The event this class stands for (None for `GenericEvent` and the shared bases)."""

    event_id: str
    event_fqn: str
    event_version: str | None
    event_timestamp: datetime
    organization: Organization | None
    data: JSONObject = field(repr=False, hash=False)
    extra: JSONObject = field(repr=False, hash=False)
    data_extra: JSONObject = field(repr=False, hash=False)
    raw: JSONObject = field(repr=False, hash=False)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Only a class naming its event in its own body registers: inheriting EVENT_NAME (a
        # helper subclass, a test double) must not change what parse_event returns.
        if cls.__dict__.get("EVENT_NAME") is not None:
            _register(cls, cls.__dict__["EVENT_NAME"])

    @property
    def subscription_name(self) -> WebhookEventName | None:
        """The subscription event name matching `event_fqn`, if this SDK knows it."""
        return event_name_of(self.event_fqn)


@define(frozen=True, kw_only=True)
class GenericEvent(WebhookEvent):
    """An event whose `event_fqn` this SDK does not know (for example one Dixa added later).

    Everything Dixa sent is in `data` / `raw`; nothing is lost and parsing does not fail.
    """


@define(frozen=True, kw_only=True)
class ConversationEvent(WebhookEvent):
    """Base of the events that carry a `conversation` object (None if absent or null)."""

    conversation: Conversation | None = wire_field(Conversation.from_json)


@define(frozen=True, kw_only=True)
class ConversationCreatedEvent(ConversationEvent):
    """CONVERSATION_CREATED: a conversation was created. `data`: conversation."""

    EVENT_NAME = WebhookEventName.CONVERSATION_CREATED


@define(frozen=True, kw_only=True)
class ConversationOpenEvent(ConversationEvent):
    """CONVERSATION_OPEN: a conversation was (re)opened, e.g. after being closed.
    `data`: conversation."""

    EVENT_NAME = WebhookEventName.CONVERSATION_OPEN


@define(frozen=True, kw_only=True)
class ConversationPendingEvent(ConversationEvent):
    """CONVERSATION_PENDING: a follow-up was set. `data`: conversation."""

    EVENT_NAME = WebhookEventName.CONVERSATION_PENDING


@define(frozen=True, kw_only=True)
class ConversationPendingExpiredEvent(ConversationEvent):
    """CONVERSATION_PENDING_EXPIRED: a follow-up expired.

    `pending_by_user` is optional; the reference names it `pendingByUser`, which does not
    match the snake_case used elsewhere in payloads, so both spellings are read.
    """

    EVENT_NAME = WebhookEventName.CONVERSATION_PENDING_EXPIRED

    pending_by_user: User | None = wire_field(User.from_json, "pending_by_user", "pendingByUser")


@define(frozen=True, kw_only=True)
class ConversationClosedEvent(ConversationEvent):
    """CONVERSATION_CLOSED: a conversation was closed. `data`: conversation."""

    EVENT_NAME = WebhookEventName.CONVERSATION_CLOSED


@define(frozen=True, kw_only=True)
class ConversationAbandonedEvent(ConversationEvent):
    """CONVERSATION_ABANDONED: the end user left before being served. `data`: conversation,
    queue (the queue it was abandoned in)."""

    EVENT_NAME = WebhookEventName.CONVERSATION_ABANDONED

    queue: Queue | None = wire_field(Queue.from_json)


@define(frozen=True, kw_only=True)
class ConversationEnqueuedEvent(ConversationEvent):
    """CONVERSATION_ENQUEUED: a conversation entered a queue. `data`: conversation; further
    fields are not established (see `data_extra`)."""

    EVENT_NAME = WebhookEventName.CONVERSATION_ENQUEUED


@define(frozen=True, kw_only=True)
class ConversationAssignedEvent(ConversationEvent):
    """CONVERSATION_ASSIGNED. Not established beyond `conversation` (whose `assignee` is the
    new agent, presumably); any assignee details Dixa adds stay in `data_extra`."""

    EVENT_NAME = WebhookEventName.CONVERSATION_ASSIGNED


@define(frozen=True, kw_only=True)
class ConversationUnassignedEvent(ConversationEvent):
    """CONVERSATION_UNASSIGNED. `data` not established; `conversation` is read if present."""

    EVENT_NAME = WebhookEventName.CONVERSATION_UNASSIGNED


@define(frozen=True, kw_only=True)
class ConversationNoteAddedEvent(ConversationEvent):
    """CONVERSATION_NOTE_ADDED (seen in Dixa's docs): an internal note was added.
    `data`: conversation, note_id, text, created_at, author."""

    EVENT_NAME = WebhookEventName.CONVERSATION_NOTE_ADDED

    note_id: str | None = wire_field(as_str)
    text: str | None = wire_field(as_str)
    created_at: datetime | None = wire_field(as_timestamp)
    author: User | None = wire_field(User.from_json)


@define(frozen=True, kw_only=True)
class ConversationMessageAddedEvent(ConversationEvent):
    """CONVERSATION_MESSAGE_ADDED: a message was added to a conversation.

    `data`: conversation, message_id, text, created_at, direction (lower-case `outbound` in a
    fixture; mapped to `Direction` regardless of case), channel, author, content,
    external_id, attachments. The shape of an attachment is not established, so
    `attachments` holds the objects as delivered.
    """

    EVENT_NAME = WebhookEventName.CONVERSATION_MESSAGE_ADDED

    message_id: str | None = wire_field(as_str)
    text: str | None = wire_field(as_str)
    created_at: datetime | None = wire_field(as_timestamp)
    direction: Direction | str | None = wire_field(enum_of(Direction))
    channel: Channel | str | None = wire_field(enum_of(Channel))
    author: User | None = wire_field(User.from_json)
    content: MessageContent | None = wire_field(MessageContent.from_json)
    external_id: str | None = wire_field(as_str)
    attachments: tuple[JSONObject, ...] = wire_field(tuple_of(as_object), hash=False)


@define(frozen=True, kw_only=True)
class _TagChangeEvent(ConversationEvent):
    author: User | None = wire_field(User.from_json)
    tag: Tag | None = wire_field(Tag.from_json)

    @property
    def tag_name(self) -> str | None:
        """The tag's name, whether Dixa sent a bare string or an object."""
        return None if self.tag is None else self.tag.name


@define(frozen=True, kw_only=True)
class ConversationTagAddedEvent(_TagChangeEvent):
    """CONVERSATION_TAG_ADDED: `data`: conversation, author, tag (the tag's name as a string in
    fixtures; an object is accepted too). See `tag_name`."""

    EVENT_NAME = WebhookEventName.CONVERSATION_TAG_ADDED


@define(frozen=True, kw_only=True)
class ConversationTagRemovedEvent(_TagChangeEvent):
    """CONVERSATION_TAG_REMOVED: presumably shaped like TAG_ADDED (not established); read the
    same way, anything else stays in `data_extra`."""

    EVENT_NAME = WebhookEventName.CONVERSATION_TAG_REMOVED


@define(frozen=True, kw_only=True)
class ConversationRatedEvent(ConversationEvent):
    """CONVERSATION_RATED: one event per rating and one per rating comment.

    Where `score` and the rating type live is uncertain: Dixa's own service reads
    `data.score` / `data.type`, a third-party fixture has them inside `data.conversation`.
    Both are read (the `data` level wins). `rating_type` is the wire key `type`. `agent`
    comes from third-party fixtures.
    """

    EVENT_NAME = WebhookEventName.CONVERSATION_RATED

    agent: User | None = wire_field(User.from_json)
    comment: str | None = wire_field(as_str)
    score: int | float | None = wire_field(as_number, "score", "conversation.score")
    rating_type: RatingType | str | None = wire_field(
        enum_of(RatingType), "type", "conversation.type"
    )


@define(frozen=True, kw_only=True)
class ConversationTransferredEvent(ConversationEvent):
    """CONVERSATION_TRANSFERRED (to an agent or to a queue). `data` not established beyond
    `conversation`."""

    EVENT_NAME = WebhookEventName.CONVERSATION_TRANSFERRED


@define(frozen=True, kw_only=True)
class ConversationEndUserReplacedEvent(ConversationEvent):
    """CONVERSATION_END_USER_REPLACED (fqn derived, uncertain). `data` not established beyond
    `conversation`."""

    EVENT_NAME = WebhookEventName.CONVERSATION_END_USER_REPLACED


@define(frozen=True, kw_only=True)
class ConversationCustomAttributeUpdatedEvent(ConversationEvent):
    """CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED. `data` not established beyond `conversation`."""

    EVENT_NAME = WebhookEventName.CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED


@define(frozen=True, kw_only=True)
class MessageDeliveryEvent(ConversationEvent):
    """Base of CONVERSATION_MESSAGE_DELIVERY_* (fqns derived; `data` not established).

    `message_id` is read if present (an assumption: these events report on one message).
    """

    message_id: str | None = wire_field(as_str)


@define(frozen=True, kw_only=True)
class ConversationMessageDeliverySentEvent(MessageDeliveryEvent):
    """CONVERSATION_MESSAGE_DELIVERY_SENT (derived fqn; `data` not established)."""

    EVENT_NAME = WebhookEventName.CONVERSATION_MESSAGE_DELIVERY_SENT


@define(frozen=True, kw_only=True)
class ConversationMessageDeliveryDeliveredEvent(MessageDeliveryEvent):
    """CONVERSATION_MESSAGE_DELIVERY_DELIVERED (derived fqn; `data` not established)."""

    EVENT_NAME = WebhookEventName.CONVERSATION_MESSAGE_DELIVERY_DELIVERED


@define(frozen=True, kw_only=True)
class ConversationMessageDeliverySeenEvent(MessageDeliveryEvent):
    """CONVERSATION_MESSAGE_DELIVERY_SEEN (derived fqn; `data` not established)."""

    EVENT_NAME = WebhookEventName.CONVERSATION_MESSAGE_DELIVERY_SEEN


@define(frozen=True, kw_only=True)
class ConversationMessageDeliveryFailedEvent(MessageDeliveryEvent):
    """CONVERSATION_MESSAGE_DELIVERY_FAILED (derived fqn; `data` not established)."""

    EVENT_NAME = WebhookEventName.CONVERSATION_MESSAGE_DELIVERY_FAILED


@define(frozen=True, kw_only=True)
class ConversationMessageDeliveryInfoEvent(MessageDeliveryEvent):
    """CONVERSATION_MESSAGE_DELIVERY_INFO (derived fqn; `data` not established)."""

    EVENT_NAME = WebhookEventName.CONVERSATION_MESSAGE_DELIVERY_INFO


@define(frozen=True, kw_only=True)
class ConversationMessageDeliverySpamComplaintEvent(MessageDeliveryEvent):
    """CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT (derived fqn; `data` not established)."""

    EVENT_NAME = WebhookEventName.CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT


@define(frozen=True, kw_only=True)
class AgentBannedEnduserEvent(WebhookEvent):
    """AGENT_BANNED_ENDUSER (fqn derived, uncertain). `data` not established: read it from
    `data` / `data_extra`."""

    EVENT_NAME = WebhookEventName.AGENT_BANNED_ENDUSER


@define(frozen=True, kw_only=True)
class AgentUnbannedEnduserEvent(WebhookEvent):
    """AGENT_UNBANNED_ENDUSER (fqn derived, uncertain). `data` not established."""

    EVENT_NAME = WebhookEventName.AGENT_UNBANNED_ENDUSER


@define(frozen=True, kw_only=True)
class AgentBannedIpEvent(WebhookEvent):
    """AGENT_BANNED_IP (fqn derived, uncertain). `data` not established."""

    EVENT_NAME = WebhookEventName.AGENT_BANNED_IP


@define(frozen=True, kw_only=True)
class AgentUnbannedIpEvent(WebhookEvent):
    """AGENT_UNBANNED_IP (fqn derived, uncertain). `data` not established."""

    EVENT_NAME = WebhookEventName.AGENT_UNBANNED_IP


@define(frozen=True, kw_only=True)
class TypingStartedEvent(ConversationEvent):
    """TYPING_STARTED (fqn derived). `data` not established; `conversation` read if present."""

    EVENT_NAME = WebhookEventName.TYPING_STARTED


@define(frozen=True, kw_only=True)
class SLAEvaluationPendingEvent(ConversationEvent):
    """SLA_EVALUATION_PENDING (fqn derived, uncertain). `data` not established;
    `conversation` read if present."""

    EVENT_NAME = WebhookEventName.SLA_EVALUATION_PENDING


@define(frozen=True, kw_only=True)
class SLAEvaluationBreachedEvent(ConversationEvent):
    """SLA_EVALUATION_BREACHED (fqn derived, uncertain). `data` not established."""

    EVENT_NAME = WebhookEventName.SLA_EVALUATION_BREACHED


@define(frozen=True, kw_only=True)
class SLAEvaluationAchievedEvent(ConversationEvent):
    """SLA_EVALUATION_ACHIEVED (fqn derived, uncertain). `data` not established."""

    EVENT_NAME = WebhookEventName.SLA_EVALUATION_ACHIEVED


@define(frozen=True, kw_only=True)
class SLAEvaluationVoidedEvent(ConversationEvent):
    """SLA_EVALUATION_VOIDED (fqn derived, uncertain). `data` not established."""

    EVENT_NAME = WebhookEventName.SLA_EVALUATION_VOIDED


# Import-time guard (not an assert: it must survive `python -O`): a name without a class would
# silently parse as GenericEvent.
if _missing := sorted({name.name for name in WebhookEventName} - set(_REGISTRY)):
    raise RuntimeError(f"webhook events without an event class: {', '.join(_missing)}")


# --------------------------------------------------------------------------- parse_event


def _envelope_str(payload: Mapping[str, JSONValue], key: str) -> str:
    value = as_str(payload.get(key))
    if not value:
        raise WebhookPayloadError(f"payload envelope: {key!r} is missing or not a string")
    return value


def _event_from_object(payload: dict[str, JSONValue]) -> WebhookEvent:
    missing = [key for key in _ENVELOPE_KEYS if key not in payload]
    if missing:
        raise WebhookPayloadError(f"payload envelope is missing {', '.join(missing)}")
    event_id = _envelope_str(payload, "event_id")
    event_fqn = _envelope_str(payload, "event_fqn")
    stamp = payload.get("event_timestamp")
    event_timestamp = as_timestamp(stamp) if isinstance(stamp, str) else None
    if event_timestamp is None:
        raise WebhookPayloadError("payload envelope: 'event_timestamp' is not an ISO-8601 time")
    data = payload.get("data")
    if not isinstance(data, dict):
        raise WebhookPayloadError("payload envelope: 'data' is not a JSON object")
    version = payload.get("event_version")
    cls = EVENT_TYPES.get(event_fqn, GenericEvent)
    # Build through a plain callable: the per-class attribute dict is spread into the
    # attrs-generated signature, which the type checker cannot follow.
    build: Callable[..., WebhookEvent] = cls
    return build(
        event_id=event_id,
        event_fqn=event_fqn,
        event_version=str(version) if isinstance(version, float) else as_str(version),
        event_timestamp=event_timestamp,
        organization=Organization.from_json(payload.get("organization")),
        data=data,
        extra={key: value for key, value in payload.items() if key not in _ENVELOPE_KEYS},
        data_extra=unknown_items(cls, data),
        raw=payload,
        **read_fields(cls, data),
    )


def parse_event(body: bytes | str) -> WebhookEvent:
    """Decode one webhook delivery body into its typed event.

    Verify the signature on the raw bytes first (`verify_signature`); this function trusts its
    input. The class is chosen by `event_fqn` (see `EVENT_TYPES`); an unknown fqn gives a
    `GenericEvent`. Also accepts the `payload` string of a delivery-log entry.

    The envelope's six keys must be present; `event_id` and `event_fqn` must be non-empty
    strings, `event_timestamp` a timestamp, `data` an object; `organization` and
    `event_version` may be null. Inside `data` parsing is lenient (see the module docs).

    Raises:
        WebhookPayloadError: the body is not JSON (or not UTF-8), not an object, or the
            envelope is incomplete. Nothing else is raised.
    """
    if isinstance(body, bytearray | memoryview):
        body = bytes(body)
    if not isinstance(body, bytes | str):
        raise WebhookPayloadError("webhook body must be bytes or str")
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        # ValueError covers JSONDecodeError, UnicodeDecodeError and over-long integers.
        raise WebhookPayloadError("webhook body is not valid JSON") from None
    if not isinstance(payload, dict):
        raise WebhookPayloadError("webhook body is not a JSON object")
    return _event_from_object(payload)
