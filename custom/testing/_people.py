"""End users and agents: CRUD, bulk operations, presence, teams, an end user's conversations."""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import Response

from ._call import Call
from ._conversations import (
    anonymization,
    attribute_patch,
    close_for_anonymization,
    custom_attributes,
    render,
)
from ._store import Store
from ._wire import (
    JSON,
    HTTPError,
    empty,
    invalid,
    iso_s,
    json_response,
    local,
    not_found,
    obj,
    objects,
    one_of,
    paged,
    req,
    strings,
)

_PROFILE = (
    "displayName",
    "firstName",
    "lastName",
    "phoneNumber",
    "avatarUrl",
    "email",
    "externalId",
)
_LISTS = ("additionalEmails", "additionalPhoneNumbers", "middleNames")


def _apply(target: JSON, body: JSON, fields: tuple[str, ...], *, replace: bool) -> None:
    """Copy profile fields; `replace` (PUT) clears optional fields the body leaves out."""
    for key in fields:
        if key in body and body[key] is not None:
            target[key] = req(body, key)
        elif replace and key != "displayName":
            target.pop(key, None)
    for key in _LISTS:
        if body.get(key) is not None:
            values = strings(body[key])
            target[key] = list(dict.fromkeys(values)) if key != "middleNames" else values
        elif replace:
            target.pop(key, None)


def _bulk(items: list[JSON], action: Callable[[JSON], JSON]) -> list[JSON]:
    outcomes: list[JSON] = []
    for item in items:
        try:
            outcomes.append({"_type": "BulkActionSuccess", "data": action(item)})
        except HTTPError as exc:
            item_id = item.get("id") if isinstance(item.get("id"), str) else None
            if exc.status == 404 and item_id:
                error: JSON = {"_type": "NotFound", "id": item_id, "message": exc.message}
            else:
                error = {"_type": "Validation", "message": exc.message}
                if item_id:
                    error["id"] = item_id
            outcomes.append({"_type": "BulkActionFailure", "error": error})
    return outcomes


# ---- end users --------------------------------------------------------------------------------

_USER_FIELDS = _PROFILE


def _create_user(store: Store, body: JSON) -> JSON:
    user_id = store.uuid()
    user: JSON = {"id": user_id, "createdAt": iso_s(store.now())}
    _apply(user, body, _USER_FIELDS, replace=False)
    store.end_users[user_id] = user
    store.counts["end_users_created"] += 1
    return user


def _existing(records: dict[str, JSON], record_id: object) -> JSON:
    """The end user or agent `record_id`: 400 for a non-string id, 404 for an unknown one."""
    if not isinstance(record_id, str):
        raise invalid()
    record = records.get(record_id)
    if record is None:
        raise not_found()
    return record


def _update(
    store: Store,
    kind: str,
    fields: tuple[str, ...],
    body: JSON,
    record_id: object,
    *,
    replace: bool,
) -> JSON:
    """PUT (`replace`, displayName required) or PATCH one end user or agent."""
    record = _existing(store.end_users if kind == "end_users" else store.agents, record_id)
    if replace:
        req(body, "displayName")
    _apply(record, body, fields, replace=replace)
    store.counts[f"{kind}_updated"] += 1
    return record


def _existing_user(store: Store, user_id: object) -> JSON:
    return _existing(store.end_users, user_id)


def _update_user(store: Store, body: JSON, user_id: object, *, replace: bool) -> JSON:
    return _update(store, "end_users", _USER_FIELDS, body, user_id, replace=replace)


async def list_users(call: Call) -> Response:
    users = list(call.store.end_users.values())
    for key in ("email", "phone", "externalId"):
        wanted = call.query.get(key)
        if wanted is not None:
            field = "phoneNumber" if key == "phone" else key
            users = [u for u in users if u.get(field) == wanted]
    return json_response(200, paged(users, "/v1/endusers", call.query))


