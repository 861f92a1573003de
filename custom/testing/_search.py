"""Conversation search: free text plus the documented filter conditions, paged."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from starlette.responses import Response

from dixa_async.models.id_in_type import IdInType
from dixa_async.models.id_not_in_type import IdNotInType

from ._call import Call
from ._store import SEARCH_CHANNELS, Conversation, Store
from ._wire import JSON, invalid, json_response, obj, objects, one_of, paged, parse_ts, req, strings

Predicate = Callable[[Conversation], bool]

# The `_type` tags of the set operators, as the spec spells them for every field.
_IN = IdInType.ISONEOF.value
_NOT_IN = IdNotInType.ISNOTONEOF.value


def _text_match(store: Store, query: str, exact: bool) -> Callable[[Conversation], JSON | None]:
    """A matcher returning the hit's highlights, or None when the conversation does not match."""
    if exact:
        needle = re.compile(re.escape(query), re.IGNORECASE)
    else:
        words = [w for w in re.split(r"\W+", query) if w]
        if not words:
            return lambda conv: {}
        needle = re.compile("|".join(rf"\b{re.escape(w)}" for w in words), re.IGNORECASE)

    def match(conv: Conversation) -> JSON | None:
        highlights: JSON = {}
        for field, text in (("subject", conv.subject or ""), ("message", conv.body)):
            if text and needle.search(text):
                highlights[field] = [needle.sub(lambda m: f"<em>{m.group(0)}</em>", text)]
        for note in conv.notes or ():
            if needle.search(note["message"]):
                highlights.setdefault("note", []).append(
                    needle.sub(lambda m: f"<em>{m.group(0)}</em>", note["message"])
                )
        return highlights or None

    return match


def _values(operator: JSON) -> list[Any]:
    raw = operator.get("values")
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise invalid()
    return raw


def _set_operator(operator: JSON, get: Callable[[Conversation], str | None]) -> Predicate:
    kind = operator["_type"]
    values = set(strings(_values(operator)))
    if kind == _IN:
        return lambda c: get(c) in values
    if kind == _NOT_IN:
        return lambda c: get(c) not in values
    if kind == "IsEmpty":
        return lambda c: get(c) is None
    if kind == "IsNotEmpty":
        return lambda c: get(c) is not None
    raise invalid()


def _multi_operator(operator: JSON, get: Callable[[Conversation], list[str]]) -> Predicate:
    kind = operator["_type"]
    values = set(strings(_values(operator)))
    table: dict[str, Predicate] = {
        "IncludesOne": lambda c: bool(values & set(get(c))),
        "IncludesAll": lambda c: values <= set(get(c)),
        "ExcludesOne": lambda c: not values <= set(get(c)),
        "ExcludesAll": lambda c: not values & set(get(c)),
        "IsEmpty": lambda c: not get(c),
        "IsNotEmpty": lambda c: bool(get(c)),
    }
    if kind not in table:
        raise invalid()
    return table[kind]


def _time_operator(operator: JSON, get: Callable[[Conversation], float | None]) -> Predicate:
    kind = one_of(operator.get("_type"), ("Between", "Since", "Until"))
    if kind == "Between":
        low, high = parse_ts(operator.get("timestampFrom")), parse_ts(operator.get("timestampTo"))
        return lambda c: (t := get(c)) is not None and low <= t <= high
    moment = parse_ts(operator.get("timestamp"))
    if kind == "Since":
        return lambda c: (t := get(c)) is not None and t >= moment
    return lambda c: (t := get(c)) is not None and t <= moment


def _duration(conv: Conversation) -> float | None:
    return None if conv.closed is None else conv.closed - conv.created


def _duration_operator(operator: JSON) -> Predicate:
    kind = one_of(operator.get("_type"), ("Between", "LongerThanOrEqualTo", "ShorterThanOrEqualTo"))
    if kind == "Between":
        low, high = req(operator, "min", int), req(operator, "max", int)
        return lambda c: (d := _duration(c)) is not None and low <= d <= high
    limit = req(operator, "duration", int)
    if kind == "LongerThanOrEqualTo":
        return lambda c: (d := _duration(c)) is not None and d >= limit
    return lambda c: (d := _duration(c)) is not None and d <= limit


