"""Contract cases: `analytics`, `business_hours`, `contact_endpoints`, `organization`,
`queues`, `search` and `webhooks`."""

from __future__ import annotations

from datetime import UTC, datetime

from _contract import Contract, case, returned
from _seeded import queue_with_members
from dixa_async.search import F, SearchQuery

from dixa_async import DixaClient
from dixa_async.models import (
    BasicAuth,
    BulkActionFailureBulkErrorUUID,
    BulkActionSuccessBulkErrorUUID,
    BulkQueueEndpointInput,
    CombinedFilters,
    ConversationSearchHit,
    CreateOrUpdateQueueRequest,
    CreateWebhookSubscriptionInput,
    EmailEndpoint,
    EventDeliveryLog,
    EventDeliveryStatus,
    Filters,
    FilterValue,
    GetBusinessOpenStatusResult,
    GetContactEndpointsType,
    GetMetricDataInputCsidFilter,
    GetMetricDataInputCsidFilterAggregationsItem,
    GetMetricRecordsDataInputPeriodFilter,
    Interval,
    ListBusinessHoursSchedulesResult,
    LongAggregateValue,
    LongField,
    MapString,
    MetricData,
    MetricMetadata,
    MetricRecord,
    MetricRecordMetadata,
    OrganizationDetails,
    PatchWebhookSubscriptionInput,
    Queue1,
    QueueMember,
    SearchParametersInput,
    Success,
    TelephonyEndpoint,
    TokenAuth,
    WebhookEventName,
    WebhookSubscription,
)

HOOK_URL = "https://hooks.example/dixa"

# ---- analytics --------------------------------------------------------------------------------


@case("analytics.filter_values")
async def _analytics_filter_values(t: Contract) -> None:
    pages = [p async for p in t.dixa.analytics.filter_values("queue_id", page_size=4).pages()]
    t.sent("GET", "/v1/analytics/filter/queue_id", query={"pageLimit": "4"})
    key = pages[0].next_cursor
    assert key is not None
    t.sent("GET", "/v1/analytics/filter/queue_id", query={"pageLimit": "4", "pageKey": key})
    values = [v for p in pages for v in p.items]
    assert all(isinstance(v, FilterValue) for v in values)
    assert [v.value for v in values] == list(t.store.queues)
    resumed = [v async for v in t.dixa.analytics.filter_values("queue_id", page_key=key)]
    t.sent("GET", "/v1/analytics/filter/queue_id", query={"pageKey": key})
    assert [v.value for v in resumed] == list(t.store.queues)[4:]


@case("analytics.get_metric")
async def _analytics_get_metric(t: Contract) -> None:
    metric = await t.dixa.analytics.get_metric("first_response_time")
    t.sent("GET", "/v1/analytics/metrics/first_response_time")
    assert isinstance(metric, MetricMetadata)
    assert metric.id == "first_response_time"


@case("analytics.get_record")
async def _analytics_get_record(t: Contract) -> None:
    record = await t.dixa.analytics.get_record("ratings")
    t.sent("GET", "/v1/analytics/records/ratings")
    assert isinstance(record, MetricRecordMetadata)
    assert record.id == "ratings"


@case("analytics.list_metrics")
async def _analytics_list_metrics(t: Contract) -> None:
    metrics = [m async for m in t.dixa.analytics.list_metrics()]
    t.sent("GET", "/v1/analytics/metrics")
    assert all(isinstance(m, MetricMetadata) for m in metrics)
    assert "csat" in [m.id for m in metrics]
    pages = [p async for p in t.dixa.analytics.list_metrics(page_size=3).pages()]
    t.sent("GET", "/v1/analytics/metrics", query={"pageLimit": "3"})
    key = pages[0].next_cursor
    assert key is not None
    t.sent("GET", "/v1/analytics/metrics", query={"pageLimit": "3", "pageKey": key})
    assert [m.id for p in pages for m in p.items] == [m.id for m in metrics]
    resumed = [m async for m in t.dixa.analytics.list_metrics(page_key=key)]
    t.sent("GET", "/v1/analytics/metrics", query={"pageKey": key})
    assert [m.id for m in resumed] == [m.id for m in metrics][3:]


