"""Typed models of Dixa webhook payloads and `parse_event`.

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
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar, Self, TypeAlias, TypeVar

from attrs import define, field

from dixa_async.types import parse_datetime

from .._errors import DixaError

__all__ = [
    "EVENT_TYPES",
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
    "WebhookPayloadError",
    "parse_event",
    "parse_timestamp",
]

JSONValue: TypeAlias = "str | int | float | bool | list[JSONValue] | dict[str, JSONValue] | None"
"""Any value `json.loads` can produce."""

JSONObject: TypeAlias = Mapping[str, JSONValue]
"""A decoded JSON object, as kept in `raw`, `extra` and `data`."""


class WebhookPayloadError(DixaError):
    """A webhook body is not a Dixa event: not JSON, not an object, or an incomplete envelope.

    Raised by `parse_event` (and so by `WebhookReceiver.handle` after the signature checked out).
    Never raised for odd content inside `data`, which is parsed leniently.
    """


# --------------------------------------------------------------------------- enums


class _LenientEnum(StrEnum):
    """A str enum that also matches values differing only in case or underscores.

    Dixa's webhook payloads are UPPER_SNAKE while its REST API spells the same values in
    PascalCase (`WIDGET_CHAT` vs `WidgetChat`), and a third-party fixture shows a lower-case
    `outbound`: all map to the same member. The original spelling survives in `raw`.
    """

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        folded = value.replace("_", "").casefold()
        for member in cls:
            if member.value.replace("_", "").casefold() == folded:
                return member
        return None


class Channel(_LenientEnum):
    """Conversation channel as spelled in webhook payloads.

    Only `WIDGET_CHAT` and `EMAIL` are seen in payload examples; the others are the REST
    channel names converted to UPPER_SNAKE (uncertain). Values outside this list are kept as
    plain strings.
    """

    WIDGET_CHAT = "WIDGET_CHAT"
    EMAIL = "EMAIL"
    PSTN_PHONE = "PSTN_PHONE"
    SMS = "SMS"
    CONTACT_FORM = "CONTACT_FORM"
    CALLBACK = "CALLBACK"
    VOICEMAIL = "VOICEMAIL"
    FACEBOOK_MESSENGER = "FACEBOOK_MESSENGER"
    MESSENGER = "MESSENGER"
    TWITTER = "TWITTER"
    WHATSAPP = "WHATSAPP"


class ConversationStatus(_LenientEnum):
    """Conversation status; `OPEN`, `PENDING` and `CLOSED` are the values seen."""

    OPEN = "OPEN"
    PENDING = "PENDING"
    CLOSED = "CLOSED"


class Direction(_LenientEnum):
    """Direction of a conversation or message (`outbound` in lower case also maps here)."""

    INBOUND = "INBOUND"
    OUTBOUND = "OUTBOUND"


class UserRole(_LenientEnum):
    """Values seen in a user's `roles`."""

    ENDUSER = "Enduser"
    AGENT = "Agent"
    ADMIN = "Admin"
    TEAM_LEAD = "TeamLead"
    SYSTEM_ADMIN = "SystemAdmin"


class UserType(_LenientEnum):
    """A user's `user_type` (third-party fixtures only; not in Dixa's docs example)."""

    MEMBER = "Member"
    CONTACT = "Contact"


class RatingType(_LenientEnum):
    """Rating type; `Csat` is seen in payloads, the others come from the REST rating API."""

    CSAT = "Csat"
    NPS = "Nps"
    THUMBS_UP_OR_DOWN = "ThumbsUpOrDown"


