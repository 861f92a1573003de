"""Teams, queues, tags, custom attribute definitions, contact endpoints, business hours, organization."""

from __future__ import annotations

import time

from starlette.responses import Response

from ._call import Call
from ._people import presence
from ._store import Store, tag_by_name
from ._wire import (
    JSON,
    HTTPError,
    empty,
    invalid,
    iso_s,
    json_response,
    not_found,
    obj,
    opt,
    paged,
    parse_ts,
    req,
    strings,
)

# ---- teams ------------------------------------------------------------------------------------


async def list_teams(call: Call) -> Response:
    return json_response(200, {"data": list(call.store.teams.values())})


async def create_team(call: Call) -> Response:
    store = call.store
    name = req(obj(call.json()), "name")
    team_id = store.uuid()
    store.teams[team_id] = {"id": team_id, "name": name}
    store.team_members[team_id] = []
    return json_response(201, {"data": store.teams[team_id]})


async def get_team(call: Call) -> Response:
    store = call.store
    return json_response(200, {"data": store.teams[call.known(store.teams, "teamId")]})


async def delete_team(call: Call) -> Response:
    store = call.store
    team_id = call.known(store.teams, "teamId")
    del store.teams[team_id]
    del store.team_members[team_id]
    return empty()


def _agent_ids(store: Store, body: JSON) -> list[str]:
    ids = strings(body.get("agentIds"), allow_none=True)
    if any(a not in store.agents for a in ids):
        raise not_found()
    return ids


async def team_agents(call: Call) -> Response:
    store = call.store
    team_id = call.known(store.teams, "teamId")
    members = []
    for agent_id in store.team_members[team_id]:
        agent = store.agents[agent_id]
        member: JSON = {"id": agent_id, "name": agent["displayName"], "email": agent["email"]}
        if agent.get("phoneNumber"):
            member["phoneNumber"] = agent["phoneNumber"]
        members.append(member)
    return json_response(200, {"data": members})


async def add_team_agents(call: Call) -> Response:
    store = call.store
    team_id = call.known(store.teams, "teamId")
    members = store.team_members[team_id]
    for agent_id in _agent_ids(store, obj(call.json())):
        if agent_id not in members:
            members.append(agent_id)
    return empty(200)


async def remove_team_agents(call: Call) -> Response:
    store = call.store
    team_id = call.known(store.teams, "teamId")
    members = store.team_members[team_id]
    for agent_id in _agent_ids(store, obj(call.json())):
        if agent_id in members:
            members.remove(agent_id)
    return empty()


async def team_presence(call: Call) -> Response:
    store = call.store
    team_id = call.known(store.teams, "teamId")
    members = store.team_members[team_id]
    return json_response(
        200,
        paged(members, f"/v1/teams/{team_id}/presence", call.query, lambda a: presence(store, a)),
    )


# ---- queues -----------------------------------------------------------------------------------


def _timeouts(value: object) -> dict[str, int]:
    if value is None:
        return {}
    table = obj(value)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in table.values()):
        raise invalid()
    return dict(table)


async def list_queues(call: Call) -> Response:
    return json_response(200, {"data": list(call.store.queues.values())})


async def create_queue(call: Call) -> Response:
    store = call.store
    settings = obj(obj(call.json()).get("request"))
    queue_id = store.uuid()
    queue: JSON = {
        "id": queue_id,
        "name": req(settings, "name"),
        "isDefault": req(settings, "isDefault", bool),
        "isDoNotOfferEnabled": req(settings, "isDoNotOfferEnabled", bool),
        "doNotOfferTimeouts": _timeouts(settings.get("doNotOfferTimeouts")),
        "queueThresholds": _timeouts(settings.get("queueThresholds")),
        "organizationId": store.org["id"],
        "slaCalculationMethod": "AbandonedIgnored",
        "memberListType": "Default",
    }
    req(settings, "callFunctionality", bool)
    for key in (
        "offerTimeout",
        "priority",
        "wrapupTimeout",
        "personalAgentOfflineTimeout",
        "preferredAgentOfflineTimeout",
    ):
        if settings.get(key) is not None:
            queue[key] = req(settings, key, int)
    for key in ("isPreferredAgentEnabled", "isRestricted", "offerAbandonedConversations"):
        if settings.get(key) is not None:
            queue[key] = req(settings, key, bool)
    if settings.get("offerAlgorithm") is not None:
        queue["offeringAlgorithm"] = req(settings, "offerAlgorithm")
    if settings.get("preferredAgentTimeouts") is not None:
        queue["preferredAgentTimeouts"] = _timeouts(settings["preferredAgentTimeouts"])
    store.queues[queue_id] = queue
    store.queue_members[queue_id] = {}
    return json_response(201, {"data": queue})