@case("analytics.list_records")
async def _analytics_list_records(t: Contract) -> None:
    pages = [p async for p in t.dixa.analytics.list_records(page_size=1, max_items=1).pages()]
    t.sent("GET", "/v1/analytics/records", query={"pageLimit": "1"})
    assert [type(r) for r in pages[0].items] == [MetricRecordMetadata]
    assert pages[0].items[0].id == "closed_conversations"
    key = pages[0].next_cursor
    assert key is not None
    rest = [r async for r in t.dixa.analytics.list_records(page_key=key)]
    t.sent("GET", "/v1/analytics/records", query={"pageKey": key})
    assert [r.id for r in rest] == ["ratings"]


@case("analytics.query_metric")
async def _analytics_query_metric(t: Contract) -> None:
    known = list(t.store.conversations)[:2]
    data = await t.dixa.analytics.query_metric(
        body=GetMetricDataInputCsidFilter(
            id="closed_conversations",
            timezone="Europe/Copenhagen",
            csid_filter=[*known, 99_999_999],
            aggregations=[GetMetricDataInputCsidFilterAggregationsItem.COUNT],
        )
    )
    t.sent(
        "POST",
        "/v1/analytics/metrics",
        json={
            "id": "closed_conversations",
            "timezone": "Europe/Copenhagen",
            "csidFilter": [*known, 99_999_999],
            "aggregations": ["Count"],
        },
    )
    assert isinstance(data, MetricData)
    assert data.id == "closed_conversations"
    assert isinstance(data.aggregates, list)
    (count,) = data.aggregates
    assert isinstance(count, LongAggregateValue)
    assert count.value == 2


def _csid(record: MetricRecord) -> int:
    assert isinstance(record.fields, list)
    (found,) = [f.field for f in record.fields if f.name == "csid"]
    assert isinstance(found, LongField)
    return found.value


@case("analytics.query_records")
async def _analytics_query_records(t: Contract) -> None:
    body = GetMetricRecordsDataInputPeriodFilter(
        id="closed_conversations",
        timezone="UTC",
        period_filter=Interval(
            start=datetime(2024, 1, 1, tzinfo=UTC), end=datetime(2025, 1, 1, tzinfo=UTC)
        ),
    )
    sent_body = {
        "id": "closed_conversations",
        "timezone": "UTC",
        "periodFilter": {
            "_type": "Interval",
            "start": "2024-01-01T00:00:00Z",
            "end": "2025-01-01T00:00:00Z",
        },
    }
    pages = t.dixa.analytics.query_records(body=body, page_size=3, max_items=3).pages()
    (first,) = [p async for p in pages]
    t.sent("POST", "/v1/analytics/records", query={"pageLimit": "3"}, json=sent_body)
    assert len(first.items) == 3
    assert all(isinstance(r, MetricRecord) for r in first.items)
    closed = [c.id for c in t.store.conversations.values() if c.closed is not None]
    assert [_csid(r) for r in first.items] == closed[:3]
    key = first.next_cursor
    assert key is not None
    resumed = [
        r async for r in t.dixa.analytics.query_records(body=body, page_key=key, max_items=3)
    ]
    t.sent("POST", "/v1/analytics/records", query={"pageKey": key}, json=sent_body)
    assert [_csid(r) for r in resumed] == closed[3:6]


# ---- business hours, contact endpoints, organization -----------------------------------------


@case("business_hours.list_schedules")
async def _business_hours_list_schedules(t: Contract) -> None:
    result = await t.dixa.business_hours.list_schedules()
    t.sent("GET", "/v1/business-hours/schedules")
    assert isinstance(result, ListBusinessHoursSchedulesResult)
    assert isinstance(result.schedules, list)
    assert [s.id for s in result.schedules] == list(t.store.schedules)