class WebhookEventName(StrEnum):
    """The 32 subscription event names (values, PascalCase, as used in `events` when creating
    a subscription); each member's *name* is the `event_fqn` Dixa puts in payloads.

    Only CONVERSATION_CREATED, _PENDING, _NOTE_ADDED, _MESSAGE_ADDED, _TAG_ADDED and _RATED
    are seen in payload examples; the other fqns are derived by converting the subscription
    name to UPPER_SNAKE. For AGENT_(UN)BANNED_*, CONVERSATION_END_USER_REPLACED and SLA_* the
    exact spelling is uncertain.
    """

    CONVERSATION_CREATED = "ConversationCreated"
    CONVERSATION_OPEN = "ConversationOpen"
    CONVERSATION_PENDING = "ConversationPending"
    CONVERSATION_PENDING_EXPIRED = "ConversationPendingExpired"
    CONVERSATION_CLOSED = "ConversationClosed"
    CONVERSATION_ABANDONED = "ConversationAbandoned"
    CONVERSATION_ENQUEUED = "ConversationEnqueued"
    CONVERSATION_ASSIGNED = "ConversationAssigned"
    CONVERSATION_UNASSIGNED = "ConversationUnassigned"
    CONVERSATION_NOTE_ADDED = "ConversationNoteAdded"
    CONVERSATION_MESSAGE_ADDED = "ConversationMessageAdded"
    CONVERSATION_TAG_ADDED = "ConversationTagAdded"
    CONVERSATION_TAG_REMOVED = "ConversationTagRemoved"
    CONVERSATION_RATED = "ConversationRated"
    CONVERSATION_TRANSFERRED = "ConversationTransferred"
    CONVERSATION_END_USER_REPLACED = "ConversationEndUserReplaced"
    CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED = "ConversationCustomAttributeUpdated"
    CONVERSATION_MESSAGE_DELIVERY_SENT = "ConversationMessageDeliverySent"
    CONVERSATION_MESSAGE_DELIVERY_DELIVERED = "ConversationMessageDeliveryDelivered"
    CONVERSATION_MESSAGE_DELIVERY_SEEN = "ConversationMessageDeliverySeen"
    CONVERSATION_MESSAGE_DELIVERY_FAILED = "ConversationMessageDeliveryFailed"
    CONVERSATION_MESSAGE_DELIVERY_INFO = "ConversationMessageDeliveryInfo"
    CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT = "ConversationMessageDeliverySpamComplaint"
    AGENT_BANNED_ENDUSER = "AgentBannedEnduser"
    AGENT_UNBANNED_ENDUSER = "AgentUnbannedEnduser"
    AGENT_BANNED_IP = "AgentBannedIp"
    AGENT_UNBANNED_IP = "AgentUnbannedIp"
    TYPING_STARTED = "TypingStarted"
    SLA_EVALUATION_PENDING = "SLAEvaluationPending"
    SLA_EVALUATION_BREACHED = "SLAEvaluationBreached"
    SLA_EVALUATION_ACHIEVED = "SLAEvaluationAchieved"
    SLA_EVALUATION_VOIDED = "SLAEvaluationVoided"

    @property
    def fqn(self) -> str:
        """The `event_fqn` carried by payloads of this event."""
        return self.name

    @classmethod
    def from_fqn(cls, fqn: str) -> WebhookEventName | None:
        """The subscription name for an `event_fqn`, or None for an fqn this SDK does not know."""
        member = cls.__members__.get(fqn)
        return member


# --------------------------------------------------------------------------- lenient readers

_E = TypeVar("_E", bound=_LenientEnum)


def parse_timestamp(value: str) -> datetime:
    """Parse a Dixa timestamp into an aware UTC-based datetime.

    Accepts ISO-8601 with or without fractional seconds and with `Z` or a numeric offset, the
    Java `ZonedDateTime` form with a zone-id suffix (`2021-12-01T12:46:36.581Z[GMT]`: the
    `[...]` part is dropped) and zone-less local date-times (`2021-12-01T12:46:35.935`), which
    are taken to be UTC like every other Dixa timestamp.

    Raises:
        ValueError: the text is not such a timestamp.
    """
    try:
        parsed = parse_datetime(value)
    except (ValueError, OverflowError, TypeError) as exc:
        raise ValueError(f"not an ISO-8601 timestamp: {value[:64]!r}") from exc
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        # An offset pushing a year-1 or year-9999 value out of range: keep the original zone.
        return parsed


