"""Subscribe through `DixaClient`, let the fake Dixa deliver signed events, receive them typed.

The fake posts each delivery through `httpx.ASGITransport` into `_Endpoint`, which records the
raw request and the receiver's answer, so the tests see exactly what crossed the wire.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import pytest
from dixa_async.testing import FakeDixa
from dixa_async.webhooks import (
    SIGNATURE_HEADER,
    SUBSCRIPTION_ID_HEADER,
    ConversationClosedEvent,
    ConversationNoteAddedEvent,
    ConversationStatus,
    ConversationTagAddedEvent,
    WebhookEvent,
    WebhookEventName,
    WebhookReceiver,
    verify_signature,
)

from dixa_async import DixaClient
from dixa_async.models import CreateInternalNoteInput, DeliveryDetail, NoRecentDelivery

_E = TypeVar("_E", bound=WebhookEvent)
_Message = MutableMapping[str, Any]

URL = "https://hooks.example.com/dixa"
EVENTS = [
    WebhookEventName.CONVERSATION_NOTE_ADDED,
    WebhookEventName.CONVERSATION_TAG_ADDED,
    WebhookEventName.CONVERSATION_CLOSED,
]


@dataclass
class _Delivery:
    headers: dict[str, str]
    body: bytes
    status: int


@dataclass
class _Endpoint:
    """Stands where the subscription URL points; the receiver is plugged in once the test
    knows the subscription's secret."""

    receiver: WebhookReceiver | None = None
    deliveries: list[_Delivery] = field(default_factory=list)

    async def __call__(
        self,
        scope: _Message,
        receive: Callable[[], Awaitable[_Message]],
        send: Callable[[_Message], Awaitable[None]],
    ) -> None:
        assert self.receiver is not None, "a delivery arrived before the receiver was set"
        chunks: list[bytes] = []
        status: list[int] = []

        async def recording_receive() -> _Message:
            message = await receive()
            chunks.append(message.get("body", b""))
            return message

        async def recording_send(message: _Message) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.receiver(scope, recording_receive, recording_send)
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.deliveries.append(_Delivery(headers, b"".join(chunks), status[0]))


@pytest.fixture
def endpoint() -> _Endpoint:
    return _Endpoint()


@pytest.fixture
def fake_dixa(endpoint: _Endpoint) -> FakeDixa:
    # Overrides the plugin's fixture so that `dixa_client` talks to a fake that delivers here.
    return FakeDixa(
        conversations=30, rate_limit=None, webhook_transport=httpx.ASGITransport(app=endpoint)
    )


def _open_conversation(fake: FakeDixa) -> int:
    return next(c.id for c in fake.store.conversations.values() if c.state != "Closed")


async def _subscribe(dixa: DixaClient) -> str:
    """`ensure` twice: one subscription; returns its secret key."""
    first = await dixa.webhooks.ensure(name="CRM sync", url=URL, events=EVENTS)
    second = await dixa.webhooks.ensure(name="CRM sync", url=URL, events=EVENTS)
    assert second.id == first.id
    listed = await dixa.webhooks.list()
    assert isinstance(listed, list)
    assert [s.id for s in listed] == [first.id]
    return first.secret_key