@case("business_hours.status")
async def _business_hours_status(t: Contract) -> None:
    office_hours = next(iter(t.store.schedules))
    monday_morning = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)
    status = await t.dixa.business_hours.status(office_hours, timestamp=monday_morning)
    t.sent(
        "GET",
        f"/v1/business-hours/schedules/{office_hours}/status",
        query={"timestamp": "2024-05-06T09:00:00Z"},
    )
    assert isinstance(status, GetBusinessOpenStatusResult)
    assert status.is_open is True
    assert status.closes_at == datetime(2024, 5, 6, 17, 0, tzinfo=UTC)


@case("contact_endpoints.get")
async def _contact_endpoints_get(t: Contract) -> None:
    endpoint = await t.dixa.contact_endpoints.get("support@acme.example")
    t.sent("GET", "/v1/contact-endpoints/support%40acme.example")
    assert isinstance(endpoint, EmailEndpoint)
    assert endpoint.address == "support@acme.example"
    phone = await t.dixa.contact_endpoints.get("+4570112233")
    t.sent("GET", "/v1/contact-endpoints/%2B4570112233")
    assert isinstance(phone, TelephonyEndpoint)
    assert phone.number == "+4570112233"


@case("contact_endpoints.list")
async def _contact_endpoints_list(t: Contract) -> None:
    phones = await t.dixa.contact_endpoints.list(
        endpoint_type=GetContactEndpointsType.TELEPHONYENDPOINT
    )
    t.sent("GET", "/v1/contact-endpoints", query={"_type": "TelephonyEndpoint"})
    assert all(isinstance(e, TelephonyEndpoint) for e in phones)
    expected = [
        k for k, e in t.store.contact_endpoints.items() if e["_type"] == "TelephonyEndpoint"
    ]
    assert [e.number for e in phones if isinstance(e, TelephonyEndpoint)] == expected
    everything = await t.dixa.contact_endpoints.list()
    t.sent("GET", "/v1/contact-endpoints")
    assert len(everything) == len(t.store.contact_endpoints)


@case("organization.get")
async def _organization_get(t: Contract) -> None:
    org = await t.dixa.organization.get()
    t.sent("GET", "/v1/organization")
    assert isinstance(org, OrganizationDetails)
    assert (org.id, org.subdomain) == (t.store.org["id"], "acme")


# ---- queues -----------------------------------------------------------------------------------


@case("queues.add_members")
async def _queues_add_members(t: Contract) -> None:
    queue_id = next(iter(t.store.queues))
    newcomer = next(a for a in t.store.agents if a not in t.store.queue_members[queue_id])
    unknown = "00000000-0000-4000-8000-000000000002"
    outcomes = await t.dixa.queues.add_members(queue_id, agent_ids=[newcomer, unknown])
    t.sent("PATCH", f"/v1/queues/{queue_id}/members", json={"agentIds": [newcomer, unknown]})
    added, refused = outcomes
    assert isinstance(added, BulkActionSuccessBulkErrorUUID)
    assert added.data == newcomer
    assert isinstance(refused, BulkActionFailureBulkErrorUUID)
    assert newcomer in t.store.queue_members[queue_id]


@case("queues.availability")
async def _queues_availability(t: Contract) -> None:
    queue_id = queue_with_members(t.store)
    result = await t.dixa.queues.availability(queue_id)
    t.sent("GET", f"/v1/queues/{queue_id}/availability")
    assert [type(r) for r in result] == [Success]