async def get_user(call: Call) -> Response:
    return json_response(200, {"data": _existing_user(call.store, call.params["userId"])})


async def create_user(call: Call) -> Response:
    return json_response(201, {"data": _create_user(call.store, obj(call.json()))})


async def create_users(call: Call) -> Response:
    store = call.store
    items = objects(obj(call.json()).get("data") or [])
    return json_response(201, {"data": _bulk(items, lambda item: _create_user(store, item))})


async def update_user(call: Call) -> Response:
    body = obj(call.json())
    return json_response(
        200, {"data": _update_user(call.store, body, call.params["userId"], replace=True)}
    )


async def patch_user(call: Call) -> Response:
    body = obj(call.json())
    return json_response(
        200, {"data": _update_user(call.store, body, call.params["userId"], replace=False)}
    )


async def update_users(call: Call) -> Response:
    store = call.store
    items = objects(obj(call.json()).get("data") or [])
    return json_response(
        200,
        {
            "data": _bulk(
                items, lambda item: _update_user(store, item, item.get("id"), replace=True)
            )
        },
    )


async def patch_users(call: Call) -> Response:
    store = call.store
    items = objects(obj(call.json()).get("data") or [])
    return json_response(
        200,
        {
            "data": _bulk(
                items, lambda item: _update_user(store, item, item.get("id"), replace=False)
            )
        },
    )


async def user_conversations(call: Call) -> Response:
    store = call.store
    user_id = call.known(store.end_users, "userId")
    convs = [store.conversations[c] for c in store.by_requester.get(user_id, [])]
    path = f"/v1/endusers/{user_id}/conversations"
    return json_response(200, paged(convs, path, call.query, lambda c: render(store, c)))


async def patch_user_attributes(call: Call) -> Response:
    store = call.store
    user = _existing_user(store, call.params["userId"])
    updates = attribute_patch(store, call.json(), "Contact")
    values = {a["id"]: a["value"] for a in user.get("customAttributes", [])}
    values.update(updates)
    values = {k: v for k, v in values.items() if v is not None}
    user["customAttributes"] = custom_attributes(store, values)
    return json_response(200, {"data": user["customAttributes"]})


async def anonymize_user(call: Call) -> Response:
    store = call.store
    user = _existing_user(store, call.params["userId"])
    force = call.flag("force")
    if user.get("_anonymized"):
        raise HTTPError(409, "User is already anonymized")
    if force:  # `force` closes the user's open conversations (reference: Anonymization)
        for csid in store.by_requester.get(user["id"], []):
            close_for_anonymization(store, store.conversations[csid])
    for key in (
        "email",
        "phoneNumber",
        "firstName",
        "lastName",
        "externalId",
        "additionalEmails",
        "additionalPhoneNumbers",
    ):
        user.pop(key, None)
    user["displayName"] = "Anonymized user"
    user["_anonymized"] = True
    return json_response(202, {"data": anonymization(store, "User", user["id"], call.token)})


# ---- agents -----------------------------------------------------------------------------------

_AGENT_FIELDS = ("displayName", "firstName", "lastName", "phoneNumber", "avatarUrl")


def _create_agent(store: Store, body: JSON) -> JSON:
    email = req(body, "email")
    req(body, "displayName")
    if any(a["email"] == email for a in store.agents.values()):
        raise invalid("An agent with this email already exists")
    agent_id = store.uuid()
    agent: JSON = {
        "id": agent_id,
        "createdAt": iso_s(store.now()),
        "email": email,
        "roles": ["Agent"],
    }
    _apply(agent, body, _AGENT_FIELDS, replace=False)
    store.agents[agent_id] = agent
    store.presence[agent_id] = {
        "userId": agent_id,
        "connectionStatus": "Offline",
        "activeChannels": [],
    }
    store.counts["agents_created"] += 1
    return agent


def _existing_agent(store: Store, agent_id: object) -> JSON:
    return _existing(store.agents, agent_id)


