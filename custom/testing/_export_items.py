"""How the fake's Exports API renders store entities: flat snake_case items with epoch
milliseconds and explicit nulls, the shape of Dixa's `conversation_export` and
`message_export`."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from ._store import Conversation, Store
from ._wire import JSON

__all__ = ["conversation_item", "message_item", "message_ms", "ms", "peek"]

CHANNELS = {
    "Email": "email",
    "WidgetChat": "widgetchat",
    "ContactForm": "contactform",
    "PstnPhone": "pstnphone",
    "Sms": "sms",
    "WhatsApp": "whatsapp",
    "FacebookMessenger": "facebookmessenger",
    "Messenger": "messenger",
    "Callback": "callback",
    "Voicemail": "voicemail",
    "Twitter": "twitter",
}
RATING_TYPES = {"Csat": "csat", "Nps": "nps", "ThumbsUpOrDown": "thumbs"}


def ms(ts: float) -> int:
    """Epoch milliseconds of a store timestamp (float seconds), rounded down."""
    return math.floor(ts * 1000)


def peek(conv: Conversation, attr: str, build: Callable[[Conversation], list[JSON]]) -> list[JSON]:
    """A conversation part, without keeping it if it was not materialised yet (seeded parts
    are rebuilt identically from the seed whenever v1 asks for them)."""
    if getattr(conv, attr) is not None:
        return list(getattr(conv, attr))
    parts = build(conv)
    setattr(conv, attr, None)
    return parts


def message_ms(stored: JSON) -> int:
    stamp = stored.get("_ms") or stored["createdAt"]
    return math.floor(_parse_iso(stamp) * 1000)


def _person(store: Store, person_id: str | None) -> JSON:
    if person_id is None:
        return {}
    return store.end_users.get(person_id) or store.agents.get(person_id) or {}


def conversation_item(store: Store, conv: Conversation, updated: int) -> JSON:
    """A conversation as `conversation_export` sends it: flat, snake_case, epoch ms, nulls."""
    requester = _person(store, conv.requester_id)
    agent = _person(store, conv.agent_id)
    queue = store.queues.get(conv.queue_id) if conv.queue_id else None
    ratings = peek(conv, "ratings", store.ratings_of)
    notes = peek(conv, "notes", store.notes_of)
    tags = [store.tags[t] for t in conv.tags if t in store.tags]
    anonymized = conv.anonymized is not None
    item: JSON = {
        "id": conv.id,
        "created_at": ms(conv.created),
        "updated_at": updated,
        "initial_channel": CHANNELS.get(conv.channel, conv.channel.lower()),
        "status": conv.state.lower(),
        "direction": conv.direction.lower(),
        "subject": None if anonymized else conv.subject,
        "requester_id": conv.requester_id,
        "requester_name": None if anonymized else requester.get("displayName"),
        "requester_email": None if anonymized else requester.get("email"),
        "requester_phone_number": None if anonymized else requester.get("phoneNumber"),
        "queued_at": ms(conv.created + 1) if queue else None,
        "queue_id": conv.queue_id,
        "queue_name": queue["name"] if queue else None,
        "assigned_at": ms(conv.created + 60) if conv.agent_id else None,
        "assignee_id": conv.agent_id,
        "assignee_name": agent.get("displayName"),
        "assignee_email": agent.get("email"),
        "closed_at": None if conv.closed is None else ms(conv.closed),
        "last_message_created_at": ms(conv.last_message) if conv.last_message else None,
        "anonymized_at": ms(conv.anonymized) if conv.anonymized is not None else None,
        "total_duration": None if conv.closed is None else round(conv.closed - conv.created),
        "tags": [t["name"] for t in tags],
        "tags_info": [
            {"id": t["id"], "name": t["name"], "is_deactivated": t["state"] != "Active"}
            for t in tags
        ],
        "ratings": [_rating(r) for r in ratings],
        "rating_score": next((r["ratingScore"] for r in ratings if "ratingScore" in r), None),
        "rating_message": next(
            (r["ratingComment"] for r in ratings if r.get("ratingComment")), None
        ),
        "conversation_wrapup_notes": [n["message"] for n in notes],
        "custom_fields": [
            {
                "attribute_id": attr_id,
                "identifier": store.attribute_defs.get(attr_id, {}).get("identifier", attr_id),
                "data_type": "select" if isinstance(value, list) else "text",
                "archived": False,
                "value": value,
            }
            for attr_id, value in (conv.attributes or {}).items()
        ],
    }
    item.update(_channel_fields(conv, requester, agent, anonymized))
    return item


# Provisioned numbers, mailboxes, pages and widgets of the fake organisation, for the
# channel-specific columns of the export (null on the other channels, as Dixa sends them).
_NUMBERS = [("pn-1", "Support DK", "+4570701010"), ("pn-2", "Support UK", "+442071838750")]
_MAILBOXES = [
    ("em-1", "Acme Support", "support@acme.example"),
    ("em-2", "Acme Billing", "billing@acme.example"),
]
_PAGES = [("fb-1001", "Acme on Facebook")]
_WIDGETS = [("wg-1", "Help center chat"), ("wg-2", "Checkout chat")]
_COUNTRIES = ["DK", "GB", "SE", "DE", "US", "NO"]


def _channel_fields(conv: Conversation, requester: JSON, agent: JSON, anonymized: bool) -> JSON:
    """The columns of the conversation export that depend on the channel and the people,
    with the values Dixa would send (null where they do not apply)."""
    pick = conv.id
    channel = conv.channel
    phone = channel in ("PstnPhone", "Callback", "Voicemail")
    number = _NUMBERS[pick % len(_NUMBERS)]
    mailbox = _MAILBOXES[pick % len(_MAILBOXES)]
    page = _PAGES[pick % len(_PAGES)]
    widget = _WIDGETS[pick % len(_WIDGETS)]
    transferred = phone and conv.agent_id is not None and pick % 5 == 0
    email = requester.get("email")
    extra_emails = (
        [] if anonymized or not email else [email.replace("@", f"+{pick % 7}@")][: pick % 2]
    )
    extra_phones = [] if anonymized else [f"+4520{pick % 1_000_000:06d}"][: pick % 3 == 0]
    handled = (
        None
        if conv.closed is None or conv.agent_id is None
        else round((conv.closed - conv.created) * 0.4)
    )
    return {
        "requester_additional_emails": extra_emails,
        "requester_additional_phone_numbers": extra_phones,
        "originating_country": None if anonymized else _COUNTRIES[pick % len(_COUNTRIES)],
        "assignee_phone_number": agent.get("phoneNumber"),
        "handling_duration": handled,
        "to_provisioned_phone_number_id": number[0]
        if phone and conv.direction == "Inbound"
        else None,
        "to_provisioned_phone_number_name": number[1]
        if phone and conv.direction == "Inbound"
        else None,
        "from_provisioned_phone_number_id": number[0]
        if phone and conv.direction != "Inbound"
        else None,
        "from_provisioned_phone_number_name": number[1]
        if phone and conv.direction != "Inbound"
        else None,
        "transfer_time": ms(conv.created + 180) if transferred else None,
        "transferee_name": agent.get("displayName") if transferred else None,
        "transferee_number": number[2] if transferred else None,
        "dixa_email_integration_id": mailbox[0] if channel == "Email" else None,
        "dixa_email_integration_sender_name": mailbox[1] if channel == "Email" else None,
        "forwarding_email": mailbox[2] if channel == "Email" else None,
        "facebook_page_id": page[0] if channel in ("FacebookMessenger", "Messenger") else None,
        "facebook_page_name": page[1] if channel in ("FacebookMessenger", "Messenger") else None,
        "widget_id": widget[0] if channel == "WidgetChat" else None,
        "widget_name": widget[1] if channel == "WidgetChat" else None,
    }


def _rating(rating: JSON) -> JSON:
    stamps = rating.get("timestamps", {})

    def at(key: str) -> int | None:
        raw = stamps.get(key)
        return None if raw is None else math.floor(_parse_iso(raw) * 1000)

    offered = at("offered")
    return {
        "rating_score": rating.get("ratingScore"),
        "rating_message": rating.get("ratingComment"),
        "rating_type": RATING_TYPES.get(rating.get("ratingType", ""), "csat"),
        "rating_status": str(rating.get("ratingStatus", "offered")).lower(),
        "rating_language": rating.get("language", "en"),
        "rating_created_timestamp": at("created") or offered,
        "rating_offered_timestamp": offered,
        "rating_modified_timestamp": at("rated") or offered,
        "rating_rated_timestamp": at("rated"),
        "rating_scheduled_timestamp": at("scheduled"),
        "rating_scheduled_for_timestamp": at("scheduledFor"),
        "rating_unscheduled_timestamp": at("unscheduled"),
        "rating_cancelled_timestamp": at("cancelled"),
    }


def _hash(text: str) -> int:
    return sum(text.encode())


def _parse_iso(raw: str) -> float:
    return dt.datetime.fromisoformat(raw.split("[", 1)[0]).timestamp()


def message_item(store: Store, conv: Conversation, stored: JSON, at: int) -> JSON:
    """A message as `message_export` sends it."""
    author = _person(store, stored.get("authorId"))
    attributes: dict[str, Any] = stored.get("attributes", {})
    item: JSON = {
        "id": stored["id"],
        "csid": conv.id,
        "created_at": at,
        "initial_channel": CHANNELS.get(conv.channel, conv.channel.lower()),
        "author_name": author.get("displayName"),
        "author_email": author.get("email"),
        "direction": str(attributes.get("direction", "Inbound")).lower(),
        "text": "" if stored.get("_anonymized") else stored.get("_text", ""),
        "is_automated_message": bool(attributes.get("isAutomated", False)),
        "attached_files": [],
    }
    sender = attributes.get("from")
    if isinstance(sender, dict):  # email and contact form
        item["from"] = sender.get("email")
        recipients = [r.get("email", "") for r in attributes.get("to", [])]
        # Dixa's reference shows `to` as a string, the peers' schemas (built from live
        # answers) as an array: the fake serves both, alternating by message.
        item["to"] = recipients if _hash(stored["id"]) % 2 else ", ".join(recipients)
        item["cc"], item["bcc"] = [], []
    elif conv.channel == "PstnPhone":
        item["from_phone_number"] = attributes.get("from")
        item["to_phone_number"] = attributes.get("to")
        item["duration"] = attributes.get("duration")
        item["recording_url"] = None
    return item