@case("queues.create")
async def _queues_create(t: Contract) -> None:
    queue = await t.dixa.queues.create(
        request=CreateOrUpdateQueueRequest(
            call_functionality=False,
            is_default=False,
            is_do_not_offer_enabled=False,
            name="Escalations",
            priority=3,
        )
    )
    t.sent(
        "POST",
        "/v1/queues",
        json={
            "request": {
                "callFunctionality": False,
                "isDefault": False,
                "isDoNotOfferEnabled": False,
                "name": "Escalations",
                "priority": 3,
            }
        },
        status=201,
    )
    assert isinstance(queue, Queue1)
    assert (queue.name, queue.priority) == ("Escalations", 3)
    assert t.store.queues[queue.id]["name"] == "Escalations"


@case("queues.get")
async def _queues_get(t: Contract) -> None:
    queue_id = list(t.store.queues)[2]
    queue = await t.dixa.queues.get(queue_id)
    t.sent("GET", f"/v1/queues/{queue_id}")
    assert isinstance(queue, Queue1)
    assert (queue.id, queue.name) == (queue_id, t.store.queues[queue_id]["name"])


@case("queues.list")
async def _queues_list(t: Contract) -> None:
    queues = await t.dixa.queues.list()
    t.sent("GET", "/v1/queues")
    assert all(isinstance(q, Queue1) for q in queues)
    assert [q.id for q in queues] == list(t.store.queues)


@case("queues.list_members")
async def _queues_list_members(t: Contract) -> None:
    queue_id = queue_with_members(t.store)
    members = await t.dixa.queues.list_members(queue_id)
    t.sent("GET", f"/v1/queues/{queue_id}/members")
    assert all(isinstance(m, QueueMember) for m in members)
    assert {m.agent_id: m.priority for m in members} == t.store.queue_members[queue_id]


@case("queues.remove_members")
async def _queues_remove_members(t: Contract) -> None:
    queue_id = queue_with_members(t.store)
    leaving = list(t.store.queue_members[queue_id])[:2]
    result = await returned(
        t.dixa.queues.remove_members(queue_id, body=BulkQueueEndpointInput(agent_ids=leaving))
    )
    t.sent("DELETE", f"/v1/queues/{queue_id}/members", json={"agentIds": leaving}, status=204)
    assert result is None
    assert not set(leaving) & set(t.store.queue_members[queue_id])
    also = next(iter(t.store.queue_members[queue_id]))
    await t.dixa.queues.remove_members(queue_id, agent_ids=[also])
    t.sent("DELETE", f"/v1/queues/{queue_id}/members", json={"agentIds": [also]}, status=204)
    assert also not in t.store.queue_members[queue_id]


# ---- search -----------------------------------------------------------------------------------