def _timestamp(value: JSONValue) -> datetime | None:
    if isinstance(value, str):
        try:
            return parse_timestamp(value)
        except ValueError:
            return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        # Not seen in webhook payloads, but Dixa uses epoch millis in the signature header.
        try:
            return datetime.fromtimestamp(value / 1000, tz=UTC)
        except (ValueError, OverflowError, OSError):
            return None
    return None


def _obj(value: JSONValue) -> dict[str, JSONValue] | None:
    return value if isinstance(value, dict) else None


def _str(value: JSONValue) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _int(value: JSONValue) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]{1,19}", value.strip()):
        return int(value)
    return None


def _number(value: JSONValue) -> int | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        as_int = _int(value)
        if as_int is not None:
            return as_int
        if re.fullmatch(r"-?[0-9]{1,19}\.[0-9]{1,19}", value.strip()):
            return float(value)
    return None


def _bool(value: JSONValue) -> bool | None:
    return value if isinstance(value, bool) else None


def _enum(kind: type[_E], value: JSONValue) -> _E | str | None:
    if not isinstance(value, str):
        return None
    try:
        return kind(value)
    except ValueError:
        return value  # a value Dixa added later: keep it rather than fail


def _extra(source: Mapping[str, JSONValue], known: frozenset[str]) -> dict[str, JSONValue]:
    return {k: v for k, v in source.items() if k not in known}


def _first(source: Mapping[str, JSONValue], *keys: str) -> JSONValue:
    """The first of `keys` present with a non-null value (for keys whose spelling is unsure)."""
    for key in keys:
        value = source.get(key)
        if value is not None:
            return value
    return None


# --------------------------------------------------------------------------- common objects

# Every model's `raw` / `extra` mapping is declared with field(repr=False, hash=False): dicts
# are unhashable and noisy in reprs, but they still take part in equality.


@define(frozen=True, kw_only=True)
class _IdAndName:
    """An `{id, name}` reference, the shape of both the envelope's organization and a queue."""

    id: str | None
    name: str | None
    extra: JSONObject = field(repr=False, hash=False)
    raw: JSONObject = field(repr=False, hash=False)

    _KEYS: ClassVar[frozenset[str]] = frozenset({"id", "name"})

    @classmethod
    def from_json(cls, value: JSONValue) -> Self | None:
        obj = _obj(value)
        if obj is None:
            return None
        return cls(
            id=_str(obj.get("id")),
            name=_str(obj.get("name")),
            extra=_extra(obj, cls._KEYS),
            raw=obj,
        )


@define(frozen=True, kw_only=True)
class Organization(_IdAndName):
    """The `organization` of the envelope."""


@define(frozen=True, kw_only=True)
class Queue(_IdAndName):
    """A queue reference `{id, name}`."""


@define(frozen=True, kw_only=True)
class Tag:
    """A tag: `{id, name, is_deactivated}` in third-party fixtures, or a bare name string (as in
    CONVERSATION_TAG_ADDED's `tag`). A bare string is represented with only `name` set and
    `raw == {"name": <string>}`."""

    id: str | None
    name: str | None
    is_deactivated: bool | None
    extra: JSONObject = field(repr=False, hash=False)
    raw: JSONObject = field(repr=False, hash=False)

    _KEYS: ClassVar[frozenset[str]] = frozenset({"id", "name", "is_deactivated"})

    @classmethod
    def from_json(cls, value: JSONValue) -> Tag | None:
        if isinstance(value, str):
            return cls(id=None, name=value, is_deactivated=None, extra={}, raw={"name": value})
        obj = _obj(value)
        if obj is None:
            return None
        return cls(
            id=_str(obj.get("id")),
            name=_str(obj.get("name")),
            is_deactivated=_bool(obj.get("is_deactivated")),
            extra=_extra(obj, cls._KEYS),
            raw=obj,
        )


