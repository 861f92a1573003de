"""The fake's in-memory state: entities, an operation log and write counters.

Seeded conversations are compact slot objects; their messages and notes are built from the seed on
first access, so large organisations stay cheap until a test actually reads them.
"""

from __future__ import annotations

import random
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._kb import Knowledge
from ._wire import JSON, iso_s, zoned

CHANNELS = (
    "Email",
    "WidgetChat",
    "ContactForm",
    "PstnPhone",
    "Sms",
    "WhatsApp",
    "FacebookMessenger",
    "Messenger",
)
CHANNEL_WEIGHTS = (40, 25, 8, 10, 5, 5, 4, 3)
CONVERSATION_TYPES = {
    "Email": "EmailConversation",
    "WidgetChat": "ChatConversation",
    "ContactForm": "ContactFormConversation",
    "PstnPhone": "PstnPhoneConversation",
    "Sms": "SmsConversation",
    "WhatsApp": "WhatsAppConversation",
    "FacebookMessenger": "FacebookMessengerConversation",
    "Messenger": "MessengerConversation",
    "Callback": "GenericConversation",
    "Voicemail": "GenericConversation",
    "Twitter": "GenericConversation",
}
# Search filters name channels in lower case and differently (SearchField `Channel`).
SEARCH_CHANNELS = {
    "Email": "email",
    "WidgetChat": "chat",
    "ContactForm": "contactform",
    "PstnPhone": "phone",
    "Sms": "sms",
    "WhatsApp": "whatsapp",
    "FacebookMessenger": "facebookmessenger",
    "Messenger": "dixamessenger",
    "Callback": "callback",
    "Voicemail": "voicemail",
    "Twitter": "genericapimessaging",
}
SUBJECTS = (
    "Where is my order",
    "Refund request for damaged item",
    "Cannot log in to my account",
    "Change delivery address",
    "Invoice is missing",
    "Question about subscription renewal",
    "Product arrived broken",
    "Discount code does not work",
    "Cancel my order",
    "Warranty claim",
    "Password reset email never arrived",
    "Update payment details",
)
BODIES = (
    "Hi, I ordered last week and the package has still not arrived. Can you check the tracking?",
    "The item was damaged in transit and I would like a refund please.",
    "I keep getting an error when I try to log in, the password reset does not help.",
    "Could you ship my order to my office address instead?",
    "I did not receive an invoice for my last purchase.",
    "Will my subscription renew automatically next month?",
    "The product arrived with a cracked screen.",
    "The discount code from your newsletter is rejected at checkout.",
    "Please cancel the order I placed this morning.",
    "My device stopped working after two months, is it covered by warranty?",
    "I requested a password reset but no email came through.",
    "My card expired, how do I update my payment details?",
)
NOTES = (
    "Customer is a VIP, handle with priority.",
    "Checked with the warehouse, parcel is delayed.",
    "Refund approved by team lead.",
    "Escalated to second line support.",
    "Waiting for the customer to send photos.",
)
FIRST_NAMES = (
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Emma",
    "Felix",
    "Greta",
    "Hugo",
    "Ida",
    "Jonas",
    "Karin",
    "Lars",
    "Maja",
    "Nils",
    "Olga",
    "Peter",
    "Rita",
    "Sven",
    "Tina",
    "Uwe",
)
LAST_NAMES = (
    "Hansen",
    "Jensen",
    "Nielsen",
    "Larsen",
    "Schmidt",
    "Müller",
    "Berg",
    "Lund",
    "Dahl",
    "Holm",
    "Krause",
    "Vogel",
)
STATES = ("Open", "Closed", "Pending")
STATE_WEIGHTS = (30, 60, 10)
EPOCH = 1_704_067_200  # 2024-01-01T00:00:00Z: seeded history starts here, independent of the clock.
SEED_SPAN = 180 * 86_400


# What customers write with a rating, for the seeded ratings that carry a comment.
_RATING_COMMENTS = (
    "Quick and helpful, thanks!",
    "Took a while, but solved.",
    "Still waiting for the refund.",
)