@case("search.conversations")
async def _search_conversations(t: Contract) -> None:
    text = {"query": {"value": "refund", "exactMatch": False}}
    pages = [p async for p in t.dixa.search.conversations(query="refund", page_size=2).pages()]
    t.sent("POST", "/v1/search/conversations", query={"pageLimit": "2"}, json=text)
    for page in pages[:-1]:  # every page repeats the body; the key comes from the last one
        assert page.next_cursor is not None
        t.sent(
            "POST",
            "/v1/search/conversations",
            query={"pageLimit": "2", "pageKey": page.next_cursor},
            json=text,
        )
    matching = [
        c.id for c in t.store.conversations.values() if "refund" in f"{c.subject} {c.body}".lower()
    ]
    assert len(pages) >= 2
    assert [h.id for p in pages for h in p.items] == sorted(matching, reverse=True)  # newest first
    key = pages[0].next_cursor
    assert key is not None
    resumed = [h async for h in t.dixa.search.conversations(query="refund", page_key=key)]
    t.sent("POST", "/v1/search/conversations", query={"pageKey": key}, json=text)
    assert [h.id for h in resumed] == sorted(matching, reverse=True)[2:]
    # The typed builder: the same endpoint, the conditions in the body.
    tag_id = next(iter(t.store.tags))
    built = SearchQuery().where(F.tags.includes_any([tag_id]))
    tagged = [h async for h in t.dixa.search.conversations(built)]
    t.sent(
        "POST",
        "/v1/search/conversations",
        json={
            "filters": {
                "strategy": "All",
                "conditions": [
                    {
                        "field": {
                            "_type": "TagId",
                            "operator": {"_type": "IncludesOne", "values": [tag_id]},
                        }
                    }
                ],
            }
        },
    )
    expected = [c.id for c in t.store.conversations.values() if tag_id in c.tags]
    assert sorted(h.id for h in tagged) == sorted(expected)
    # Filters as keywords, with free text; `max_items` stops after the first hit.
    queue_id = next(iter(t.store.queues))
    in_queue = {
        "strategy": "Any",
        "conditions": [
            {"field": {"_type": "QueueId", "operator": {"_type": "IsOneOf", "values": [queue_id]}}}
        ],
    }
    first = [
        h
        async for h in t.dixa.search.conversations(
            query="order", filters=Filters.from_dict(in_queue), page_size=3, max_items=1
        )
    ]
    t.sent(
        "POST",
        "/v1/search/conversations",
        query={"pageLimit": "3"},
        json={"query": {"value": "order", "exactMatch": False}, "filters": in_queue},
    )
    (hit,) = first
    assert t.store.conversations[hit.id].queue_id == queue_id
    # A ready body.
    body = SearchParametersInput.from_dict({"query": {"value": "warranty", "exactMatch": True}})
    exact = [h async for h in t.dixa.search.conversations(body=body)]
    t.sent(
        "POST",
        "/v1/search/conversations",
        json={"query": {"value": "warranty", "exactMatch": True}},
    )
    expected = [
        c.id
        for c in t.store.conversations.values()
        if "warranty" in f"{c.subject} {c.body}".lower()
    ]
    assert expected
    assert [h.id for h in exact] == sorted(expected, reverse=True)


@case("search.conversations_by_text")
async def _search_conversations_by_text(t: Contract) -> None:
    phrase = "where is my order"
    pager = t.dixa.search.conversations_by_text(query=phrase, exact_match=True, page_size=1)
    pages = [p async for p in pager.pages()]
    exact = {"query": phrase, "exactMatch": "true"}
    t.sent("GET", "/v1/search/conversations", query={**exact, "pageLimit": "1"})
    for page in pages[:-1]:
        assert page.next_cursor is not None
        t.sent(
            "GET",
            "/v1/search/conversations",
            query={**exact, "pageLimit": "1", "pageKey": page.next_cursor},
        )
    hits = [h for p in pages for h in p.items]
    expected = [
        c.id for c in t.store.conversations.values() if phrase in f"{c.subject} {c.body}".lower()
    ]
    assert len(expected) >= 2
    assert all(isinstance(h, ConversationSearchHit) for h in hits)
    assert [h.id for h in hits] == sorted(expected, reverse=True)
    key = pages[0].next_cursor
    assert key is not None
    resumed = [
        h
        async for h in t.dixa.search.conversations_by_text(
            query=phrase, exact_match=True, page_key=key
        )
    ]
    t.sent("GET", "/v1/search/conversations", query={**exact, "pageKey": key})
    assert [h.id for h in resumed] == sorted(expected, reverse=True)[1:]
    # Without exactMatch any of the words matches ("is", "my" are everywhere).
    loose = [h async for h in t.dixa.search.conversations_by_text(query=phrase, max_items=10)]
    t.sent("GET", "/v1/search/conversations", query={"query": phrase})
    assert len(loose) > len(hits)


# ---- webhooks ---------------------------------------------------------------------------------


async def _subscription(dixa: DixaClient, *events: str) -> WebhookSubscription:
    return await dixa.webhooks.create(name="CRM sync", url=HOOK_URL, events=list(events))


