"""Behaviour of the fake that SDK tests and users rely on: auth, limits, faults, state, webhooks."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import AsyncIterator

import httpx
import pytest
from dixa_async.testing import DroppedConnection, FakeDixa
from starlette.requests import Request
from starlette.responses import Response


def _client(fake: FakeDixa, token: str = "tok") -> httpx.AsyncClient:
    headers = {"Authorization": token} if token else {}
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake), base_url="http://fake", headers=headers
    )


@pytest.fixture
async def fake() -> FakeDixa:
    return FakeDixa(seed=1, conversations=300, rate_limit=None)


@pytest.fixture
async def client(fake: FakeDixa) -> AsyncIterator[httpx.AsyncClient]:
    async with _client(fake) as c:
        yield c


def _csid(fake: FakeDixa) -> int:
    return next(c.id for c in fake.store.conversations.values() if c.state == "Open")


async def test_configured_api_keys_are_the_only_ones_accepted() -> None:
    fake = FakeDixa(conversations=10, api_keys=["good"], rate_limit=None)
    async with (
        _client(fake, "good") as good,
        _client(fake, "bad") as bad,
        _client(fake, "") as none,
    ):
        assert (await good.get("/v1/organization")).status_code == 200
        assert (await bad.get("/v1/organization")).status_code == 401
        missing = await none.get("/v1/organization")
    assert missing.status_code == 401
    assert missing.json()["message"]


async def test_rate_limit_is_per_token_and_counted() -> None:
    clock = [0.0]
    fake = FakeDixa(conversations=10, monotonic=lambda: clock[0])
    async with _client(fake, "a") as a, _client(fake, "b") as b:
        first = [(await a.get("/v1/tags")).status_code for _ in range(6)]
        other = (await b.get("/v1/tags")).status_code
        clock[0] += 0.1  # one request's worth of refill at 10/s
        refilled = [(await a.get("/v1/tags")).status_code for _ in range(2)]
    assert first == [200] * 4 + [429] * 2
    assert other == 200
    assert refilled == [200, 429]
    assert fake.stats["a"].requests == 8
    assert fake.stats["a"].rate_limited == 3
    assert fake.stats["b"].rate_limited == 0


async def test_unknown_ids_are_404_and_bad_bodies_400(
    client: httpx.AsyncClient, fake: FakeDixa
) -> None:
    assert (await client.get("/v1/conversations/99999999")).status_code == 404
    assert (await client.get("/v1/agents/not-an-agent")).status_code == 404
    bad = await client.post(f"/v1/conversations/{_csid(fake)}/notes", content=b"{not json")
    assert bad.status_code == 400
    assert bad.json() == {"message": "Decoding failure in request"}
    wrong_shape = await client.post(f"/v1/conversations/{_csid(fake)}/notes", json={"message": 3})
    assert wrong_shape.status_code == 400


async def test_conversation_lifecycle_is_stateful(
    client: httpx.AsyncClient, fake: FakeDixa
) -> None:
    user = next(iter(fake.store.end_users))
    agent = next(iter(fake.store.agents))
    body = {
        "_type": "Email",
        "requesterId": user,
        "emailIntegrationId": "support@acme.example",
        "subject": "Broken toaster",
        "message": {"_type": "Inbound", "content": {"_type": "Text", "value": "It smokes"}},
    }
    created = await client.post("/v1/conversations", json=body)
    assert created.status_code == 201
    csid = created.json()["data"]["id"]
    assert (
        await client.put(f"/v1/conversations/{csid}/claim", json={"agentId": agent})
    ).status_code == 204
    assert (await client.put(f"/v1/conversations/{csid}/close", json={})).status_code == 204
    conversation = (await client.get(f"/v1/conversations/{csid}")).json()["data"]
    assert conversation["state"] == "Closed"
    assert conversation["assignment"]["agentId"] == agent
    note = (
        await client.post(f"/v1/conversations/{csid}/notes", json={"message": "checked"})
    ).json()["data"]
    assert note["createdAt"].endswith("Z[GMT]")
    notes = (await client.get(f"/v1/conversations/{csid}/notes")).json()["data"]
    assert [n["message"] for n in notes] == ["checked"]
    log = (await client.get(f"/v1/conversations/{csid}/activitylog")).json()["data"]
    assert [e["_type"] for e in log][-3:] == [
        "ConversationClaimed",
        "ConversationClosed",
        "NoteAdded",
    ]
    assert [(op.method, op.route) for op in fake.operations][-4:] == [
        ("POST", "/v1/conversations"),
        ("PUT", "/v1/conversations/{conversationId}/claim"),
        ("PUT", "/v1/conversations/{conversationId}/close"),
        ("POST", "/v1/conversations/{conversationId}/notes"),
    ]


async def test_tagging_twice_is_recorded_once(client: httpx.AsyncClient, fake: FakeDixa) -> None:
    csid = _csid(fake)
    tag = next(
        t
        for t, v in fake.store.tags.items()
        if v["state"] == "Active" and t not in fake.store.conversation(csid).tags
    )
    for _ in range(2):
        assert (await client.put(f"/v1/conversations/{csid}/tags/{tag}")).status_code == 204
    assert fake.store.counts["tags_added"] == 1
    assert len([op for op in fake.operations if op.route.endswith("/tags/{tagId}")]) == 2


async def test_search_filters_combine_with_free_text(
    client: httpx.AsyncClient, fake: FakeDixa
) -> None:
    queue = next(
        c.queue_id
        for c in fake.store.conversations.values()
        if c.state == "Closed" and "Refund" in (c.subject or "")
    )
    filters = {
        "strategy": "All",
        "conditions": [
            {"field": {"_type": "QueueId", "operator": {"_type": "IsOneOf", "values": [queue]}}},
            {"field": {"_type": "Status", "operator": {"_type": "IsOneOf", "values": ["closed"]}}},
        ],
    }
    ids: list[int] = []
    url: str | None = "/v1/search/conversations?pageLimit=20"
    while url:
        page = (
            await client.post(url, json={"query": {"value": "refund"}, "filters": filters})
        ).json()
        ids += [hit["id"] for hit in page["data"]]
        url = page["meta"].get("next")
    expected = {
        c.id
        for c in fake.store.conversations.values()
        if c.queue_id == queue
        and c.state == "Closed"
        and "refund" in (c.subject or "").lower() + c.body.lower()
    }
    assert ids
    assert set(ids) == expected
    assert len(ids) == len(expected)


async def test_drop_after_processing_writes_but_loses_the_response(
    client: httpx.AsyncClient, fake: FakeDixa
) -> None:
    csid = _csid(fake)
    fake.drop_connections(
        after_processing=True, route="POST /v1/conversations/{conversationId}/notes", limit=1
    )
    with pytest.raises(httpx.TransportError):
        await client.post(f"/v1/conversations/{csid}/notes", json={"message": "once"})
    retried = await client.post(f"/v1/conversations/{csid}/notes", json={"message": "once"})
    assert retried.status_code == 200
    notes = [n["message"] for n in fake.store.notes_of(fake.store.conversation(csid))]
    assert notes.count("once") == 2  # the blind retry duplicated the note, observably
    assert fake.stats["tok"].dropped == 1


async def test_drop_before_processing_writes_nothing(
    client: httpx.AsyncClient, fake: FakeDixa
) -> None:
    csid = _csid(fake)
    fake.drop_connections(route="POST /v1/conversations/*", limit=1)
    with pytest.raises(DroppedConnection):
        await client.post(f"/v1/conversations/{csid}/notes", json={"message": "lost"})
    assert fake.store.counts["notes_created"] == 0
    assert fake.operations == []


async def test_error_share_is_deterministic_by_seed() -> None:
    async def pattern() -> list[int]:
        fake = FakeDixa(seed=9, conversations=10, rate_limit=None)
        fake.inject_errors(0.3, status=503, route="GET /v1/tags")
        async with _client(fake) as c:
            return [(await c.get("/v1/tags")).status_code for _ in range(40)]

    first, second = await pattern(), await pattern()
    assert first == second
    assert 3 <= first.count(503) <= 25
    assert set(first) == {200, 503}


async def test_rate_limit_storm_answers_429_without_retry_after(
    client: httpx.AsyncClient, fake: FakeDixa
) -> None:
    fake.rate_limit_storm(3)
    responses = [await client.get("/v1/teams") for _ in range(4)]
    assert [r.status_code for r in responses] == [429, 429, 429, 200]
    assert all("retry-after" not in r.headers for r in responses)


async def test_webhook_delivery_is_signed_and_logged(fake: FakeDixa) -> None:
    received: list[tuple[dict[str, str], bytes]] = []

    async def receiver(scope, receive, send):  # type: ignore[no-untyped-def]
        request = Request(scope, receive)
        received.append((dict(request.headers), await request.body()))
        await Response(status_code=204)(scope, receive, send)

    fake = FakeDixa(
        seed=1,
        conversations=50,
        rate_limit=None,
        webhook_transport=httpx.ASGITransport(app=receiver),
    )
    async with _client(fake) as client:
        sub = (
            await client.post(
                "/v1/webhooks",
                json={
                    "name": "h",
                    "url": "http://receiver/hook",
                    "authorization": {"_type": "NoAuth"},
                    "customHeaders": {},
                    "events": ["ConversationNoteAdded"],
                },
            )
        ).json()["data"]
        csid = _csid(fake)
        await client.post(f"/v1/conversations/{csid}/notes", json={"message": "hello hook"})
        await fake.webhooks_flushed()
        status = (await client.get(f"/v1/webhooks/{sub['id']}/delivery-status")).json()["data"]
    [(headers, body)] = received
    stamp, _, signature = headers["x-dixa-signature"].partition(",v1=")
    stamp = stamp.removeprefix("t=")
    expected = hmac.new(
        bytes.fromhex(sub["secretKey"]), stamp.encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    assert hmac.compare_digest(signature, expected)
    assert headers["x-dixa-subscription-id"] == sub["id"]
    payload = json.loads(body)
    assert payload["event_fqn"] == "CONVERSATION_NOTE_ADDED"
    assert payload["data"]["text"] == "hello hook"
    assert payload["data"]["conversation"]["csid"] == csid
    assert status == [
        {"event": "ConversationNoteAdded", "deliveryStatus": status[0]["deliveryStatus"]}
    ]
    assert status[0]["deliveryStatus"]["responseCode"] == 204


def test_seed_is_deterministic_and_sized() -> None:
    a, b = FakeDixa(seed=4, conversations=700), FakeDixa(seed=4, conversations=700)
    assert len(a.store.conversations) == 700
    assert list(a.store.end_users) == list(b.store.end_users)
    assert {c.channel for c in a.store.conversations.values()} >= {
        "Email",
        "WidgetChat",
        "PstnPhone",
    }
    assert {c.state for c in a.store.conversations.values()} == {"Open", "Closed", "Pending"}
    conv = a.store.conversations[1001]
    assert a.store.messages_of(conv) == b.store.messages_of(b.store.conversations[1001])


async def test_dixa_client_fixture_talks_to_the_fake(
    dixa_client: object, fake_dixa: FakeDixa
) -> None:
    organization = await dixa_client.organization.get()  # type: ignore[attr-defined]
    assert organization.id == fake_dixa.store.org["id"]


def test_fake_dixa_server_fixture_serves_http(fake_dixa_server: str) -> None:
    response = httpx.get(f"{fake_dixa_server}/v1/organization", headers={"Authorization": "x"})
    assert response.status_code == 200


@pytest.mark.fake_dixa(conversations=42, rate_limit=(10, 4))
def test_fake_dixa_marker_configures_the_fixture(fake_dixa: FakeDixa) -> None:
    assert len(fake_dixa.store.conversations) == 42
    assert fake_dixa.rate_limit == (10, 4)
