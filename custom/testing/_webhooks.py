"""Webhook subscriptions (the v1 API) and delivery of Dixa-format events to their URLs."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import secrets
import time
import uuid
from typing import TYPE_CHECKING

import httpx
from starlette.responses import Response

from ._call import Call
from ._store import Conversation, Store
from ._wire import (
    JSON,
    dumps,
    empty,
    invalid,
    iso_ms,
    iso_s,
    json_response,
    not_found,
    obj,
    one_of,
    opt,
    req,
    strings,
)

if TYPE_CHECKING:
    pass

EVENTS = (
    "ConversationCreated",
    "ConversationOpen",
    "ConversationPending",
    "ConversationPendingExpired",
    "ConversationClosed",
    "ConversationAbandoned",
    "ConversationEnqueued",
    "ConversationAssigned",
    "ConversationUnassigned",
    "ConversationNoteAdded",
    "ConversationMessageAdded",
    "ConversationTagAdded",
    "ConversationTagRemoved",
    "ConversationRated",
    "ConversationTransferred",
    "ConversationEndUserReplaced",
    "ConversationCustomAttributeUpdated",
    "ConversationMessageDeliverySent",
    "ConversationMessageDeliveryDelivered",
    "ConversationMessageDeliverySeen",
    "ConversationMessageDeliveryFailed",
    "ConversationMessageDeliveryInfo",
    "ConversationMessageDeliverySpamComplaint",
    "AgentBannedEnduser",
    "AgentUnbannedEnduser",
    "AgentBannedIp",
    "AgentUnbannedIp",
    "TypingStarted",
    "SLAEvaluationPending",
    "SLAEvaluationBreached",
    "SLAEvaluationAchieved",
    "SLAEvaluationVoided",
)


def signature(body: bytes, secret_hex: str, timestamp_ms: int) -> str:
    """`X-DIXA-SIGNATURE` value: HMAC-SHA256 over `t` + "." + body, keyed by the hex-decoded secret."""
    digest = hmac.new(
        bytes.fromhex(secret_hex), f"{timestamp_ms}.".encode() + body, hashlib.sha256
    ).hexdigest()
    return f"t={timestamp_ms},v1={digest}"


def _headers(authorization: JSON, custom: dict[str, str]) -> dict[str, str]:
    kind = one_of(authorization.get("_type"), ("BasicAuth", "TokenAuth", "NoAuth"))
    headers = dict(custom)
    if kind == "BasicAuth":
        pair = f"{req(authorization, 'username')}:{req(authorization, 'password')}"
        headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode()
    elif kind == "TokenAuth":
        headers["Authorization"] = "Bearer " + req(authorization, "value")
    return headers


def _custom_headers(value: object) -> dict[str, str]:
    table = obj(value)
    if not all(isinstance(v, str) for v in table.values()):
        raise invalid()
    return dict(table)


def _events(value: object) -> list[str]:
    events = strings(value, allow_none=True)
    for event in events:
        one_of(event, EVENTS)
    return list(dict.fromkeys(events))


def _filters(value: object) -> JSON | None:
    if value is None:
        return None
    table = obj(value)
    for item in table.values():
        one_of(obj(item).get("_type"), ("CombinedFilters",))
        one_of(item.get("strategy"), ("All", "Any"))
        if not isinstance(item.get("conditions"), list):
            raise invalid()
    return table


def _author(store: Store) -> str:
    return next(iter(store.agents), store.org["id"])


async def list_subscriptions(call: Call) -> Response:
    return json_response(200, {"data": list(call.store.webhooks.values())})


async def create_subscription(call: Call) -> Response:
    store = call.store
    body = obj(call.json())
    now = iso_s(store.now())
    sub_id = store.uuid()
    sub: JSON = {
        "id": sub_id,
        "name": req(body, "name"),
        "url": req(body, "url"),
        "subscribedEvents": _events(body.get("events")),
        "headers": _headers(
            obj(body.get("authorization")), _custom_headers(body.get("customHeaders"))
        ),
        "secretKey": secrets.token_hex(32),
        "enabled": opt(body, "enabled", bool) is not False,
        "createdAt": now,
        "createdBy": _author(store),
        "updatedAt": now,
        "updatedBy": _author(store),
    }
    filters = _filters(body.get("filters"))
    if filters is not None:
        sub["filters"] = filters
    store.webhooks[sub_id] = sub
    return json_response(201, {"data": sub})


async def get_subscription(call: Call) -> Response:
    store = call.store
    return json_response(
        200, {"data": store.webhooks[call.known(store.webhooks, "webhookSubscriptionId")]}
    )


async def patch_subscription(call: Call) -> Response:
    store = call.store
    sub_id = call.params["webhookSubscriptionId"]
    body = obj(call.json())
    sub = store.webhooks.get(sub_id)
    if sub is None:
        raise not_found()
    changes: JSON = {}
    for key in ("name", "url"):
        if body.get(key) is not None:
            changes[key] = req(body, key)
    if body.get("enabled") is not None:
        changes["enabled"] = req(body, "enabled", bool)
    if body.get("events") is not None:
        changes["subscribedEvents"] = _events(body["events"])
    if body.get("authorization") is not None or body.get("customHeaders") is not None:
        auth = obj(body.get("authorization") or {"_type": "NoAuth"})
        changes["headers"] = _headers(auth, _custom_headers(body.get("customHeaders") or {}))
    if body.get("filters") is not None:
        changes["filters"] = _filters(body["filters"])
    sub.update(changes, updatedAt=iso_s(store.now()), updatedBy=_author(store))
    return json_response(200, {"data": sub})


async def delete_subscription(call: Call) -> Response:
    store = call.store
    del store.webhooks[call.known(store.webhooks, "webhookSubscriptionId")]
    return empty()


async def delivery_status(call: Call) -> Response:
    store = call.store
    sub_id = call.known(store.webhooks, "webhookSubscriptionId")
    out = []
    for event in store.webhooks[sub_id]["subscribedEvents"]:
        logs = store.deliveries.get((sub_id, event))
        status = logs[-1]["deliveryDetail"] if logs else {"_type": "NoRecentDelivery"}
        out.append({"event": event, "deliveryStatus": status})
    return json_response(200, {"data": out})


async def delivery_logs(call: Call) -> Response:
    store = call.store
    sub_id = call.known(store.webhooks, "webhookSubscriptionId")
    event = one_of(call.params["event"], EVENTS)
    return json_response(200, {"data": list(store.deliveries.get((sub_id, event), []))})


# ---- emission ---------------------------------------------------------------------------------

_CHANNELS = {
    "WidgetChat": "WIDGET_CHAT",
    "ContactForm": "CONTACT_FORM",
    "PstnPhone": "PSTN_PHONE",
    "WhatsApp": "WHATSAPP",
    "FacebookMessenger": "FACEBOOK_MESSENGER",
}


def _snake_event(name: str) -> str:
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i and not name[i - 1].isupper():
            out.append("_")
        out.append(ch.upper())
    return "".join(out)


def _user(store: Store, user_id: str | None) -> JSON | None:
    if user_id is None:
        return None
    agent = store.agents.get(user_id)
    user = agent or store.end_users.get(user_id, {})
    return {
        "id": user_id,
        "name": user.get("displayName"),
        "email": user.get("email"),
        "phone": user.get("phoneNumber"),
        "roles": ["Agent"] if agent else ["Enduser"],
    }


def _conversation(store: Store, conv: Conversation) -> JSON:
    queue = store.queues.get(conv.queue_id or "")
    return {
        "csid": conv.id,
        "channel": _CHANNELS.get(conv.channel, conv.channel.upper()),
        "status": "CLOSED"
        if conv.state == "Closed"
        else "PENDING"
        if conv.state == "Pending"
        else "OPEN",
        "direction": conv.direction.upper(),
        "queue": {"id": queue["id"], "name": queue["name"]} if queue else None,
        "contact_point": "support@acme.example",
        "requester": _user(store, conv.requester_id),
        "assignee": _user(store, conv.agent_id),
        "subject": conv.subject,
        "tags": [
            {
                "id": t,
                "name": store.tags[t]["name"],
                "is_deactivated": store.tags[t]["state"] != "Active",
            }
            for t in conv.tags
            if t in store.tags
        ],
        "created_at": iso_ms(conv.created),
    }


def payload(store: Store, event: str, conv: Conversation, extra: JSON) -> JSON:
    """A Dixa webhook envelope for `event` (reference §12.4): snake_case keys, UPPER_SNAKE values."""
    data: JSON = {"conversation": _conversation(store, conv)}
    if "note" in extra:
        note = extra["note"]
        data.update(
            note_id=note["id"],
            text=note["message"],
            created_at=iso_ms(store.now()),
            author=_user(store, note["authorId"]),
        )
    if "message" in extra:
        message = extra["message"]
        text = message.get("_text", "")
        direction = message["attributes"].get("direction", "Inbound").lower()
        data.update(
            message_id=message["id"],
            text=text,
            created_at=message["_ms"],
            direction=direction,
            channel=data["conversation"]["channel"],
            author=_user(store, message["authorId"]),
            content={
                "text": text,
                "content_type": "text/plain",
                "original_content_url": None,
                "processed_content_url": None,
            },
            external_id=message.get("externalId"),
            attachments=[],
        )
    if "tag" in extra:
        data.update(tag=extra["tag"]["name"], author=None)
    if "rating" in extra:
        rating = extra["rating"]
        data.update(
            score=rating.get("ratingScore"),
            type=rating["ratingType"],
            comment=rating.get("ratingComment"),
            agent=_user(store, rating.get("agentId")),
        )
    return {
        "event_id": str(uuid.uuid4()),
        "event_fqn": _snake_event(event),
        "event_version": "1",
        "event_timestamp": iso_ms(store.now()),
        "organization": {"id": store.org["id"], "name": store.org["name"]},
        "data": data,
    }


class Emitter:
    """Posts events to subscribed URLs in background tasks and records the delivery outcome."""

    def __init__(self, store: Store, transport: httpx.AsyncBaseTransport | None) -> None:
        self._store = store
        self._transport = transport
        self._pending: set[asyncio.Task[None]] = set()
        store.listeners.append(self._on_event)

    def _on_event(self, event: str, conv: Conversation, extra: JSON) -> None:
        subscribers = [
            s
            for s in self._store.webhooks.values()
            if s["enabled"] and event in s["subscribedEvents"]
        ]
        if not subscribers:
            return
        body = dumps(payload(self._store, event, conv, extra))
        for sub in subscribers:
            task = asyncio.get_running_loop().create_task(self._deliver(sub, event, body))
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)

    async def _deliver(self, sub: JSON, event: str, body: bytes) -> None:
        stamp = int(time.time() * 1000)
        headers = {
            **sub["headers"],
            "Content-Type": "application/json",
            "X-DIXA-SIGNATURE": signature(body, sub["secretKey"], stamp),
            "X-DIXA-SUBSCRIPTION-ID": sub["id"],
        }
        try:
            async with httpx.AsyncClient(transport=self._transport, timeout=10.0) as client:
                response = await client.post(sub["url"], content=body, headers=headers)
            code, text = response.status_code, response.text[:500]
        except httpx.HTTPError as exc:
            code, text = 0, type(exc).__name__
        detail = {
            "_type": "DeliveryDetail",
            "deliveryTimestamp": iso_ms(time.time()),
            "success": 200 <= code < 300,
            "responseCode": code,
            "responseText": text,
        }
        self._store.deliveries.setdefault((sub["id"], event), []).append(
            {"deliveryDetail": detail, "payload": body.decode()}
        )

    async def flushed(self) -> None:
        while self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)
