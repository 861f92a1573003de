"""Objects shared by several webhook events: organization, queue, tag, user, conversation,
message content.

Shapes come from Dixa's delivery-log example and third-party fixtures. Every object keeps the
JSON it was read from in `raw` and the keys it does not model in `extra`; each attribute reads
leniently (a missing key, a null and a value of the wrong JSON type all give None or `()`).
"""

# `wire_field` returns an attrs `field()` (it is one, with metadata), which RUF009 cannot
# tell from a call evaluated once as a shared default.
# ruff: noqa: RUF009

from __future__ import annotations

from datetime import datetime
from typing import Self

from attrs import define, field

from ._event_enums import Channel, ConversationStatus, Direction, UserRole, UserType
from ._event_fields import read_fields, unknown_items, wire_field
from ._event_readers import (
    JSONObject,
    JSONValue,
    as_bool,
    as_int,
    as_object,
    as_str,
    as_timestamp,
    enum_of,
    tuple_of,
)

__all__ = ["Conversation", "MessageContent", "Organization", "Queue", "Tag", "User"]


# `raw` / `extra` are declared with field(repr=False, hash=False): dicts are unhashable and
# noisy in reprs, but they still take part in equality.


@define(frozen=True, kw_only=True)
class _PayloadObject:
    """Base of the shared objects: `wire_field` attributes plus `extra` and `raw`."""

    extra: JSONObject = field(repr=False, hash=False)
    raw: JSONObject = field(repr=False, hash=False)

    @classmethod
    def from_json(cls, value: JSONValue) -> Self | None:
        """The object read from `value`, or None when `value` is not a JSON object."""
        obj = as_object(value)
        if obj is None:
            return None
        return cls(**read_fields(cls, obj), extra=unknown_items(cls, obj), raw=obj)


@define(frozen=True, kw_only=True)
class _IdAndName(_PayloadObject):
    """An `{id, name}` reference, the shape of both the envelope's organization and a queue."""

    id: str | None = wire_field(as_str)
    name: str | None = wire_field(as_str)


@define(frozen=True, kw_only=True)
class Organization(_IdAndName):
    """The `organization` of the envelope."""


@define(frozen=True, kw_only=True)
class Queue(_IdAndName):
    """A queue reference `{id, name}`."""


@define(frozen=True, kw_only=True)
class Tag(_PayloadObject):
    """A tag: `{id, name, is_deactivated}` in third-party fixtures, or a bare name string (as in
    CONVERSATION_TAG_ADDED's `tag`). A bare string is represented with only `name` set and
    `raw == {"name": <string>}`."""

    id: str | None = wire_field(as_str)
    name: str | None = wire_field(as_str)
    is_deactivated: bool | None = wire_field(as_bool)

    @classmethod
    def from_json(cls, value: JSONValue) -> Self | None:
        return super().from_json({"name": value} if isinstance(value, str) else value)


@define(frozen=True, kw_only=True)
class User(_PayloadObject):
    """A person: requester, assignee, author, agent.

    `roles` values seen: Enduser, Agent, Admin, TeamLead, SystemAdmin (non-string entries are
    dropped; `raw` keeps them). `user_type` (Member/Contact) appears only in third-party
    fixtures.
    """

    id: str | None = wire_field(as_str)
    name: str | None = wire_field(as_str)
    email: str | None = wire_field(as_str)
    phone: str | None = wire_field(as_str)
    roles: tuple[UserRole | str, ...] = wire_field(tuple_of(enum_of(UserRole)))
    user_type: UserType | str | None = wire_field(enum_of(UserType))


@define(frozen=True, kw_only=True)
class Conversation(_PayloadObject):
    """The `conversation` object carried by conversation events.

    `csid` is Dixa's int64 conversation id; `queue` and `assignee` may be absent or null;
    `tags` are `{id, name, is_deactivated}` objects in third-party fixtures (bare strings
    accepted too). Keys not listed here (for example a rating's `score`) stay in `extra`.
    """

    csid: int | None = wire_field(as_int)
    channel: Channel | str | None = wire_field(enum_of(Channel))
    status: ConversationStatus | str | None = wire_field(enum_of(ConversationStatus))
    direction: Direction | str | None = wire_field(enum_of(Direction))
    queue: Queue | None = wire_field(Queue.from_json)
    contact_point: str | None = wire_field(as_str)
    requester: User | None = wire_field(User.from_json)
    assignee: User | None = wire_field(User.from_json)
    subject: str | None = wire_field(as_str)
    tags: tuple[Tag, ...] = wire_field(tuple_of(Tag.from_json))
    created_at: datetime | None = wire_field(as_timestamp)


@define(frozen=True, kw_only=True)
class MessageContent(_PayloadObject):
    """`content` of CONVERSATION_MESSAGE_ADDED (third-party model): the text plus links to the
    original and processed content."""

    text: str | None = wire_field(as_str)
    content_type: str | None = wire_field(as_str)
    original_content_url: str | None = wire_field(as_str)
    processed_content_url: str | None = wire_field(as_str)