@define(frozen=True, kw_only=True)
class User:
    """A person: requester, assignee, author, agent.

    `roles` values seen: Enduser, Agent, Admin, TeamLead, SystemAdmin. `user_type`
    (Member/Contact) appears only in third-party fixtures.
    """

    id: str | None
    name: str | None
    email: str | None
    phone: str | None
    roles: tuple[UserRole | str, ...]
    user_type: UserType | str | None
    extra: JSONObject = field(repr=False, hash=False)
    raw: JSONObject = field(repr=False, hash=False)

    _KEYS: ClassVar[frozenset[str]] = frozenset(
        {"id", "name", "email", "phone", "roles", "user_type"}
    )

    @classmethod
    def from_json(cls, value: JSONValue) -> User | None:
        obj = _obj(value)
        if obj is None:
            return None
        roles_raw = obj.get("roles")
        roles: tuple[UserRole | str, ...] = ()
        if isinstance(roles_raw, list):
            roles = tuple(
                role
                for role in (_enum(UserRole, r) for r in roles_raw)
                if role is not None  # drop non-string junk; raw keeps it
            )
        return cls(
            id=_str(obj.get("id")),
            name=_str(obj.get("name")),
            email=_str(obj.get("email")),
            phone=_str(obj.get("phone")),
            roles=roles,
            user_type=_enum(UserType, obj.get("user_type")),
            extra=_extra(obj, cls._KEYS),
            raw=obj,
        )


@define(frozen=True, kw_only=True)
class Conversation:
    """The `conversation` object carried by conversation events.

    `csid` is Dixa's int64 conversation id; `queue` and `assignee` may be absent or null;
    `tags` are `{id, name, is_deactivated}` objects in third-party fixtures (bare strings
    accepted too). Keys not listed here (for example a rating's `score`) stay in `extra`.
    """

    csid: int | None
    channel: Channel | str | None
    status: ConversationStatus | str | None
    direction: Direction | str | None
    queue: Queue | None
    contact_point: str | None
    requester: User | None
    assignee: User | None
    subject: str | None
    tags: tuple[Tag, ...]
    created_at: datetime | None
    extra: JSONObject = field(repr=False, hash=False)
    raw: JSONObject = field(repr=False, hash=False)

    _KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "csid",
            "channel",
            "status",
            "direction",
            "queue",
            "contact_point",
            "requester",
            "assignee",
            "subject",
            "tags",
            "created_at",
        }
    )

    @classmethod
    def from_json(cls, value: JSONValue) -> Conversation | None:
        obj = _obj(value)
        if obj is None:
            return None
        tags_raw = obj.get("tags")
        tags: tuple[Tag, ...] = ()
        if isinstance(tags_raw, list):
            tags = tuple(tag for tag in (Tag.from_json(t) for t in tags_raw) if tag is not None)
        return cls(
            csid=_int(obj.get("csid")),
            channel=_enum(Channel, obj.get("channel")),
            status=_enum(ConversationStatus, obj.get("status")),
            direction=_enum(Direction, obj.get("direction")),
            queue=Queue.from_json(obj.get("queue")),
            contact_point=_str(obj.get("contact_point")),
            requester=User.from_json(obj.get("requester")),
            assignee=User.from_json(obj.get("assignee")),
            subject=_str(obj.get("subject")),
            tags=tags,
            created_at=_timestamp(obj.get("created_at")),
            extra=_extra(obj, cls._KEYS),
            raw=obj,
        )


@define(frozen=True, kw_only=True)
class MessageContent:
    """`content` of CONVERSATION_MESSAGE_ADDED (third-party model): the text plus links to the
    original and processed content."""

    text: str | None
    content_type: str | None
    original_content_url: str | None
    processed_content_url: str | None
    extra: JSONObject = field(repr=False, hash=False)
    raw: JSONObject = field(repr=False, hash=False)

    _KEYS: ClassVar[frozenset[str]] = frozenset(
        {"text", "content_type", "original_content_url", "processed_content_url"}
    )

    @classmethod
    def from_json(cls, value: JSONValue) -> MessageContent | None:
        obj = _obj(value)
        if obj is None:
            return None
        return cls(
            text=_str(obj.get("text")),
            content_type=_str(obj.get("content_type")),
            original_content_url=_str(obj.get("original_content_url")),
            processed_content_url=_str(obj.get("processed_content_url")),
            extra=_extra(obj, cls._KEYS),
            raw=obj,
        )


