"""`dixa.webhooks` subscription helpers against the fake Dixa: keyword fields, `ensure`."""

from __future__ import annotations

import pytest
from dixa_async.testing import FakeDixa
from dixa_async.webhooks import WebhookEventName

from dixa_async import DixaClient, OperationNotAllowedError
from dixa_async.models import (
    BasicAuth,
    CombinedFilters,
    CombinedFiltersStrategy,
    CreateWebhookSubscriptionInput,
    MapString,
    NoAuth,
    TokenAuth,
)

URL = "https://hooks.example.com/dixa"


class _Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> _Clock:
    return _Clock()


@pytest.fixture
def fake_dixa(clock: _Clock) -> FakeDixa:
    return FakeDixa(conversations=5, rate_limit=None, clock=clock)


def _writes(fake: FakeDixa) -> list[str]:
    return [f"{op.method} {op.route}" for op in fake.operations if "webhooks" in op.route]


async def test_create_builds_the_input_from_keywords(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    created = await dixa_client.webhooks.create(
        name="Tickets",
        url=URL,
        events=[WebhookEventName.CONVERSATION_CREATED, "ConversationClosed"],
        authorization=TokenAuth(value="receiver-token"),
        custom_headers={"X-Team": "support"},
        enabled=False,
        filters={
            "Conversation": CombinedFilters(conditions=[], strategy=CombinedFiltersStrategy.ALL)
        },
    )
    sub = created
    assert (sub.name, sub.url, sub.enabled) == ("Tickets", URL, False)
    assert [str(e) for e in sub.subscribed_events or []] == [
        "ConversationCreated",
        "ConversationClosed",
    ]
    assert sub.headers.additional_properties == {
        "X-Team": "support",
        "Authorization": "Bearer receiver-token",
    }
    assert bytes.fromhex(sub.secret_key)
    stored = fake_dixa.store.webhooks[sub.id]
    assert stored["filters"] == {
        "Conversation": {"_type": "CombinedFilters", "conditions": [], "strategy": "All"}
    }


async def test_create_defaults_to_no_auth_and_no_headers(dixa_client: DixaClient) -> None:
    sub = await dixa_client.webhooks.create(name="Plain", url=URL)
    assert sub.headers.additional_properties == {}
    assert sub.enabled is True


async def test_create_still_accepts_a_ready_body(dixa_client: DixaClient) -> None:
    body = CreateWebhookSubscriptionInput(
        name="Raw", url=URL, authorization=NoAuth(), custom_headers=MapString()
    )
    assert (await dixa_client.webhooks.create(body=body)).name == "Raw"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": "No URL"},
        {"url": URL},
        {"name": "x", "url": URL, "events": "ConversationCreated"},
        {
            "body": CreateWebhookSubscriptionInput(
                name="Raw", url=URL, authorization=NoAuth(), custom_headers=MapString()
            ),
            "enabled": False,
        },
    ],
    ids=["no-url", "no-name", "events-as-one-string", "body-and-fields"],
)
async def test_create_refuses_ambiguous_arguments_before_sending(
    dixa_client: DixaClient, fake_dixa: FakeDixa, kwargs: dict[str, object]
) -> None:
    with pytest.raises(TypeError):
        await dixa_client.webhooks.create(**kwargs)  # type: ignore[call-overload]
    assert _writes(fake_dixa) == []


async def test_update_sends_only_the_given_fields(dixa_client: DixaClient) -> None:
    sub = await dixa_client.webhooks.create(
        name="Old", url=URL, events=["ConversationCreated"], custom_headers={"X-A": "1"}
    )
    patched = await dixa_client.webhooks.update(
        sub.id,
        events=["ConversationRated"],
        authorization=BasicAuth(username="u", password="p"),
        custom_headers={"X-A": "2"},
    )
    assert patched.name == "Old"
    assert patched.url == URL
    assert [str(e) for e in patched.subscribed_events or []] == ["ConversationRated"]
    assert patched.headers.additional_properties == {"X-A": "2", "Authorization": "Basic dTpw"}
    assert patched.secret_key == sub.secret_key


async def test_ensure_creates_once_then_returns_the_same_subscription(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    events = ["ConversationNoteAdded", "ConversationClosed"]
    first = await dixa_client.webhooks.ensure(name="Sync", url=URL, events=events)
    # Same set in another order: nothing to change, so no PATCH either.
    again = await dixa_client.webhooks.ensure(name="Sync", url=URL, events=events[::-1])
    assert again.id == first.id
    assert again.secret_key == first.secret_key
    assert _writes(fake_dixa) == ["POST /v1/webhooks"]


async def test_ensure_brings_name_events_and_enabled_in_line(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    first = await dixa_client.webhooks.ensure(
        name="Sync", url=URL, events=["ConversationNoteAdded"]
    )
    changed = await dixa_client.webhooks.ensure(
        name="Sync v2", url=URL, events=["ConversationClosed"], enabled=False
    )
    assert changed.id == first.id
    assert changed.secret_key == first.secret_key
    assert (changed.name, changed.enabled) == ("Sync v2", False)
    assert [str(e) for e in changed.subscribed_events or []] == ["ConversationClosed"]
    assert _writes(fake_dixa) == ["POST /v1/webhooks", "PATCH /v1/webhooks/{webhookSubscriptionId}"]


async def test_ensure_without_update_leaves_the_existing_subscription_alone(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    first = await dixa_client.webhooks.ensure(
        name="Sync", url=URL, events=["ConversationNoteAdded"]
    )
    kept = await dixa_client.webhooks.ensure(
        name="Other", url=URL, events=["ConversationClosed"], update=False
    )
    assert (kept.id, kept.name) == (first.id, "Sync")
    assert _writes(fake_dixa) == ["POST /v1/webhooks"]


async def test_ensure_matches_the_url_exactly_and_prefers_the_oldest_duplicate(
    dixa_client: DixaClient, clock: _Clock
) -> None:
    oldest = await dixa_client.webhooks.create(name="A", url=URL)
    clock.now += 60
    await dixa_client.webhooks.create(name="A", url=URL)
    found = await dixa_client.webhooks.ensure(name="A", url=URL, events=[], update=False)
    assert found.id == oldest.id

    other = await dixa_client.webhooks.ensure(name="A", url=URL + "/", events=[])
    assert other.id != oldest.id
    listed = await dixa_client.webhooks.list()
    assert len(listed) == 3


async def test_delivery_logs_take_the_event_name_as_a_string(dixa_client: DixaClient) -> None:
    sub = await dixa_client.webhooks.ensure(name="S", url=URL, events=["ConversationClosed"])
    logs = await dixa_client.webhooks.delivery_logs(sub.id, "ConversationClosed")
    assert logs == []


async def test_delete_needs_confirmation(dixa_client: DixaClient, fake_dixa: FakeDixa) -> None:
    sub = await dixa_client.webhooks.ensure(name="S", url=URL, events=[])
    with pytest.raises(OperationNotAllowedError):
        await dixa_client.webhooks.delete(sub.id)
    assert sub.id in fake_dixa.store.webhooks
    await dixa_client.webhooks.delete(sub.id, confirm=True)
    assert fake_dixa.store.webhooks == {}