@dataclass(slots=True)
class Conversation:
    id: int
    channel: str
    requester_id: str
    created: float
    state: str = "Open"
    state_updated: float = 0.0
    direction: str = "Inbound"
    agent_id: str | None = None
    queue_id: str | None = None
    subject: str | None = None
    body: str = ""
    closed: float | None = None
    last_message: float = 0.0
    tags: list[str] = field(default_factory=list)
    attributes: dict[str, Any] | None = None
    link: JSON | None = None
    anonymized: float | None = None
    language: str | None = None
    seeded: bool = False
    messages: list[JSON] | None = None
    notes: list[JSON] | None = None
    ratings: list[JSON] | None = None
    activity: list[JSON] | None = None


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    """One state-changing request the fake processed (whether or not its response got through)."""

    method: str
    route: str
    path: str
    status: int
    token: str = field(repr=False)


class Store:
    """All entities of one fake organisation, keyed the way Dixa addresses them."""

    # Set by the seed (`_seed.seeded_store`): the knowledge base and templates (beta).
    knowledge: Knowledge

    def __init__(
        self,
        *,
        seed: int,
        clock: Callable[[], float],
    ) -> None:
        """An empty organisation (its `org` only): `_seed.seeded_store` fills one."""
        self.seed = seed
        self.clock = clock
        self.rng = random.Random(seed)
        self.org: JSON = {
            "id": self.uuid(),
            "name": "Acme Support",
            "status": "Active",
            "subdomain": "acme",
        }
        self.agents: dict[str, JSON] = {}
        self.presence: dict[str, JSON] = {}
        self.end_users: dict[str, JSON] = {}
        self.teams: dict[str, JSON] = {}
        self.team_members: dict[str, list[str]] = {}
        self.queues: dict[str, JSON] = {}
        self.queue_members: dict[str, dict[str, int]] = {}
        self.tags: dict[str, JSON] = {}
        self.attribute_defs: dict[str, JSON] = {}
        self.contact_endpoints: dict[str, JSON] = {}
        self.schedules: dict[str, JSON] = {}
        self.conversations: dict[int, Conversation] = {}
        self.by_requester: dict[str, list[int]] = {}
        self.webhooks: dict[str, JSON] = {}
        self.deliveries: dict[tuple[str, str], list[JSON]] = {}
        self.anonymizations: dict[str, JSON] = {}
        self.flows: list[JSON] = []
        self.operations: list[LoggedRequest] = []
        self.counts: Counter[str] = Counter()
        self.listeners: list[Callable[[str, Conversation, JSON], None]] = []
        self.next_csid = 1000
        # Set by the seed (`_seed.seeded_store`), which this module does not import: makes the
        # messages of a seeded conversation on first access.
        self.message_seeder: Callable[[Store, Conversation, random.Random], None] | None = None

    # ---- helpers -------------------------------------------------------------------------

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def now(self) -> float:
        return self.clock()

    def emit(self, event: str, conversation: Conversation, extra: JSON | None = None) -> None:
        for listener in self.listeners:
            listener(event, conversation, extra or {})

    def conversation(self, csid: int) -> Conversation:
        from ._wire import not_found

        found = self.conversations.get(csid)
        if found is None:
            raise not_found()
        return found

    def add_conversation(self, conv: Conversation) -> Conversation:
        self.conversations[conv.id] = conv
        self.by_requester.setdefault(conv.requester_id, []).append(conv.id)
        self.next_csid = max(self.next_csid, conv.id + 1)
        return conv

    def log_activity(
        self, conv: Conversation, kind: str, author: str | None, at: float | None = None
    ) -> None:
        entries = self.activity_of(conv)
        entry: JSON = {
            "id": self.uuid(),
            "_type": kind,
            "activityTimestamp": zoned(self.now() if at is None else at),
            "activityType": activity_type(kind),
            "conversationId": conv.id,
        }
        if author is not None:
            entry["author"] = self.activity_user(author)
        entries.append(entry)

    def activity_user(self, user_id: str) -> JSON:
        user = self.agents.get(user_id) or self.end_users.get(user_id)
        out: JSON = {"id": user_id}
        if user is not None:
            if user.get("displayName"):
                out["name"] = user["displayName"]
            if user.get("email"):
                out["email"] = user["email"]
        return out

    # ---- lazily materialised conversation parts --------------------------------------------

    def _conv_rng(self, conv: Conversation) -> random.Random:
        return random.Random(self.seed * 1_000_003 + conv.id)

    def messages_of(self, conv: Conversation) -> list[JSON]:
        if conv.messages is None:
            conv.messages = []
            if conv.seeded and self.message_seeder is not None:
                self.message_seeder(self, conv, self._conv_rng(conv))
        return conv.messages

    def notes_of(self, conv: Conversation) -> list[JSON]:
        if conv.notes is None:
            conv.notes = []
            if conv.seeded and conv.agent_id and conv.id % 3 == 0:
                rng = self._conv_rng(conv)
                conv.notes.append(
                    {
                        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        "authorId": conv.agent_id,
                        "createdAt": zoned(conv.created + 600),
                        "csid": conv.id,
                        "message": NOTES[conv.id % len(NOTES)],
                    }
                )
        return conv.notes

    def ratings_of(self, conv: Conversation) -> list[JSON]:
        if conv.ratings is None:
            conv.ratings = []
            if conv.seeded and conv.state == "Closed" and conv.agent_id and conv.id % 4 == 0:
                rng = self._conv_rng(conv)
                closed = conv.closed or conv.created
                conv.ratings.append(
                    {
                        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        "agentId": conv.agent_id,
                        "userId": conv.requester_id,
                        "conversationChannel": conv.channel,
                        "ratingType": "Csat",
                        "ratingStatus": "Rated",
                        "ratingScore": 1 + conv.id % 5,
                        **(
                            {"ratingComment": _RATING_COMMENTS[conv.id % 3]}
                            if conv.id % 8 == 0
                            else {}
                        ),
                        "timestamps": {
                            "offered": iso_s(closed + 60),
                            "rated": iso_s(closed + 3600),
                        },
                    }
                )
        return conv.ratings

    def activity_of(self, conv: Conversation) -> list[JSON]:
        if conv.activity is None:
            conv.activity = []
            if conv.seeded:
                kind = (
                    "ConversationCreatedByCustomer"
                    if conv.direction == "Inbound"
                    else "ConversationCreatedByAgent"
                )
                self._seed_activity(conv, kind, conv.requester_id, conv.created)
                if conv.agent_id:
                    self._seed_activity(
                        conv, "ConversationAssigned", conv.agent_id, conv.created + 60
                    )
                if conv.closed is not None:
                    self._seed_activity(conv, "ConversationClosed", conv.agent_id, conv.closed)
        return conv.activity

    def _seed_activity(self, conv: Conversation, kind: str, author: str | None, at: float) -> None:
        assert conv.activity is not None
        rng = self._conv_rng(conv)
        rng.getrandbits(len(conv.activity) + 1)
        entry: JSON = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "_type": kind,
            "activityTimestamp": zoned(at),
            "activityType": activity_type(kind),
            "conversationId": conv.id,
        }
        if author is not None:
            entry["author"] = self.activity_user(author)
        conv.activity.append(entry)