def _condition(store: Store, condition: JSON) -> Predicate:
    field = obj(condition.get("field"))
    kind = field.get("_type")
    operator = obj(field.get("operator"))
    if not isinstance(operator.get("_type"), str):
        raise invalid()
    if kind == "TagId":
        return _multi_operator(operator, lambda c: c.tags)
    if kind == "QueueId":
        return _set_operator(operator, lambda c: c.queue_id)
    if kind == "AgentId":
        return _set_operator(operator, lambda c: c.agent_id)
    if kind == "ContactId":
        return _set_operator(operator, lambda c: c.requester_id)
    if kind == "ConversationId":
        return _set_operator(operator, lambda c: str(c.id))
    if kind == "Channel":
        return _set_operator(operator, lambda c: SEARCH_CHANNELS[c.channel])
    if kind == "Direction":
        return _set_operator(operator, lambda c: c.direction.lower())
    if kind == "Status":
        return _set_operator(
            operator, lambda c: "pending" if c.state == "AwaitingPending" else c.state.lower()
        )
    if kind == "CustomAttribute":
        attr_id = req(field, "attributeId")
        op = operator["_type"]
        if op in (_IN, _NOT_IN):
            wanted = [tuple(strings(v)) for v in _values(operator)]

            def has(c: Conversation) -> bool:
                value = (c.attributes or {}).get(attr_id)
                value = tuple(value) if isinstance(value, list) else (value,)
                return value in wanted

            return has if op == _IN else (lambda c: not has(c))
        return _set_operator(
            operator, lambda c: None if (v := (c.attributes or {}).get(attr_id)) is None else str(v)
        )
    if kind == "Duration":
        return _duration_operator(operator)
    if kind == "CreationDate":
        return _time_operator(operator, lambda c: c.created)
    if kind == "ClosedDate":
        return _time_operator(operator, lambda c: c.closed)
    if kind == "LastMessage":
        return _time_operator(operator, lambda c: c.last_message or c.created)
    if kind == "LastActivity":
        return _time_operator(operator, lambda c: max(c.state_updated, c.last_message, c.created))
    if kind == "AssignedDate":
        return _time_operator(operator, lambda c: None if c.agent_id is None else c.created + 60)
    raise invalid()


def _filters(store: Store, raw: object) -> Predicate:
    if raw is None:
        return lambda c: True
    filters = obj(raw)
    strategy = one_of(filters.get("strategy"), ("All", "Any"))
    predicates = [_condition(store, c) for c in objects(filters.get("conditions") or [])]
    if not predicates:
        return lambda c: True
    if strategy == "All":
        return lambda c: all(p(c) for p in predicates)
    return lambda c: any(p(c) for p in predicates)


def _run(store: Store, text: str | None, exact: bool, keep: Predicate, inner: bool) -> list[JSON]:
    match = _text_match(store, text, exact) if text else None
    hits: list[JSON] = []
    # Newest first, as Dixa ranks equally relevant hits.
    for conv in reversed(store.conversations.values()):
        if conv.anonymized is not None or not keep(conv):
            continue
        highlights: JSON | None = {}
        if match is not None:
            highlights = match(conv)
            if highlights is None:
                continue
        hit: JSON = {"id": conv.id, "highlights": highlights}
        if inner:
            hit["innerHits"] = []
        hits.append(hit)
    return hits


async def search(call: Call) -> Response:
    """`POST /v1/search/conversations`: body `SearchParametersInput`, paging in the query."""
    store = call.store
    body = obj(call.json())
    query = body.get("query")
    text, exact = None, False
    if query is not None:
        query = obj(query)
        text = req(query, "value")
        exact = query.get("exactMatch") is True
        if query.get("exactMatch") is not None and not isinstance(query["exactMatch"], bool):
            raise invalid()
    keep = _filters(store, body.get("filters"))
    hits = _run(store, text, exact, keep, inner=False)
    return json_response(200, paged(hits, "/v1/search/conversations", call.query, default_limit=10))


async def search_get(call: Call) -> Response:
    """Deprecated `GET /v1/search/conversations?query=...&exactMatch=...`."""
    text = call.query.get("query")
    if not text:
        raise invalid("Invalid value in request")
    exact = call.flag("exactMatch")
    hits = _run(call.store, text, exact, lambda c: True, inner=True)
    return json_response(200, paged(hits, "/v1/search/conversations", call.query, default_limit=10))