# --------------------------------------------------------------------------- events


@define(frozen=True, kw_only=True)
class WebhookEvent:
    """Base of every parsed delivery: the envelope plus the untouched `data`.

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
    """The subscription name this class stands for (None for `GenericEvent` and bases)."""

    # Keys of `data` turned into typed attributes by this class (and its bases).
    _DATA_KEYS: ClassVar[frozenset[str]] = frozenset()

    event_id: str
    event_fqn: str
    event_version: str | None
    event_timestamp: datetime
    organization: Organization | None
    data: JSONObject = field(repr=False, hash=False)
    extra: JSONObject = field(repr=False, hash=False)
    data_extra: JSONObject = field(repr=False, hash=False)
    raw: JSONObject = field(repr=False, hash=False)

    @property
    def subscription_name(self) -> WebhookEventName | None:
        """The subscription event name matching `event_fqn`, if this SDK knows it."""
        return WebhookEventName.from_fqn(self.event_fqn)

    @classmethod
    def _data_fields(cls, data: Mapping[str, JSONValue]) -> dict[str, Any]:
        """Typed attributes read from `data`; subclasses extend this."""
        return {}


@define(frozen=True, kw_only=True)
class GenericEvent(WebhookEvent):
    """An event whose `event_fqn` this SDK does not know (for example one Dixa added later).

    Everything Dixa sent is in `data` / `raw`; nothing is lost and parsing does not fail.
    """


@define(frozen=True, kw_only=True)
class ConversationEvent(WebhookEvent):
    """Base of the events that carry a `conversation` object (None if absent or null)."""

    _DATA_KEYS: ClassVar[frozenset[str]] = frozenset({"conversation"})

    conversation: Conversation | None

    @classmethod
    def _data_fields(cls, data: Mapping[str, JSONValue]) -> dict[str, Any]:
        return super()._data_fields(data) | {
            "conversation": Conversation.from_json(data.get("conversation"))
        }


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
    _DATA_KEYS = ConversationEvent._DATA_KEYS | {"pending_by_user", "pendingByUser"}

    pending_by_user: User | None

    @classmethod
    def _data_fields(cls, data: Mapping[str, JSONValue]) -> dict[str, Any]:
        return super()._data_fields(data) | {
            "pending_by_user": User.from_json(_first(data, "pending_by_user", "pendingByUser"))
        }


@define(frozen=True, kw_only=True)
class ConversationClosedEvent(ConversationEvent):
    """CONVERSATION_CLOSED: a conversation was closed. `data`: conversation."""

    EVENT_NAME = WebhookEventName.CONVERSATION_CLOSED


@define(frozen=True, kw_only=True)
class ConversationAbandonedEvent(ConversationEvent):
    """CONVERSATION_ABANDONED: the end user left before being served. `data`: conversation,
    queue (the queue it was abandoned in)."""

    EVENT_NAME = WebhookEventName.CONVERSATION_ABANDONED
    _DATA_KEYS = ConversationEvent._DATA_KEYS | {"queue"}

    queue: Queue | None

    @classmethod
    def _data_fields(cls, data: Mapping[str, JSONValue]) -> dict[str, Any]:
        return super()._data_fields(data) | {"queue": Queue.from_json(data.get("queue"))}


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
    _DATA_KEYS = ConversationEvent._DATA_KEYS | {"note_id", "text", "created_at", "author"}

    note_id: str | None
    text: str | None
    created_at: datetime | None
    author: User | None

    @classmethod
    def _data_fields(cls, data: Mapping[str, JSONValue]) -> dict[str, Any]:
        return super()._data_fields(data) | {
            "note_id": _str(data.get("note_id")),
            "text": _str(data.get("text")),
            "created_at": _timestamp(data.get("created_at")),
            "author": User.from_json(data.get("author")),
        }


@define(frozen=True, kw_only=True)
class ConversationMessageAddedEvent(ConversationEvent):
    """CONVERSATION_MESSAGE_ADDED: a message was added to a conversation.

    `data`: conversation, message_id, text, created_at, direction (lower-case `outbound` in a
    fixture; mapped to `Direction` regardless of case), channel, author, content,
    external_id, attachments. The shape of an attachment is not established, so
    `attachments` holds the objects as delivered.
    """

    EVENT_NAME = WebhookEventName.CONVERSATION_MESSAGE_ADDED
    _DATA_KEYS = ConversationEvent._DATA_KEYS | {
        "message_id",
        "text",
        "created_at",
        "direction",
        "channel",
        "author",
        "content",
        "external_id",
        "attachments",
    }

    message_id: str | None
    text: str | None
    created_at: datetime | None
    direction: Direction | str | None
    channel: Channel | str | None
    author: User | None
    content: MessageContent | None
    external_id: str | None
    attachments: tuple[JSONObject, ...] = field(hash=False)

    @classmethod
    def _data_fields(cls, data: Mapping[str, JSONValue]) -> dict[str, Any]:
        attachments = data.get("attachments")
        return super()._data_fields(data) | {
            "message_id": _str(data.get("message_id")),
            "text": _str(data.get("text")),
            "created_at": _timestamp(data.get("created_at")),
            "direction": _enum(Direction, data.get("direction")),
            "channel": _enum(Channel, data.get("channel")),
            "author": User.from_json(data.get("author")),
            "content": MessageContent.from_json(data.get("content")),
            "external_id": _str(data.get("external_id")),
            "attachments": tuple(a for a in attachments if isinstance(a, dict))
            if isinstance(attachments, list)
            else (),
        }


@define(frozen=True, kw_only=True)
class _TagChangeEvent(ConversationEvent):
    _DATA_KEYS = ConversationEvent._DATA_KEYS | {"author", "tag"}

    author: User | None
    tag: Tag | None

    @property
    def tag_name(self) -> str | None:
        """The tag's name, whether Dixa sent a bare string or an object."""
        return None if self.tag is None else self.tag.name

    @classmethod
    def _data_fields(cls, data: Mapping[str, JSONValue]) -> dict[str, Any]:
        return super()._data_fields(data) | {
            "author": User.from_json(data.get("author")),
            "tag": Tag.from_json(data.get("tag")),
        }


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
    _DATA_KEYS = ConversationEvent._DATA_KEYS | {"agent", "comment", "score", "type"}

    agent: User | None
    comment: str | None
    score: int | float | None
    rating_type: RatingType | str | None

    @classmethod
    def _data_fields(cls, data: Mapping[str, JSONValue]) -> dict[str, Any]:
        inner = _obj(data.get("conversation")) or {}
        score = _number(data.get("score"))
        if score is None:
            score = _number(inner.get("score"))
        rating_type = _enum(RatingType, data.get("type"))
        if rating_type is None:
            rating_type = _enum(RatingType, inner.get("type"))
        return super()._data_fields(data) | {
            "agent": User.from_json(data.get("agent")),
            "comment": _str(data.get("comment")),
            "score": score,
            "rating_type": rating_type,
        }


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

    _DATA_KEYS = ConversationEvent._DATA_KEYS | {"message_id"}

    message_id: str | None

    @classmethod
    def _data_fields(cls, data: Mapping[str, JSONValue]) -> dict[str, Any]:
        return super()._data_fields(data) | {"message_id": _str(data.get("message_id"))}


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


