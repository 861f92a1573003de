"""Every write operation of the operation table runs through `run_bulk` against the fake
Dixa with one valid record (in Dixa's own record shape), and gets back Dixa's answer; the
operations Dixa can batch also run two records through their bulk endpoint."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from dixa_async.bulk import ResultStatus, run_bulk, write_operations
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient

Factory = Callable[[FakeDixa, int], dict[str, Any]]


def _conversation(fake: FakeDixa) -> int:
    return next(
        c.id for c in fake.store.conversations.values() if c.agent_id and c.channel == "Email"
    )


def _agent(fake: FakeDixa, n: int = 0) -> str:
    return list(fake.store.agents)[n]


def _user(fake: FakeDixa, n: int = 0) -> str:
    return list(fake.store.end_users)[n]


def _tag(fake: FakeDixa, n: int = 0) -> str:
    return [t for t, v in fake.store.tags.items() if v["state"] == "Active"][n]


def _attribute(fake: FakeDixa, entity: str) -> str:
    return next(k for k, v in fake.store.attribute_defs.items() if v["entityType"] == entity)


def _webhook(fake: FakeDixa) -> str:
    sub_id = fake.store.uuid()
    fake.store.webhooks[sub_id] = {
        "id": sub_id,
        "name": "hook",
        "url": "http://127.0.0.1:9/hook",
        "subscribedEvents": ["ConversationCreated"],
        "headers": {},
        "secretKey": "00ff",
        "enabled": False,
        "createdAt": "2024-01-01T00:00:00Z",
        "createdBy": sub_id,
        "updatedAt": "2024-01-01T00:00:00Z",
        "updatedBy": sub_id,
    }
    return sub_id


def _rating(fake: FakeDixa) -> str:
    conv = fake.store.conversation(_conversation(fake))
    fake.store.ratings_of(conv).append(
        {
            "id": "r-1",
            "agentId": _agent(fake),
            "userId": conv.requester_id,
            "conversationChannel": conv.channel,
            "ratingType": "Csat",
            "ratingStatus": "Offered",
            "timestamps": {"offered": "2024-01-01T00:00:00Z"},
        }
    )
    return "r-1"


def _article(fake: FakeDixa, n: int = 0) -> str:
    return list(fake.store.knowledge.articles)[n]


def _category(fake: FakeDixa, n: int = 0) -> str:
    return list(fake.store.knowledge.categories)[n]


def _attachment(n: int) -> Path:
    # Each record names a file of its own; read when its request is built.
    where = Path(tempfile.mkdtemp(prefix="dixa-bulk-")) / f"attachment-{n}.png"
    where.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes([n]) * 64)
    return where


def _message(fake: FakeDixa) -> str:
    conv = fake.store.conversation(_conversation(fake))
    return str(fake.store.messages_of(conv)[0]["id"])


QUEUE = {
    "name": "Q",
    "callFunctionality": False,
    "isDefault": False,
    "isDoNotOfferEnabled": False,
    "offerTimeout": 20,
}
TEXT = {"_type": "Text", "value": "Hello"}

RECORDS: dict[str, Factory] = {
    "agents.bulk_create": lambda f, n: {"data": [{"displayName": "N", "email": f"b{n}@x.example"}]},
    "agents.bulk_patch": lambda f, n: {"body": [{"id": _agent(f, n), "firstName": "B"}]},
    "agents.bulk_update": lambda f, n: {"body": [{"id": _agent(f, n), "displayName": "A"}]},
    "agents.create": lambda f, n: {"displayName": f"New {n}", "email": f"new{n}@x.example"},
    "agents.delete": lambda f, n: {"agent_id": _agent(f, n)},
    "agents.patch": lambda f, n: {"agent_id": _agent(f, n), "lastName": f"L{n}"},
    "agents.set_working_channel": lambda f, n: {
        "agent_id": _agent(f, n),
        "channel": "Email",
        "working": True,
    },
    "agents.update": lambda f, n: {"agent_id": _agent(f, n), "displayName": f"A{n}"},
    "analytics.query_metric": lambda f, n: {
        "id": "csat",
        "timezone": "UTC",
        "aggregations": ["Count"],
        "periodFilter": {"_type": "Preset", "value": {"_type": "PreviousWeek"}},
    },
    "anonymization.anonymize_conversation": lambda f, n: {"conversation_id": _conversation(f)},
    "anonymization.anonymize_end_user": lambda f, n: {"user_id": _user(f, n)},
    "anonymization.request": lambda f, n: {
        "_type": "Conversation",
        "entityId": str(_conversation(f)),
    },
    "conversations.claim": lambda f, n: {
        "conversation_id": _conversation(f),
        "agentId": _agent(f, 1),
        "force": True,
    },
    "conversations.close": lambda f, n: {"conversation_id": _conversation(f)},
    "conversations.create": lambda f, n: {
        "_type": "Email",
        "requesterId": _user(f),
        "emailIntegrationId": "support@acme.example",
        "subject": "Hi",
        "message": {"_type": "Inbound", "content": TEXT},
    },
    "conversations.follow_up": lambda f, n: {
        "conversation_id": _conversation(f),
        "timestamp": "2030-01-01T00:00:00Z",
    },
    "conversations.import_conversation": lambda f, n: {
        "createdAt": "2024-02-01T10:00:00Z",
        "direction": "Inbound",
        "genericChannelName": "legacy",
        "requesterId": _user(f),
    },
    "conversations.link": lambda f, n: {
        "conversation_id": _conversation(f),
        "linkType": "Related",
        "parentId": _conversation(f) + 1,
    },
    "conversations.reopen": lambda f, n: {"conversation_id": _conversation(f)},
    "conversations.transfer": lambda f, n: {
        "conversation_id": _conversation(f),
        "queueId": next(iter(f.store.queues)),
    },
    "custom_attributes.patch_conversation": lambda f, n: {
        "conversation_id": _conversation(f),
        _attribute(f, "Conversation"): "123",
    },
    "custom_attributes.patch_end_user": lambda f, n: {
        "user_id": _user(f),
        _attribute(f, "Contact"): ["gold"],
    },
    "end_users.bulk_create": lambda f, n: {
        "data": [{"displayName": "A"}, {"email": "b@x.example"}]
    },
    "end_users.bulk_patch": lambda f, n: {"data": [{"id": _user(f, n), "firstName": "F"}]},
    "end_users.bulk_update": lambda f, n: {"data": [{"id": _user(f, n), "displayName": "U"}]},
    "end_users.create": lambda f, n: {"displayName": f"New {n}", "email": f"new{n}@x.example"},
    "end_users.patch": lambda f, n: {"user_id": _user(f, n), "lastName": f"L{n}"},
    "end_users.update": lambda f, n: {"user_id": _user(f, n), "displayName": f"U{n}"},
    "internal_notes.bulk_create": lambda f, n: {
        "conversation_id": _conversation(f),
        "data": [{"message": "a"}, {"message": "b"}],
    },
    "internal_notes.create": lambda f, n: {
        "conversation_id": _conversation(f),
        "message": f"note {n}",
    },
    "messages.anonymize": lambda f, n: {
        "conversation_id": _conversation(f),
        "message_id": _message(f),
    },
    "messages.create": lambda f, n: {
        "conversation_id": _conversation(f),
        "_type": "Outbound",
        "agentId": _agent(f),
        "content": TEXT,
    },
    "knowledge.create_article": lambda f, n: {
        "parentId": _category(f),
        "translations": [{"languageId": "en", "title": f"Article {n}", "content": "How to"}],
    },
    "knowledge.upload_attachments": lambda f, n: {"files": [str(_attachment(n))]},
    "knowledge.delete_article": lambda f, n: {"article_id": _article(f, n)},
    "knowledge.delete_translation": lambda f, n: {
        "article_id": _article(f, n),
        "language_id": "en",
    },
    "knowledge.detach_article": lambda f, n: {"article_id": _article(f, n)},
    "knowledge.move_article": lambda f, n: {
        "article_id": _article(f, n),
        "parent_id": _category(f, 2),
    },
    "knowledge.patch_article": lambda f, n: {
        "article_id": _article(f, n),
        "tags": {"add": ["faq"]},
    },
    "knowledge.patch_translations": lambda f, n: {
        "article_id": _article(f, n),
        "translations": [{"languageId": "da", "title": "Dansk"}],
    },
    "knowledge.publish_article": lambda f, n: {"article_id": _article(f, n)},
    "knowledge.publish_translation": lambda f, n: {
        "article_id": _article(f, n),
        "language_id": "en",
    },
    "knowledge.unpublish_article": lambda f, n: {"article_id": _article(f, n)},
    "knowledge.unpublish_translation": lambda f, n: {
        "article_id": _article(f, n),
        "language_id": "en",
    },
    "queues.add_members": lambda f, n: {
        "queue_id": next(iter(f.store.queues)),
        "agentIds": [_agent(f)],
    },
    "queues.create": lambda f, n: {"request": QUEUE},
    "queues.remove_members": lambda f, n: {
        "queue_id": next(iter(f.store.queues)),
        "agentIds": [_agent(f)],
    },
    "ratings.offer": lambda f, n: {"conversation_id": _conversation(f), "ratingType": "Csat"},
    "ratings.submit": lambda f, n: {
        "conversation_id": _conversation(f),
        "rating_id": _rating(f),
        "ratingResult": {"_type": "Csat", "value": 5},
        "comment": "great",
    },
    "tags.activate": lambda f, n: {"tag_id": _tag(f, n)},
    "tags.bulk_tag": lambda f, n: {
        "conversation_id": _conversation(f),
        "data": [{"name": "new-tag"}],
    },
    "tags.create": lambda f, n: {"name": f"fresh {n}", "color": "#000000"},
    "tags.deactivate": lambda f, n: {"tag_id": _tag(f, n)},
    "tags.delete": lambda f, n: {"tag_id": _tag(f, n)},
    "tags.tag": lambda f, n: {"conversation_id": _conversation(f), "tag_id": _tag(f, n)},
    "tags.untag": lambda f, n: {"conversation_id": _conversation(f), "tag_id": _tag(f, n)},
    "teams.add_members": lambda f, n: {
        "team_id": next(iter(f.store.teams)),
        "agentIds": [_agent(f, 1)],
    },
    "teams.create": lambda f, n: {"name": f"T{n}"},
    "teams.delete": lambda f, n: {"team_id": next(iter(f.store.teams))},
    "templates.delete": lambda f, n: {"template_id": list(f.store.knowledge.templates)[n]},
    "teams.remove_members": lambda f, n: {
        "team_id": next(iter(f.store.teams)),
        "agentIds": [_agent(f)],
    },
    "webhooks.create": lambda f, n: {
        "name": "h",
        "url": "http://127.0.0.1:9/h",
        "authorization": {"_type": "TokenAuth", "value": "t"},
        "customHeaders": {"X-A": "b"},
        "events": ["ConversationCreated"],
        "enabled": False,
    },
    "webhooks.delete": lambda f, n: {"webhook_subscription_id": _webhook(f)},
    "webhooks.update": lambda f, n: {"webhook_subscription_id": _webhook(f), "name": "renamed"},
}


def test_the_walk_covers_every_write_operation_of_the_table() -> None:
    assert set(RECORDS) == set(write_operations())


@pytest.mark.parametrize("name", sorted(write_operations()))
async def test_one_record_of_each_write_operation_runs_and_returns_dixas_answer(
    name: str, dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    spec = write_operations()[name]
    report = await run_bulk(dixa_client, name, [RECORDS[name](fake_dixa, 0)], confirm=True)
    (result,) = report.results
    assert result.error is None
    assert result.status is ResultStatus.OK
    routes = [(op.method, op.route) for op in fake_dixa.operations]
    if not spec.op.read_only:
        assert (spec.op.method, spec.op.route) in routes  # the single-record endpoint
    if spec.op.returns != "none":
        assert result.response is not None


@pytest.mark.parametrize(
    "name", sorted(n for n, spec in write_operations().items() if spec.batched_by)
)
async def test_two_records_of_a_batchable_operation_share_one_bulk_request(
    name: str, dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    spec = write_operations()[name]
    bulk = write_operations()[spec.batched_by or ""]
    records = [RECORDS[name](fake_dixa, n) for n in (0, 1)]
    report = await run_bulk(dixa_client, name, records, confirm=True)
    assert [r.status for r in report.results] == [ResultStatus.OK, ResultStatus.OK]
    routes = [(op.method, op.route) for op in fake_dixa.operations]
    assert routes == [(bulk.op.method, bulk.op.route)]
    if spec.op.returns != "none":
        assert all(r.response is not None for r in report.results)


def test_the_readme_table_lists_every_write_operation() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Bulk writes", 1)[1].split("\n## ", 1)[0]
    listed = {line.split("`")[1] for line in section.splitlines() if line.startswith("| `")}
    assert listed == set(write_operations())