@case("webhooks.create")
async def _webhooks_create(t: Contract) -> None:
    sub = await t.dixa.webhooks.create(
        name="CRM sync",
        url=HOOK_URL,
        events=["ConversationCreated", "ConversationClosed"],
        authorization=TokenAuth(value="hook-secret"),
        custom_headers={"X-Source": "dixa"},
    )
    t.sent(
        "POST",
        "/v1/webhooks",
        json={
            "name": "CRM sync",
            "url": HOOK_URL,
            "events": ["ConversationCreated", "ConversationClosed"],
            "authorization": {"_type": "TokenAuth", "value": "hook-secret"},
            "customHeaders": {"X-Source": "dixa"},
        },
        status=201,
    )
    assert isinstance(sub, WebhookSubscription)
    assert (sub.name, sub.url) == ("CRM sync", HOOK_URL)
    assert isinstance(sub.subscribed_events, list)
    assert [str(e) for e in sub.subscribed_events] == ["ConversationCreated", "ConversationClosed"]
    assert sub.id in t.store.webhooks
    plain = await t.dixa.webhooks.create(name="Audit", url=HOOK_URL + "/audit")
    t.sent(
        "POST",
        "/v1/webhooks",
        json={
            "name": "Audit",
            "url": HOOK_URL + "/audit",
            "authorization": {"_type": "NoAuth"},
            "customHeaders": {},
        },
        status=201,
    )
    assert plain.id != sub.id
    on_queue = {
        "_type": "CombinedFilters",
        "strategy": "All",
        "conditions": [{"_type": "IsOneOf", "field": "QueueId", "values": ["q-1"]}],
    }
    filtered = await t.dixa.webhooks.create(
        name="Queue 1 only",
        url=HOOK_URL + "/q1",
        enabled=False,
        filters={"Conversation": CombinedFilters.from_dict(on_queue)},
    )
    t.sent(
        "POST",
        "/v1/webhooks",
        json={
            "name": "Queue 1 only",
            "url": HOOK_URL + "/q1",
            "authorization": {"_type": "NoAuth"},
            "customHeaders": {},
            "enabled": False,
            "filters": {"Conversation": on_queue},
        },
        status=201,
    )
    assert filtered.enabled is False
    assert t.store.webhooks[filtered.id]["filters"] == {"Conversation": on_queue}
    ready = await t.dixa.webhooks.create(
        body=CreateWebhookSubscriptionInput(
            authorization=BasicAuth(username="dixa", password="pw"),
            custom_headers=MapString.from_dict({}),
            name="Basic",
            url=HOOK_URL + "/basic",
        )
    )
    t.sent(
        "POST",
        "/v1/webhooks",
        json={
            "authorization": {"_type": "BasicAuth", "username": "dixa", "password": "pw"},
            "customHeaders": {},
            "name": "Basic",
            "url": HOOK_URL + "/basic",
        },
        status=201,
    )
    assert ready.name == "Basic"
    assert t.store.webhooks[ready.id]["headers"]["Authorization"].startswith("Basic ")


@case("webhooks.delete")
async def _webhooks_delete(t: Contract) -> None:
    sub = await _subscription(t.dixa)
    t.begin()
    result = await returned(t.dixa.webhooks.delete(sub.id, confirm=True))
    t.sent("DELETE", f"/v1/webhooks/{sub.id}", status=204)
    assert result is None
    assert sub.id not in t.store.webhooks


async def _delivered(t: Contract) -> WebhookSubscription:
    """A subscription to ConversationClosed with one delivery behind it."""
    sub = await _subscription(t.dixa, "ConversationClosed")
    conv = next(c for c in t.store.conversations.values() if c.state == "Open")
    await t.dixa.conversations.close(conv.id)
    await t.fake.webhooks_flushed()
    t.begin()
    return sub


