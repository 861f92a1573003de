"""Analytics: a fixed catalogue of metrics and records with deterministic synthetic data."""

from __future__ import annotations

import hashlib
from typing import Any

from starlette.responses import Response

from ._call import Call
from ._store import Store
from ._wire import (
    ANALYTICS_MAX_PAGE_LIMIT,
    JSON,
    invalid,
    iso_ms,
    json_response,
    obj,
    objects,
    one_of,
    paged,
    parse_ts,
    req,
)

_FILTERS = ("channel", "queue_id", "agent_id", "direction")
_METRICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "closed_conversations": ("Number of conversations closed in the period", ("Count",)),
    "created_conversations": ("Number of conversations created in the period", ("Count",)),
    "csat": ("Customer satisfaction score", ("Average", "Count", "Percentage")),
    "first_response_time": (
        "Time until the first agent reply, in seconds",
        ("Average", "Min", "Max"),
    ),
    "handling_duration": (
        "Time spent handling conversations, in seconds",
        ("Average", "Sum", "StdDev"),
    ),
}
_RECORDS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "closed_conversations": (
        "Conversations closed in the period",
        (("csid", "Conversation id"), ("channel", "Channel"), ("agent_id", "Closing agent")),
    ),
    "ratings": (
        "Ratings submitted in the period",
        (("csid", "Conversation id"), ("rating_score", "Score"), ("agent_id", "Rated agent")),
    ),
}


def _metric(metric_id: str) -> JSON:
    description, measures = _METRICS[metric_id]
    return {
        "id": metric_id,
        "description": description,
        "aggregations": [{"measure": m, "description": f"{m} of {metric_id}"} for m in measures],
        "filters": [{"filterAttribute": f, "description": f"Filter by {f}"} for f in _FILTERS],
        "relatedRecordIds": [
            r for r in _RECORDS if r == metric_id or (metric_id == "csat" and r == "ratings")
        ],
    }


def _record(record_id: str) -> JSON:
    description, fields = _RECORDS[record_id]
    return {
        "id": record_id,
        "description": description,
        "fieldsMetadata": [
            {"field": f, "description": d, "nullable": f == "agent_id"} for f, d in fields
        ],
        "filters": [{"filterAttribute": f, "description": f"Filter by {f}"} for f in _FILTERS],
        "relatedMetricIds": [
            m for m in _METRICS if m == record_id or (record_id == "ratings" and m == "csat")
        ],
    }


async def list_metrics(call: Call) -> Response:
    return json_response(
        200,
        paged(
            [_metric(m) for m in _METRICS],
            "/v1/analytics/metrics",
            call.query,
            max_limit=ANALYTICS_MAX_PAGE_LIMIT,
        ),
    )


async def get_metric(call: Call) -> Response:
    metric_id = call.params["metricId"]
    if metric_id not in _METRICS:
        raise invalid("Unknown metric")
    return json_response(200, {"data": _metric(metric_id)})


async def list_records(call: Call) -> Response:
    return json_response(
        200,
        paged(
            [_record(r) for r in _RECORDS],
            "/v1/analytics/records",
            call.query,
            max_limit=ANALYTICS_MAX_PAGE_LIMIT,
        ),
    )


async def get_record(call: Call) -> Response:
    record_id = call.params["recordId"]
    if record_id not in _RECORDS:
        raise invalid("Unknown record")
    return json_response(200, {"data": _record(record_id)})


def _filter_values(store: Store, attribute: str) -> list[JSON]:
    if attribute == "channel":
        return [
            {"value": c, "label": c}
            for c in sorted({c.channel for c in store.conversations.values()})
        ]
    if attribute == "queue_id":
        return [{"value": q["id"], "label": q["name"]} for q in store.queues.values()]
    if attribute == "agent_id":
        return [{"value": a["id"], "label": a["displayName"]} for a in store.agents.values()]
    if attribute == "direction":
        return [{"value": d, "label": d} for d in ("Inbound", "Outbound")]
    raise invalid("Unknown filter attribute")


async def filter_values(call: Call) -> Response:
    attribute = call.params["filterAttribute"]
    values = _filter_values(call.store, attribute)
    return json_response(
        200,
        paged(
            values,
            f"/v1/analytics/filter/{attribute}",
            call.query,
            max_limit=ANALYTICS_MAX_PAGE_LIMIT,
        ),
    )