def _update_agent(store: Store, body: JSON, agent_id: object, *, replace: bool) -> JSON:
    return _update(store, "agents", _AGENT_FIELDS, body, agent_id, replace=replace)


async def list_agents(call: Call) -> Response:
    agents = list(call.store.agents.values())
    if "email" in call.query:
        agents = [a for a in agents if a["email"] == call.query["email"]]
    if "phone" in call.query:
        agents = [a for a in agents if a.get("phoneNumber") == call.query["phone"]]
    return json_response(200, paged(agents, "/v1/agents", call.query))


async def get_agent(call: Call) -> Response:
    return json_response(200, {"data": _existing_agent(call.store, call.params["agentId"])})


async def create_agent(call: Call) -> Response:
    return json_response(201, {"data": _create_agent(call.store, obj(call.json()))})


async def create_agents(call: Call) -> Response:
    store = call.store
    items = objects(obj(call.json()).get("data") or [])
    return json_response(201, {"data": _bulk(items, lambda item: _create_agent(store, item))})


async def update_agent(call: Call) -> Response:
    return json_response(
        200,
        {"data": _update_agent(call.store, obj(call.json()), call.params["agentId"], replace=True)},
    )


async def patch_agent(call: Call) -> Response:
    return json_response(
        200,
        {
            "data": _update_agent(
                call.store, obj(call.json()), call.params["agentId"], replace=False
            )
        },
    )


async def update_agents(call: Call) -> Response:
    store = call.store
    items = objects(call.json())  # a bare array, unlike every other bulk body (reference §3)
    return json_response(
        200,
        {
            "data": _bulk(
                items, lambda item: _update_agent(store, item, item.get("id"), replace=True)
            )
        },
    )


async def patch_agents(call: Call) -> Response:
    store = call.store
    items = objects(call.json())
    return json_response(
        200,
        {
            "data": _bulk(
                items, lambda item: _update_agent(store, item, item.get("id"), replace=False)
            )
        },
    )


async def delete_agent(call: Call) -> Response:
    store = call.store
    agent_id = call.known(store.agents, "agentId")
    del store.agents[agent_id]
    store.presence.pop(agent_id, None)
    for members in store.team_members.values():
        if agent_id in members:
            members.remove(agent_id)
    for queue_members in store.queue_members.values():
        queue_members.pop(agent_id, None)
    return empty()


def presence(store: Store, agent_id: str) -> JSON:
    out = dict(store.presence[agent_id])
    now = store.now()
    out["requestTime"] = local(now)
    if out["connectionStatus"] == "Online":
        out["lastSeen"] = local(now - 30)
    return out


async def all_presence(call: Call) -> Response:
    store = call.store
    return json_response(
        200, [presence(store, a) for a in store.agents]
    )  # bare array (reference §3)


async def agent_presence(call: Call) -> Response:
    store = call.store
    return json_response(200, {"data": presence(store, call.known(store.agents, "agentId"))})


async def working_channel(call: Call) -> Response:
    store = call.store
    agent_id = call.params["agentId"]
    body = obj(call.json())
    channel = one_of(body.get("channel"), ("Email", "InteractiveChat", "Messaging", "Speak"))
    working = req(body, "working", bool)
    if agent_id not in store.agents:
        raise not_found()
    state = store.presence[agent_id]
    channels = {
        "Email": "Email",
        "InteractiveChat": "WidgetChat",
        "Messaging": "Messenger",
        "Speak": "PstnPhone",
    }
    active = [c for c in state["activeChannels"] if c != channels[channel]]
    if working:
        active.append(channels[channel])
        state["connectionStatus"] = "Online"
        state["presenceStatus"] = "Working"
    state["activeChannels"] = active
    return empty()


async def agent_teams(call: Call) -> Response:
    store = call.store
    agent_id = call.known(store.agents, "agentId")
    return json_response(
        200,
        {"data": [{"id": t} for t, members in store.team_members.items() if agent_id in members]},
    )
