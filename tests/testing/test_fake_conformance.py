"""Every one of the 123 operations (98 v1, 25 documented only for beta) answers the fake's happy path with a body the spec accepts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from dixa_async.testing import FakeDixa
from openapi_schema_validator import OAS30Validator

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "dixa-v1.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
OPERATIONS = [
    (method.upper(), path)
    for path, item in SPEC["paths"].items()
    for method in item
    if method in {"get", "put", "post", "patch", "delete"}
]

# Path with query, multipart files (or None), JSON body.
Request = tuple[str, list[tuple[str, tuple[str, bytes, str]]] | None, Any]


def _ids(fake: FakeDixa) -> dict[str, Any]:
    store = fake.store
    conv = next(c for c in store.conversations.values() if c.agent_id and c.channel == "Email")
    team = next(iter(store.teams))
    return {
        "csid": conv.id,
        "agent": next(iter(store.agents)),
        "other_agent": list(store.agents)[1],
        "user": next(iter(store.end_users)),
        "team": team,
        "queue": next(iter(store.queues)),
        "tag": next(iter(store.tags)),
        "conv_attr": next(
            k for k, v in store.attribute_defs.items() if v["entityType"] == "Conversation"
        ),
        "user_attr": next(
            k for k, v in store.attribute_defs.items() if v["entityType"] == "Contact"
        ),
        "schedule": next(iter(store.schedules)),
        "endpoint": next(iter(store.contact_endpoints)),
    }


def _with_webhook(fake: FakeDixa) -> str:
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


def _message_id(fake: FakeDixa, csid: int) -> str:
    return str(fake.store.messages_of(fake.store.conversation(csid))[0]["id"])


def _rating_id(fake: FakeDixa, csid: int, agent: str) -> str:
    conv = fake.store.conversation(csid)
    rating: dict[str, Any] = {
        "id": "r-1",
        "agentId": agent,
        "userId": conv.requester_id,
        "conversationChannel": conv.channel,
        "ratingType": "Csat",
        "ratingStatus": "Offered",
        "timestamps": {"offered": "2024-01-01T00:00:00Z"},
    }
    fake.store.ratings_of(conv).append(rating)
    return "r-1"


INBOUND = {"_type": "Inbound", "content": {"_type": "Text", "value": "Hello"}}
PERIOD = {"_type": "Preset", "value": {"_type": "PreviousWeek"}}


def _queued_csid(fake: FakeDixa) -> int:
    return next(
        c.id
        for c in fake.store.conversations.values()
        if c.queue_id and c.agent_id is None and c.state == "Open"
    )


def _anonymization_id(fake: FakeDixa, csid: int) -> str:
    from dixa_async.testing._conversations import anonymization

    return str(anonymization(fake.store, "Conversation", str(csid), "t")["id"])


def request_for(method: str, path: str, fake: FakeDixa) -> Request:
    i = _ids(fake)
    c = i["csid"]
    kb = fake.store.knowledge
    article, collection = next(iter(kb.articles)), next(iter(kb.collections))
    category = next(iter(kb.categories))
    a = f"/beta/knowledge/articles/{article}"
    table: dict[tuple[str, str], Callable[[], Request]] = {
        ("GET", "/v1/queues/conversation-position/{csid}"): lambda: (
            f"/v1/queues/conversation-position/{_queued_csid(fake)}",
            None,
            None,
        ),
        ("GET", "/beta/anonymization/request/{requestId}"): lambda: (
            f"/beta/anonymization/request/{_anonymization_id(fake, c)}",
            None,
            None,
        ),
        ("GET", "/beta/templates"): lambda: ("/beta/templates?type=QuickResponse", None, None),
        ("DELETE", "/beta/templates/{templateId}"): lambda: (
            f"/beta/templates/{next(iter(kb.templates))}",
            None,
            None,
        ),
        ("GET", "/beta/business-hours/schedules/{scheduleId}/definition"): lambda: (
            f"/beta/business-hours/schedules/{i['schedule']}/definition",
            None,
            None,
        ),
        ("GET", "/beta/business-hours/schedules/{scheduleId}/upcoming"): lambda: (
            f"/beta/business-hours/schedules/{i['schedule']}/upcoming?days=9",
            None,
            None,
        ),
        ("GET", "/beta/knowledge/collections"): lambda: ("/beta/knowledge/collections", None, None),
        ("GET", "/beta/knowledge/collections/{collectionId}"): lambda: (
            f"/beta/knowledge/collections/{collection}",
            None,
            None,
        ),
        ("GET", "/beta/knowledge/collections/{collectionId}/catalog"): lambda: (
            f"/beta/knowledge/collections/{collection}/catalog?language=da",
            None,
            None,
        ),
        ("GET", "/beta/knowledge/categories/{categoryId}"): lambda: (
            f"/beta/knowledge/categories/{category}",
            None,
            None,
        ),
        ("GET", "/beta/knowledge/categories/{categoryId}/translations"): lambda: (
            f"/beta/knowledge/categories/{category}/translations",
            None,
            None,
        ),
        ("POST", "/beta/knowledge/articles"): lambda: (
            "/beta/knowledge/articles",
            None,
            {"parentId": category, "translations": [{"languageId": "en", "title": "New"}]},
        ),
        ("GET", "/beta/knowledge/articles/{articleId}"): lambda: (a, None, None),
        ("DELETE", "/beta/knowledge/articles/{articleId}"): lambda: (a, None, None),
        ("PATCH", "/beta/knowledge/articles/{articleId}"): lambda: (
            a,
            None,
            {"ownedBy": i["agent"], "tags": {"add": ["faq"]}},
        ),
        ("GET", "/beta/knowledge/articles/{articleId}/translations"): lambda: (
            f"{a}/translations",
            None,
            None,
        ),
        ("PATCH", "/beta/knowledge/articles/{articleId}/translations"): lambda: (
            f"{a}/translations",
            None,
            {"translations": [{"languageId": "da", "title": "Spor", "content": "Tekst"}]},
        ),
        ("POST", "/beta/knowledge/articles/{articleId}/publish"): lambda: (
            f"{a}/publish",
            None,
            None,
        ),
        ("POST", "/beta/knowledge/articles/{articleId}/unpublish"): lambda: (
            f"{a}/unpublish",
            None,
            None,
        ),
        ("POST", "/beta/knowledge/articles/{articleId}/translations/{languageId}/publish"): (
            lambda: (f"{a}/translations/en/publish", None, None)
        ),
        ("POST", "/beta/knowledge/articles/{articleId}/translations/{languageId}/unpublish"): (
            lambda: (f"{a}/translations/en/unpublish", None, None)
        ),
        ("DELETE", "/beta/knowledge/articles/{articleId}/translations/{languageId}"): (
            lambda: (f"{a}/translations/en", None, None)
        ),
        ("PATCH", "/beta/knowledge/articles/{articleId}/parent/{parentId}"): lambda: (
            f"{a}/parent/{list(kb.categories)[1]}",
            None,
            None,
        ),
        ("DELETE", "/beta/knowledge/articles/{articleId}/parent"): lambda: (
            f"{a}/parent",
            None,
            None,
        ),
        ("POST", "/beta/knowledge/articles/attachments"): lambda: (
            "/beta/knowledge/articles/attachments",
            [
                ("files", ("a.png", b"\x89PNG", "image/png")),
                ("files", ("b.txt", b"b", "text/plain")),
            ],
            None,
        ),
        ("PUT", "/v1/agents"): lambda: (
            "/v1/agents",
            None,
            [{"id": i["agent"], "displayName": "A"}],
        ),
        ("POST", "/v1/agents"): lambda: (
            "/v1/agents",
            None,
            {"displayName": "N", "email": "n@x.example"},
        ),
        ("PATCH", "/v1/agents"): lambda: (
            "/v1/agents",
            None,
            [{"id": i["agent"], "firstName": "B"}],
        ),
        ("POST", "/v1/agents/bulk"): lambda: (
            "/v1/agents/bulk",
            None,
            {"data": [{"displayName": "N", "email": "n@x.example"}, {"displayName": "M"}]},
        ),
        ("PUT", "/v1/agents/{agentId}"): lambda: (
            f"/v1/agents/{i['agent']}",
            None,
            {"displayName": "A"},
        ),
        ("PATCH", "/v1/agents/{agentId}"): lambda: (
            f"/v1/agents/{i['agent']}",
            None,
            {"lastName": "L"},
        ),
        ("PUT", "/v1/agents/{agentId}/presence/working-channel"): lambda: (
            f"/v1/agents/{i['agent']}/presence/working-channel",
            None,
            {"channel": "Email", "working": True},
        ),
        ("GET", "/v1/analytics/filter/{filterAttribute}"): lambda: (
            "/v1/analytics/filter/channel",
            None,
            None,
        ),
        ("POST", "/v1/analytics/metrics"): lambda: (
            "/v1/analytics/metrics",
            None,
            {
                "id": "csat",
                "timezone": "UTC",
                "periodFilter": PERIOD,
                "aggregations": ["Count", "Average"],
            },
        ),
        ("GET", "/v1/analytics/metrics/{metricId}"): lambda: (
            "/v1/analytics/metrics/csat",
            None,
            None,
        ),
        ("POST", "/v1/analytics/records"): lambda: (
            "/v1/analytics/records?pageLimit=5",
            None,
            {"id": "ratings", "timezone": "UTC", "csidFilter": [c, c + 1]},
        ),
        ("GET", "/v1/analytics/records/{recordId}"): lambda: (
            "/v1/analytics/records/ratings",
            None,
            None,
        ),
        ("POST", "/v1/anonymization"): lambda: (
            "/v1/anonymization",
            None,
            {"_type": "Conversation", "entityId": str(c)},
        ),
        ("GET", "/v1/business-hours/schedules/{scheduleId}/status"): lambda: (
            f"/v1/business-hours/schedules/{i['schedule']}/status?timestamp=2024-03-05T10:00:00Z",
            None,
            None,
        ),
        ("GET", "/v1/contact-endpoints/{contactEndpointId}"): lambda: (
            f"/v1/contact-endpoints/{i['endpoint']}",
            None,
            None,
        ),
        ("POST", "/v1/conversations"): lambda: (
            "/v1/conversations",
            None,
            {
                "_type": "Email",
                "requesterId": i["user"],
                "emailIntegrationId": "support@acme.example",
                "subject": "Hi",
                "message": INBOUND,
            },
        ),
        ("POST", "/v1/conversations/import"): lambda: (
            "/v1/conversations/import",
            None,
            {
                "createdAt": "2024-02-01T10:00:00Z",
                "direction": "Inbound",
                "genericChannelName": "legacy",
                "requesterId": i["user"],
            },
        ),
        ("PUT", "/v1/conversations/{conversationId}/claim"): lambda: (
            f"/v1/conversations/{c}/claim",
            None,
            {"agentId": i["other_agent"], "force": True},
        ),
        ("PUT", "/v1/conversations/{conversationId}/close"): lambda: (
            f"/v1/conversations/{c}/close",
            None,
            {},
        ),
        ("PATCH", "/v1/conversations/{conversationId}/custom-attributes"): lambda: (
            f"/v1/conversations/{c}/custom-attributes",
            None,
            {i["conv_attr"]: "123"},
        ),
        ("PUT", "/v1/conversations/{conversationId}/followup"): lambda: (
            f"/v1/conversations/{c}/followup",
            None,
            {"timestamp": "2030-01-01T00:00:00Z"},
        ),
        ("PUT", "/v1/conversations/{conversationId}/link"): lambda: (
            f"/v1/conversations/{c}/link",
            None,
            {"linkType": "Related", "parentId": c + 1},
        ),
        ("GET", "/v1/conversations/{conversationId}/linked"): lambda: (
            f"/v1/conversations/{c}/linked",
            None,
            None,
        ),
        ("POST", "/v1/conversations/{conversationId}/messages"): lambda: (
            f"/v1/conversations/{c}/messages",
            None,
            {
                "_type": "Outbound",
                "agentId": i["agent"],
                "content": {"_type": "Text", "value": "Hi"},
            },
        ),
        ("PATCH", "/v1/conversations/{conversationId}/messages/{messageId}/anonymize"): lambda: (
            f"/v1/conversations/{c}/messages/{_message_id(fake, c)}/anonymize",
            None,
            None,
        ),
        ("POST", "/v1/conversations/{conversationId}/notes"): lambda: (
            f"/v1/conversations/{c}/notes",
            None,
            {"message": "note"},
        ),
        ("POST", "/v1/conversations/{conversationId}/notes/bulk"): lambda: (
            f"/v1/conversations/{c}/notes/bulk",
            None,
            {"data": [{"message": "a"}, {"message": "b", "agentId": "nobody"}]},
        ),
        ("POST", "/v1/conversations/{conversationId}/ratings/offer"): lambda: (
            f"/v1/conversations/{c}/ratings/offer",
            None,
            {"ratingType": "Csat"},
        ),
        ("POST", "/v1/conversations/{conversationId}/ratings/{ratingId}/submit"): lambda: (
            f"/v1/conversations/{c}/ratings/{_rating_id(fake, c, i['agent'])}/submit",
            None,
            {"ratingResult": {"_type": "Csat", "value": 5}, "comment": "great"},
        ),
        ("PUT", "/v1/conversations/{conversationId}/reopen"): lambda: (
            f"/v1/conversations/{c}/reopen",
            None,
            {},
        ),
        ("POST", "/v1/conversations/{conversationId}/tags/bulk"): lambda: (
            f"/v1/conversations/{c}/tags/bulk",
            None,
            {"data": [{"name": "new-tag"}]},
        ),
        ("PUT", "/v1/conversations/{conversationId}/tags/{tagId}"): lambda: (
            f"/v1/conversations/{c}/tags/{i['tag']}",
            None,
            None,
        ),
        ("DELETE", "/v1/conversations/{conversationId}/tags/{tagId}"): lambda: (
            f"/v1/conversations/{c}/tags/{i['tag']}",
            None,
            None,
        ),
        ("PUT", "/v1/conversations/{conversationId}/transfer/queue"): lambda: (
            f"/v1/conversations/{c}/transfer/queue",
            None,
            {"queueId": i["queue"]},
        ),
        ("GET", "/v1/custom-attributes/{customAttributeId}"): lambda: (
            f"/v1/custom-attributes/{i['conv_attr']}",
            None,
            None,
        ),
        ("PUT", "/v1/endusers"): lambda: (
            "/v1/endusers",
            None,
            {
                "data": [
                    {"id": i["user"], "displayName": "U"},
                    {"id": "missing", "displayName": "U"},
                ]
            },
        ),
        ("POST", "/v1/endusers"): lambda: (
            "/v1/endusers",
            None,
            {"displayName": "New", "email": "new@x.example"},
        ),
        ("PATCH", "/v1/endusers"): lambda: (
            "/v1/endusers",
            None,
            {"data": [{"id": i["user"], "firstName": "F"}]},
        ),
        ("POST", "/v1/endusers/bulk"): lambda: (
            "/v1/endusers/bulk",
            None,
            {"data": [{"displayName": "A"}, {"email": "b@x.example"}]},
        ),
        ("PUT", "/v1/endusers/{userId}"): lambda: (
            f"/v1/endusers/{i['user']}",
            None,
            {"displayName": "U"},
        ),
        ("PATCH", "/v1/endusers/{userId}"): lambda: (
            f"/v1/endusers/{i['user']}",
            None,
            {"lastName": "L"},
        ),
        ("PATCH", "/v1/endusers/{userId}/custom-attributes"): lambda: (
            f"/v1/endusers/{i['user']}/custom-attributes",
            None,
            {i["user_attr"]: ["gold"]},
        ),
        ("POST", "/v1/queues"): lambda: (
            "/v1/queues",
            None,
            {
                "request": {
                    "name": "Q",
                    "callFunctionality": False,
                    "isDefault": False,
                    "isDoNotOfferEnabled": False,
                    "offerTimeout": 20,
                }
            },
        ),
        ("DELETE", "/v1/queues/{queueId}/members"): lambda: (
            f"/v1/queues/{i['queue']}/members",
            None,
            {"agentIds": [i["agent"]]},
        ),
        ("PATCH", "/v1/queues/{queueId}/members"): lambda: (
            f"/v1/queues/{i['queue']}/members",
            None,
            {"agentIds": [i["agent"], "missing"]},
        ),
        ("GET", "/v1/search/conversations"): lambda: (
            "/v1/search/conversations?query=refund&pageLimit=5",
            None,
            None,
        ),
        ("POST", "/v1/search/conversations"): lambda: (
            "/v1/search/conversations?pageLimit=5",
            None,
            {
                "query": {"value": "order"},
                "filters": {
                    "strategy": "All",
                    "conditions": [
                        {
                            "field": {
                                "_type": "Status",
                                "operator": {"_type": "IsOneOf", "values": ["closed"]},
                            }
                        }
                    ],
                },
            },
        ),
        ("POST", "/v1/tags"): lambda: ("/v1/tags", None, {"name": "fresh", "color": "#000000"}),
        ("POST", "/v1/teams"): lambda: ("/v1/teams", None, {"name": "T"}),
        ("DELETE", "/v1/teams/{teamId}/agents"): lambda: (
            f"/v1/teams/{i['team']}/agents",
            None,
            {"agentIds": [i["agent"]]},
        ),
        ("PATCH", "/v1/teams/{teamId}/agents"): lambda: (
            f"/v1/teams/{i['team']}/agents",
            None,
            {"agentIds": [i["other_agent"]]},
        ),
        ("POST", "/v1/webhooks"): lambda: (
            "/v1/webhooks",
            None,
            {
                "name": "h",
                "url": "http://127.0.0.1:9/h",
                "authorization": {"_type": "TokenAuth", "value": "t"},
                "customHeaders": {"X-A": "b"},
                "events": ["ConversationCreated"],
                "enabled": False,
            },
        ),
        ("PATCH", "/v1/webhooks/{webhookSubscriptionId}"): lambda: (
            f"/v1/webhooks/{_with_webhook(fake)}",
            None,
            {"name": "renamed"},
        ),
        ("GET", "/v1/webhooks/{webhookSubscriptionId}/delivery-status/logs/{event}"): lambda: (
            f"/v1/webhooks/{_with_webhook(fake)}/delivery-status/logs/ConversationCreated",
            None,
            None,
        ),
    }
    if (method, path) in table:
        return table[(method, path)]()
    concrete = (
        path.replace("{conversationId}", str(c))
        .replace("{agentId}", i["agent"])
        .replace("{userId}", i["user"])
        .replace("{teamId}", i["team"])
        .replace("{queueId}", i["queue"])
        .replace("{tagId}", i["tag"])
    )
    if "{webhookSubscriptionId}" in concrete:
        concrete = concrete.replace("{webhookSubscriptionId}", _with_webhook(fake))
    assert "{" not in concrete, f"no example for {method} {path}"
    return concrete, None, None


def _response_schema(operation: dict[str, Any], status: int) -> dict[str, Any] | None:
    response = operation["responses"][str(status)]
    content = response.get("content", {}).get("application/json")
    return None if content is None else {**content["schema"], "components": SPEC["components"]}


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
async def test_operation_answers_with_its_documented_success(method: str, path: str) -> None:
    fake = FakeDixa(seed=3, conversations=120, rate_limit=None)
    url, files, body = request_for(method, path, fake)
    operation = SPEC["paths"][path][method.lower()]
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake),
        base_url="http://fake",
        headers={"Authorization": "t"},
    ) as client:
        if files is not None:
            response = await client.request(method, url, files=files)
        else:
            response = await client.request(method, url, json=body)
    success = sorted(int(code) for code in operation["responses"] if code.startswith("2"))
    assert response.status_code in success, response.text
    schema = _response_schema(operation, response.status_code)
    if schema is None:
        assert response.content == b""
    else:
        OAS30Validator(schema).validate(response.json())


def test_the_walk_covers_all_123_operations() -> None:
    assert len(OPERATIONS) == 123