def _registry() -> dict[str, type[WebhookEvent]]:
    classes: list[type[WebhookEvent]] = [
        ConversationCreatedEvent,
        ConversationOpenEvent,
        ConversationPendingEvent,
        ConversationPendingExpiredEvent,
        ConversationClosedEvent,
        ConversationAbandonedEvent,
        ConversationEnqueuedEvent,
        ConversationAssignedEvent,
        ConversationUnassignedEvent,
        ConversationNoteAddedEvent,
        ConversationMessageAddedEvent,
        ConversationTagAddedEvent,
        ConversationTagRemovedEvent,
        ConversationRatedEvent,
        ConversationTransferredEvent,
        ConversationEndUserReplacedEvent,
        ConversationCustomAttributeUpdatedEvent,
        ConversationMessageDeliverySentEvent,
        ConversationMessageDeliveryDeliveredEvent,
        ConversationMessageDeliverySeenEvent,
        ConversationMessageDeliveryFailedEvent,
        ConversationMessageDeliveryInfoEvent,
        ConversationMessageDeliverySpamComplaintEvent,
        AgentBannedEnduserEvent,
        AgentUnbannedEnduserEvent,
        AgentBannedIpEvent,
        AgentUnbannedIpEvent,
        TypingStartedEvent,
        SLAEvaluationPendingEvent,
        SLAEvaluationBreachedEvent,
        SLAEvaluationAchievedEvent,
        SLAEvaluationVoidedEvent,
    ]
    registry: dict[str, type[WebhookEvent]] = {}
    for cls in classes:
        assert cls.EVENT_NAME is not None
        registry[cls.EVENT_NAME.fqn] = cls
    # Import-time guard: one class per subscription name, no gaps.
    assert len(registry) == len(WebhookEventName), "event class table out of sync"
    return registry