def _scope(store: Store, body: JSON) -> tuple[float, float, list[int] | None]:
    """(start, end, csids) of a `GetMetricDataInput`/`GetMetricRecordsDataInput` (untagged union)."""
    req(body, "id")
    req(body, "timezone")
    for item in objects(body.get("filters") or []):
        req(item, "attribute")
    if body.get("csidFilter") is not None:
        csids = body["csidFilter"]
        if not isinstance(csids, list) or not all(
            isinstance(c, int) and not isinstance(c, bool) for c in csids
        ):
            raise invalid()
        return 0.0, float("inf"), csids
    period = obj(body.get("periodFilter"))
    kind = one_of(period.get("_type"), ("Interval", "Preset"))
    if kind == "Interval":
        return parse_ts(period.get("start")), parse_ts(period.get("end")), None
    preset = period.get("value")
    if isinstance(preset, dict):
        preset = preset.get("_type")
    if not isinstance(preset, str):
        raise invalid()
    now = store.now()
    days = {
        "Today": 1,
        "Yesterday": 2,
        "ThisWeek": 7,
        "PreviousWeek": 14,
        "ThisMonth": 31,
        "PreviousMonth": 62,
    }.get(preset, 30)
    return now - days * 86_400, now, None


def _unit(seed: int, *parts: Any) -> float:
    digest = hashlib.blake2b(repr((seed, *parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


async def metric_data(call: Call) -> Response:
    store = call.store
    body = obj(call.json())
    metric_id = req(body, "id")
    if metric_id not in _METRICS:
        raise invalid("Unknown metric")
    start, end, csids = _scope(store, body)
    wanted = body.get("aggregations") or list(_METRICS[metric_id][1])
    if not isinstance(wanted, list):
        raise invalid()
    count = _count(store, start, end, csids)
    aggregates: list[JSON] = []
    for measure in wanted:
        if measure == "Count":
            aggregates.append({"_type": "LongAggregateValue", "measure": "Count", "value": count})
        elif isinstance(measure, str):
            value = round(1 + 4 * _unit(store.seed, metric_id, measure, start, end), 3)
            aggregates.append({"_type": "DoubleAggregateValue", "measure": measure, "value": value})
        else:
            raise invalid()
    return json_response(200, {"data": {"id": metric_id, "aggregates": aggregates}})


def _count(store: Store, start: float, end: float, csids: list[int] | None) -> int:
    if csids is not None:
        return sum(1 for c in csids if c in store.conversations)
    return sum(1 for c in store.conversations.values() if start <= c.created <= end)


async def record_data(call: Call) -> Response:
    store = call.store
    body = obj(call.json())
    record_id = req(body, "id")
    if record_id not in _RECORDS:
        raise invalid("Unknown record")
    start, end, csids = _scope(store, body)
    if csids is not None:
        convs = [store.conversations[c] for c in csids if c in store.conversations]
    else:
        convs = [
            c
            for c in store.conversations.values()
            if c.closed is not None and start <= c.closed <= end
        ]
    rows: list[JSON] = []
    for conv in convs:
        at = conv.closed or conv.created
        fields: list[JSON] = [
            {"name": "csid", "field": {"_type": "LongField", "value": conv.id}},
            {"name": "channel", "field": {"_type": "StringField", "value": conv.channel}},
        ]
        if record_id == "ratings":
            score = 1 + int(5 * _unit(store.seed, "rating", conv.id))
            fields.append({"name": "rating_score", "field": {"_type": "LongField", "value": score}})
        if conv.agent_id:
            fields.append(
                {"name": "agent_id", "field": {"_type": "UUIDField", "value": conv.agent_id}}
            )
        rows.append(
            {
                "primaryTimestampField": {
                    "_type": "TimestampField",
                    "name": "closed_at",
                    "timestamp": iso_ms(at),
                },
                "fields": fields,
            }
        )
    return json_response(
        200,
        paged(
            rows,
            "/v1/analytics/records",
            call.query,
            default_limit=100,
            max_limit=ANALYTICS_MAX_PAGE_LIMIT,
        ),
    )