async def test_client_actions_arrive_as_verified_typed_events(
    fake_dixa: FakeDixa, dixa_client: DixaClient, endpoint: _Endpoint
) -> None:
    secret = await _subscribe(dixa_client)
    receiver = WebhookReceiver(secret)
    notes: list[ConversationNoteAddedEvent] = []
    tags: list[ConversationTagAddedEvent] = []
    closed: list[ConversationClosedEvent] = []
    everything: list[WebhookEvent] = []
    receiver.on(ConversationNoteAddedEvent)(_append_to(notes))
    receiver.on(ConversationTagAddedEvent)(_append_to(tags))
    receiver.on(ConversationClosedEvent)(_append_to(closed))
    receiver.on_any(_append_to(everything))
    endpoint.receiver = receiver

    csid = _open_conversation(fake_dixa)
    note = await dixa_client.internal_notes.create(
        csid, body=CreateInternalNoteInput(message="Refund approved on the phone")
    )
    tag = await dixa_client.tags.create(name="refund")
    await dixa_client.tags.tag(csid, tag.id)
    await dixa_client.conversations.close(csid)
    await fake_dixa.webhooks_flushed()

    assert [d.status for d in endpoint.deliveries] == [200, 200, 200]
    subscription = await dixa_client.webhooks.ensure(name="CRM sync", url=URL, events=EVENTS)
    for delivery in endpoint.deliveries:
        verify_signature(delivery.body, delivery.headers[SIGNATURE_HEADER.lower()], secret)
        assert delivery.headers[SUBSCRIPTION_ID_HEADER.lower()] == subscription.id

    assert len(notes) == 1
    assert notes[0].event_fqn == "CONVERSATION_NOTE_ADDED"
    assert notes[0].note_id == note.id
    assert notes[0].text == "Refund approved on the phone"
    assert notes[0].conversation is not None
    assert notes[0].conversation.csid == csid

    assert len(tags) == 1
    assert tags[0].event_fqn == "CONVERSATION_TAG_ADDED"
    assert tags[0].tag_name == "refund"

    assert len(closed) == 1
    assert closed[0].event_fqn == "CONVERSATION_CLOSED"
    assert closed[0].conversation is not None
    assert closed[0].conversation.status == ConversationStatus.CLOSED

    # One dispatch per delivery, in the order the actions happened.
    assert [type(e) for e in everything] == [
        ConversationNoteAddedEvent,
        ConversationTagAddedEvent,
        ConversationClosedEvent,
    ]

    status = await dixa_client.webhooks.delivery_status(subscription.id)
    assert isinstance(status, list)
    assert {str(s.event) for s in status} == {str(e) for e in EVENTS}
    for entry in status:
        assert isinstance(entry.delivery_status, DeliveryDetail)
        assert entry.delivery_status.success is True
        assert entry.delivery_status.response_code == 200


async def test_receiver_with_the_wrong_secret_rejects_and_dixa_records_the_failure(
    fake_dixa: FakeDixa, dixa_client: DixaClient, endpoint: _Endpoint
) -> None:
    secret = await _subscribe(dixa_client)
    subscription_id = (
        await dixa_client.webhooks.ensure(name="CRM sync", url=URL, events=EVENTS)
    ).id
    wrong = WebhookReceiver(secrets.token_hex(32))
    handled: list[WebhookEvent] = []
    wrong.on_any(_append_to(handled))
    endpoint.receiver = wrong

    csid = _open_conversation(fake_dixa)
    await dixa_client.internal_notes.create(
        csid, body=CreateInternalNoteInput(message="Customer asked for a callback")
    )
    await fake_dixa.webhooks_flushed()

    assert [d.status for d in endpoint.deliveries] == [401]
    assert handled == []

    by_event = {
        str(s.event): s.delivery_status
        for s in await dixa_client.webhooks.delivery_status(subscription_id)
    }
    failed = by_event.pop("ConversationNoteAdded")
    assert isinstance(failed, DeliveryDetail)
    assert failed.success is False
    assert failed.response_code == 401
    assert all(isinstance(s, NoRecentDelivery) for s in by_event.values())

    logs = await dixa_client.webhooks.delivery_logs(subscription_id, "ConversationNoteAdded")
    assert isinstance(logs, list)
    assert len(logs) == 1
    assert logs[0].delivery_detail.success is False
    assert json.loads(logs[0].payload)["event_fqn"] == "CONVERSATION_NOTE_ADDED"

    # Fixing the receiver's secret makes the next delivery succeed; the status follows.
    endpoint.receiver = WebhookReceiver(secret)
    endpoint.receiver.on_any(_append_to(handled))
    await dixa_client.internal_notes.create(
        csid, body=CreateInternalNoteInput(message="Called back")
    )
    await fake_dixa.webhooks_flushed()

    assert [type(e) for e in handled] == [ConversationNoteAddedEvent]
    latest = {
        str(s.event): s.delivery_status
        for s in await dixa_client.webhooks.delivery_status(subscription_id)
    }["ConversationNoteAdded"]
    assert isinstance(latest, DeliveryDetail)
    assert latest.success is True


def _append_to(sink: list[_E]) -> Callable[[_E], Awaitable[None]]:
    async def handler(event: _E) -> None:
        sink.append(event)

    return handler
