from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import AsyncIterator

import dixa_async.webhooks as webhooks
import httpx
import pytest
from _webhook_fixtures import body, envelope, note_added_payload, payload_for
from dixa_async.webhooks import (
    SIGNATURE_HEADER,
    SUBSCRIPTION_ID_HEADER,
    ConversationEvent,
    ConversationMessageAddedEvent,
    ConversationNoteAddedEvent,
    GenericEvent,
    WebhookEvent,
    WebhookEventName,
    WebhookPayloadError,
    WebhookReceiver,
    WebhookVerificationError,
    sign,
)
from starlette.applications import Starlette
from starlette.routing import Mount, Route

import dixa_async as custom
from dixa_async import ConfigurationError

SECRET = secrets.token_hex(32)
NOW = 1_694_779_200.0
NOW_MS = int(NOW * 1000)
URL = "http://testserver/dixa/webhooks"


def _headers(raw: bytes, secret: str = SECRET, *, stamp_ms: int = NOW_MS) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: sign(raw, secret, timestamp_ms=stamp_ms),
        SUBSCRIPTION_ID_HEADER: "4f0c2b1a-0000-4000-8000-000000000001",
    }


def _receiver(**kwargs: object) -> WebhookReceiver:
    return WebhookReceiver(SECRET, clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def receiver() -> WebhookReceiver:
    return _receiver()


@pytest.fixture
async def client(receiver: WebhookReceiver) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=receiver)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


async def test_valid_delivery_is_dispatched_by_type(
    receiver: WebhookReceiver, client: httpx.AsyncClient
) -> None:
    seen: list[tuple[str, WebhookEvent]] = []

    @receiver.on(ConversationNoteAddedEvent)
    async def by_class(event: ConversationNoteAddedEvent) -> None:
        seen.append(("class", event))

    @receiver.on("CONVERSATION_NOTE_ADDED")
    async def by_fqn(event: WebhookEvent) -> None:
        seen.append(("fqn", event))

    @receiver.on("ConversationNoteAdded")
    async def by_subscription_name(event: WebhookEvent) -> None:
        seen.append(("name", event))

    @receiver.on(ConversationMessageAddedEvent)
    async def other_type(event: ConversationMessageAddedEvent) -> None:
        seen.append(("wrong", event))

    @receiver.on(WebhookEventName.CONVERSATION_MESSAGE_ADDED)
    async def other_name(event: WebhookEvent) -> None:
        seen.append(("wrong", event))

    @receiver.on_any
    async def catch_all(event: WebhookEvent) -> None:
        seen.append(("any", event))

    raw = body(note_added_payload())
    response = await client.post("/dixa/webhooks", content=raw, headers=_headers(raw))

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert [label for label, _ in seen] == ["class", "fqn", "name", "any"]
    event = seen[0][1]
    assert isinstance(event, ConversationNoteAddedEvent)
    assert event.text == "Customer called again, escalate to Tier 2."
    assert all(e is event for _, e in seen)


async def test_dispatch_by_base_class_and_generic(
    receiver: WebhookReceiver, client: httpx.AsyncClient
) -> None:
    conversation_events: list[str] = []
    unknown_events: list[str] = []

    @receiver.on(ConversationEvent)
    async def conv(event: ConversationEvent) -> None:
        conversation_events.append(event.event_fqn)

    @receiver.on(GenericEvent)
    async def unknown(event: GenericEvent) -> None:
        unknown_events.append(event.event_fqn)

    for i, fqn in enumerate(["CONVERSATION_CLOSED", "AGENT_BANNED_IP", "BRAND_NEW_EVENT"]):
        payload = payload_for(fqn) if fqn != "BRAND_NEW_EVENT" else envelope(fqn, {})
        payload["event_id"] = f"event-{i}"
        raw = body(payload)
        response = await client.post(URL, content=raw, headers=_headers(raw))
        assert response.status_code == 200

    assert conversation_events == ["CONVERSATION_CLOSED"]
    assert unknown_events == ["BRAND_NEW_EVENT"]


async def test_no_matching_handler_still_200(client: httpx.AsyncClient) -> None:
    raw = body(payload_for("TYPING_STARTED"))
    response = await client.post(URL, content=raw, headers=_headers(raw))
    assert response.status_code == 200