async def get_queue(call: Call) -> Response:
    store = call.store
    return json_response(200, {"data": store.queues[call.known(store.queues, "queueId")]})


async def queue_availability(call: Call) -> Response:
    store = call.store
    queue_id = call.params["queueId"]
    if queue_id not in store.queues:
        raise HTTPError(409, "Queue availability cannot be computed for an unknown queue")
    online = sum(
        1
        for a in store.queue_members[queue_id]
        if store.presence.get(a, {}).get("connectionStatus") == "Online"
    )
    waiting = sum(
        1
        for c in store.conversations.values()
        if c.queue_id == queue_id and c.state == "Open" and c.agent_id is None
    )
    availability = {
        "_type": "GenericChannel",
        "availability": "Available" if online else "NotAvailable",
        "genericChannelName": "api",
        "queueSize": waiting,
    }
    return json_response(200, {"data": [{"_type": "Success", "channelAvailability": availability}]})


async def queue_members(call: Call) -> Response:
    store = call.store
    queue_id = call.known(store.queues, "queueId")
    members = [{"agentId": a, "priority": p} for a, p in store.queue_members[queue_id].items()]
    return json_response(200, {"data": members})


def _queue_agent_ids(body: JSON) -> list[str]:
    ids = strings(body.get("agentIds"), allow_none=True)
    if len(ids) > 10:  # Dixa takes at most 10 members per call (reference §9)
        raise invalid("At most 10 agents can be changed at once")
    return ids


async def add_queue_members(call: Call) -> Response:
    store = call.store
    queue_id = call.known(store.queues, "queueId")
    members = store.queue_members[queue_id]
    outcomes: list[JSON] = []
    for agent_id in _queue_agent_ids(obj(call.json())):
        if agent_id in store.agents:
            members.setdefault(agent_id, 1)
            outcomes.append({"_type": "BulkActionSuccess", "data": agent_id})
        else:
            error = {"_type": "NotFound", "id": agent_id, "message": "Agent not found"}
            outcomes.append({"_type": "BulkActionFailure", "error": error})
    return json_response(200, {"data": outcomes})


async def remove_queue_members(call: Call) -> Response:
    store = call.store
    queue_id = call.known(store.queues, "queueId")
    for agent_id in _queue_agent_ids(obj(call.json())):
        store.queue_members[queue_id].pop(agent_id, None)
    return empty()


# ---- tags -------------------------------------------------------------------------------------


async def list_tags(call: Call) -> Response:
    include = call.flag("includeDeactivated")
    return json_response(
        200, {"data": [t for t in call.store.tags.values() if include or t["state"] == "Active"]}
    )


async def create_tag(call: Call) -> Response:
    body = obj(call.json())
    return json_response(
        200, {"data": tag_by_name(call.store, req(body, "name"), opt(body, "color"))}
    )


async def get_tag(call: Call) -> Response:
    store = call.store
    return json_response(200, {"data": store.tags[call.known(store.tags, "tagId")]})


async def delete_tag(call: Call) -> Response:
    store = call.store
    tag_id = call.known(store.tags, "tagId")
    del store.tags[tag_id]
    for conv in store.conversations.values():
        if tag_id in conv.tags:
            conv.tags.remove(tag_id)
    return empty()


async def activate_tag(call: Call) -> Response:
    store = call.store
    store.tags[call.known(store.tags, "tagId")]["state"] = "Active"
    return empty()


async def deactivate_tag(call: Call) -> Response:
    store = call.store
    store.tags[call.known(store.tags, "tagId")]["state"] = "Inactive"
    return empty()


# ---- custom attribute definitions, endpoints, business hours, organization ---------------------


async def list_attribute_definitions(call: Call) -> Response:
    return json_response(200, {"data": list(call.store.attribute_defs.values())})


async def get_attribute_definition(call: Call) -> Response:
    store = call.store
    wanted = call.params["customAttributeId"]
    found = store.attribute_defs.get(wanted) or next(
        (d for d in store.attribute_defs.values() if d["identifier"] == wanted), None
    )
    if found is None:
        raise not_found()
    return json_response(200, {"data": found})


async def list_contact_endpoints(call: Call) -> Response:
    kind = call.query.get("_type")
    if kind is not None and kind not in ("EmailEndpoint", "TelephonyEndpoint"):
        raise invalid("Invalid value in request")
    data = [e for e in call.store.contact_endpoints.values() if kind is None or e["_type"] == kind]
    return json_response(200, {"data": data})


async def get_contact_endpoint(call: Call) -> Response:
    store = call.store
    return json_response(
        200,
        {"data": store.contact_endpoints[call.known(store.contact_endpoints, "contactEndpointId")]},
    )


async def list_schedules(call: Call) -> Response:
    return json_response(200, {"data": {"schedules": list(call.store.schedules.values())}})


