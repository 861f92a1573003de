"""Issue 19 item 9: the fake is as broad as Dixa - every conversation and rating field of the
export, `to` in both forms, page sizes capped only where Dixa documents a cap, and an
organisation-wide activity log with entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import httpx
import yaml
from _exports_support import fake, fake_client

SPEC: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "openapi" / "dixa-exports.yaml").read_text()
)
SCHEMAS = SPEC["components"]["schemas"]
SIX_MONTHS: dict[str, Any] = {
    "created_after": dt.date(2024, 1, 1),
    "created_before": dt.date(2024, 7, 1),
}


async def _raw_items(app: Any, path: str, **query: str) -> list[dict[str, Any]]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://fake",
        headers={"Authorization": "Bearer token"},
    ) as http:
        response = await http.get(path, params=query)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()
    return items


async def test_every_conversation_and_rating_field_is_served_with_values() -> None:
    app = fake(seed=21, conversations=600)
    first = min(app.store.conversations.values(), key=lambda c: c.created)
    first.anonymized = first.created + 86_400  # as anonymising it through v1 would
    fields = set(SCHEMAS["ExportedConversation"]["properties"])
    rating_fields = set(SCHEMAS["ExportedRating"]["properties"])
    assert (len(fields), len(rating_fields)) == (48, 13)
    items: list[dict[str, Any]] = []
    for month in range(1, 7):  # the fake's seeded history: the first half of 2024
        after = dt.date(2024, month, 1)
        before = dt.date(2024, month + 1, 1)
        items += await _raw_items(
            app,
            "/v1/conversation_export",
            created_after=after.isoformat(),
            created_before=before.isoformat(),
        )
    assert len(items) > 100
    assert all(set(item) == fields for item in items)  # every key, every item
    # Each field has a real value somewhere (channel-specific ones on their channel).
    never_set = {f for f in fields if all(item[f] in (None, [], "") for item in items)}
    assert never_set == set()
    ratings = [r for item in items for r in item["ratings"]]
    assert ratings
    assert all(set(r) == rating_fields for r in ratings)
    assert {f for f in rating_fields if all(r[f] is None for r in ratings)} <= {
        "rating_message",
        "rating_scheduled_timestamp",
        "rating_scheduled_for_timestamp",
        "rating_unscheduled_timestamp",
        "rating_cancelled_timestamp",
    }
    # ... and the SDK's models read them all.
    async with fake_client(app) as dixa:
        got = [c async for c in dixa.exports.conversations(**SIX_MONTHS)]
        assert got
        assert all(not c.additional_properties for c in got)
        assert dixa.exports.stats.lenient == 0


async def test_to_is_served_as_an_array_and_as_a_string() -> None:
    app = fake(seed=22, conversations=300)
    items = await _raw_items(
        app,
        "/v1/message_export",
        created_after="2024-03-01",
        created_before="2024-04-01",
    )
    forms = {type(m["to"]).__name__ for m in items if "to" in m}
    assert forms == {"list", "str"}
    async with fake_client(app) as dixa:
        got = [
            m
            async for m in dixa.exports.messages(
                created_after=dt.date(2024, 3, 1), created_before=dt.date(2024, 4, 1)
            )
        ]
    assert {type(m.to).__name__ for m in got if isinstance(m.to, list | str)} == {"list", "str"}


async def test_page_limits_are_capped_for_analytics_only_and_the_org_activity_log_has_entries() -> (
    None
):
    app = fake(seed=23, conversations=200)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://fake",
        headers={"Authorization": "token"},
    ) as http:
        log = await http.get("/v1/conversations/activitylog", params={"pageLimit": "10000"})
        analytics = await http.get("/v1/analytics/metrics", params={"pageLimit": "301"})
        small = await http.get("/v1/conversations/activitylog", params={"pageLimit": "5"})
    assert log.status_code == 200
    entries = log.json()["data"]
    assert len(entries) >= 200  # every conversation has at least its creation entry
    assert "next" not in log.json()["meta"]
    assert analytics.status_code == 400
    assert small.status_code == 200
    assert len(small.json()["data"]) == 5
    assert "pageKey=" in small.json()["meta"]["next"]