@pytest.mark.parametrize(
    "tamper",
    ["wrong_secret", "changed_body", "stale", "missing", "malformed"],
)
async def test_bad_signature_is_401_and_nothing_runs(
    receiver: WebhookReceiver,
    client: httpx.AsyncClient,
    tamper: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls: list[WebhookEvent] = []

    @receiver.on_any
    async def handler(event: WebhookEvent) -> None:
        calls.append(event)

    raw = body(note_added_payload())
    headers = _headers(raw)
    if tamper == "wrong_secret":
        headers = _headers(raw, secrets.token_hex(32))
    elif tamper == "changed_body":
        raw = raw.replace(b"escalate", b"escalatE")
    elif tamper == "stale":
        headers = _headers(raw, stamp_ms=NOW_MS - 3_600_000)
    elif tamper == "missing":
        del headers[SIGNATURE_HEADER]
    else:
        headers[SIGNATURE_HEADER] = "v1 and t are not here"

    # Set on the SDK's root logger: the receiver's lines are under the `dixa_async` hierarchy.
    with caplog.at_level(logging.WARNING, logger="dixa_async"):
        response = await client.post(URL, content=raw, headers=headers)

    assert response.status_code == 401
    assert response.json() == {"error": "invalid signature"}
    assert calls == []
    assert SECRET not in caplog.text
    assert "webhook rejected" in caplog.text
    assert {record.name for record in caplog.records} == {"dixa_async.webhooks"}


async def test_garbage_is_verified_before_parsing(client: httpx.AsyncClient) -> None:
    # Unsigned garbage: the signature fails first, so 401 (not 400).
    response = await client.post(URL, content=b"not json", headers={SIGNATURE_HEADER: "t=1,v1=00"})
    assert response.status_code == 401


@pytest.mark.parametrize("raw", [b"not json", b"[1,2]", b'{"event_id": "x"}', b""])
async def test_signed_garbage_is_400(client: httpx.AsyncClient, raw: bytes) -> None:
    response = await client.post(URL, content=raw, headers=_headers(raw))
    assert response.status_code == 400
    assert "error" in response.json()


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH", "HEAD"])
async def test_only_post_is_allowed(client: httpx.AsyncClient, method: str) -> None:
    response = await client.request(method, URL)
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"


async def test_duplicate_deliveries_call_handler_once(
    receiver: WebhookReceiver, client: httpx.AsyncClient
) -> None:
    calls: list[str] = []

    @receiver.on(ConversationNoteAddedEvent)
    async def handler(event: ConversationNoteAddedEvent) -> None:
        calls.append(event.event_id)

    raw = body(note_added_payload())
    first = await client.post(URL, content=raw, headers=_headers(raw))
    # A redelivery is signed again, later: same event_id, different signature timestamp.
    second = await client.post(URL, content=raw, headers=_headers(raw, stamp_ms=NOW_MS + 5000))

    assert (first.status_code, second.status_code) == (200, 200)
    assert first.json() == {"status": "ok"}
    assert second.json() == {"status": "duplicate"}
    assert calls == ["0b6f1c2e-8d3a-4f5b-9c7e-1a2b3c4d5e6f"]

    other = body(note_added_payload(event_id="another-event"))
    assert (await client.post(URL, content=other, headers=_headers(other))).status_code == 200
    assert calls == ["0b6f1c2e-8d3a-4f5b-9c7e-1a2b3c4d5e6f", "another-event"]


async def test_concurrent_duplicates_call_handler_once() -> None:
    receiver = _receiver()
    release = asyncio.Event()
    calls: list[str] = []

    @receiver.on_any
    async def slow(event: WebhookEvent) -> None:
        calls.append(event.event_id)
        await release.wait()

    raw = body(note_added_payload())
    tasks = [asyncio.create_task(receiver.handle(raw, _headers(raw))) for _ in range(3)]
    await asyncio.sleep(0.01)
    assert calls == ["0b6f1c2e-8d3a-4f5b-9c7e-1a2b3c4d5e6f"]
    release.set()
    results = await asyncio.gather(*tasks)
    assert calls == ["0b6f1c2e-8d3a-4f5b-9c7e-1a2b3c4d5e6f"]
    assert sum(r is not None for r in results) == 1


async def test_dedupe_can_be_disabled() -> None:
    receiver = _receiver(dedupe=False)
    calls: list[str] = []

    @receiver.on_any
    async def handler(event: WebhookEvent) -> None:
        calls.append(event.event_id)

    raw = body(note_added_payload())
    assert await receiver.handle(raw, _headers(raw)) is not None
    assert await receiver.handle(raw, _headers(raw)) is not None
    assert len(calls) == 2


async def test_dedupe_capacity_evicts_least_recently_seen() -> None:
    receiver = _receiver(dedupe_capacity=2)
    calls: list[str] = []

    @receiver.on_any
    async def handler(event: WebhookEvent) -> None:
        calls.append(event.event_id)

    async def deliver(event_id: str) -> None:
        raw = body(note_added_payload(event_id=event_id))
        await receiver.handle(raw, _headers(raw))

    for event_id in ["a", "b", "a", "c", "a", "b"]:
        await deliver(event_id)
    # capacity 2: "a" kept fresh by its repeats; "b" was evicted by "c", so it runs again.
    assert calls == ["a", "b", "c", "b"]


async def test_failed_handler_is_500_and_redelivery_runs_again(
    receiver: WebhookReceiver, client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    attempts: list[int] = []

    @receiver.on_any
    async def flaky(event: WebhookEvent) -> None:
        attempts.append(len(attempts))
        if len(attempts) == 1:
            raise RuntimeError("database down")

    raw = body(note_added_payload())
    with caplog.at_level(logging.ERROR, logger="dixa.webhooks"):
        first = await client.post(URL, content=raw, headers=_headers(raw))
    assert first.status_code == 500
    assert "database down" not in first.text
    assert "database down" in caplog.text

    second = await client.post(URL, content=raw, headers=_headers(raw))
    assert second.status_code == 200
    assert second.json() == {"status": "ok"}
    assert attempts == [0, 1]


async def test_handle_raises_typed_errors_and_propagates_handler_errors() -> None:
    receiver = _receiver()
    raw = body(note_added_payload())
    with pytest.raises(WebhookVerificationError, match="missing"):
        await receiver.handle(raw, {})
    with pytest.raises(WebhookPayloadError):
        await receiver.handle(b"[]", _headers(b"[]"))

    @receiver.on_any
    async def boom(event: WebhookEvent) -> None:
        raise KeyError("handler bug")

    with pytest.raises(KeyError, match="handler bug"):
        await receiver.handle(raw, _headers(raw))


async def test_handle_looks_headers_up_case_insensitively() -> None:
    receiver = _receiver()
    raw = body(note_added_payload())
    headers = {"x-dixa-signature": sign(raw, SECRET, timestamp_ms=NOW_MS)}
    event = await receiver.handle(raw, headers)
    assert isinstance(event, ConversationNoteAddedEvent)
    assert await receiver.handle(raw, headers) is None  # duplicate


async def test_secret_rotation_accepts_old_and_new() -> None:
    old, new = secrets.token_hex(32), secrets.token_hex(32)
    receiver = WebhookReceiver([new, old], clock=lambda: NOW, dedupe=False)
    for secret in (old, new):
        raw = body(note_added_payload())
        assert await receiver.handle(raw, _headers(raw, secret)) is not None
    raw = body(note_added_payload())
    with pytest.raises(WebhookVerificationError, match="mismatch"):
        await receiver.handle(raw, _headers(raw, secrets.token_hex(32)))


async def test_tolerance_is_configurable() -> None:
    raw = body(note_added_payload())
    headers = _headers(raw, stamp_ms=NOW_MS - 600_000)
    with pytest.raises(WebhookVerificationError, match="too old"):
        await _receiver().handle(raw, headers)
    assert await _receiver(tolerance=900).handle(raw, headers) is not None


async def test_body_size_limit() -> None:
    receiver = _receiver(max_body_size=100)
    transport = httpx.ASGITransport(app=receiver)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        raw = body(note_added_payload())
        response = await c.post(URL, content=raw, headers=_headers(raw))
    assert response.status_code == 413


async def test_multiple_signature_headers_are_refused(client: httpx.AsyncClient) -> None:
    raw = body(note_added_payload())
    good = sign(raw, SECRET, timestamp_ms=NOW_MS)
    headers = [(SIGNATURE_HEADER, good), (SIGNATURE_HEADER, "t=1,v1=00")]
    response = await client.post(URL, content=raw, headers=headers)
    assert response.status_code == 401


async def test_lifespan_is_acknowledged() -> None:
    receiver = _receiver()
    inbox = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return dict(inbox.pop(0))

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    await receiver({"type": "lifespan"}, receive, send)
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


async def test_raw_asgi_chunked_body_and_disconnect() -> None:
    receiver = _receiver()
    calls: list[str] = []

    @receiver.on_any
    async def handler(event: WebhookEvent) -> None:
        calls.append(event.event_fqn)

    raw = body(note_added_payload())
    header = sign(raw, SECRET, timestamp_ms=NOW_MS).encode()
    chunks = [raw[:10], raw[10:50], raw[50:]]
    inbox = [
        {"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1}
        for i, chunk in enumerate(chunks)
    ]
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return inbox.pop(0) if inbox else {"type": "http.disconnect"}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "headers": [(b"x-dixa-signature", header)]}
    await receiver(scope, receive, send)
    assert sent[0]["status"] == 200
    assert json.loads(sent[1]["body"]) == {"status": "ok"}  # type: ignore[arg-type]
    assert calls == ["CONVERSATION_NOTE_ADDED"]

    sent.clear()
    inbox[:] = [{"type": "http.disconnect"}]
    await receiver(scope, receive, send)
    assert sent == []  # nobody left to answer


def test_registration_errors(receiver: WebhookReceiver) -> None:
    def sync_handler(event: WebhookEvent) -> None:
        pass

    with pytest.raises(TypeError, match="async"):
        receiver.on_any(sync_handler)  # type: ignore[type-var]
    with pytest.raises(TypeError, match="async"):
        receiver.on("CONVERSATION_CREATED")(sync_handler)  # type: ignore[type-var]
    with pytest.raises(ValueError, match="event"):
        receiver.on("conversation created")
    with pytest.raises(TypeError, match="WebhookEvent"):
        receiver.on(int)  # type: ignore[type-var]


@pytest.mark.parametrize(
    ("secret", "kwargs", "message"),
    [
        ([], {}, "at least one secret"),
        ("not hex", {}, "hex"),
        ([SECRET, "zz"], {}, "hex"),
        (SECRET, {"tolerance": -1}, "tolerance"),
        (SECRET, {"dedupe_capacity": 0}, "dedupe_capacity"),
        (SECRET, {"max_body_size": 0}, "max_body_size"),
    ],
)
def test_configuration_errors(
    secret: str | list[str], kwargs: dict[str, int], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message) as info:
        WebhookReceiver(secret, **kwargs)  # type: ignore[arg-type]
    assert "zz" not in str(info.value) or message != "hex"


def test_public_surface() -> None:
    exported = webhooks.__all__
    assert len(set(exported)) == len(exported)
    for name in exported:
        assert hasattr(webhooks, name), name
    for name in [
        "verify_signature",
        "sign",
        "parse_event",
        "WebhookReceiver",
        "WebhookEventName",
        "WebhookPayloadError",
        "WebhookVerificationError",
        "GenericEvent",
        "SIGNATURE_HEADER",
        "SUBSCRIPTION_ID_HEADER",
    ]:
        assert name in exported
    # The same class users catch from the package root.
    assert webhooks.WebhookVerificationError is custom.WebhookVerificationError


async def test_mounts_in_starlette() -> None:
    receiver = _receiver()
    calls: list[str] = []

    @receiver.on(ConversationNoteAddedEvent)
    async def handler(event: ConversationNoteAddedEvent) -> None:
        calls.append(event.event_id)

    # Route gives an exact path; Mount serves the prefix with a trailing slash.
    app = Starlette(routes=[Route("/dixa/webhooks", receiver), Mount("/mounted", app=receiver)])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        raw = body(note_added_payload())
        ok = await c.post("/dixa/webhooks", content=raw, headers=_headers(raw))
        bad = await c.post("/dixa/webhooks", content=raw, headers=_headers(raw, SECRET[::-1]))
        other = body(note_added_payload(event_id="mounted-1"))
        mounted = await c.post("/mounted/", content=other, headers=_headers(other))
        get = await c.get("/dixa/webhooks")
    assert (ok.status_code, bad.status_code, mounted.status_code) == (200, 401, 200)
    assert get.status_code == 405
    assert calls == ["0b6f1c2e-8d3a-4f5b-9c7e-1a2b3c4d5e6f", "mounted-1"]