async def schedule_status(call: Call) -> Response:
    store = call.store
    schedule_id = call.params["scheduleId"]
    if schedule_id not in store.schedules:
        raise invalid("Unknown schedule")
    at = parse_ts(call.query["timestamp"]) if "timestamp" in call.query else store.now()
    # Office hours: weekdays 08:00-17:00 UTC; the weekend schedule is open Saturday and Sunday.
    weekend = list(store.schedules).index(schedule_id) == 1
    day_start = at - at % 86_400
    weekday = time.gmtime(at).tm_wday
    if weekend:
        is_open = weekday >= 5
        opens, closes = day_start, day_start + 86_400
    else:
        opens, closes = day_start + 8 * 3600, day_start + 17 * 3600
        is_open = weekday < 5 and opens <= at < closes
    out: JSON = {"isOpen": is_open, "timestamp": iso_s(at)}
    if is_open:
        out["closesAt"] = iso_s(closes)
    elif at < opens:
        out["opensAt"] = iso_s(opens)
    else:
        out["opensAt"] = iso_s(opens + 86_400)
    return json_response(200, {"data": out})


async def organization(call: Call) -> Response:
    return json_response(200, {"data": call.store.org})


# ---- business-hours definitions (beta) ------------------------------------------------------

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Both schedules close on New Year's Day, every year.
_HOLIDAY: JSON = {
    "name": "New Year's Day",
    "businessHourType": "Holiday",
    "status": "Closed",
    "startDate": "2024-01-01",
    "recurring": {"dayOfMonth": 1, "monthOfYear": 1},
}


def _schedule(call: Call) -> tuple[JSON, bool]:
    """The schedule of the route and whether it is the weekend one (see schedule_status)."""
    store = call.store
    schedule_id = call.known(store.schedules, "scheduleId")
    return store.schedules[schedule_id], list(store.schedules).index(schedule_id) == 1


def _open_days(weekend: bool) -> tuple[int, ...]:
    return (5, 6) if weekend else (0, 1, 2, 3, 4)


def _interval(weekend: bool) -> JSON:
    return {"startTime": "00:00", "endTime": "23:59"} if weekend else {
        "startTime": "08:00", "endTime": "17:00",
    }  # fmt: skip


async def schedule_definition(call: Call) -> Response:
    schedule, weekend = _schedule(call)
    hours = [
        {
            "name": _WEEKDAYS[day],
            "businessHourType": "Regular",
            "status": "Open",
            "startDate": "2024-01-01",
            "dayOfWeek": day + 1,
            "intervals": [_interval(weekend)],
        }
        for day in _open_days(weekend)
    ]
    definition = {**schedule, "timezone": "UTC", "businessHours": hours, "exceptions": [_HOLIDAY]}
    return json_response(200, {"data": {"schedule": definition}})


async def schedule_upcoming(call: Call) -> Response:
    schedule, weekend = _schedule(call)
    raw = call.query.get("days", "7")
    if not raw.isdigit() or not 1 <= int(raw) <= 90:
        raise invalid("Invalid value for: query parameter days")
    start = call.store.now() - call.store.now() % 86_400
    days = []
    for n in range(int(raw)):
        day = time.gmtime(start + n * 86_400)
        date = time.strftime("%Y-%m-%d", day)
        if (day.tm_mon, day.tm_mday) == (1, 1):
            days.append({**_HOLIDAY, "startDate": date, "nextDate": date})
            continue
        is_open = day.tm_wday in _open_days(weekend)
        entry: JSON = {
            "name": _WEEKDAYS[day.tm_wday],
            "businessHourType": "Regular",
            "status": "Open" if is_open else "Closed",
            "startDate": date,
            "dayOfWeek": day.tm_wday + 1,
            "intervals": [_interval(weekend)] if is_open else [],
        }
        days.append(entry)
    out = {**schedule, "timezone": "UTC", "businessHours": days}
    return json_response(200, {"data": {"schedule": out}})


async def conversation_position(call: Call) -> Response:
    """Where a conversation waits: its rank among the open, unassigned conversations of its
    queue, oldest first; a conversation not waiting in a queue is a 404."""
    store = call.store
    conv = store.conversation(call.csid("csid"))
    if conv.queue_id is None or conv.agent_id is not None or conv.state != "Open":
        raise not_found()
    waiting = sorted(
        (c.created, c.id)
        for c in store.conversations.values()
        if c.queue_id == conv.queue_id and c.agent_id is None and c.state == "Open"
    )
    position = waiting.index((conv.created, conv.id)) + 1
    return json_response(200, {"data": {"position": position, "queuedAt": iso_s(conv.created)}})


async def anonymization_status(call: Call) -> Response:
    store = call.store
    return json_response(
        200, {"data": store.anonymizations[call.known(store.anonymizations, "requestId")]}
    )