@case("webhooks.delivery_logs")
async def _webhooks_delivery_logs(t: Contract) -> None:
    sub = await _delivered(t)
    logs = await t.dixa.webhooks.delivery_logs(sub.id, WebhookEventName.CONVERSATION_CLOSED)
    t.sent("GET", f"/v1/webhooks/{sub.id}/delivery-status/logs/ConversationClosed")
    assert [type(log) for log in logs] == [EventDeliveryLog]
    assert logs[0].delivery_detail.success is True
    assert '"event_fqn":"CONVERSATION_CLOSED"' in logs[0].payload


@case("webhooks.delivery_status")
async def _webhooks_delivery_status(t: Contract) -> None:
    sub = await _delivered(t)
    statuses = await t.dixa.webhooks.delivery_status(sub.id)
    t.sent("GET", f"/v1/webhooks/{sub.id}/delivery-status")
    assert [type(s) for s in statuses] == [EventDeliveryStatus]
    assert str(statuses[0].event) == "ConversationClosed"


@case("webhooks.get")
async def _webhooks_get(t: Contract) -> None:
    sub = await _subscription(t.dixa, "ConversationNoteAdded")
    t.begin()
    found = await t.dixa.webhooks.get(sub.id)
    t.sent("GET", f"/v1/webhooks/{sub.id}")
    assert isinstance(found, WebhookSubscription)
    assert (found.id, found.url, found.secret_key) == (sub.id, HOOK_URL, sub.secret_key)


@case("webhooks.list")
async def _webhooks_list(t: Contract) -> None:
    created = [await _subscription(t.dixa), await _subscription(t.dixa, "ConversationClosed")]
    t.begin()
    subs = await t.dixa.webhooks.list()
    t.sent("GET", "/v1/webhooks")
    assert all(isinstance(s, WebhookSubscription) for s in subs)
    assert [s.id for s in subs] == [s.id for s in created]


@case("webhooks.update")
async def _webhooks_update(t: Contract) -> None:
    sub = await _subscription(t.dixa, "ConversationClosed")
    t.begin()
    updated = await t.dixa.webhooks.update(sub.id, name="CRM sync v2", enabled=False)
    t.sent("PATCH", f"/v1/webhooks/{sub.id}", json={"name": "CRM sync v2", "enabled": False})
    assert isinstance(updated, WebhookSubscription)
    assert (updated.id, updated.name, updated.enabled) == (sub.id, "CRM sync v2", False)
    again = await t.dixa.webhooks.update(
        sub.id, body=PatchWebhookSubscriptionInput(url=HOOK_URL + "/v2")
    )
    t.sent("PATCH", f"/v1/webhooks/{sub.id}", json={"url": HOOK_URL + "/v2"})
    assert again.url == HOOK_URL + "/v2"
    assert t.store.webhooks[sub.id]["url"] == HOOK_URL + "/v2"
    on_queue = {
        "_type": "CombinedFilters",
        "strategy": "Any",
        "conditions": [{"_type": "IsNotOneOf", "field": "QueueId", "values": ["q-2"]}],
    }
    full = await t.dixa.webhooks.update(
        sub.id,
        authorization=TokenAuth(value="rotated"),
        custom_headers={"X-Env": "prod"},
        events=["ConversationClosed", "ConversationOpen"],
        filters={"Conversation": CombinedFilters.from_dict(on_queue)},
        url=HOOK_URL + "/v3",
    )
    t.sent(
        "PATCH",
        f"/v1/webhooks/{sub.id}",
        json={
            "authorization": {"_type": "TokenAuth", "value": "rotated"},
            "customHeaders": {"X-Env": "prod"},
            "events": ["ConversationClosed", "ConversationOpen"],
            "filters": {"Conversation": on_queue},
            "url": HOOK_URL + "/v3",
        },
    )
    assert full.url == HOOK_URL + "/v3"
    assert isinstance(full.subscribed_events, list)
    assert [str(e) for e in full.subscribed_events] == ["ConversationClosed", "ConversationOpen"]
    assert t.store.webhooks[sub.id]["headers"] == {
        "X-Env": "prod",
        "Authorization": "Bearer rotated",
    }