# The deprecated `activityType` string has no member for some newer kinds: Dixa sends Unknown.
_ACTIVITY_TYPES = frozenset(
    {
        "ConversationAssigned",
        "ConversationClaimed",
        "ConversationClosed",
        "ConversationCreatedByAgent",
        "ConversationCreatedByCustomer",
        "ConversationRated",
        "ConversationRatingOffered",
        "ConversationReopened",
        "FollowupAdded",
        "MessageAddedByAgent",
        "MessageAddedByCustomer",
        "NoteAdded",
        "TagAdded",
        "TagRemoved",
        "TransferSuccessful",
        "TransferInitiated",
    }
)


def activity_type(kind: str) -> str:
    return f"{kind}ActivityType" if kind in _ACTIVITY_TYPES else "UnknownActivityType"


def default_clock() -> float:
    return time.time()


def tag_by_name(store: Store, name: str, color: str | None = None) -> JSON:
    """The tag with this name, created when missing (Dixa's tag creation is idempotent by name)."""
    for existing in store.tags.values():
        if existing["name"] == name:
            return existing
    tag_id = store.uuid()
    tag: JSON = {"id": tag_id, "name": name, "state": "Active"}
    if color:
        tag["color"] = color
    store.tags[tag_id] = tag
    store.counts["tags_created"] += 1
    return tag