EVENT_TYPES: Mapping[str, type[WebhookEvent]] = _registry()
"""Event class for each known `event_fqn`; any other fqn parses to `GenericEvent`."""


# --------------------------------------------------------------------------- parse_event


def _envelope_str(payload: Mapping[str, JSONValue], key: str) -> str:
    value = _str(payload.get(key))
    if not value:
        raise WebhookPayloadError(f"payload envelope: {key!r} is missing or not a string")
    return value


def _event_from_object(payload: dict[str, JSONValue]) -> WebhookEvent:
    missing = [
        key
        for key in (
            "event_id",
            "event_fqn",
            "event_version",
            "event_timestamp",
            "organization",
            "data",
        )
        if key not in payload
    ]
    if missing:
        raise WebhookPayloadError(f"payload envelope is missing {', '.join(missing)}")
    event_id = _envelope_str(payload, "event_id")
    event_fqn = _envelope_str(payload, "event_fqn")
    stamp = payload.get("event_timestamp")
    event_timestamp = _timestamp(stamp) if isinstance(stamp, str) else None
    if event_timestamp is None:
        raise WebhookPayloadError("payload envelope: 'event_timestamp' is not an ISO-8601 time")
    data = payload.get("data")
    if not isinstance(data, dict):
        raise WebhookPayloadError("payload envelope: 'data' is not a JSON object")
    version = payload.get("event_version")
    cls = EVENT_TYPES.get(event_fqn, GenericEvent)
    fields = cls._data_fields(data)
    # Build with a plain callable so the per-class attribute dict can be spread without
    # fighting the attrs-generated signatures.
    build: Callable[..., WebhookEvent] = cls
    return build(
        event_id=event_id,
        event_fqn=event_fqn,
        event_version=_str(version) if not isinstance(version, float) else str(version),
        event_timestamp=event_timestamp,
        organization=Organization.from_json(payload.get("organization")),
        data=data,
        extra=_extra(
            payload,
            frozenset(
                {
                    "event_id",
                    "event_fqn",
                    "event_version",
                    "event_timestamp",
                    "organization",
                    "data",
                }
            ),
        ),
        data_extra=_extra(data, cls._DATA_KEYS),
        raw=payload,
        **fields,
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
